package io.github.perfeval.excel.bulk;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One indicator as a flat row with its form's keys, every field as raw text: the unit of bulk export
 * and import (one row per indicator, millions of rows).
 *
 * <pre>{@code
 * IndicatorRow row = IndicatorRow.of(form, form.getIndicators().get(0));
 * Indicator back = row.toIndicator();   // target and actual read again from their raw text
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorRow {

    /**
     * The columns, in the order they are written, with their headers: the form's keys, the indicator's own
     * columns, then what the form holds beyond them: a target filed in parts (指标值分列), the row's extra columns
     * (其他列: {@code 指标解释：…}, one a line) and its cell comments (批注: {@code 年度指标值：评审意见…}, one a line).
     */
    static final String[] HEADERS = {"年度", "表类型", "预算单位", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "指标值分列", "其他列", "批注"};
    /** The columns a table must have; the later ones (指标值分列, 其他列, 批注) may be missing from an older table. */
    static final int REQUIRED = 12;
    /** The column headers of the attributes a comment can be on, by the attribute's JSON name. */
    private static final java.util.Map<String, String> ATTRIBUTE_HEADERS = java.util.Map.of("level1Label", "一级指标",
            "level2Label", "二级指标", "name", "三级指标", "target", "年度指标值", "actual", "实际完成值", "weight", "分值",
            "declaredScore", "得分", "deviationReason", "偏差原因分析及改进措施");

    private final String[] fields;

    private IndicatorRow(String[] fields) {
        this.fields = fields;
    }

    /**
     * A row from its fields in {@link #HEADERS} order; missing trailing fields are empty.
     *
     * @param values year, kind, unit, project, level 1, level 2, name, target, actual, weight, score, reason, then
     *     optionally the target's parts, the extra columns and the comments, each as lines of {@code label：text}
     * @return the row
     */
    public static IndicatorRow of(String... values) {
        String[] f = new String[HEADERS.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = i < values.length && values[i] != null ? values[i] : "";
        }
        return new IndicatorRow(f);
    }

    /**
     * The row of one indicator of a form: every value the indicator holds, its target's parts, extra columns and
     * cell comments included (a comment labelled with the header of the column it is on).
     */
    public static IndicatorRow of(Form form, Indicator ind) {
        List<LabelledText> parts = new ArrayList<>(3);
        ind.getSplitTarget().ifPresent(t -> {
            t.getOperator().ifPresent(parts::add);
            t.getValue().ifPresent(parts::add);
            t.getUnit().ifPresent(parts::add);
        });
        List<LabelledText> comments = new ArrayList<>(ind.getComments().size());
        for (LabelledText c : ind.getComments()) {
            comments.add(LabelledText.of(ATTRIBUTE_HEADERS.getOrDefault(c.getLabel(), c.getLabel()), c.getText()));
        }
        return of(form.getYear().map(String::valueOf).orElse(""), form.getKind().name(), form.budgetUnit().orElse(""),
                form.getProjectName().orElse(""), ind.getLevel1Label(), ind.getLevel2Label(), ind.getName(),
                ind.getTarget().getRaw(), ind.getActual().getRaw(), ind.getWeight().map(Figure::getRaw).orElse(""),
                ind.getDeclaredScore().map(Figure::getRaw).orElse(""), ind.getDeviationReason().orElse(""),
                lines(parts), lines(ind.getExtras()), lines(comments));
    }

    /** Labelled texts as lines of {@code label：text} (a text alone when it has no label), as a person reads them. */
    static String lines(List<LabelledText> texts) {
        StringBuilder sb = new StringBuilder();
        for (LabelledText t : texts) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (!t.getLabel().isEmpty()) {
                sb.append(t.getLabel()).append('：');
            }
            sb.append(t.getText());
        }
        return sb.toString();
    }

    /** The field at a column index (see {@link #HEADERS}). */
    String field(int i) {
        return fields[i];
    }

    public String getYear() {
        return fields[0];
    }

    /** {@code PROJECT} or {@code DEPARTMENT} (or whatever the file says). */
    public String getKind() {
        return fields[1];
    }

    public String getUnit() {
        return fields[2];
    }

    public String getProject() {
        return fields[3];
    }

    public String getLevel1Label() {
        return fields[4];
    }

    public String getLevel2Label() {
        return fields[5];
    }

    public String getName() {
        return fields[6];
    }

    public String getTarget() {
        return fields[7];
    }

    public String getActual() {
        return fields[8];
    }

    public String getWeight() {
        return fields[9];
    }

    public String getDeclaredScore() {
        return fields[10];
    }

    public String getDeviationReason() {
        return fields[11];
    }

    /** The parts of a target filed in parts, a line each ({@code 指标性质：≥}); empty for a target in one cell. */
    public String getTargetParts() {
        return fields[12];
    }

    /** The row's values in columns the model has no attribute for, a line each ({@code 评分标准：每少1次扣1分}). */
    public String getExtras() {
        return fields[13];
    }

    /** The comments on the row's cells, a line each, labelled with their column's header ({@code 得分：评审意见：扣1分}). */
    public String getComments() {
        return fields[14];
    }

    /** The form kind, when the row names one perfeval knows. */
    public java.util.Optional<FormKind> formKind() {
        for (FormKind k : FormKind.values()) {
            if (k.name().equals(fields[1]) || k.label().equals(fields[1])) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The indicator, with target and actual parsed from their raw text and figures read leniently. The target's
     * parts, extra columns and comments stay this row's text ({@link #getTargetParts()}, {@link #getExtras()},
     * {@link #getComments()}): lines of {@code label：text} do not say where a text that runs over lines ends.
     */
    public Indicator toIndicator() {
        Indicator.Builder b = Indicator.builder().level1Label(getLevel1Label()).level2Label(getLevel2Label())
                .name(getName()).target(IndicatorValue.parse(getTarget())).actual(IndicatorValue.parse(getActual()));
        if (!getWeight().isEmpty()) {
            b.weight(Figure.parse(getWeight()));
        }
        if (!getDeclaredScore().isEmpty()) {
            b.declaredScore(Figure.parse(getDeclaredScore()));
        }
        if (!getDeviationReason().isEmpty()) {
            b.deviationReason(getDeviationReason());
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorRow && java.util.Arrays.equals(fields, ((IndicatorRow) o).fields);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return String.join(" | ", fields);
    }

    static boolean sameHeader(String a, String b) {
        return Objects.equals(io.github.perfeval.core.form.Labels.normalize(a), io.github.perfeval.core.form.Labels.normalize(b));
    }
}
