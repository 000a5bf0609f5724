package io.github.perfeval.excel.read;

/**
 * Limits that keep a hostile or broken workbook from costing unbounded memory or time. The defaults are
 * far above any real self-evaluation form (a form has tens of rows) and far below what would hurt a
 * server.
 *
 * <pre>{@code
 * ExcelFormReader reader = ExcelFormReader.create(ReadLimits.defaults().withMaxRows(2_000));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = new ReadLimits(50L * 1024 * 1024, 100L * 1024 * 1024, 200L * 1024 * 1024,
            10_000, 200, 32_767, 5_000, 100);

    private final long maxFileBytes;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxRows;
    private final int maxColumns;
    private final int maxCellText;
    private final int maxMergedRegions;
    private final int maxSheets;

    private ReadLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxRows, int maxColumns,
                       int maxCellText, int maxMergedRegions, int maxSheets) {
        this.maxFileBytes = maxFileBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.maxCellText = maxCellText;
        this.maxMergedRegions = maxMergedRegions;
        this.maxSheets = maxSheets;
    }

    /**
     * File 50 MB; any part of it 100 MB and all parts together 200 MB once inflated; 10,000 rows and 200 columns a sheet; 32,767
     * characters a cell (Excel's own maximum); 5,000 merged regions a sheet; 100 sheets.
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The largest inflated size of one part of the workbook (a sheet's XML), in bytes. */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The largest inflated size of all parts of an xlsx together, in bytes: bounds the memory a read can take. */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** Rows a sheet may have. */
    public int maxRows() {
        return maxRows;
    }

    /** Columns a sheet may have. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Characters a cell may hold. */
    public int maxCellText() {
        return maxCellText;
    }

    /** Merged regions a sheet may have. */
    public int maxMergedRegions() {
        return maxMergedRegions;
    }

    /** Sheets a workbook may have. */
    public int maxSheets() {
        return maxSheets;
    }

    /** The limits a sheet's grid is built with (rows, columns, cell text, merged regions). */
    public io.github.perfeval.grid.GridLimits gridLimits() {
        return io.github.perfeval.grid.GridLimits.of(maxRows, maxColumns, maxCellText, maxMergedRegions);
    }

    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxEntryBytes(long v) {
        return new ReadLimits(maxFileBytes, v, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxTotalBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, v, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxRows(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, v, maxColumns, maxCellText, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxColumns(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, v, maxCellText, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxCellText(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, v, maxMergedRegions, maxSheets);
    }

    public ReadLimits withMaxMergedRegions(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, v, maxSheets);
    }

    public ReadLimits withMaxSheets(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, v);
    }
}
