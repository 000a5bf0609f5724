package io.github.perfeval.benchmarks;

import io.github.perfeval.excel.bulk.BulkIndicatorReader;
import io.github.perfeval.excel.bulk.BulkIndicatorWriter;
import io.github.perfeval.excel.bulk.IndicatorRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Streaming export and import of N indicator rows in a 256 MB heap, beside SXSSF writing / SAX reading the
 * same cells with no model. Each iteration is one whole pass (single shot); rows per second = N / time.
 * Peak heap of the iteration is printed after it ("peak heap: … MB").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class BulkBenchmark {

    @Param({"1000000"})
    public int rows;

    Path written;
    Path scratch;
    IndicatorRow[] sample;

    @Setup
    public void setUp() throws Exception {
        sample = new IndicatorRow[1000];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = IndicatorRow.of("2024", "DEPARTMENT", "单位" + i, "", "产出指标 （50分）", "数量指标", "指标" + i,
                    "≧" + (i % 50) + "次", (i % 60) + "次", "5", String.valueOf(i % 6), i % 7 == 0 ? "原因" + i : "");
        }
        written = Files.createTempFile("perfeval-bench", ".xlsx");
        scratch = Files.createTempFile("perfeval-bench-out", ".xlsx");
        try (OutputStream out = Files.newOutputStream(written); BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
            for (int i = 0; i < rows; i++) {
                w.write(sample[i % sample.length]);
            }
        }
    }

    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    @TearDown(Level.Iteration)
    public void reportPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak heap: " + (peak >> 20) + " MB");
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(written);
        Files.deleteIfExists(scratch);
    }

    @Benchmark
    public int perfevalExport() throws Exception {
        try (OutputStream out = Files.newOutputStream(scratch); BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
            for (int i = 0; i < rows; i++) {
                w.write(sample[i % sample.length]);
            }
            return w.rows();
        }
    }

    @Benchmark
    public long perfevalImport() {
        long[] n = {0};
        BulkIndicatorReader.read(written, r -> n[0] += r.getName().length());
        return n[0];
    }

    @Benchmark
    public int baselineSxssfWrite() throws Exception {
        try (OutputStream out = Files.newOutputStream(scratch); SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false)) {
            SXSSFSheet sheet = wb.createSheet("指标");
            for (int i = 0; i <= rows; i++) {
                Row r = sheet.createRow(i);
                IndicatorRow x = sample[i % sample.length];
                String[] f = {x.getYear(), x.getKind(), x.getUnit(), x.getProject(), x.getLevel1Label(), x.getLevel2Label(),
                    x.getName(), x.getTarget(), x.getActual(), x.getWeight(), x.getDeclaredScore(), x.getDeviationReason()};
                for (int c = 0; c < f.length; c++) {
                    if (!f[c].isEmpty()) {
                        r.createCell(c).setCellValue(f[c]);
                    }
                }
            }
            wb.write(out);
            return rows;
        }
    }

    @Benchmark
    public long baselineSaxRead() throws Exception {
        long[] n = {0};
        try (OPCPackage pkg = OPCPackage.open(written.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                n[0] += value.length();
                            }
                        }, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        return n[0];
    }
}
