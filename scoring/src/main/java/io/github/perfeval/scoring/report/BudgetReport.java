package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.scoring.BudgetResult;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget-execution line of a {@link FormReport}: the amounts, the rate, the weight, the declared and
 * the computed score, and the money unit of the amounts.
 *
 * <pre>{@code
 * BudgetReport b = report.getBudget().orElseThrow();
 * b.getRate();    // Optional[0.9986]
 * b.getScore();   // 9.99
 * }</pre>
 *
 * <p>JSON: {@code {"adjusted": "4759.76", "executed": "4753.18", "rate": "0.9986", "weight": "10",
 * "weightAssigned": false, "declaredScore": "9.99", "score": "9.99", "moneyUnit": "WAN_YUAN"}}. Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"adjusted", "executed", "rate", "weight", "weightAssigned", "declaredScore", "score", "moneyUnit"})
public final class BudgetReport {

    private final BigDecimal adjusted;
    private final BigDecimal executed;
    private final BigDecimal rate;
    private final BigDecimal weight;
    private final boolean weightAssigned;
    private final BigDecimal declaredScore;
    private final BigDecimal score;
    private final MoneyUnit moneyUnit;

    private BudgetReport(BudgetResult b, MoneyUnit moneyUnit) {
        this.adjusted = DecimalText.normal(b.getAdjusted().orElse(null));
        this.executed = DecimalText.normal(b.getExecuted().orElse(null));
        this.rate = DecimalText.normal(b.getRate().orElse(null));
        this.weight = DecimalText.normal(b.getWeight());
        this.weightAssigned = b.isWeightAssigned();
        this.declaredScore = DecimalText.normal(b.getDeclaredScore().orElse(null));
        this.score = DecimalText.normal(b.getScore());
        this.moneyUnit = moneyUnit;
    }

    /**
     * The report line of a budget result.
     *
     * @param result the scored budget
     * @param moneyUnit the unit the form states its amounts in (万元 on most forms)
     * @return its line
     */
    public static BudgetReport of(BudgetResult result, MoneyUnit moneyUnit) {
        return new BudgetReport(Objects.requireNonNull(result, "result"), Objects.requireNonNull(moneyUnit, "moneyUnit"));
    }

    /** 全年预算数: the adjusted budget of the total row. */
    public Optional<BigDecimal> getAdjusted() {
        return Optional.ofNullable(adjusted);
    }

    /** 全年执行数: the amount executed. */
    public Optional<BigDecimal> getExecuted() {
        return Optional.ofNullable(executed);
    }

    /** The execution rate as a fraction ({@code 0.9986} for 99.86%), when it can be computed. */
    public Optional<BigDecimal> getRate() {
        return Optional.ofNullable(rate);
    }

    /** The weight used: declared, or the weight scheme's (see {@link #isWeightAssigned()}). */
    public BigDecimal getWeight() {
        return weight;
    }

    /** Whether the weight came from the weight scheme rather than the form. */
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

    /** The unit of the amounts, as the form states it. */
    public MoneyUnit getMoneyUnit() {
        return moneyUnit;
    }

    @JsonProperty("moneyUnit")
    private String moneyUnitJson() {
        return moneyUnit.name();
    }

    @JsonProperty("adjusted")
    private String adjustedJson() {
        return DecimalText.of(adjusted);
    }

    @JsonProperty("executed")
    private String executedJson() {
        return DecimalText.of(executed);
    }

    @JsonProperty("rate")
    private String rateJson() {
        return DecimalText.of(rate);
    }

    @JsonProperty("weight")
    private String weightJson() {
        return DecimalText.of(weight);
    }

    @JsonProperty("weightAssigned")
    private boolean weightAssignedJson() {
        return weightAssigned;
    }

    @JsonProperty("declaredScore")
    private String declaredScoreJson() {
        return DecimalText.of(declaredScore);
    }

    @JsonProperty("score")
    private String scoreJson() {
        return DecimalText.of(score);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BudgetReport)) {
            return false;
        }
        BudgetReport b = (BudgetReport) o;
        return weightAssigned == b.weightAssigned && Objects.equals(adjusted, b.adjusted)
                && Objects.equals(executed, b.executed) && Objects.equals(rate, b.rate) && weight.equals(b.weight)
                && Objects.equals(declaredScore, b.declaredScore) && score.equals(b.score) && moneyUnit == b.moneyUnit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(adjusted, executed, rate, weight, declaredScore, score);
    }

    @Override
    public String toString() {
        return "budget " + DecimalText.of(score) + "/" + DecimalText.of(weight);
    }
}
