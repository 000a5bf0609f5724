package io.github.perfeval.scoring.policy;

import java.math.BigDecimal;

/**
 * The bands an evaluator places a qualitative indicator in, as shares of its weight: achieved
 * (达成) from {@code achieved} to 1; partly achieved (部分达成) from {@code partly} up to
 * {@code achieved}; not achieved (未达成) below {@code partly}. The Ministry's are 0.8 and 0.6.
 *
 * <p>Immutable and thread-safe.
 */
public final class QualitativeBands {

    private static final QualitativeBands MINISTRY = new QualitativeBands(new BigDecimal("0.8"), new BigDecimal("0.6"));

    private final BigDecimal achieved;
    private final BigDecimal partly;

    private QualitativeBands(BigDecimal achieved, BigDecimal partly) {
        if (achieved.compareTo(BigDecimal.ONE) > 0 || partly.compareTo(achieved) >= 0 || partly.signum() < 0) {
            throw new IllegalArgumentException("Bands need 0 ≤ partly < achieved ≤ 1: " + partly + ", " + achieved);
        }
        this.achieved = achieved;
        this.partly = partly;
    }

    /** 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
    public static QualitativeBands ministry() {
        return MINISTRY;
    }

    /** Bands from the two lower bounds, as shares of the weight. */
    public static QualitativeBands of(BigDecimal achieved, BigDecimal partly) {
        return new QualitativeBands(achieved, partly);
    }

    /** The lower bound of 达成, as a share. */
    public BigDecimal achieved() {
        return achieved;
    }

    /** The lower bound of 部分达成, as a share. */
    public BigDecimal partly() {
        return partly;
    }
}
