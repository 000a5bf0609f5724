package io.github.perfeval.grid;

import io.github.perfeval.core.form.Labels;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one cell of a {@link Grid} holds, whatever its source (a sheet's cell, a Word table's cell, an
 * HTML {@code <td>}): its text, the number when the source stored a number, the text as shown (through
 * the number format), the {@link CellFormat}, a comment, and the formula beside its cached value.
 *
 * <pre>{@code
 * GridCell name = GridCell.text("定期召开应安委会全会。");
 * GridCell days = GridCell.number(new BigDecimal("90")).withFormat(CellFormat.parse("0\"天\""), "90天");
 * days.getText();    // "90", the value as text
 * days.getShown();   // "90天", what a person sees
 * }</pre>
 *
 * <p>Invariants: text is never null ({@code ""} for an empty cell); a number cell's text is the number's
 * plain decimal; the shown text defaults to the text. Formulas are never evaluated: a formula cell
 * carries the source's cached value, and its formula text beside it. Immutable and thread-safe.
 */
public final class GridCell {

    /** No content. */
    public static final GridCell EMPTY = new GridCell("", null, null, CellFormat.GENERAL, null, null, false);

    private final String text;
    private final BigDecimal number;
    private final String shown;
    private final CellFormat format;
    private final String comment;
    private final String formula;
    private final boolean error;
    /** The text in {@link Labels#normalize(String)} form, computed on first use (a racy but safe cache of a String). */
    private String normalized;

    private GridCell(String text, BigDecimal number, String shown, CellFormat format, String comment, String formula,
                     boolean error) {
        this.text = Objects.requireNonNull(text, "text");
        this.number = number;
        this.shown = shown == null || shown.equals(text) ? null : shown;
        this.format = Objects.requireNonNull(format, "format");
        this.comment = comment == null || comment.isEmpty() ? null : comment;
        this.formula = formula == null || formula.isEmpty() ? null : formula;
        this.error = error;
    }

    /** A cell of text, e.g. a label or a Word table's cell. */
    public static GridCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new GridCell(text, null, null, CellFormat.GENERAL, null, null, false);
    }

    /** A cell the source stored as a number; its text is the number's plain decimal. */
    public static GridCell number(BigDecimal number) {
        return new GridCell(Objects.requireNonNull(number, "number").toPlainString(), number, null, CellFormat.GENERAL, null,
                null, false);
    }

    /**
     * A cell the source could not read as a value (an error value such as {@code #DIV/0!}, a number out
     * of range); the text says what it held.
     *
     * @param text what the cell held, as text
     * @return the cell
     */
    public static GridCell error(String text) {
        return new GridCell(Objects.requireNonNull(text, "text"), null, null, CellFormat.GENERAL, null, null, true);
    }

    /** This cell shown through a number format: {@code shown} is the text a person sees ({@code 90天}). */
    public GridCell withFormat(CellFormat newFormat, String newShown) {
        return new GridCell(text, number, newShown, newFormat, comment, formula, error);
    }

    /** This cell with a comment (a note attached to the cell, e.g. a reviewer's 评审意见). */
    public GridCell withComment(String newComment) {
        return new GridCell(text, number, shown, format, newComment, formula, error);
    }

    /**
     * This cell as the cached value of a formula; the formula is kept as written, with its leading {@code =}
     * ({@code =SUM(G9:G37)}).
     */
    public GridCell withFormula(String newFormula) {
        return new GridCell(text, number, shown, format, comment, newFormula, error);
    }

    /** The value as text: a string as written, a number as its plain decimal, {@code ""} when empty. */
    public String getText() {
        return text;
    }

    /** The number, when the source stored one (not when a number was typed as text). */
    public Optional<BigDecimal> getNumber() {
        return Optional.ofNullable(number);
    }

    /** The text a person sees: the number through its format ({@code 90天}, {@code 99.86%}), else the text. */
    public String getShown() {
        return shown == null ? text : shown;
    }

    /** What the number format says. */
    public CellFormat getFormat() {
        return format;
    }

    /** The comment attached to the cell. */
    public Optional<String> getComment() {
        return Optional.ofNullable(comment);
    }

    /** The formula whose cached value this is, with its leading {@code =}. */
    public Optional<String> getFormula() {
        return Optional.ofNullable(formula);
    }

    /** Whether the source could not read the cell as a value (see {@link #error(String)}). */
    public boolean isError() {
        return error;
    }

    /** Whether the text is empty or white space only. */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** The text stripped of white space (also U+3000) at both ends. */
    public String trimmed() {
        return text.strip();
    }

    /** The label form of the text ({@link Labels#normalize(String)}): no white space, full-width folded, no weight in brackets. */
    public String normalized() {
        String n = normalized;
        if (n == null) {
            n = text.isEmpty() ? "" : Labels.normalize(text);
            normalized = n;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GridCell)) {
            return false;
        }
        GridCell c = (GridCell) o;
        return text.equals(c.text) && Objects.equals(number, c.number) && Objects.equals(shown, c.shown)
                && format.equals(c.format) && Objects.equals(comment, c.comment) && Objects.equals(formula, c.formula)
                && error == c.error;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, number, shown, format, comment, formula, error);
    }

    @Override
    public String toString() {
        return formula == null ? text : text + " (" + formula + ")";
    }
}
