package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.excel.bulk.BulkIndicatorReader;
import io.github.perfeval.excel.bulk.BulkIndicatorWriter;
import io.github.perfeval.excel.bulk.IndicatorRow;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and reads back N indicator rows; run in a JVM with a small heap to show that bulk export and
 * import stream. Prints "rows=N checksum=C".
 */
public final class BulkHeapProbe {

    private BulkHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path file = Files.createTempFile("perfeval-bulk", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file); BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
                for (int i = 0; i < n; i++) {
                    w.write(row(i));
                }
            }
            long[] checksum = {0};
            ValueWithDiagnostics<Long> read = BulkIndicatorReader.read(file, r -> checksum[0] += r.getName().hashCode());
            System.out.println("rows=" + read.getValue() + " checksum=" + checksum[0] + " diagnostics=" + read.getDiagnostics().size());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static IndicatorRow row(int i) {
        return IndicatorRow.of("2024", "DEPARTMENT", "单位" + (i / 24), "", "产出指标 （50分）", "数量指标", "指标" + i,
                "≧" + (i % 50) + "次", (i % 60) + "次", "5", String.valueOf(i % 6), i % 7 == 0 ? "=原因" + i : "");
    }

    public static long expectedChecksum(int n) {
        long c = 0;
        for (int i = 0; i < n; i++) {
            c += row(i).getName().hashCode();
        }
        return c;
    }
}
