package io.github.perfeval.grid;

/**
 * Bounds a {@link Grid} is checked against as it is built, so that a hostile or broken source (a sheet
 * of a million rows, a cell of a megabyte, an HTML table of a hundred thousand columns) cannot cost
 * unbounded memory. The defaults are far above any real self-evaluation form (tens of rows, a dozen
 * columns) and far below what would hurt a server.
 *
 * <pre>{@code
 * GridLimits limits = GridLimits.defaults().withMaxRows(2_000);
 * Grid.Builder b = Grid.sheetBuilder("表1", limits);
 * }</pre>
 *
 * <p>Invariant: every limit is at least 1. Immutable and thread-safe.
 */
public final class GridLimits {

    private static final GridLimits DEFAULTS = new GridLimits(10_000, 200, 32_767, 5_000);

    private final int maxRows;
    private final int maxColumns;
    private final int maxCellText;
    private final int maxMergedRegions;

    private GridLimits(int maxRows, int maxColumns, int maxCellText, int maxMergedRegions) {
        this.maxRows = atLeastOne("rows", maxRows);
        this.maxColumns = atLeastOne("columns", maxColumns);
        this.maxCellText = atLeastOne("cell text", maxCellText);
        this.maxMergedRegions = atLeastOne("merged regions", maxMergedRegions);
    }

    private static int atLeastOne(String what, int v) {
        if (v < 1) {
            throw new IllegalArgumentException("the limit of " + what + " must be at least 1, not " + v);
        }
        return v;
    }

    /** 10,000 rows, 200 columns, 32,767 characters a cell (Excel's own maximum), 5,000 merged regions. */
    public static GridLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Limits of your own.
     *
     * @param maxRows rows a grid may have
     * @param maxColumns columns a grid may have
     * @param maxCellText characters a cell may hold
     * @param maxMergedRegions merged regions a grid may have
     * @return the limits
     */
    public static GridLimits of(int maxRows, int maxColumns, int maxCellText, int maxMergedRegions) {
        return new GridLimits(maxRows, maxColumns, maxCellText, maxMergedRegions);
    }

    /** Rows a grid may have. */
    public int maxRows() {
        return maxRows;
    }

    /** Columns a grid may have. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Characters a cell may hold. */
    public int maxCellText() {
        return maxCellText;
    }

    /** Merged regions a grid may have. */
    public int maxMergedRegions() {
        return maxMergedRegions;
    }

    /** These limits with another row limit. */
    public GridLimits withMaxRows(int v) {
        return new GridLimits(v, maxColumns, maxCellText, maxMergedRegions);
    }

    /** These limits with another column limit. */
    public GridLimits withMaxColumns(int v) {
        return new GridLimits(maxRows, v, maxCellText, maxMergedRegions);
    }

    /** These limits with another cell text limit. */
    public GridLimits withMaxCellText(int v) {
        return new GridLimits(maxRows, maxColumns, v, maxMergedRegions);
    }

    /** These limits with another merged region limit. */
    public GridLimits withMaxMergedRegions(int v) {
        return new GridLimits(maxRows, maxColumns, maxCellText, v);
    }

    @Override
    public String toString() {
        return "GridLimits[rows=" + maxRows + ", columns=" + maxColumns + ", cellText=" + maxCellText
                + ", mergedRegions=" + maxMergedRegions + "]";
    }
}
