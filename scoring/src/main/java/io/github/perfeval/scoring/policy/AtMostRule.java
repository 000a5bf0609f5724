package io.github.perfeval.scoring.policy;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How an "at most" indicator (≤, &lt;, costs, time limits, accidents) scores when its actual is above
 * the target. Provinces differ; pick one or write your own.
 *
 * <pre>{@code
 * ScoringPolicy.ministry2020().withAtMostRule(AtMostRule.INVERSE_RATIO);
 * }</pre>
 */
@FunctionalInterface
public interface AtMostRule {

    /**
     * The share of the weight earned (0 to 1, unrounded) when the actual exceeds the target.
     *
     * @param target the target, above zero
     * @param actual the actual, above the target
     * @return the share
     */
    BigDecimal share(BigDecimal target, BigDecimal actual);

    /**
     * The deployed budget-system rule: between target and 2 × target the share falls linearly,
     * {@code 1 − (actual − target) / target}; at 2 × target or more it is 0.
     */
    AtMostRule LINEAR_DECAY = (target, actual) -> {
        BigDecimal over = actual.subtract(target).divide(target, MathContext.DECIMAL64);
        BigDecimal share = BigDecimal.ONE.subtract(over);
        return share.signum() > 0 ? share : BigDecimal.ZERO;
    };

    /** The rule other provinces use: {@code target / actual}. */
    AtMostRule INVERSE_RATIO = (target, actual) -> target.divide(actual, MathContext.DECIMAL64);
}
