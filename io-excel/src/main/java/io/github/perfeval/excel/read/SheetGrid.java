package io.github.perfeval.excel.read;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.source.Location;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.util.List;

/**
 * A sheet as a rectangle of cell texts where a merged region's value is seen from every cell it spans,
 * checked against the {@link ReadLimits} as it is built.
 */
final class SheetGrid {

    final String name;
    final int rows;
    final int cols;
    private final CellText[][] cells;
    /** For each cell, the row and column of the merged region's first cell (or itself). */
    private final int[][] originRow;
    private final int[][] originCol;

    private SheetGrid(String name, int rows, int cols) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.cells = new CellText[rows][cols];
        this.originRow = new int[rows][cols];
        this.originCol = new int[rows][cols];
    }

    static SheetGrid of(Sheet sheet, ReadLimits limits, String file, List<Diagnostic> out) {
        int lastRow = sheet.getLastRowNum();
        if (lastRow + 1 > limits.maxRows()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + sheet.getSheetName() + "\" has " + (lastRow + 1) + " rows, limit " + limits.maxRows(), null);
        }
        int maxCol = 0;
        for (Row row : sheet) {
            maxCol = Math.max(maxCol, row.getLastCellNum());
        }
        if (maxCol > limits.maxColumns()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + sheet.getSheetName() + "\" has " + maxCol + " columns, limit " + limits.maxColumns(), null);
        }
        if (sheet.getNumMergedRegions() > limits.maxMergedRegions()) {
            throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                    "sheet \"" + sheet.getSheetName() + "\" has " + sheet.getNumMergedRegions() + " merged regions, limit "
                            + limits.maxMergedRegions(), null);
        }
        int rows = Math.max(0, lastRow + 1);
        SheetGrid g = new SheetGrid(sheet.getSheetName(), rows, Math.max(0, maxCol));
        DataFormatter dates = new DataFormatter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < g.cols; c++) {
                g.originRow[r][c] = r;
                g.originCol[r][c] = c;
                g.cells[r][c] = CellText.EMPTY;
            }
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                int r = cell.getRowIndex();
                int c = cell.getColumnIndex();
                if (r < rows && c < g.cols && c >= 0) {
                    g.cells[r][c] = read(cell, dates, g.name, out);
                    if (g.cells[r][c].text.length() > limits.maxCellText()) {
                        throw new WorkbookReadException(file, WorkbookReadException.Problem.TOO_LARGE,
                                "cell " + g.name + "!" + g.cells[r][c].address() + " holds " + g.cells[r][c].text.length()
                                        + " characters, limit " + limits.maxCellText(), null);
                    }
                }
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            for (int r = Math.max(0, r0); r <= Math.min(rows - 1, region.getLastRow()); r++) {
                for (int c = Math.max(0, c0); c <= Math.min(g.cols - 1, region.getLastColumn()); c++) {
                    if (r0 < rows && c0 < g.cols) {
                        g.originRow[r][c] = r0;
                        g.originCol[r][c] = c0;
                    }
                }
            }
        }
        return g;
    }

    private static CellText read(Cell cell, DataFormatter dates, String sheet, List<Diagnostic> out) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return formula(cell, dates, sheet, out);
        }
        return value(cell, type, dates, sheet, out);
    }

    private static CellText formula(Cell cell, DataFormatter dates, String sheet, List<Diagnostic> out) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        // an absent or empty <v> is no value at all: POI would report it as the number 0
        boolean noCachedValue = cell instanceof XSSFCell
                && (((XSSFCell) cell).getRawValue() == null || ((XSSFCell) cell).getRawValue().isEmpty());
        CellType cached = cell.getCachedFormulaResultType();
        if (noCachedValue || cached == CellType.ERROR) {
            String formula = "=" + cell.getCellFormula();
            out.add(Diagnostic.of(StandardCode.FORMULA_AS_TEXT, Location.cell(sheet, address(r, c)),
                    "单元格为公式且无有效计算结果，按文本“" + formula + "”读取（未计算公式）",
                    "formula cell with no usable cached value read as the text \"" + formula + "\" (never evaluated)"));
            return new CellText(formula, null, false, true, false, r, c);
        }
        return value(cell, cached, dates, sheet, out);
    }

    private static String address(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    private static CellText value(Cell cell, CellType type, DataFormatter dates, String sheet, List<Diagnostic> out) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case STRING:
                return new CellText(cell.getStringCellValue(), null, false, false, false, r, c);
            case NUMERIC: {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return new CellText(dates.formatCellValue(cell), null, false, false, false, r, c);
                }
                String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                CellText t = CellText.number(cell.getNumericCellValue(), fmt != null && fmt.contains("%"), r, c);
                if (t.error) {
                    out.add(Diagnostic.of(StandardCode.UNREADABLE_CELL, Location.cell(sheet, address(r, c)),
                            "数值超出范围：" + t.text, "number out of range: " + t.text));
                }
                return t;
            }
            case BOOLEAN:
                return new CellText(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false, false, false, r, c);
            case ERROR: {
                String text = org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
                out.add(Diagnostic.of(StandardCode.UNREADABLE_CELL, Location.cell(sheet, address(r, c)),
                        "单元格为错误值" + text, "the cell holds the error " + text));
                return new CellText(text, null, false, false, true, r, c);
            }
            default:
                return CellText.EMPTY;
        }
    }

    /** The cell as seen through merges: a merged region's first cell for every cell it spans. */
    CellText at(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) {
            return CellText.EMPTY;
        }
        return cells[originRow[r][c]][originCol[r][c]];
    }

    /** Whether (r, c) is the first cell of its merged region, or not merged. */
    boolean isOrigin(int r, int c) {
        return r >= 0 && c >= 0 && r < rows && c < cols && originRow[r][c] == r && originCol[r][c] == c;
    }

    /** The column of the first cell of the merged region that (r, c) is in. */
    int originColumn(int r, int c) {
        return originCol[r][c];
    }

    /** Whether (r, c) lies in a merged region that starts on an earlier row. */
    boolean continuesFromAbove(int r, int c) {
        return originRow[r][c] < r;
    }

    Location location(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) {
            return Location.cell(name, new CellReference(r, c).formatAsString(false));
        }
        return Location.cell(name, new CellReference(originRow[r][c], originCol[r][c]).formatAsString(false));
    }
}
