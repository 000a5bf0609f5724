package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.grid.CellFormat;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sheet read by the xlsx reader as the {@link Grid} {@link SheetGrids} makes of the same sheet through
 * POI, cell for cell and diagnostic for diagnostic: the same checks in the same order, the same cell
 * types POI's {@code XSSFCell} gives, numbers shown through POI's own {@link DataFormatter}. A typed number POI
 * could show differently from the raw formatting used here is declined rather than guessed (see
 * {@link #shownNumber}). Not thread-safe; one per workbook.
 */
final class XlsxSheetGrid {

    private final XlsxStyles styles;
    private final XlsxSharedStrings strings;
    private final boolean date1904;
    private final SharedFormulaText sharedFormulas;
    /**
     * One a sheet, as {@code SheetGrids} has: its format cache shapes what a later cell shows. Made at the sheet's
     * first number that needs it: a sheet of general numbers (most forms) never starts POI's formatter (its logger,
     * the locale's number and date symbols, java.time's formatters).
     */
    private DataFormatter formatter;

    XlsxSheetGrid(XlsxStyles styles, XlsxSharedStrings strings, boolean date1904, SharedFormulaText sharedFormulas) {
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
        this.sharedFormulas = sharedFormulas;
    }

    ValueWithDiagnostics<Grid> of(String name, int index, boolean hidden, XlsxSheet sheet, XlsxComments comments, ReadLimits limits,
                                  String file) {
        SheetGrids.checkSize(name, sheet.rowCount, sheet.columnCount, sheet.merges.size(), limits, file);
        formatter = null;
        List<Diagnostic> out = new ArrayList<>();
        try {
            Grid.Builder b = Grid.sheetBuilder(name, limits.gridLimits());
            b.hidden(hidden);
            for (Map.Entry<Integer, XlsxSheet.Row> row : sheet.rows.entrySet()) {
                int r = row.getKey();
                if (row.getValue().hidden) {
                    b.hideRow(r);
                }
                for (XlsxSheet.Cell cell : row.getValue().cells.values()) {
                    b.put(r, cell.column, read(name, index, sheet, r, cell, comments, out));
                }
            }
            for (int c = 0; c < sheet.columnCount; c++) {
                if (sheet.isColumnHidden(c)) {
                    b.hideColumn(c);
                }
            }
            for (String ref : sheet.merges) {
                int[] m = CellRefs.range(ref);
                if (m[0] >= 0 && m[1] >= 0 && m[2] >= m[0] && m[3] >= m[1]) {
                    b.merge(m[0], m[1], m[2], m[3]);
                }
            }
            return ValueWithDiagnostics.of(b.build(), out);
        } catch (GridTooLargeException e) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE, e.getMessage(), null);
        }
    }

    private GridCell read(String sheet, int index, XlsxSheet part, int r, XlsxSheet.Cell cell, XlsxComments comments, List<Diagnostic> out) {
        GridCell read = cell.formula == null ? value(sheet, r, cell, baseType(cell, true), false, out)
                : formula(sheet, r, cell, cell.sharedGroup < 0 ? cell.formula
                        : sharedFormulas.text(part.sharedFormula(cell.sharedGroup), r, cell.column, index), out);
        XlsxComments.Comment comment = comments.at(r, cell.column);
        if (comment != null && comment.hasText) {
            String author = comments.author(comment);
            if (comment.text != null) {
                read = read.withComment(SheetGrids.ownComment(author, comment.text));
            } else if (SheetGrids.isFindingsAuthor(author)) {
                throw new XlsxDecline("a findings comment without text");
            }
        }
        return read;
    }

    private enum Kind { NUMERIC, STRING, BOOLEAN, ERROR, BLANK }

    /** POI's {@code getBaseCellType}: a number cell without a value is blank, unless it holds a formula. */
    private static Kind baseType(XlsxSheet.Cell cell, boolean blankCells) {
        switch (cell.type) {
            case XlsxSheet.BOOLEAN:
                return Kind.BOOLEAN;
            case XlsxSheet.NUMBER:
                return cell.value == null && blankCells ? Kind.BLANK : Kind.NUMERIC;
            case XlsxSheet.ERROR:
                return Kind.ERROR;
            default:
                return Kind.STRING;
        }
    }

    /** A formula cell, its text as POI gives it ({@code text}: a shared formula's moved to the cell). */
    private GridCell formula(String sheet, int r, XlsxSheet.Cell cell, String text, List<Diagnostic> out) {
        String formula = "=" + text;
        Kind cached = baseType(cell, false);
        boolean emptyText = cached == Kind.STRING && cell.value != null;
        boolean noCachedValue = cell.value == null || cell.value.isEmpty() && !emptyText;
        if (noCachedValue || cached == Kind.ERROR) {
            out.add(Diagnostic.of(StandardCode.FORMULA_AS_TEXT, SheetGrids.place(sheet, r, cell.column), MessageArgument.text(formula)));
            return GridCell.text(formula).withFormula(formula);
        }
        return value(sheet, r, cell, cached, true, out).withFormula(formula);
    }

    private GridCell value(String sheet, int r, XlsxSheet.Cell cell, Kind kind, boolean isFormula, List<Diagnostic> out) {
        switch (kind) {
            case STRING:
                return GridCell.text(string(cell));
            case NUMERIC: {
                double v = number(cell);
                boolean styled = styles.has(cell.style < 0 ? 0 : cell.style);
                long style = cell.style < 0 ? 0 : cell.style;
                if (styled && !generalNumber(styles.formatId(style), styles.format(style)) && DateUtil.isValidExcelDate(v)
                        && DateUtil.isADateFormat(styles.formatId(style), styles.format(style))) {
                    return GridCell.text(shownDate(v, style, isFormula));
                }
                BigDecimal d = Decimals.ofExcel(v).orElse(null);
                if (d == null) {
                    out.add(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "outOfRange", SheetGrids.place(sheet, r, cell.column),
                            MessageArgument.text(Double.toString(v))));
                    return GridCell.error(Double.toString(v));
                }
                GridCell number = GridCell.number(d);
                CellFormat format = CellFormat.parse(styled ? styles.format(style) : null);
                if (format.isGeneral()) {
                    return number;
                }
                String shown = shownNumber(v, style, isFormula);
                return number.withFormat(format, shown.isEmpty() ? number.getText() : shown);
            }
            case BOOLEAN:
                return GridCell.text("1".equals(cell.value) ? "TRUE" : "FALSE");
            case ERROR: {
                String text;
                try {
                    text = cell.value == null ? FormulaError.forInt(0).getString() : FormulaError.forInt(FormulaError.forString(cell.value).getCode()).getString();
                } catch (IllegalArgumentException unknown) {
                    throw new XlsxDecline("an unknown error value " + cell.value);
                }
                out.add(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "error", SheetGrids.place(sheet, r, cell.column),
                        MessageArgument.text(text)));
                return GridCell.error(text);
            }
            default:
                return GridCell.EMPTY;
        }
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter();
        }
        return formatter;
    }

    /**
     * Whether POI's {@code DateUtil.isADateFormat} says no without being asked (so its class, and java.time's
     * formatters behind it, are not started for a sheet of general numbers): a format id that is none of Excel's
     * built-in date formats (14 to 22, 45 to 47: {@code isInternalDateFormat}) with no pattern or {@code General}.
     * {@code XlsxSheetGridTest} checks the answer against POI's for every id.
     */
    static boolean generalNumber(short formatId, String format) {
        boolean builtInDate = formatId >= 0x0e && formatId <= 0x16 || formatId >= 0x2d && formatId <= 0x2f;
        return !builtInDate && (format == null || format.isEmpty() || format.equals("General"));
    }

    /** POI's string of a cell: an inline string, a formula's text, or a shared string by index ("" when none). */
    private String string(XlsxSheet.Cell cell) {
        if (cell.type == XlsxSheet.INLINE) {
            if (cell.inline) {
                return cell.inlineText;
            }
            return cell.value != null ? RichTextXml.decode(cell.value) : "";
        }
        if (cell.type != XlsxSheet.SHARED) {
            return cell.value != null ? RichTextXml.decode(cell.value) : "";
        }
        if (cell.value == null) {
            return "";
        }
        int index;
        try {
            index = Integer.parseInt(cell.value.trim());
        } catch (NumberFormatException notAnIndex) {
            return "";
        }
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }

    /** POI's {@code getNumericCellValue()}: 0 for an empty value; a value that is no number is POI's to fail on. */
    private static double number(XlsxSheet.Cell cell) {
        if (cell.value == null || cell.value.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.parseDouble(cell.value);
        } catch (NumberFormatException e) {
            throw new XlsxDecline("a number cell holding " + cell.value);
        }
    }

    private String shownDate(double v, long style, boolean isFormula) {
        String format = styles.format(style);
        if (!isFormula && (format == null || format.isBlank())) {
            throw new XlsxDecline("a date format without a pattern");
        }
        try {
            return formatter().formatRawCellContents(v, styles.formatId(style), format, !isFormula && date1904);
        } catch (RuntimeException unformattable) {
            return "";
        }
    }

    /**
     * A number as its format shows it. For a formula's cached value {@code SheetGrids} uses POI's
     * {@code formatRawCellContents}, as here; for a typed number it uses {@code formatCellValue}, which
     * formats {@code BigDecimal.valueOf(v)} (the shortest decimal of the double) where the raw call formats
     * Excel's 15-digit text of it. The two are the same number for nearly every value a person types; when
     * they are not, they still show the same text when they round alike at every precision up to the
     * format's decimals (percent adds two): otherwise, and for scientific, scaling and fraction formats,
     * the workbook is declined rather than guessed.
     */
    private String shownNumber(double v, long style, boolean isFormula) {
        String format = styles.format(style);
        if (!isFormula) {
            checkShownAlike(v, format);
        }
        try {
            return formatter().formatRawCellContents(v, styles.formatId(style), format, !isFormula && date1904);
        } catch (RuntimeException unformattable) {
            return "";
        }
    }

    private static void checkShownAlike(double v, String format) {
        String bare = bare(format);
        if (bare.contains("E+") || bare.contains("E-") || bare.contains("e+") || bare.contains("e-") || scales(bare)) {
            throw new XlsxDecline("a scientific or scaling format: " + format);
        }
        String text = org.apache.poi.ss.util.NumberToTextConverter.toText(v);
        if (text.indexOf('E') >= 0) {
            throw new XlsxDecline("a formatted number beyond 15 digits: " + v);
        }
        BigDecimal shortest = BigDecimal.valueOf(v);
        BigDecimal excel = new BigDecimal(text);
        if (shortest.compareTo(excel) == 0) {
            return;
        }
        if (bare.contains("#/") || bare.contains("?/")) {
            throw new XlsxDecline("a fraction format of a number beyond 15 digits: " + v);
        }
        int decimals = 0;
        for (String section : bare.split(";", -1)) {
            int point = section.indexOf('.');
            int d = 0;
            for (int i = point + 1; point >= 0 && i < section.length(); i++) {
                char c = section.charAt(i);
                if (c == '0' || c == '#' || c == '?') {
                    d++;
                }
            }
            decimals = Math.max(decimals, d);
        }
        if (bare.indexOf('%') >= 0) {
            decimals += 2;
        }
        for (int k = 0; k <= decimals; k++) {
            if (shortest.setScale(k, java.math.RoundingMode.HALF_UP).compareTo(excel.setScale(k, java.math.RoundingMode.HALF_UP)) != 0) {
                throw new XlsxDecline("a formatted number beyond 15 digits: " + v);
            }
        }
    }

    /** A format without its quoted texts, bracketed parts ({@code [Red]}), escaped characters and padding. */
    private static String bare(String format) {
        StringBuilder b = new StringBuilder(format.length());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                int end = format.indexOf('"', i + 1);
                i = end < 0 ? format.length() : end;
            } else if (c == '[') {
                int end = format.indexOf(']', i + 1);
                i = end < 0 ? format.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a bare format has a comma that is no thousands separator (a trailing one divides by 1,000). */
    private static boolean scales(String bare) {
        for (int i = bare.indexOf(','); i >= 0; i = bare.indexOf(',', i + 1)) {
            char next = i + 1 < bare.length() ? bare.charAt(i + 1) : ' ';
            if (next != '#' && next != '0' && next != '?' && next != ',') {
                return true;
            }
        }
        return false;
    }
}
