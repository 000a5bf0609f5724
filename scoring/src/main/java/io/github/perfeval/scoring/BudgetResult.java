package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The scoring of budget execution: rate = executed / adjusted budget; score = weight × rate, capped at
 * the weight by default.
 *
 * <pre>{@code
 * BudgetResult b = evaluation.getBudget().orElseThrow();
 * b.getRate();    // Optional[0.9986]
 * b.getScore();   // 9.99
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetResult {

    private final BigDecimal adjusted;
    private final BigDecimal executed;
    private final BigDecimal rate;
    private final BigDecimal weight;
    private final boolean weightAssigned;
    private final BigDecimal declaredScore;
    private final BigDecimal score;

    BudgetResult(BigDecimal adjusted, BigDecimal executed, BigDecimal rate, BigDecimal weight, boolean weightAssigned,
                 BigDecimal declaredScore, BigDecimal score) {
        this.adjusted = adjusted;
        this.executed = executed;
        this.rate = rate;
        this.weight = weight;
        this.weightAssigned = weightAssigned;
        this.declaredScore = declaredScore;
        this.score = score;
    }

    /** 全年预算数 of the total row. */
    public Optional<BigDecimal> getAdjusted() {
        return Optional.ofNullable(adjusted);
    }

    /** 全年执行数 of the total row. */
    public Optional<BigDecimal> getExecuted() {
        return Optional.ofNullable(executed);
    }

    /** The execution rate as a fraction, to 4 places (99.86% → 0.9986); empty when it cannot be computed. */
    public Optional<BigDecimal> getRate() {
        return Optional.ofNullable(rate);
    }

    /** The weight used. */
    public BigDecimal getWeight() {
        return weight;
    }

    /** Whether the weight came from the weight scheme. */
    public boolean isWeightAssigned() {
        return weightAssigned;
    }

    /** The score the form declares. */
    public Optional<BigDecimal> getDeclaredScore() {
        return Optional.ofNullable(declaredScore);
    }

    /** The computed score. */
    public BigDecimal getScore() {
        return score;
    }

    @Override
    public String toString() {
        return "budget " + (rate == null ? "?" : rate.toPlainString()) + " → " + score.toPlainString() + "/" + weight;
    }
}
