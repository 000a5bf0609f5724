package io.github.perfeval.scoring.policy;

import io.github.perfeval.core.form.Level1;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The level-1 weights used when a form has no 分值 column: by default 产出 50, 效益 30, 满意度 10 and
 * budget execution 10 (财预〔2020〕10号). A level-1 成本 (2021+ framework) has no share of its own by
 * default: its indicators share the 产出 points (the scheme says so in its diagnostic). Within a level
 * 1 the points are split evenly, rounded to 2 places, the remainder going to the last indicator so that
 * the level adds up exactly.
 *
 * <pre>{@code
 * WeightScheme.ministry2020();                                   // 50/30/10 + 10, 成本 inside 产出
 * WeightScheme.ministry2020().withLevel1(Level1.COST, 20)
 *         .withLevel1(Level1.OUTPUT, 40).withLevel1(Level1.EFFECT, 20);   // 成本 20/产出 40/效益 20/满意度 10
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WeightScheme {

    private final Map<Level1, BigDecimal> level1;
    private final BigDecimal budget;
    private final Level1 costFoldsInto;

    private WeightScheme(Map<Level1, BigDecimal> level1, BigDecimal budget, Level1 costFoldsInto) {
        this.level1 = new EnumMap<>(level1);
        this.budget = budget;
        this.costFoldsInto = costFoldsInto;
    }

    /** The Ministry's default scheme. */
    public static WeightScheme ministry2020() {
        Map<Level1, BigDecimal> m = new EnumMap<>(Level1.class);
        m.put(Level1.OUTPUT, BigDecimal.valueOf(50));
        m.put(Level1.EFFECT, BigDecimal.valueOf(30));
        m.put(Level1.SATISFACTION, BigDecimal.valueOf(10));
        return new WeightScheme(m, BigDecimal.TEN, Level1.OUTPUT);
    }

    /**
     * This scheme with a level 1's points set. Giving {@link Level1#COST} points of its own stops it
     * from sharing the 产出 points.
     */
    public WeightScheme withLevel1(Level1 level, int points) {
        Map<Level1, BigDecimal> m = new EnumMap<>(level1);
        m.put(Objects.requireNonNull(level), BigDecimal.valueOf(points));
        return new WeightScheme(m, budget, level == Level1.COST ? null : costFoldsInto);
    }

    /** This scheme with the budget-execution points set. */
    public WeightScheme withBudget(int points) {
        return new WeightScheme(level1, BigDecimal.valueOf(points), costFoldsInto);
    }

    /** The points of a level 1 (0 when it has none of its own). */
    public BigDecimal level1(Level1 level) {
        return level1.getOrDefault(level, BigDecimal.ZERO);
    }

    /** The budget-execution points. */
    public BigDecimal budget() {
        return budget;
    }

    /**
     * The level 1 whose points the indicators of {@code level} share: itself, or for a 成本 with no
     * points of its own, the level it folds into (产出 by default).
     */
    public Level1 shareOf(Level1 level) {
        if (level == Level1.COST && costFoldsInto != null && !level1.containsKey(Level1.COST)) {
            return costFoldsInto;
        }
        return level;
    }

    /** Whether a level-1 成本 shares another level's points. */
    public boolean foldsCost() {
        return costFoldsInto != null && !level1.containsKey(Level1.COST);
    }

    /** The sum of all points (level 1s and budget); a usable scheme sums to 100. */
    public BigDecimal total() {
        return level1.values().stream().reduce(budget, BigDecimal::add);
    }

    @Override
    public String toString() {
        return level1 + " budget=" + budget + (foldsCost() ? " (成本 inside " + costFoldsInto + ")" : "");
    }
}
