package io.github.perfeval.benchmarks;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The in-JVM floor of {@code benchmarks/end-to-end.sh}: POI opening every workbook of a folder and touching
 * every cell and merged region, on as many threads as {@code perfeval check} uses, nothing else (no model, no
 * checks, no output). Prints the cell count and the time spent after the JVM started.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.perfeval.benchmarks.PoiFloor /tmp/forms 2
 * }</pre>
 */
public final class PoiFloor {

    private PoiFloor() {
    }

    /** Arguments: the folder, and the number of threads. */
    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of(args[0]))) {
            files = all.filter(p -> p.toString().endsWith(".xlsx")).sorted().collect(Collectors.toList());
        }
        int threads = Integer.parseInt(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> cells = new ArrayList<>();
        for (Path f : files) {
            cells.add(pool.submit(() -> touch(f)));
        }
        long total = 0;
        for (Future<Long> c : cells) {
            total += c.get();
        }
        pool.shutdown();
        System.out.printf("%d files, %d cells, %d ms after start%n", files.size(), total, (System.nanoTime() - start) / 1_000_000);
    }

    static long touch(Path file) {
        long n = 0;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (Sheet s : wb) {
                n += s.getMergedRegions().size();
                for (Row r : s) {
                    for (Cell c : r) {
                        // counted whatever the value, so that reading it cannot be skipped
                        switch (c.getCellType()) {
                            case NUMERIC:
                                n += Double.isNaN(c.getNumericCellValue()) ? 2 : 1;
                                break;
                            case STRING:
                                n += c.getStringCellValue().length() < 0 ? 2 : 1;
                                break;
                            default:
                                n += c.getCellType().ordinal() < 0 ? 2 : 1;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
