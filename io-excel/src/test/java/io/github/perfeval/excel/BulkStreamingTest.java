package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.excel.bulk.BulkIndicatorReader;
import io.github.perfeval.excel.bulk.BulkIndicatorWriter;
import io.github.perfeval.excel.bulk.IndicatorRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BulkStreamingTest {

    @Test
    void indicatorsRoundTripThroughTheFlatTable(@TempDir Path dir) throws Exception {
        Form form = PublishedForms.yueyang2024();
        Path file = dir.resolve("bulk.xlsx");
        try (OutputStream out = Files.newOutputStream(file); BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
            for (Indicator i : form.getIndicators()) {
                w.write(IndicatorRow.of(form, i));
            }
            assertThat(w.rows()).isEqualTo(24);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        ValueWithDiagnostics<Long> read = BulkIndicatorReader.read(file, rows::add);
        assertThat(read.getValue()).isEqualTo(24L);
        assertThat(read.getDiagnostics()).isEmpty();
        assertThat(rows).extracting(IndicatorRow::toIndicator).isEqualTo(form.getIndicators());
        assertThat(rows.get(0).getUnit()).isEqualTo("岳阳市应急管理局");
        assertThat(rows.get(0).formKind()).contains(io.github.perfeval.core.form.FormKind.DEPARTMENT);
    }

    @Test
    void aStreamReadsLikeAFileAndABadOneIsNamed(@TempDir Path dir) throws Exception {
        Form form = PublishedForms.yueyang2024();
        Path file = dir.resolve("bulk.xlsx");
        try (OutputStream out = Files.newOutputStream(file); BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
            for (Indicator i : form.getIndicators()) {
                w.write(IndicatorRow.of(form, i));
            }
        }
        List<IndicatorRow> rows = new ArrayList<>();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            assertThat(BulkIndicatorReader.read(in, "上传.xlsx", rows::add).getValue()).isEqualTo(24L);
        }
        assertThat(rows).extracting(IndicatorRow::toIndicator).isEqualTo(form.getIndicators());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BulkIndicatorReader.read(
                        new java.io.ByteArrayInputStream("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "上传.xlsx", r -> { }))
                .isInstanceOf(io.github.perfeval.excel.read.WorkbookReadException.class).hasMessageContaining("上传.xlsx");
    }

    /** 100,000 rows out and back in a JVM of 48 MB heap: streaming, not loading. */
    @Test
    void aHundredThousandRowsPassThroughA48MbHeap() throws Exception {
        int n = 100_000;
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx48m",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), BulkHeapProbe.class.getName(), String.valueOf(n))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + n + " checksum=" + BulkHeapProbe.expectedChecksum(n) + " diagnostics=0");
    }
}
