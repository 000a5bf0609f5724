package io.github.perfeval.core.standard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ValueKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator in the field names of the national budget-integration standard (预算管理一体化) and its
 * vendors: {@code kpi_lv1}, {@code kpi_lv2}, {@code kpi_lv3}, {@code kpi_val}, {@code computesign},
 * {@code meterunit}, {@code weight}, {@code kpi_content} (指标内容), {@code kpi_evalstd} (评分标准), {@code kpi_remark}, plus perfeval's {@code target} (the target as written),
 * {@code score} (the declared score) and {@code actual} (the standard sets targets; a self-evaluation also
 * needs what was achieved and scored).
 *
 * <pre>{@code
 * KpiRecord r = KpiRecord.of(indicator);   // ≧4次 → computesign "≥", kpi_val "4", meterunit "次"
 * Indicator back = r.toIndicator();         // target "≥4次": the same comparison and quantity
 * }</pre>
 *
 * <p>Operators are coded ≥ ＞ ＝ ＜ ≤ and 定性, as deployed systems do. A bare target ({@code 90%}) gets the
 * operator of its direction (≥ or ≤, by {@code DirectionRules.standard()}); anything that is not one operator, one
 * number and one unit (words, ranges, prose) is {@code 定性} with its text in {@code kpi_val}, so no target
 * is lost. {@code target} keeps the text as written, so a record reads back as the same indicator: a bare
 * {@code 90%} stays {@code 90%} (not {@code ≥90%}), {@code ≧4次} stays {@code ≧4次}; a record without it
 * (from another system) is read from its operator, value and unit. Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kpi_lv1", "kpi_lv2", "kpi_lv3", "computesign", "kpi_val", "meterunit", "weight", "kpi_content", "kpi_evalstd",
        "target", "score", "actual", "kpi_remark"})
public final class KpiRecord {

    /** The code of a qualitative target. */
    public static final String QUALITATIVE = "定性";
    /** The header of the extra column an indicator keeps {@code kpi_content} in. */
    public static final String CONTENT_LABEL = "指标解释";
    /** The header of the extra column an indicator keeps {@code kpi_evalstd} in. */
    public static final String EVALUATION_STANDARD_LABEL = "评分标准";
    /** Headers forms give the content of an indicator (the first is the one written). */
    private static final List<String> CONTENT_LABELS = List.of(CONTENT_LABEL, "指标内容", "指标说明", "指标解释及说明");
    /** Headers forms give the scoring standard of an indicator. */
    private static final List<String> EVALUATION_STANDARD_LABELS = List.of(EVALUATION_STANDARD_LABEL, "评分标准及方法", "评分规则",
            "评分办法", "评价标准");

    private final String level1;
    private final String level2;
    private final String name;
    private final String computeSign;
    private final String value;
    private final String meterUnit;
    private final BigDecimal weight;
    private final String target;
    private final BigDecimal score;
    private final String actual;
    private final String remark;
    private final String content;
    private final String evaluationStandard;

    KpiRecord(String level1, String level2, String name, String computeSign, String value, String meterUnit, BigDecimal weight,
              String target, BigDecimal score, String actual, String remark) {
        this(level1, level2, name, computeSign, value, meterUnit, weight, target, score, actual, remark, null, null);
    }

    @JsonCreator
    KpiRecord(@JsonProperty("kpi_lv1") String level1, @JsonProperty("kpi_lv2") String level2,
              @JsonProperty("kpi_lv3") String name, @JsonProperty("computesign") String computeSign,
              @JsonProperty("kpi_val") String value, @JsonProperty("meterunit") String meterUnit,
              @JsonProperty("weight") BigDecimal weight, @JsonProperty("target") String target,
              @JsonProperty("score") BigDecimal score, @JsonProperty("actual") String actual,
              @JsonProperty("kpi_remark") String remark, @JsonProperty("kpi_content") String content,
              @JsonProperty("kpi_evalstd") String evaluationStandard) {
        this.level1 = level1 == null ? "" : level1;
        this.level2 = level2 == null ? "" : level2;
        this.name = Objects.requireNonNull(name, "kpi_lv3 (the indicator's name) is required");
        this.computeSign = computeSign == null ? "" : computeSign;
        this.value = value == null ? "" : value;
        this.meterUnit = meterUnit == null ? "" : meterUnit;
        this.weight = weight == null ? null : Decimals.normalize(weight);
        this.target = target == null || target.isBlank() ? null : target;
        this.score = score == null ? null : Decimals.normalize(score);
        this.actual = actual == null ? "" : actual;
        this.remark = remark;
        this.content = content == null || content.isBlank() ? null : content;
        this.evaluationStandard = evaluationStandard == null || evaluationStandard.isBlank() ? null : evaluationStandard;
    }

    /**
     * The record of an indicator.
     *
     * @param ind the indicator
     * @return its record; level labels in their normal form (no line breaks or weights)
     */
    public static KpiRecord of(Indicator ind) {
        IndicatorValue t = ind.getTarget();
        String sign;
        String val;
        String unit;
        if (t.getKind() == ValueKind.QUANTITY && t.getQuantity().isPresent() && t.getMeasure().isEmpty()) {
            Quantity q = t.getQuantity().get();
            Comparison c = t.getComparison().orElse(ind.getDirection() == io.github.perfeval.core.value.Direction.AT_MOST
                    ? Comparison.AT_MOST : Comparison.AT_LEAST);
            sign = code(c);
            val = q.value().toPlainString();
            unit = q.unit().symbol();
        } else {
            sign = QUALITATIVE;
            val = t.getRaw().strip();
            unit = "";
        }
        String l1 = ind.getLevel1().map(l -> l.label()).orElse(io.github.perfeval.core.form.Labels.normalize(ind.getLevel1Label()));
        String l2 = ind.getLevel2().map(l -> l.label()).orElse(io.github.perfeval.core.form.Labels.normalize(ind.getLevel2Label()));
        return new KpiRecord(l1, l2, ind.getName(), sign, val, unit,
                ind.getWeight().flatMap(Figure::getValue).orElse(null), t.getRaw(),
                ind.getDeclaredScore().flatMap(Figure::getValue).orElse(null), ind.getActual().getRaw(),
                ind.getDeviationReason().orElse(null), extra(ind, CONTENT_LABELS), extra(ind, EVALUATION_STANDARD_LABELS));
    }

    /** The text of the indicator's first extra under one of these headers (spaces and line breaks aside), or null. */
    private static String extra(Indicator ind, List<String> labels) {
        for (LabelledText e : ind.getExtras()) {
            if (labels.contains(io.github.perfeval.core.form.Labels.normalize(e.getLabel()))) {
                return e.getText();
            }
        }
        return null;
    }

    /** The operator code of a comparison: ≥ ＞ ＝ ＜ ≤. */
    public static String code(Comparison c) {
        switch (c) {
            case AT_LEAST:
                return "≥";
            case MORE_THAN:
                return "＞";
            case EQUAL:
                return "＝";
            case LESS_THAN:
                return "＜";
            default:
                return "≤";
        }
    }

    /**
     * The indicator: its target as written when the record has it, else read from operator + value + unit
     * (or the text of a 定性 target); its declared score when the record has one.
     */
    public Indicator toIndicator() {
        String sign = computeSign.strip();
        String raw = target != null ? target
                : QUALITATIVE.equals(sign) || "定性指标".equals(sign) || sign.isEmpty() ? value : sign + value + meterUnit;
        Indicator.Builder b = Indicator.builder().level1Label(level1).level2Label(level2).name(name)
                .target(IndicatorValue.parse(raw)).actual(IndicatorValue.parse(actual));
        if (weight != null) {
            b.weight(Figure.of(weight));
        }
        if (score != null) {
            b.declaredScore(Figure.of(score));
        }
        if (remark != null && !remark.isBlank()) {
            b.deviationReason(remark);
        }
        if (content != null) {
            b.addExtras(LabelledText.of(CONTENT_LABEL, content));
        }
        if (evaluationStandard != null) {
            b.addExtras(LabelledText.of(EVALUATION_STANDARD_LABEL, evaluationStandard));
        }
        return b.build();
    }

    @JsonProperty("kpi_lv1")
    public String getLevel1() {
        return level1;
    }

    @JsonProperty("kpi_lv2")
    public String getLevel2() {
        return level2;
    }

    @JsonProperty("kpi_lv3")
    public String getName() {
        return name;
    }

    /** ≥ ＞ ＝ ＜ ≤ or 定性. */
    @JsonProperty("computesign")
    public String getComputeSign() {
        return computeSign;
    }

    /** The target's number (plain decimal), or the text of a 定性 target. */
    @JsonProperty("kpi_val")
    public String getValue() {
        return value;
    }

    /** 计量单位; empty for 定性 targets. */
    @JsonProperty("meterunit")
    public String getMeterUnit() {
        return meterUnit;
    }

    @JsonProperty("weight")
    public Optional<BigDecimal> getWeight() {
        return Optional.ofNullable(weight);
    }

    /** The target as written (perfeval's field; the standard's fields are operator, value and unit). */
    @JsonProperty("target")
    public Optional<String> getTarget() {
        return Optional.ofNullable(target);
    }

    /** The declared score (得分; perfeval's field, not part of the target-setting standard). */
    @JsonProperty("score")
    public Optional<BigDecimal> getScore() {
        return Optional.ofNullable(score);
    }

    /** The actual as written (perfeval's field; not part of the target-setting standard). */
    @JsonProperty("actual")
    public String getActual() {
        return actual;
    }

    /**
     * kpi_content: what the indicator measures (指标内容 / 指标解释); an indicator keeps it as the extra
     * {@value #CONTENT_LABEL}.
     */
    @JsonProperty("kpi_content")
    public Optional<String> getContent() {
        return Optional.ofNullable(content);
    }

    /**
     * kpi_evalstd: how the indicator is scored (评分标准); an indicator keeps it as the extra
     * {@value #EVALUATION_STANDARD_LABEL}.
     */
    @JsonProperty("kpi_evalstd")
    public Optional<String> getEvaluationStandard() {
        return Optional.ofNullable(evaluationStandard);
    }

    /** kpi_remark: the deviation reason. */
    @JsonProperty("kpi_remark")
    public Optional<String> getRemark() {
        return Optional.ofNullable(remark);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KpiRecord)) {
            return false;
        }
        KpiRecord r = (KpiRecord) o;
        return level1.equals(r.level1) && level2.equals(r.level2) && name.equals(r.name) && computeSign.equals(r.computeSign)
                && value.equals(r.value) && meterUnit.equals(r.meterUnit) && Objects.equals(weight, r.weight)
                && Objects.equals(target, r.target) && Objects.equals(score, r.score) && actual.equals(r.actual) && Objects.equals(remark, r.remark)
                && Objects.equals(content, r.content) && Objects.equals(evaluationStandard, r.evaluationStandard);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level1, level2, name, computeSign, value, meterUnit, weight, target, score, actual, remark, content,
                evaluationStandard);
    }

    @Override
    public String toString() {
        return level1 + "/" + level2 + "/" + name + " " + computeSign + value + meterUnit;
    }
}
