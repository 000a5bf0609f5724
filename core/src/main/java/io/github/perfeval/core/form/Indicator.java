package io.github.perfeval.core.form;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.validation.NonNegative;
import io.github.perfeval.core.validation.ScoreWithinWeight;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One level-3 indicator (三级指标) row: its levels as written, name, target, actual, weight, declared
 * score and deviation reason.
 *
 * <pre>{@code
 * Indicator i = Indicator.builder()
 *         .level1Label("产出指标").level2Label("数量指标").name("定期召开应安委会全会")
 *         .target(IndicatorValue.parse("≧4次")).actual(IndicatorValue.parse("4次"))
 *         .weight(Figure.of(5)).declaredScore(Figure.of(5))
 *         .build();
 * i.getLevel1();      // Optional[OUTPUT]
 * i.getDirection();   // AT_LEAST
 * }</pre>
 *
 * <p>Level labels are kept exactly as written; {@link #getLevel1()} and {@link #getLevel2()} are what
 * perfeval recognised in them (empty for a label it does not know). JSON accepts the national
 * budget-integration names {@code kpi_lv1}, {@code kpi_lv2}, {@code kpi_lv3} and {@code kpi_remark}.
 * Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@ScoreWithinWeight
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
@JsonPropertyOrder({"level1Label", "level2Label", "name", "target", "actual", "weight", "declaredScore",
        "deviationReason", "splitTarget", "extras", "comments", "hidden", "source", "level1LabelSource", "level2LabelSource", "level1", "level2",
        "direction", "declaredLevel1Weight", "path"})
public abstract class Indicator {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Indicator}; {@code from(indicator)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableIndicator.Builder {
        Builder() {
        }
    }

    /** The level-1 label as written, e.g. {@code 产出指标 （50分）}; empty when the row has none. */
    @Value.Default
    @JsonAlias("kpi_lv1")
    public String getLevel1Label() {
        return "";
    }

    /** The level-2 label as written, e.g. {@code 可持续\n影响指\n标}. */
    @Value.Default
    @JsonAlias("kpi_lv2")
    public String getLevel2Label() {
        return "";
    }

    /** The level-3 name (三级指标). Names may repeat within a form. */
    @NotBlank
    @JsonAlias("kpi_lv3")
    public abstract String getName();

    /** The target (年度指标值). */
    @Value.Default
    public IndicatorValue getTarget() {
        return IndicatorValue.empty();
    }

    /** The actual (实际完成值). */
    @Value.Default
    public IndicatorValue getActual() {
        return IndicatorValue.empty();
    }

    /** The weight (分值), when the form has one. */
    public abstract Optional<@NonNegative Figure> getWeight();

    /** The score the form declares (得分). */
    public abstract Optional<@NonNegative Figure> getDeclaredScore();

    /** The deviation reason and improvement measures (偏差原因分析及改进措施). */
    @JsonAlias("kpi_remark")
    public abstract Optional<String> getDeviationReason();

    /**
     * The target's parts when the form files it in separate columns ({@code 指标性质 | 指标值 | 度量单位});
     * {@link #getTarget()} is then the parts joined.
     */
    public abstract Optional<@Valid SplitTarget> getSplitTarget();

    /**
     * The row's values in columns the model has no attribute for ({@code 指标解释}, {@code 评分标准},
     * {@code 备注}), each labelled with its column's header as written.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid LabelledText> getExtras();

    /**
     * The comments on the row's cells (a reviewer's 评审意见), each labelled with the attribute whose cell it
     * is on, by its JSON name ({@code level1Label}, {@code level2Label}, {@code name}, {@code target},
     * {@code actual}, {@code weight}, {@code declaredScore}, {@code deviationReason}), or with the header of
     * the {@linkplain #getExtras() extra} column it is on; in the row's column order.
     *
     * <pre>{@code
     * Indicator.builder().name("灾情上报").addComments(LabelledText.of("declaredScore", "评审意见：扣1分")).build();
     * }</pre>
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid LabelledText> getComments();

    /** Whether the row is hidden on its sheet (zero height); a hidden row is still read and scored. */
    @Value.Default
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
    public boolean isHidden() {
        return false;
    }

    /** Where the row is (sheet and the cell of its name), when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /**
     * Where the level-1 label is: its own cell (the first cell of the merge that spans the rows under it), when
     * it came from a file; a finding about the label points there, not at the row's name. Not part of equality.
     *
     * <pre>{@code
     * Indicator.builder().level1Label("产出指标").name("培训场次")
     *         .level1LabelSource(Location.cell("自评表", "A13")).source(Location.cell("自评表", "C14")).build();
     * }</pre>
     */
    @Value.Auxiliary
    public abstract Optional<Location> getLevel1LabelSource();

    /** Where the level-2 label is, as {@link #getLevel1LabelSource()}. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getLevel2LabelSource();

    /** The level 1 recognised in {@link #getLevel1Label()}. */
    @Value.Lazy
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Optional<Level1> getLevel1() {
        Optional<Level1> l1 = Level1.fromLabel(getLevel1Label());
        return l1.isPresent() ? l1 : getLevel2().map(Level2::parent);
    }

    /** The level 2 recognised in {@link #getLevel2Label()}. */
    @Value.Lazy
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Optional<Level2> getLevel2() {
        return Level2.fromLabel(getLevel2Label());
    }

    /** The points written in the level-1 label ({@code 产出指标 （50分）} → 50), if any. */
    @Value.Lazy
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Optional<BigDecimal> getDeclaredLevel1Weight() {
        return Labels.weightIn(getLevel1Label());
    }

    /**
     * Which way the target points by the {@linkplain DirectionRules#standard() standard rules}; a scorer
     * may use rules of its own ({@code ScoringPolicy.withDirectionRules}) and says in its result what
     * decided. {@code DirectionRules.standard().decide(indicator)} tells what decided this one.
     */
    @Value.Lazy
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Direction getDirection() {
        return getDirectionDecision().getDirection();
    }

    /**
     * What the {@linkplain DirectionRules#standard() standard rules} decide for this indicator, and why
     * ({@code DirectionRules.standard().decide(this)}, worked out once). Not part of the JSON.
     */
    @Value.Lazy
    @com.fasterxml.jackson.annotation.JsonIgnore
    public DirectionDecision getDirectionDecision() {
        return DirectionRules.standard().decide(this);
    }

    /**
     * A readable path for messages: level 1 / level 2 / name, with the labels in their normal form
     * ({@code 产出指标/数量指标/定期召开应安委会全会。}).
     */
    @Value.Lazy
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String getPath() {
        String l1 = getLevel1().map(Level1::label).orElse(Labels.normalize(getLevel1Label()));
        String l2 = getLevel2().map(Level2::label).orElse(Labels.normalize(getLevel2Label()));
        return l1 + "/" + l2 + "/" + getName().strip();
    }

    /** Where to point a finding about this indicator: its row's place, naming the indicator. */
    public Location location() {
        return getSource().map(s -> s.withIndicator(getPath())).orElseGet(() -> Location.indicator(getPath()));
    }

    /**
     * Where to point a finding about one of this indicator's level labels: the label's own cell, naming the
     * indicator; the row's place ({@link #location()}) when the label's place is not known.
     *
     * <pre>{@code
     * indicator.labelLocation(1);   // 自评表!A13 (产出指标/数量指标/培训场次)
     * }</pre>
     *
     * @param level 1 or 2
     * @return the place
     * @throws IllegalArgumentException for another level
     */
    public Location labelLocation(int level) {
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("A level label is of level 1 or 2, not " + level);
        }
        Optional<Location> own = level == 1 ? getLevel1LabelSource() : getLevel2LabelSource();
        return own.isPresent() ? own.get().withIndicator(getPath()) : location();
    }
}
