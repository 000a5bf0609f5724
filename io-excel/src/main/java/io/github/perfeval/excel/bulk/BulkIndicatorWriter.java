package io.github.perfeval.excel.bulk;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;

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
 * }</pre>
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class BulkIndicatorWriter implements AutoCloseable {

    /** Rows kept in memory; older rows are flushed to the temporary file. */
    public static final int WINDOW = 200;
    /** Excel's row limit, less the header. */
    public static final int MAX_ROWS = 1_048_575;

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
