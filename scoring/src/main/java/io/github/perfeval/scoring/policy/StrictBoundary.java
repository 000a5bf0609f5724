package io.github.perfeval.scoring.policy;

/**
 * How an actual exactly equal to a strict target ({@code ＞10个} with {@code 10个}, {@code ＜2小时} with
 * {@code 2小时}) scores. It is never "met": the target asked for more (or less), and the scorer flags it
 * ({@code STRICT_BOUNDARY}). The Ministry's ratio (完成值/指标值 = 1) would give full marks, so the score is
 * a policy choice:
 *
 * <pre>{@code
 * ScoringPolicy.ministry2020().withStrictBoundary(StrictBoundary.RATIO);
 * }</pre>
 */
public enum StrictBoundary {
    /**
     * The default: the target moves one step of its last written digit the way the operator points
     * ({@code ＞10} is {@code ≥11}, {@code ＞95.5%} is {@code ≥95.6%}, {@code ＜2} is {@code ≤1}: the least
     * value that meets it at the precision the form writes), and the usual formulas score the actual
     * against it: {@code ＞10个} with {@code 10个} scores 10/11 of the weight.
     */
    NEXT_STEP("按界值后一档计分", "scored against the next step past the bound"),
    /** The ratio of the deployed systems: full weight, still flagged as not reached. */
    RATIO("按完成比例计分（得满分，仍标注未达到）", "the deployed ratio: full weight, still flagged"),
    /** Not reached, nothing earned. */
    NOTHING("不得分", "nothing earned");

    private final String label;
    private final String english;

    StrictBoundary(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The English label. */
    public String english() {
        return english;
    }
}
