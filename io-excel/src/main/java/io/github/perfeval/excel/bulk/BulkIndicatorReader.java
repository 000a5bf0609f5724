package io.github.perfeval.excel.bulk;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.source.Location;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a flat indicator table in streaming mode (POI's event model over SAX): rows are handed to the
 * caller one at a time and never held together, so a million rows pass through a small heap. Columns
 * are found by their headers, in any order (指标值分列, 其他列 and 批注 may be missing, as in a table written
 * before them); rows that cannot be read become diagnostics naming their cell. The first sheet is read: the
 * sheets {@link BulkIndicatorWriter#write(io.github.perfeval.core.form.Form)} adds after it (表, 资金) are for
 * people and other tools.
 *
 * <pre>{@code
 * ValueWithDiagnostics<Long> read = BulkIndicatorReader.read(path, row -> store(row.toIndicator()));
 * read.getValue();         // rows read
 * read.getDiagnostics();   // what could not be read, by cell
 * }</pre>
 *
 * <p>Uses POI's hardened XML parser (no DTDs, no external entities) and its zip-bomb checks.
 * Stateless and thread-safe.
 */
public final class BulkIndicatorReader {

    /** Diagnostics kept at most; further problems are counted in the last one. */
    public static final int MAX_DIAGNOSTICS = 1000;

    private BulkIndicatorReader() {
    }

    /**
     * Streams the first sheet of a workbook file.
     *
     * @param file the workbook
     * @param sink receives each row
     * @return the number of rows read, with diagnostics
     * @throws io.github.perfeval.excel.read.WorkbookReadException when the file cannot be read
     */
    public static ValueWithDiagnostics<Long> read(Path file, Consumer<IndicatorRow> sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(pkg, file.toString(), sink);
        } catch (io.github.perfeval.excel.read.WorkbookReadException e) {
            throw e;
        } catch (Exception e) {
            throw io.github.perfeval.excel.read.WorkbookReadException.of(file.toString(), e);
        }
    }

    /**
     * Streams the first sheet of a workbook from a stream (an upload, say), as {@link #read(Path, Consumer)}
     * does. The stream is copied to a temporary file first (deleted afterwards) so that a large table
     * still passes through a small heap; it is not closed.
     *
     * <pre>{@code
     * try (InputStream in = upload.getInputStream()) {
     *     BulkIndicatorReader.read(in, "指标.xlsx", row -> store(row.toIndicator()));
     * }
     * }</pre>
     *
     * @param in the workbook's bytes
     * @param name the name to report in diagnostics and errors
     * @param sink receives each row
     * @return the number of rows read, with diagnostics
     * @throws io.github.perfeval.excel.read.WorkbookReadException when the workbook cannot be read
     * @throws java.io.UncheckedIOException when the stream or the temporary file fails
     */
    public static ValueWithDiagnostics<Long> read(InputStream in, String name, Consumer<IndicatorRow> sink) {
        Path copy = null;
        try {
            copy = java.nio.file.Files.createTempFile("perfeval-bulk-", ".xlsx");
            java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                return read(pkg, name, sink);
            } catch (io.github.perfeval.excel.read.WorkbookReadException e) {
                throw e;
            } catch (Exception e) {
                throw io.github.perfeval.excel.read.WorkbookReadException.of(name, e);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    java.nio.file.Files.deleteIfExists(copy);
                } catch (java.io.IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
    }

    private static ValueWithDiagnostics<Long> read(OPCPackage pkg, String name, Consumer<IndicatorRow> sink) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return ValueWithDiagnostics.of(0L);
        }
        Handler handler = new Handler(name, sink);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
        if (handler.skipped > 0) {
            handler.diagnostics.add(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "moreNotListed", Location.sheet(name),
                    MessageArgument.number(handler.skipped)));
        }
        return ValueWithDiagnostics.of(handler.rows, handler.diagnostics);
    }

    /** Collects one row's cells, maps columns by the header row, hands rows on. */
    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final Consumer<IndicatorRow> sink;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private int[] columnOf;
        private final String[] current = new String[64];
        private boolean any;
        private long rows;
        private long skipped;

        Handler(String sheet, Consumer<IndicatorRow> sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            java.util.Arrays.fill(current, null);
            any = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (columnOf == null) {
                header(rowNum);
                return;
            }
            if (!any) {
                return;
            }
            String[] f = new String[IndicatorRow.HEADERS.length];
            for (int i = 0; i < f.length; i++) {
                int c = columnOf[i];
                f[i] = c >= 0 && c < current.length && current[c] != null ? current[c] : "";
            }
            if (f[6].isBlank()) {
                problem(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "noName", cellAt(rowNum, 6), MessageArgument.number(rowNum + 1)));
            }
            rows++;
            sink.accept(IndicatorRow.of(f));
        }

        private void header(int rowNum) {
            columnOf = new int[IndicatorRow.HEADERS.length];
            java.util.Arrays.fill(columnOf, -1);
            for (int c = 0; c < current.length; c++) {
                if (current[c] == null) {
                    continue;
                }
                for (int i = 0; i < IndicatorRow.HEADERS.length; i++) {
                    if (columnOf[i] < 0 && IndicatorRow.sameHeader(current[c], IndicatorRow.HEADERS[i])) {
                        columnOf[i] = c;
                    }
                }
            }
            for (int i = 0; i < IndicatorRow.REQUIRED; i++) {
                if (columnOf[i] < 0) {
                    problem(Diagnostic.variant(StandardCode.UNREADABLE_CELL, "headerColumn", cellAt(rowNum, 0),
                            MessageArgument.text(IndicatorRow.HEADERS[i])));
                }
            }
        }

        private Location cellAt(int row, int col) {
            return Location.cell(sheet, new CellReference(row, col).formatAsString(false));
        }

        private void problem(Diagnostic d) {
            if (diagnostics.size() >= MAX_DIAGNOSTICS) {
                skipped++;
                return;
            }
            diagnostics.add(d);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref == null || value == null) {
                return;
            }
            int col = new CellReference(ref).getCol();
            if (col >= 0 && col < current.length) {
                current[col] = value;
                any |= !value.isEmpty();
            }
        }
    }
}
