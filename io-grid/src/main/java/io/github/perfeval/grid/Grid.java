package io.github.perfeval.grid;

import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A table of cells as a person sees it, whatever it came from: a sheet of a workbook, a table of a Word
 * document, an HTML table. Everything after this step (finding forms, reading them) works on grids and
 * knows nothing of POI, XWPF or jsoup.
 *
 * <p>A grid has rows and columns counted from 0; each position holds a {@link GridCell}. A merged region
 * is seen from every cell it spans: {@link #cell(int, int)} gives the region's first cell anywhere in it,
 * {@link #ownCell(int, int)} what the source stored at the position itself. Rows, columns and the whole
 * grid may be hidden. Every position has a place ({@link #place(int, int)}): {@code sheet!D14} for a
 * sheet, {@code table 3, row 14, column 4} (with the text above the table) for a document table.
 *
 * <pre>{@code
 * Grid.Builder b = Grid.sheetBuilder("表1", GridLimits.defaults());
 * b.put(0, 0, GridCell.text("产出指标"));
 * b.merge(0, 0, 3, 0);                       // A1:A4
 * b.put(0, 4, GridCell.number(new BigDecimal("5")));
 * Grid grid = b.build();
 * grid.cell(2, 0).getText();                 // "产出指标", seen through the merge
 * grid.place(2, 0);                          // 表1!A1
 * }</pre>
 *
 * <p>Invariants: the builder checks every cell, row, column and merge against its {@link GridLimits} as
 * it goes ({@link GridTooLargeException}); merged regions are clipped to the grid and do not overlap
 * (a later merge over an earlier one is dropped). Immutable and thread-safe.
 */
public final class Grid {

    private final String sheet;
    private final int table;
    private final String context;
    private final int rows;
    private final int cols;
    private final GridCell[] cells;
    /** For each position, the index (r * cols + c) of its merged region's first cell; null when nothing is merged. */
    private final int[] origin;
    private final List<CellRange> merges;
    private final BitSet hiddenRows;
    private final BitSet hiddenCols;
    private final boolean hidden;
    /** For table grids: the table and the row (from 1) each grid row came from; null when row r is row r + 1 of {@link #table}. */
    private final int[][] rowSources;

    private Grid(Builder b, int rows, int cols, GridCell[] cells, int[] origin, List<CellRange> merges) {
        this.sheet = b.sheet;
        this.table = b.table;
        this.context = b.context;
        this.rows = rows;
        this.cols = cols;
        this.cells = cells;
        this.origin = origin;
        this.merges = List.copyOf(merges);
        this.hiddenRows = (BitSet) b.hiddenRows.clone();
        this.hiddenCols = (BitSet) b.hiddenCols.clone();
        this.hidden = b.hidden;
        this.rowSources = b.rowSources.isEmpty() ? null : rowSources(b, rows);
    }

    private static int[][] rowSources(Builder b, int rows) {
        int[][] s = new int[rows][];
        for (int r = 0; r < rows; r++) {
            int[] given = r < b.rowSources.size() ? b.rowSources.get(r) : null;
            s[r] = given == null ? new int[] {b.table, r + 1} : given;
        }
        return s;
    }

    /**
     * A builder for a sheet of a workbook; places are {@code sheet!A1}.
     *
     * @param sheet the sheet's name, not blank
     * @param limits the limits to check as cells are put
     * @return the builder
     */
    public static Builder sheetBuilder(String sheet, GridLimits limits) {
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("a sheet grid needs the sheet's name");
        }
        return new Builder(sheet, 0, null, limits);
    }

    /**
     * A builder for a table of a document (Word, HTML); places are {@code table 3, row 14, column 4}, with
     * the context.
     *
     * @param table the table's number in its document, from 1
     * @param context the text naming the table (the paragraph above it, such as {@code 2024年度项目支出绩效自评表}),
     *     may be null
     * @param limits the limits to check as cells are put
     * @return the builder
     */
    public static Builder tableBuilder(int table, String context, GridLimits limits) {
        if (table < 1) {
            throw new IllegalArgumentException("tables are numbered from 1, not " + table);
        }
        return new Builder(null, table, context, limits);
    }

    /** The sheet's name, for a grid read from a workbook. */
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    /** The table's number in its document, for a grid read from a document table. */
    public OptionalInt getTable() {
        return sheet == null ? OptionalInt.of(table) : OptionalInt.empty();
    }

    /** The text naming the table in its document (the paragraph above it), for a document table. */
    public Optional<String> getContext() {
        return Optional.ofNullable(context);
    }

    /** How messages name this grid: {@code 工作表“表1”} / {@code sheet "表1"}, or {@code 表格3} / {@code table 3}. */
    public String describe(boolean chinese) {
        if (sheet != null) {
            return chinese ? "工作表“" + sheet + "”" : "sheet \"" + sheet + "\"";
        }
        return chinese ? "表格" + table : "table " + table;
    }

    /** Number of rows. */
    public int rowCount() {
        return rows;
    }

    /** Number of columns. */
    public int columnCount() {
        return cols;
    }

    /**
     * The cell at a position as a person sees it: the first cell of the merged region the position is in,
     * else the position's own cell; {@link GridCell#EMPTY} outside the grid.
     */
    public GridCell cell(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) {
            return GridCell.EMPTY;
        }
        int i = r * cols + c;
        return cells[origin == null ? i : origin[i]];
    }

    /** What the source stored at the position itself (inside a merged region, usually empty). */
    public GridCell ownCell(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) {
            return GridCell.EMPTY;
        }
        return cells[r * cols + c];
    }

    /** Whether the position is the first cell of its merged region, or not merged (false outside the grid). */
    public boolean isOrigin(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) {
            return false;
        }
        int i = r * cols + c;
        return origin == null || origin[i] == i;
    }

    /** The row of the first cell of the merged region the position is in (the position's own row when not merged). */
    public int originRow(int r, int c) {
        return origin == null || r < 0 || c < 0 || r >= rows || c >= cols ? r : origin[r * cols + c] / cols;
    }

    /** The column of the first cell of the merged region the position is in (its own column when not merged). */
    public int originColumn(int r, int c) {
        return origin == null || r < 0 || c < 0 || r >= rows || c >= cols ? c : origin[r * cols + c] % cols;
    }

    /** Whether the position lies in a merged region that starts on an earlier row. */
    public boolean continuesFromAbove(int r, int c) {
        return originRow(r, c) < r;
    }

    /** Whether the position lies in a merged region that starts in an earlier column. */
    public boolean continuesFromLeft(int r, int c) {
        return originColumn(r, c) < c;
    }

    /** The merged regions, clipped to the grid, in the order they were given. */
    public List<CellRange> getMergedRegions() {
        return merges;
    }

    /** Whether a row is hidden (zero height in a sheet, {@code display:none} on a page). */
    public boolean isRowHidden(int r) {
        return r >= 0 && hiddenRows.get(r);
    }

    /** Whether a column is hidden. */
    public boolean isColumnHidden(int c) {
        return c >= 0 && hiddenCols.get(c);
    }

    /** Whether the whole grid is hidden (a hidden sheet). */
    public boolean isHidden() {
        return hidden;
    }

    /**
     * Where a position is, for values and diagnostics: the place of its merged region's first cell
     * ({@code 表1!D14}, or table, row and column from 1 with the context).
     */
    public Location place(int r, int c) {
        int or = originRow(r, c);
        int oc = originColumn(r, c);
        if (sheet != null) {
            return Location.cell(sheet, a1(Math.max(or, 0), Math.max(oc, 0)));
        }
        int t = table;
        int row = or + 1;
        if (rowSources != null && or >= 0 && or < rows) {
            t = rowSources[or][0];
            row = rowSources[or][1];
        }
        return Location.tableCell(t, Math.max(row, 1), Math.max(oc + 1, 1)).withContext(context);
    }

    /** The place of the whole grid: the sheet, or the table with its context. */
    public Location place() {
        return sheet != null ? Location.sheet(sheet) : Location.table(table).withContext(context);
    }

    /** The short address of a position: {@code D14} on a sheet, {@code R14C4} in a table. */
    public String address(int r, int c) {
        return sheet != null ? a1(r, c) : "R" + (r + 1) + "C" + (c + 1);
    }

    /** The A1 address of a position counted from 0: {@code a1(13, 3)} is {@code D14}. */
    public static String a1(int r, int c) {
        StringBuilder letters = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().append(r + 1).toString();
    }

    @Override
    public String toString() {
        return describe(false) + " " + rows + "×" + cols;
    }

    /**
     * Fills a grid from any source, checking {@link GridLimits} as it goes. Put cells, merge regions, hide
     * rows and columns, then {@link #build()}. Positions never put are empty. Not thread-safe.
     */
    public static final class Builder {

        private final String sheet;
        private final int table;
        private final String context;
        private final GridLimits limits;
        private final List<GridCell[]> rowCells = new ArrayList<>();
        private final List<CellRange> merges = new ArrayList<>();
        private final BitSet hiddenRows = new BitSet();
        private final BitSet hiddenCols = new BitSet();
        private final List<int[]> rowSources = new ArrayList<>();
        private boolean hidden;
        private int cols;

        private Builder(String sheet, int table, String context, GridLimits limits) {
            this.sheet = sheet;
            this.table = table;
            this.context = context == null || context.isBlank() ? null : context.strip();
            this.limits = Objects.requireNonNull(limits, "limits");
        }

        private String where() {
            return sheet != null ? "sheet \"" + sheet + "\"" : "table " + table;
        }

        private void checkPosition(int r, int c) {
            if (r < 0 || c < 0) {
                throw new IllegalArgumentException("rows and columns count from 0: " + r + ", " + c);
            }
            if (r >= limits.maxRows()) {
                throw new GridTooLargeException(where() + " has more than " + limits.maxRows() + " rows (row " + (r + 1)
                        + "), limit " + limits.maxRows());
            }
            if (c >= limits.maxColumns()) {
                throw new GridTooLargeException(where() + " has " + (c + 1) + " columns or more, limit " + limits.maxColumns());
            }
        }

        /**
         * Puts a cell; a later put at the same position replaces it. Putting {@link GridCell#EMPTY} still
         * extends the grid to the position.
         *
         * @param r the row, from 0
         * @param c the column, from 0
         * @param cell the cell
         * @return this builder
         * @throws GridTooLargeException beyond the row or column limit, or with more text than a cell may hold
         */
        public Builder put(int r, int c, GridCell cell) {
            checkPosition(r, c);
            Objects.requireNonNull(cell, "cell");
            if (cell.getText().length() > limits.maxCellText()) {
                String at = sheet != null ? sheet + "!" + a1(r, c) : "table " + table + " R" + (r + 1) + "C" + (c + 1);
                throw new GridTooLargeException("cell " + at + " holds " + cell.getText().length() + " characters, limit "
                        + limits.maxCellText());
            }
            while (rowCells.size() <= r) {
                rowCells.add(null);
            }
            GridCell[] row = rowCells.get(r);
            if (row == null || row.length <= c) {
                row = row == null ? new GridCell[Math.max(c + 1, 8)] : Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
                rowCells.set(r, row);
            }
            row[c] = cell;
            cols = Math.max(cols, c + 1);
            return this;
        }

        /** Puts a cell of text ({@link GridCell#text(String)}). */
        public Builder put(int r, int c, String text) {
            return put(r, c, GridCell.text(text));
        }

        /**
         * Merges a region: its first cell is seen from every cell it spans.
         *
         * @return this builder
         * @throws GridTooLargeException beyond the merged-region limit
         * @throws IllegalArgumentException when the bounds are not a range
         */
        public Builder merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
            if (merges.size() >= limits.maxMergedRegions()) {
                throw new GridTooLargeException(where() + " has more than " + limits.maxMergedRegions()
                        + " merged regions, limit " + limits.maxMergedRegions());
            }
            merges.add(CellRange.of(firstRow, firstColumn, lastRow, lastColumn));
            return this;
        }

        /** Marks a row hidden. */
        public Builder hideRow(int r) {
            checkPosition(r, 0);
            hiddenRows.set(r);
            return this;
        }

        /** Marks a column hidden. */
        public Builder hideColumn(int c) {
            checkPosition(0, c);
            hiddenCols.set(c);
            return this;
        }

        /** Marks the whole grid hidden (or not). */
        public Builder hidden(boolean isHidden) {
            this.hidden = isHidden;
            return this;
        }

        /**
         * For a document grid made of several tables (a form continued in a second table after a page
         * break): the table and row a grid row came from, for its places. Rows not given are rows of the
         * builder's own table, numbered from 1.
         *
         * @param r the grid row, from 0
         * @param sourceTable the table's number in the document, from 1
         * @param sourceRow the row in that table, from 1
         * @return this builder
         */
        public Builder rowSource(int r, int sourceTable, int sourceRow) {
            if (sheet != null) {
                throw new IllegalStateException("a sheet grid's rows are the sheet's rows");
            }
            checkPosition(r, 0);
            if (sourceTable < 1 || sourceRow < 1) {
                throw new IllegalArgumentException("tables and rows are numbered from 1");
            }
            while (rowSources.size() <= r) {
                rowSources.add(null);
            }
            rowSources.set(r, new int[] {sourceTable, sourceRow});
            return this;
        }

        /** The grid. The builder may be used on afterwards; the grid does not change. */
        public Grid build() {
            int rows = rowCells.size();
            GridCell[] cells = new GridCell[rows * cols];
            Arrays.fill(cells, GridCell.EMPTY);
            for (int r = 0; r < rows; r++) {
                GridCell[] row = rowCells.get(r);
                if (row != null) {
                    for (int c = 0; c < row.length && c < cols; c++) {
                        if (row[c] != null) {
                            cells[r * cols + c] = row[c];
                        }
                    }
                }
            }
            int[] origin = null;
            BitSet merged = new BitSet();
            List<CellRange> kept = new ArrayList<>();
            for (CellRange m : merges) {
                if (m.getFirstRow() >= rows || m.getFirstColumn() >= cols) {
                    continue;
                }
                CellRange clipped = CellRange.of(m.getFirstRow(), m.getFirstColumn(), Math.min(m.getLastRow(), rows - 1),
                        Math.min(m.getLastColumn(), cols - 1));
                if (clipped.isSingleCell()) {
                    continue;
                }
                if (origin == null) {
                    origin = new int[rows * cols];
                    for (int i = 0; i < origin.length; i++) {
                        origin[i] = i;
                    }
                }
                if (overlaps(merged, clipped, cols)) {
                    continue;
                }
                int first = clipped.getFirstRow() * cols + clipped.getFirstColumn();
                for (int r = clipped.getFirstRow(); r <= clipped.getLastRow(); r++) {
                    for (int c = clipped.getFirstColumn(); c <= clipped.getLastColumn(); c++) {
                        origin[r * cols + c] = first;
                        merged.set(r * cols + c);
                    }
                }
                kept.add(clipped);
            }
            return new Grid(this, rows, cols, cells, origin, kept);
        }

        private static boolean overlaps(BitSet merged, CellRange m, int cols) {
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    if (merged.get(r * cols + c)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
