package io.github.perfeval.excel.bulk;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.github.perfeval.core.io.AtomicFile;
import org.apache.poi.ss.SpreadsheetVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a flat indicator table in streaming mode (POI SXSSF): only a window of rows is kept in memory,
 * the rest goes to a compressed temporary file, so a million rows fit in a small heap. Every field is
 * written as text, never as a formula; column widths are fixed (no autosizing on big sheets).
 *
 * <pre>{@code
 * try (BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
 *     for (Form f : forms) {
 *         for (Indicator i : f.getIndicators()) {
 *             w.write(IndicatorRow.of(f, i));
 *         }
 *     }
 * }
 * int written = BulkIndicatorWriter.write(Path.of("指标.xlsx"), w -> indicatorRows.forEach(w::write));   // a file, atomically
 * }</pre>
 *
 * <p>A text longer than a cell holds (32,767 characters) is refused with an
 * {@link IllegalArgumentException} naming the row and column, never cut. Not thread-safe: one writer per
 * output.
 */
public final class BulkIndicatorWriter implements AutoCloseable {

    /** Rows kept in memory; older rows are flushed to the temporary file. */
    public static final int WINDOW = 200;
    /** Excel's row limit, less the header. */
    public static final int MAX_ROWS = 1_048_575;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final CellStyle quoted;
    private int row;
    private boolean closed;

    private BulkIndicatorWriter(OutputStream out) {
        this.out = out;
        this.wb = new SXSSFWorkbook(null, WINDOW, true, false);
        this.sheet = wb.createSheet("指标");
        this.quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        int[] widths = {6, 10, 24, 24, 12, 14, 36, 16, 16, 6, 6, 40};
        Row header = sheet.createRow(row++);
        for (int i = 0; i < IndicatorRow.HEADERS.length; i++) {
            header.createCell(i).setCellValue(IndicatorRow.HEADERS[i]);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A writer to a stream; the stream is written when the writer is closed (and not closed itself). */
    public static BulkIndicatorWriter open(OutputStream out) {
        return new BulkIndicatorWriter(out);
    }

    /** What gives the rows of a file; see {@link #write(Path, Rows)}. */
    @FunctionalInterface
    public interface Rows {
        /**
         * Writes every row.
         *
         * @param writer the writer to give them to
         * @throws IOException when reading the rows fails; the file is then untouched
         */
        void writeTo(BulkIndicatorWriter writer) throws IOException;
    }

    /**
     * Writes a table to a file atomically ({@link AtomicFile}): when the rows fail (an exception of
     * {@code rows}, a text too long, a full disk), the previous file is untouched.
     *
     * @param file the workbook to create or replace
     * @param rows what writes the rows
     * @return the number of rows written
     * @throws IOException when the file cannot be written
     */
    public static int write(Path file, Rows rows) throws IOException {
        int[] count = new int[1];
        AtomicFile.write(file, out -> {
            try (BulkIndicatorWriter w = open(out)) {
                rows.writeTo(w);
                count[0] = w.rows();
            }
        });
        return count[0];
    }

    /**
     * Writes one row.
     *
     * @param r the row
     * @throws IllegalStateException past Excel's row limit or after close
     */
    public void write(IndicatorRow r) {
        if (closed) {
            throw new IllegalStateException("writer closed");
        }
        if (row > MAX_ROWS) {
            throw new IllegalStateException("more than " + MAX_ROWS + " rows do not fit one sheet");
        }
        Row x = sheet.createRow(row++);
        for (int i = 0; i < IndicatorRow.HEADERS.length; i++) {
            String v = r.field(i);
            if (!v.isEmpty()) {
                if (v.length() > MAX_CELL_TEXT) {
                    throw new IllegalArgumentException("row " + (row) + ", " + IndicatorRow.HEADERS[i] + ": 文本长" + v.length()
                            + "字符，超过单元格上限 / a text of " + v.length() + " characters does not fit a cell (at most "
                            + MAX_CELL_TEXT + ")");
                }
                Cell c = x.createCell(i);
                c.setCellValue(v);
                if ("=+-@".indexOf(v.charAt(0)) >= 0) {
                    c.setCellStyle(quoted);
                }
            }
        }
    }

    /** Rows written so far, not counting the header. */
    public int rows() {
        return row - 1;
    }

    /** Writes the workbook to the stream and deletes the temporary file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
