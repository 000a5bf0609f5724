package io.github.perfeval.benchmarks;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.testkit.SampleForms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The library's first-call cost in a long-running JVM (a service's first upload): the time of the first read
 * and score of the yueyang workbook after the JVM started, then of the second, then the median of 200 more
 * after 1,000 of warm-up. Prints one line of milliseconds.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.perfeval.benchmarks.FirstCall
 * }</pre>
 */
public final class FirstCall {

    private FirstCall() {
    }

    /** No arguments. */
    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        byte[] bytes;
        try (InputStream in = SampleForms.workbook(SampleForms.YUEYANG_2024)) {
            bytes = in.readAllBytes();
        }
        double first = once(bytes);
        double second = once(bytes);
        for (int i = 0; i < 1000; i++) {
            once(bytes);
        }
        double[] steady = new double[200];
        for (int i = 0; i < steady.length; i++) {
            steady[i] = once(bytes);
        }
        Arrays.sort(steady);
        System.out.printf("first %.1f ms, second %.1f ms, steady %.2f ms (median of 200 after 1,000)%n",
                first, second, steady[steady.length / 2]);
    }

    private static double once(byte[] bytes) {
        long t = System.nanoTime();
        Form form = ExcelFormReader.create().read(new ByteArrayInputStream(bytes), "yueyang.xlsx").forms().get(0);
        if (Scorer.create().evaluate(form).getIndicators().isEmpty()) {
            throw new IllegalStateException("no indicator scored");
        }
        return (System.nanoTime() - t) / 1e6;
    }
}
