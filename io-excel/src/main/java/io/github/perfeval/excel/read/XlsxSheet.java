package io.github.perfeval.excel.read;

import io.github.perfeval.grid.read.ReadLimits;
import org.apache.poi.ss.util.CellRangeAddress;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet part as POI's {@code XSSFSheet} holds it: rows by number (a later row of the same number
 * wins), each row's cells by column (a cell without {@code r} takes the column after the row's last, a
 * later cell at the same column wins), hidden rows, the {@code <col>} ranges, the merged regions as
 * written. Cells beyond the row or column limits are counted, not kept: such a sheet is refused before its
 * grid is built ({@link SheetGrids#checkSize}), so a hostile sheet costs no more memory than the limits
 * allow. A shared formula's cells keep their group, and the sheet keeps each group's master as POI's
 * {@code XSSFSheet} does ({@link #sharedFormula}); {@link SharedFormulaText} gives their text. Declined: rows
 * without a number, overlapping column ranges, array and data-table formulas, a shared formula without a group,
 * cell types other than {@code n s str inlineStr b e}. Read once, then only read.
 */
final class XlsxSheet {

    /**
     * A cell as written: its type ({@code t}), style index, value, formula (as written: empty in a shared
     * formula's cells other than its master) and inline string, and a shared formula's group ({@code si}), -1
     * for none.
     */
    static final class Cell {
        final int column;
        final char type;
        final long style;
        final String value;
        final String formula;
        final boolean inline;
        final String inlineText;
        final long sharedGroup;

        Cell(int column, char type, long style, String value, String formula, boolean inline, String inlineText, long sharedGroup) {
            this.column = column;
            this.type = type;
            this.style = style;
            this.value = value;
            this.formula = formula;
            this.inline = inline;
            this.inlineText = inlineText;
            this.sharedGroup = sharedGroup;
        }
    }

    /** A row: whether it is hidden, its cells by column. */
    static final class Row {
        final boolean hidden;
        final TreeMap<Integer, Cell> cells = new TreeMap<>();

        Row(boolean hidden) {
            this.hidden = hidden;
        }

        /** POI's {@code getLastCellNum()}: one past the last column, -1 without cells. */
        int lastCellNum() {
            return cells.isEmpty() ? -1 : cells.lastKey() + 1;
        }
    }

    /** Cell types, as the letter the reader keeps: n(umber), s(hared), t(ext: str), i(nline), b(oolean), e(rror). */
    static final char NUMBER = 'n';
    static final char SHARED = 's';
    static final char TEXT = 't';
    static final char INLINE = 'i';
    static final char BOOLEAN = 'b';
    static final char ERROR = 'e';

    final TreeMap<Integer, Row> rows = new TreeMap<>();
    /** Column ranges from 0: first, last, hidden (1/0). */
    final List<long[]> columns = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    /** Shared formulas' masters by group: the last cell read with the group and a range, as in POI. */
    private final Map<Long, SharedFormulaText.Master> sharedFormulas = new HashMap<>();
    /** Rows as POI counts them: the last row's number + 1 (beyond the limit too). */
    int rowCount;
    /** Columns as POI counts them: the largest last-cell-number of any row. */
    int columnCount;

    private XlsxSheet() {
    }

    static XlsxSheet read(byte[] part, String partName, String file, ReadLimits limits) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(part, partName, file);
        if (!SafeXml.is(r, "worksheet")) {
            throw new XlsxDecline("sheet root is not SpreadsheetML's worksheet");
        }
        XlsxSheet s = new XlsxSheet();
        boolean sawCols = false;
        boolean sawMerges = false;
        boolean sawData = false;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "sheetData")) {
                if (sawData) {
                    throw new XlsxDecline("two sheetData");
                }
                sawData = true;
                s.readRows(r, limits);
            } else if (SafeXml.is(r, "cols")) {
                sawCols = true;
                s.readColumns(r);
            } else if (SafeXml.is(r, "mergeCells")) {
                if (sawMerges) {
                    throw new XlsxDecline("two mergeCells");
                }
                sawMerges = true;
                while (SafeXml.nextChild(r)) {
                    if (SafeXml.is(r, "mergeCell")) {
                        s.merges.add(SafeXml.attribute(r, "ref"));
                    }
                    SafeXml.skip(r);
                }
            } else {
                SafeXml.skip(r);
            }
        }
        if (sawCols) {
            s.checkColumnsApart();
        }
        return s;
    }

    private void readRows(XMLStreamReader r, ReadLimits limits) throws XMLStreamException {
        while (SafeXml.nextChild(r)) {
            if (!SafeXml.is(r, "row")) {
                SafeXml.skip(r);
                continue;
            }
            long number = SafeXml.unsigned(SafeXml.attribute(r, "r"), 0, "row number");
            if (number < 1 || number - 1 > CellRefs.MAX_ROW) {
                throw new XlsxDecline("a row without a number this reader takes: " + SafeXml.attribute(r, "r"));
            }
            int index = (int) number - 1;
            Boolean hidden = SafeXml.bool(SafeXml.attribute(r, "hidden"), "row hidden");
            Row row = new Row(hidden != null && hidden);
            boolean keep = index < limits.maxRows();
            int last = -1;
            while (SafeXml.nextChild(r)) {
                if (!SafeXml.is(r, "c")) {
                    SafeXml.skip(r);
                    continue;
                }
                String ref = SafeXml.attribute(r, "r");
                int column = ref != null ? CellRefs.column(ref) : last + 1;
                last = Math.max(last, column);
                Cell cell = readCell(r, index, column);
                if (keep && column < limits.maxColumns()) {
                    row.cells.put(column, cell);
                }
            }
            rowCount = Math.max(rowCount, index + 1);
            columnCount = Math.max(columnCount, last + 1);
            if (keep) {
                rows.put(index, row);
            }
        }
    }

    /** The master of a shared formula's group, or null when no cell of the sheet is one. */
    SharedFormulaText.Master sharedFormula(long group) {
        return sharedFormulas.get(group);
    }

    private Cell readCell(XMLStreamReader r, int row, int column) throws XMLStreamException {
        char type = type(SafeXml.attribute(r, "t"));
        long style = SafeXml.unsigned(SafeXml.attribute(r, "s"), -1, "style index");
        String value = null;
        String formula = null;
        boolean inline = false;
        String inlineText = null;
        boolean sawValue = false;
        long sharedGroup = -1;
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "v") && !sawValue) {
                sawValue = true;
                value = SafeXml.text(r);
            } else if (SafeXml.is(r, "f") && formula == null) {
                String kind = SafeXml.attribute(r, "t");
                if (kind != null && "shared".equals(kind.strip())) {
                    sharedGroup = SafeXml.unsigned(SafeXml.attribute(r, "si"), -1, "shared formula group");
                    if (sharedGroup < 0 || sharedGroup > Integer.MAX_VALUE) {
                        throw new XlsxDecline("a shared formula without a group this reader takes");
                    }
                    String ref = SafeXml.attribute(r, "ref");
                    formula = SafeXml.text(r);
                    if (ref != null) {
                        sharedFormulas.put(sharedGroup, master(formula, ref, row, column));
                    }
                } else if (kind != null && !"normal".equals(kind.strip())) {
                    throw new XlsxDecline("a " + kind + " formula (POI renders its text its own way)");
                } else {
                    formula = SafeXml.text(r);
                }
            } else if (SafeXml.is(r, "is") && !inline) {
                inline = true;
                inlineText = RichTextXml.read(r);
            } else {
                SafeXml.skip(r);
            }
        }
        return new Cell(column, type, style, value, formula, inline, inlineText, sharedGroup);
    }

    /** A master: the group's range as POI reads it, its first cell no earlier than the master's own row and column. */
    private static SharedFormulaText.Master master(String text, String ref, int row, int column) {
        CellRangeAddress range;
        try {
            range = CellRangeAddress.valueOf(ref);
        } catch (RuntimeException e) {
            throw new XlsxDecline("a shared formula's range this reader does not take: " + ref);
        }
        if (range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
            throw new XlsxDecline("a shared formula's range this reader does not take: " + ref);
        }
        return new SharedFormulaText.Master(text, Math.max(row, range.getFirstRow()), Math.max(column, range.getFirstColumn()));
    }

    private static char type(String t) {
        if (t == null) {
            return NUMBER;
        }
        switch (t.strip()) {
            case "n":
                return NUMBER;
            case "s":
                return SHARED;
            case "str":
                return TEXT;
            case "inlineStr":
                return INLINE;
            case "b":
                return BOOLEAN;
            case "e":
                return ERROR;
            default:
                throw new XlsxDecline("a cell of type " + t);
        }
    }

    private void readColumns(XMLStreamReader r) throws XMLStreamException {
        while (SafeXml.nextChild(r)) {
            if (SafeXml.is(r, "col")) {
                long min = SafeXml.unsigned(SafeXml.attribute(r, "min"), 0, "col min");
                long max = SafeXml.unsigned(SafeXml.attribute(r, "max"), 0, "col max");
                if (min < 1 || max < min) {
                    throw new XlsxDecline("a column range " + min + ".." + max);
                }
                Boolean hidden = SafeXml.bool(SafeXml.attribute(r, "hidden"), "col hidden");
                columns.add(new long[] {min - 1, max - 1, hidden != null && hidden ? 1 : 0});
            }
            SafeXml.skip(r);
        }
    }

    private void checkColumnsApart() {
        List<long[]> sorted = new ArrayList<>(columns);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i)[0] <= sorted.get(i - 1)[1]) {
                throw new XlsxDecline("overlapping column ranges (POI splits and merges them)");
            }
        }
    }

    /** Whether a column (from 0) is hidden by its {@code <col>} range. */
    boolean isColumnHidden(int column) {
        for (long[] c : columns) {
            if (c[0] <= column && column <= c[1]) {
                return c[2] == 1;
            }
        }
        return false;
    }
}
