package io.github.perfeval.excel.read;

import io.github.perfeval.core.quantity.Decimals;

import io.github.perfeval.core.form.Labels;

import java.math.BigDecimal;

/**
 * What one cell holds, as text and (for numeric cells) as a decimal. Formula cells give their cached
 * value; a formula with no cached value (a target typed as {@code =12月} that Excel took for a
 * formula) gives its text with a leading {@code =}. Formulas are never evaluated.
 */
final class CellText {

    static final CellText EMPTY = new CellText("", null, false, false, false, -1, -1);

    final String text;
    final BigDecimal number;
    final boolean percentFormat;
    final boolean formulaText;
    final boolean error;
    private final int row;
    private final int col;
    /** The text in {@link Labels#normalize(String)} form, computed on first use (a grid is read by one thread). */
    private String normalized;

    CellText(String text, BigDecimal number, boolean percentFormat, boolean formulaText, boolean error, int row, int col) {
        this.text = text;
        this.number = number;
        this.percentFormat = percentFormat;
        this.formulaText = formulaText;
        this.error = error;
        this.row = row;
        this.col = col;
    }

    static CellText number(double v, boolean percent, int row, int col) {
        BigDecimal d = Decimals.ofExcel(v).orElse(null);
        return d == null ? new CellText(Double.toString(v), null, percent, false, true, row, col)
                : new CellText(d.toPlainString(), d, percent, false, false, row, col);
    }

    /** The A1 address, e.g. {@code H38}. */
    String address() {
        return new org.apache.poi.ss.util.CellReference(row, col).formatAsString(false);
    }

    /** The label form of the text: no white space, full-width folded, no weight in brackets. */
    String normalized() {
        String n = normalized;
        if (n == null) {
            n = text.isEmpty() ? "" : Labels.normalize(text);
            normalized = n;
        }
        return n;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text stripped of white space (also U+3000) at both ends. */
    String trimmed() {
        return text.strip();
    }
}
