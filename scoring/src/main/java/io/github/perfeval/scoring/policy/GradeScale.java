package io.github.perfeval.scoring.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lower bounds of the grades: 优 from {@code excellent}, 良 from {@code good}, 中 from {@code fair},
 * 差 below. The Ministry's bands are 90/80/60; at least one province uses 80/70/60.
 *
 * <pre>{@code
 * GradeScale.ministry().grade(new BigDecimal("92.99"));   // EXCELLENT
 * GradeScale.of(80, 70, 60).grade(new BigDecimal("75")); // GOOD
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GradeScale {

    private static final GradeScale MINISTRY = of(90, 80, 60);

    private final BigDecimal excellent;
    private final BigDecimal good;
    private final BigDecimal fair;

    private GradeScale(BigDecimal excellent, BigDecimal good, BigDecimal fair) {
        if (excellent.compareTo(good) <= 0 || good.compareTo(fair) <= 0 || fair.signum() < 0) {
            throw new IllegalArgumentException("Grade bounds must descend and be non-negative: " + excellent + "/" + good
                    + "/" + fair);
        }
        this.excellent = excellent;
        this.good = good;
        this.fair = fair;
    }

    /** The Ministry's bands: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 below 60. */
    public static GradeScale ministry() {
        return MINISTRY;
    }

    /** Bands from three lower bounds. */
    public static GradeScale of(int excellent, int good, int fair) {
        return of(BigDecimal.valueOf(excellent), BigDecimal.valueOf(good), BigDecimal.valueOf(fair));
    }

    /** Bands from three lower bounds. */
    public static GradeScale of(BigDecimal excellent, BigDecimal good, BigDecimal fair) {
        return new GradeScale(Objects.requireNonNull(excellent), Objects.requireNonNull(good), Objects.requireNonNull(fair));
    }

    /** The grade of a total. */
    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(fair) >= 0 ? Grade.FAIR : Grade.POOR;
    }

    @Override
    public String toString() {
        return "优≥" + excellent.toPlainString() + " 良≥" + good.toPlainString() + " 中≥" + fair.toPlainString();
    }
}
