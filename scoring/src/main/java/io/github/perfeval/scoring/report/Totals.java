package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.scoring.Evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The totals of a {@link FormReport}: weights used, weights and scores declared, the declared total and
 * the computed total.
 *
 * <pre>{@code
 * Totals t = report.getTotals();
 * t.getDeclaredTotal();   // Optional[97.99], what the 总分 row says
 * t.getScore();           // 93.99, the sum of the computed scores
 * }</pre>
 *
 * <p>{@code weights} includes the budget weight; {@code declaredScores} is the declared indicator scores
 * plus the declared budget score. JSON: {@code {"weights": "96", "declaredWeights": "96",
 * "declaredScores": "92.99", "declaredTotal": "97.99", "score": "93.99", "weightsAssigned": false}}. Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"weights", "declaredWeights", "declaredScores", "declaredTotal", "score", "weightsAssigned"})
public final class Totals {

    private final BigDecimal weights;
    private final BigDecimal declaredWeights;
    private final BigDecimal declaredScores;
    private final BigDecimal declaredTotal;
    private final BigDecimal score;
    private final boolean weightsAssigned;

    private Totals(Evaluation e) {
        this.weights = DecimalText.normal(e.getWeights());
        this.declaredWeights = DecimalText.normal(e.getDeclaredWeights().orElse(null));
        this.declaredScores = DecimalText.normal(e.getDeclaredScores().orElse(null));
        this.declaredTotal = DecimalText.normal(e.getDeclaredTotal().orElse(null));
        this.score = DecimalText.normal(e.getScore());
        this.weightsAssigned = e.isWeightsAssigned();
    }

    /**
     * The totals of an evaluation.
     *
     * @param evaluation the evaluation
     * @return its totals
     */
    public static Totals of(Evaluation evaluation) {
        return new Totals(Objects.requireNonNull(evaluation, "evaluation"));
    }

    /** The sum of the weights used, indicators and budget. */
    public BigDecimal getWeights() {
        return weights;
    }

    /** The sum of the weights the form declares, when it declares any. */
    public Optional<BigDecimal> getDeclaredWeights() {
        return Optional.ofNullable(declaredWeights);
    }

    /** The declared indicator scores plus the declared budget score, when the form declares any. */
    public Optional<BigDecimal> getDeclaredScores() {
        return Optional.ofNullable(declaredScores);
    }

    /** The total the form declares (总分 得分). */
    public Optional<BigDecimal> getDeclaredTotal() {
        return Optional.ofNullable(declaredTotal);
    }

    /** The computed total. */
    public BigDecimal getScore() {
        return score;
    }

    /** Whether the form had no weights and the weight scheme supplied them all. */
    public boolean isWeightsAssigned() {
        return weightsAssigned;
    }

    @JsonProperty("weightsAssigned")
    private boolean weightsAssignedJson() {
        return weightsAssigned;
    }

    @JsonProperty("weights")
    private String weightsJson() {
        return DecimalText.of(weights);
    }

    @JsonProperty("declaredWeights")
    private String declaredWeightsJson() {
        return DecimalText.of(declaredWeights);
    }

    @JsonProperty("declaredScores")
    private String declaredScoresJson() {
        return DecimalText.of(declaredScores);
    }

    @JsonProperty("declaredTotal")
    private String declaredTotalJson() {
        return DecimalText.of(declaredTotal);
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
        if (!(o instanceof Totals)) {
            return false;
        }
        Totals t = (Totals) o;
        return weights.equals(t.weights) && Objects.equals(declaredWeights, t.declaredWeights)
                && Objects.equals(declaredScores, t.declaredScores) && Objects.equals(declaredTotal, t.declaredTotal)
                && score.equals(t.score) && weightsAssigned == t.weightsAssigned;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, declaredWeights, declaredScores, declaredTotal, score);
    }

    @Override
    public String toString() {
        return "totals " + DecimalText.of(score) + " (declared " + DecimalText.of(declaredTotal) + ")";
    }
}
