package io.github.perfeval.excel.bulk;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;

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

    /** The columns, in the order they are written, with their headers. */
    static final String[] HEADERS = {"年度", "表类型", "预算单位", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};

    private final String[] fields;

    private IndicatorRow(String[] fields) {
        this.fields = fields;
    }

    /**
     * A row from its fields in {@link #HEADERS} order; missing trailing fields are empty.
     *
     * @param values year, kind, unit, project, level 1, level 2, name, target, actual, weight, score, reason
     * @return the row
     */
    public static IndicatorRow of(String... values) {
        String[] f = new String[HEADERS.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = i < values.length && values[i] != null ? values[i] : "";
        }
        return new IndicatorRow(f);
    }

    /** The row of one indicator of a form. */
    public static IndicatorRow of(Form form, Indicator ind) {
        return of(form.getYear().map(String::valueOf).orElse(""), form.getKind().name(), form.budgetUnit().orElse(""),
                form.getProjectName().orElse(""), ind.getLevel1Label(), ind.getLevel2Label(), ind.getName(),
                ind.getTarget().getRaw(), ind.getActual().getRaw(), ind.getWeight().map(Figure::getRaw).orElse(""),
                ind.getDeclaredScore().map(Figure::getRaw).orElse(""), ind.getDeviationReason().orElse(""));
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

    /** The form kind, when the row names one perfeval knows. */
    public java.util.Optional<FormKind> formKind() {
        for (FormKind k : FormKind.values()) {
            if (k.name().equals(fields[1]) || k.label().equals(fields[1])) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /** The indicator, with target and actual parsed from their raw text and figures read leniently. */
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
