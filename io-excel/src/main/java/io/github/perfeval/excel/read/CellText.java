package io.github.perfeval.excel.read;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;

/**
 * What one cell holds, as text and (for numeric cells) as a decimal. Formula cells give their cached
 * value; a formula with no cached value (a target typed as {@code =12月} that Excel took for a
 * formula) gives its text with a leading {@code =}. Formulas are never evaluated.
 */
final class CellText {

    static final CellText EMPTY = new CellText("", null, false, false, false, "");

    final String text;
    final BigDecimal number;
    final boolean percentFormat;
    final boolean formulaText;
    final boolean error;
    final String address;

    CellText(String text, BigDecimal number, boolean percentFormat, boolean formulaText, boolean error, String address) {
        this.text = text;
        this.number = number;
        this.percentFormat = percentFormat;
        this.formulaText = formulaText;
        this.error = error;
        this.address = address;
    }

    static CellText number(double v, boolean percent, String address) {
        BigDecimal d = Decimals.ofExcel(v).orElse(null);
        return d == null ? new CellText(Double.toString(v), null, percent, false, true, address)
                : new CellText(d.toPlainString(), d, percent, false, false, address);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text stripped of white space (also U+3000) at both ends. */
    String trimmed() {
        return text.strip();
    }
}
