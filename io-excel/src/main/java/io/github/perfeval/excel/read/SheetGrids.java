package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.CellFormat;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridTooLargeException;
import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A POI sheet as a source-neutral {@link Grid}: each cell's text, number, number format (and the text it
 * shows), comment, formula beside its cached value; merged regions; hidden rows, columns and sheet.
 * Checked against the {@link ReadLimits} before and while it is built.
 *
 * <pre>{@code
 * ValueWithDiagnostics<Grid> grid = SheetGrids.of(workbook.getSheetAt(0), ReadLimits.defaults(), "自评表.xlsx");
 * GridReadResult forms = FormParser.create().parse(grid.getValue());
 * }</pre>
 *
 * <p>Formulas are never evaluated: a formula cell gives its cached value, and a formula with no cached
 * value (a target typed as {@code =12月}, which Excel took for a formula) gives its own text with a
 * {@code FORMULA_AS_TEXT} diagnostic. Error values and numbers out of range give {@code UNREADABLE_CELL}.
 */
public final class SheetGrids {

    private SheetGrids() {
    }

    /**
     * Reads a sheet into a grid.
     *
     * @param sheet the sheet
     * @param limits the limits
     * @param file the file's name, for errors
     * @return the grid, with diagnostics about cells that could not be read as values
     * @throws WorkbookReadException ({@code TOO_LARGE}) when the sheet goes beyond a limit
     */
    public static ValueWithDiagnostics<Grid> of(Sheet sheet, ReadLimits limits, String file) {
        String name = sheet.getSheetName();
        int lastRow = sheet.getLastRowNum();
        int maxCol = 0;
        for (Row row : sheet) {
            maxCol = Math.max(maxCol, row.getLastCellNum());
        }
        checkSize(name, lastRow + 1, maxCol, sheet.getNumMergedRegions(), limits, file);
        List<Diagnostic> out = new ArrayList<>();
        try {
            Grid.Builder b = Grid.sheetBuilder(name, limits.gridLimits());
            Workbook wb = sheet.getWorkbook();
            int index = wb.getSheetIndex(sheet);
            b.hidden(index >= 0 && (wb.isSheetHidden(index) || wb.isSheetVeryHidden(index)));
            DataFormatter formatter = new DataFormatter();
            SharedFormulas shared = new SharedFormulas(sheet, index);
            for (Row row : sheet) {
                if (row.getZeroHeight()) {
                    b.hideRow(row.getRowNum());
                }
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= 0) {
                        b.put(cell.getRowIndex(), cell.getColumnIndex(), read(cell, formatter, shared, name, out));
                    }
                }
            }
            for (int c = 0; c < maxCol; c++) {
                if (sheet.isColumnHidden(c)) {
                    b.hideColumn(c);
                }
            }
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.getFirstRow() >= 0 && region.getFirstColumn() >= 0 && region.getLastRow() >= region.getFirstRow()
                        && region.getLastColumn() >= region.getFirstColumn()) {
                    b.merge(region.getFirstRow(), region.getFirstColumn(), region.getLastRow(), region.getLastColumn());
                }
            }
            return ValueWithDiagnostics.of(b.build(), out);
        } catch (GridTooLargeException e) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE, e.getMessage(), null);
        }
    }

    /**
     * The checks made before a sheet's grid is built, in this order: rows, columns, merged regions (the
     * xlsx reader makes the same ones with the same words).
     */
    static void checkSize(String name, int rows, int columns, int merged, ReadLimits limits, String file) {
        if (rows > limits.maxRows()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + name + "\" has " + rows + " rows, limit " + limits.maxRows(), null);
        }
        if (columns > limits.maxColumns()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + name + "\" has " + columns + " columns, limit " + limits.maxColumns(), null);
        }
        if (merged > limits.maxMergedRegions()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + name + "\" has " + merged + " merged regions, limit " + limits.maxMergedRegions(), null);
        }
    }

    private static GridCell read(Cell cell, DataFormatter formatter, SharedFormulas shared, String sheet, List<Diagnostic> out) {
        CellType type = cell.getCellType();
        GridCell read = type == CellType.FORMULA ? formula(cell, formatter, shared, sheet, out)
                : value(cell, type, formatter, sheet, out);
        Comment comment = cell.getCellComment();
        if (comment != null && comment.getString() != null) {
            read = read.withComment(ownComment(comment.getAuthor(), comment.getString().getString()));
        }
        return read;
    }

    /**
     * A comment as its cell's own: the findings perfeval's export writes in comments of their own author are
     * left out (the next check makes them again), and so is what such a comment adds after its mark.
     */
    static String ownComment(String author, String text) {
        if (!FINDINGS_AUTHOR.equals(author)) {
            return text;
        }
        int mark = text.indexOf("\n" + FINDINGS_MARK + "\n");
        return mark < 0 ? null : text.substring(0, mark);
    }

    /** Whether a comment's author is the one perfeval's export writes its findings as. */
    static boolean isFindingsAuthor(String author) {
        return FINDINGS_AUTHOR.equals(author);
    }

    /** The author and mark of the findings perfeval's export writes in comments (see its {@code CellComments}). */
    private static final String FINDINGS_AUTHOR = "perfeval-findings";
    private static final String FINDINGS_MARK = "—— perfeval ——";

    private static GridCell formula(Cell cell, DataFormatter formatter, SharedFormulas shared, String sheet, List<Diagnostic> out) {
        String formula = "=" + shared.text(cell);
        // an absent or empty <v> is no value at all (POI would report it as the number 0), except an empty text
        // result (t="str", <v></v>): a formula whose value is empty on purpose (="")
        CellType cached = cell.getCachedFormulaResultType();
        boolean noCachedValue = cell instanceof XSSFCell
                && (((XSSFCell) cell).getRawValue() == null
                || ((XSSFCell) cell).getRawValue().isEmpty() && !emptyText((XSSFCell) cell, cached));
        if (noCachedValue || cached == CellType.ERROR) {
            out.add(Diagnostic.of(StandardCode.FORMULA_AS_TEXT, place(sheet, cell), MessageArgument.text(formula)));
            return GridCell.text(formula).withFormula(formula);
        }
        return value(cell, cached, formatter, sheet, out).withFormula(formula);
    }

    /**
     * The formula text of a sheet's cells: POI's, but a shared formula's (a formula filled down) through
     * {@link SharedFormulaText}, which keeps the sheet of a reference to another sheet where POI's move drops it;
     * the xlsx reader reads the same text. A shared formula that class does not take gets POI's text.
     */
    private static final class SharedFormulas {
        private final Sheet sheet;
        private final int index;
        private SharedFormulaText text;
        private final java.util.Map<Long, SharedFormulaText.Master> masters = new java.util.HashMap<>();

        SharedFormulas(Sheet sheet, int index) {
            this.sheet = sheet;
            this.index = index;
        }

        String text(Cell cell) {
            if (cell instanceof XSSFCell && sheet instanceof XSSFSheet && !cell.isPartOfArrayFormulaGroup()) {
                CTCellFormula f = ((XSSFCell) cell).getCTCell().getF();
                if (f != null && f.getT() == STCellFormulaType.SHARED && f.getSi() <= Integer.MAX_VALUE) {
                    try {
                        return text().text(master(f.getSi()), cell.getRowIndex(), cell.getColumnIndex(), index);
                    } catch (XlsxDecline notTaken) {
                        // POI's own text
                    }
                }
            }
            return cell.getCellFormula();
        }

        private SharedFormulaText text() {
            if (text == null) {
                List<String> names = new ArrayList<>();
                sheet.getWorkbook().getAllNames().forEach(n -> names.add(n.getNameName()));
                text = new SharedFormulaText(names);
            }
            return text;
        }

        private SharedFormulaText.Master master(long group) {
            return masters.computeIfAbsent(group, g -> {
                CTCellFormula f = ((XSSFSheet) sheet).getSharedFormula((int) (long) g);
                if (f == null) {
                    return null;
                }
                CellRangeAddress range = CellRangeAddress.valueOf(f.getRef());
                return new SharedFormulaText.Master(f.getStringValue(), range.getFirstRow(), range.getFirstColumn());
            });
        }
    }

    /** Whether a formula cell's cached value is an empty text that is there (t="str" with a {@code <v>} element). */
    private static boolean emptyText(XSSFCell cell, CellType cached) {
        return cached == CellType.STRING && cell.getCTCell().isSetV();
    }

    private static GridCell value(Cell cell, CellType type, DataFormatter formatter, String sheet, List<Diagnostic> out) {
        switch (type) {
            case STRING:
                return GridCell.text(cell.getStringCellValue());
            case NUMERIC: {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return GridCell.text(shown(cell, formatter));
                }
                double v = cell.getNumericCellValue();
                BigDecimal d = Decimals.ofExcel(v).orElse(null);
                if (d == null) {
                    out.add(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "outOfRange", place(sheet, cell), MessageArgument.text(Double.toString(v))));
                    return GridCell.error(Double.toString(v));
                }
                GridCell number = GridCell.number(d);
                String pattern = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                CellFormat format = CellFormat.parse(pattern);
                if (format.isGeneral()) {
                    return number;
                }
                String shown = shown(cell, formatter);
                return number.withFormat(format, shown.isEmpty() ? number.getText() : shown);
            }
            case BOOLEAN:
                return GridCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR: {
                String text = FormulaError.forInt(cell.getErrorCellValue()).getString();
                out.add(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "error", place(sheet, cell), MessageArgument.text(text)));
                return GridCell.error(text);
            }
            default:
                return GridCell.EMPTY;
        }
    }

    /** A number as its format shows it (a formula's cached value too: POI would show the formula). */
    private static String shown(Cell cell, DataFormatter formatter) {
        try {
            if (cell.getCellType() == CellType.FORMULA) {
                return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            }
            return formatter.formatCellValue(cell);
        } catch (RuntimeException unformattable) {
            return "";
        }
    }

    private static Location place(String sheet, Cell cell) {
        return place(sheet, cell.getRowIndex(), cell.getColumnIndex());
    }

    static Location place(String sheet, int row, int column) {
        return Location.cell(sheet, Grid.a1(row, column));
    }
}
