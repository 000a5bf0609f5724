package io.github.perfeval.grid.read;

import io.github.perfeval.grid.GridLimits;

/**
 * Limits that keep a hostile or broken file (a workbook, a Word document, a web page) from costing
 * unbounded memory or time. The defaults are far above any real self-evaluation form (a form has tens
 * of rows) and far below what would hurt a server. Every reader of perfeval takes the same limits: a
 * sheet and a document table are both bounded by the row, column, cell and merge limits.
 *
 * <pre>{@code
 * ExcelFormReader reader = ExcelFormReader.create(ReadLimits.defaults().withMaxRows(2_000));
 * }</pre>
 *
 * <p>Invariant: every limit is at least 1. Immutable and thread-safe.
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = new ReadLimits(50L * 1024 * 1024, 100L * 1024 * 1024, 200L * 1024 * 1024,
            10_000, 200, 32_767, 5_000, 100, 1_000, 256);

    private final long maxFileBytes;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxRows;
    private final int maxColumns;
    private final int maxCellText;
    private final int maxMergedRegions;
    private final int maxSheets;
    private final int maxTables;
    private final int maxDepth;

    private ReadLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxRows, int maxColumns,
                       int maxCellText, int maxMergedRegions, int maxSheets, int maxTables, int maxDepth) {
        this.maxFileBytes = atLeastOne("file bytes", maxFileBytes);
        this.maxEntryBytes = atLeastOne("entry bytes", maxEntryBytes);
        this.maxTotalBytes = atLeastOne("total bytes", maxTotalBytes);
        this.maxRows = (int) atLeastOne("rows", maxRows);
        this.maxColumns = (int) atLeastOne("columns", maxColumns);
        this.maxCellText = (int) atLeastOne("cell text", maxCellText);
        this.maxMergedRegions = (int) atLeastOne("merged regions", maxMergedRegions);
        this.maxSheets = (int) atLeastOne("sheets", maxSheets);
        this.maxTables = (int) atLeastOne("tables", maxTables);
        this.maxDepth = (int) atLeastOne("depth", maxDepth);
    }

    private static long atLeastOne(String what, long v) {
        if (v < 1) {
            throw new IllegalArgumentException("the limit of " + what + " must be at least 1, not " + v);
        }
        return v;
    }

    /**
     * File 50 MB; any part of it 100 MB and all parts together 200 MB once inflated; 10,000 rows and 200 columns a sheet
     * or table; 32,767 characters a cell (Excel's own maximum); 5,000 merged regions a sheet or table; 100 sheets;
     * 1,000 tables a document; elements (or tables in tables) nested 256 deep.
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The largest inflated size of one part of a zip package (a sheet's or a document's XML), in bytes. */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The largest inflated size of all parts of a package (xlsx, docx) together, in bytes: bounds the memory a read can take. */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** Rows a sheet or a document table may have. */
    public int maxRows() {
        return maxRows;
    }

    /** Columns a sheet or a document table may have. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Characters a cell may hold. */
    public int maxCellText() {
        return maxCellText;
    }

    /** Merged regions a sheet or a document table may have. */
    public int maxMergedRegions() {
        return maxMergedRegions;
    }

    /** Sheets a workbook may have. */
    public int maxSheets() {
        return maxSheets;
    }

    /** Tables a document (Word, HTML) may hold, nested tables included. */
    public int maxTables() {
        return maxTables;
    }

    /**
     * How deep a document may nest: HTML elements inside one another, or tables inside table cells. Deeper
     * content is refused ({@code TOO_LARGE}), so that no reader walks an unbounded tree.
     */
    public int maxDepth() {
        return maxDepth;
    }

    /** The limits a sheet's or a table's grid is built with (rows, columns, cell text, merged regions). */
    public GridLimits gridLimits() {
        return GridLimits.of(maxRows, maxColumns, maxCellText, maxMergedRegions);
    }

    /** These limits with another file size limit, in bytes. */
    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another limit of one inflated part, in bytes. */
    public ReadLimits withMaxEntryBytes(long v) {
        return new ReadLimits(maxFileBytes, v, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another limit of all inflated parts together, in bytes. */
    public ReadLimits withMaxTotalBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, v, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another row limit. */
    public ReadLimits withMaxRows(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, v, maxColumns, maxCellText, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another column limit. */
    public ReadLimits withMaxColumns(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, v, maxCellText, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another cell text limit. */
    public ReadLimits withMaxCellText(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, v, maxMergedRegions, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another merged region limit. */
    public ReadLimits withMaxMergedRegions(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, v, maxSheets, maxTables, maxDepth);
    }

    /** These limits with another sheet limit. */
    public ReadLimits withMaxSheets(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, v, maxTables, maxDepth);
    }

    /** These limits with another table limit. */
    public ReadLimits withMaxTables(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets, v, maxDepth);
    }

    /** These limits with another nesting depth limit. */
    public ReadLimits withMaxDepth(int v) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxRows, maxColumns, maxCellText, maxMergedRegions, maxSheets, maxTables, v);
    }
}
