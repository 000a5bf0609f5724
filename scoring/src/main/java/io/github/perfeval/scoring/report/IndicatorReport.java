package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.form.Level2;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.IndicatorStatus;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's line of a {@link FormReport}: its levels and name as written, target and actual as
 * written, the weight used, the declared and the computed score, the status, and a one-line explanation
 * in the report's language.
 *
 * <pre>{@code
 * IndicatorReport line = report.getIndicators().get(0);
 * line.getStatus();        // MET
 * line.getScore();         // 5
 * line.getExplanation();   // 完成值4次达到指标值≧4次，得满分5
 * }</pre>
 *
 * <p>JSON: {@code level1}, {@code level2} (recognised level names or null), {@code level1Label},
 * {@code level2Label}, {@code name}, {@code target}, {@code actual} (raw text), {@code weight},
 * {@code weightAssigned}, {@code declaredScore}, {@code score}, {@code status}, {@code ratio},
 * {@code explanation}, {@code where} ({@code sheet!cell} or the indicator path). Immutable and
 * thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"level1", "level2", "level1Label", "level2Label", "name", "target", "actual", "weight",
        "weightAssigned", "declaredScore", "score", "status", "ratio", "explanation", "where"})
public final class IndicatorReport {

    private final Level1 level1;
    private final Level2 level2;
    private final String level1Label;
    private final String level2Label;
    private final String name;
    private final String target;
    private final String actual;
    private final BigDecimal weight;
    private final boolean weightAssigned;
    private final BigDecimal declaredScore;
    private final BigDecimal score;
    private final IndicatorStatus status;
    private final BigDecimal ratio;
    private final String explanation;
    private final Location location;

    private IndicatorReport(IndicatorResult r, Locale locale) {
        Indicator i = r.getIndicator();
        this.level1 = i.getLevel1().orElse(null);
        this.level2 = i.getLevel2().orElse(null);
        this.level1Label = i.getLevel1Label();
        this.level2Label = i.getLevel2Label();
        this.name = i.getName();
        this.target = i.getTarget().getRaw();
        this.actual = i.getActual().getRaw();
        this.weight = DecimalText.normal(r.getWeight());
        this.weightAssigned = r.isWeightAssigned();
        this.declaredScore = DecimalText.normal(i.getDeclaredScore().flatMap(Figure::getValue).orElse(null));
        this.score = DecimalText.normal(r.getScore());
        this.status = r.getStatus();
        this.ratio = DecimalText.normal(r.getRatio().orElse(null));
        this.explanation = r.explanation(locale);
        this.location = i.location();
    }

    /**
     * The report line of an indicator's result.
     *
     * @param result the scored indicator
     * @param locale the language of the explanation: English for {@code en*}, Chinese otherwise
     * @return its line
     */
    public static IndicatorReport of(IndicatorResult result, Locale locale) {
        return new IndicatorReport(Objects.requireNonNull(result, "result"), locale);
    }

    /** The recognised level-1 name (产出指标 → {@code OUTPUT}), when the label is one perfeval knows. */
    public Optional<Level1> getLevel1() {
        return Optional.ofNullable(level1);
    }

    /** The recognised level-2 name, when the label is one perfeval knows. */
    public Optional<Level2> getLevel2() {
        return Optional.ofNullable(level2);
    }

    /** The level-1 label as written. */
    public String getLevel1Label() {
        return level1Label;
    }

    /** The level-2 label as written. */
    public String getLevel2Label() {
        return level2Label;
    }

    /** The indicator's name (三级指标) as written. */
    public String getName() {
        return name;
    }

    /** 年度指标值 as written. */
    public String getTarget() {
        return target;
    }

    /** 实际完成值 as written. */
    public String getActual() {
        return actual;
    }

    /** The weight used: declared, or the weight scheme's (see {@link #isWeightAssigned()}). */
    public BigDecimal getWeight() {
        return weight;
    }

    /** Whether the weight came from the weight scheme rather than the form. */
    public boolean isWeightAssigned() {
        return weightAssigned;
    }

    /** The score the form declares, when it declares one that is a number. */
    public Optional<BigDecimal> getDeclaredScore() {
        return Optional.ofNullable(declaredScore);
    }

    /** The computed score. */
    public BigDecimal getScore() {
        return score;
    }

    /** How the indicator came out. */
    public IndicatorStatus getStatus() {
        return status;
    }

    /** The achievement ratio, when target and actual are both numbers. */
    public Optional<BigDecimal> getRatio() {
        return Optional.ofNullable(ratio);
    }

    /** The one-line explanation of the score, in the report's language. */
    public String getExplanation() {
        return explanation;
    }

    /** Where the indicator is: its row's place when read from a file, and its path. */
    public Location getLocation() {
        return location;
    }

    @JsonProperty("level1")
    private String level1Json() {
        return level1 == null ? null : level1.name();
    }

    @JsonProperty("level2")
    private String level2Json() {
        return level2 == null ? null : level2.name();
    }

    @JsonProperty("level1Label")
    private String level1LabelJson() {
        return level1Label;
    }

    @JsonProperty("level2Label")
    private String level2LabelJson() {
        return level2Label;
    }

    @JsonProperty("name")
    private String nameJson() {
        return name;
    }

    @JsonProperty("target")
    private String targetJson() {
        return target;
    }

    @JsonProperty("actual")
    private String actualJson() {
        return actual;
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

    @JsonProperty("status")
    private String statusJson() {
        return status.name();
    }

    @JsonProperty("ratio")
    private String ratioJson() {
        return DecimalText.of(ratio);
    }

    @JsonProperty("explanation")
    private String explanationJson() {
        return explanation;
    }

    @JsonProperty("where")
    private String whereJson() {
        return location.describe();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IndicatorReport)) {
            return false;
        }
        IndicatorReport r = (IndicatorReport) o;
        return weightAssigned == r.weightAssigned && level1 == r.level1 && level2 == r.level2
                && level1Label.equals(r.level1Label) && level2Label.equals(r.level2Label) && name.equals(r.name)
                && target.equals(r.target) && actual.equals(r.actual) && weight.equals(r.weight)
                && Objects.equals(declaredScore, r.declaredScore) && score.equals(r.score) && status == r.status
                && Objects.equals(ratio, r.ratio) && explanation.equals(r.explanation) && location.equals(r.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, target, actual, score, status, location);
    }

    @Override
    public String toString() {
        return name + ": " + status + " " + DecimalText.of(score) + "/" + DecimalText.of(weight);
    }
}
