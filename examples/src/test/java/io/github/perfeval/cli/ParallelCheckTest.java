package io.github.perfeval.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder is read on several threads, and what check prints is what a file-by-file run prints. */
class ParallelCheckTest {

    /** A folder of workbooks, JSON forms and unreadable files, in an order unlike the order of their sizes. */
    private static Path folder(Path dir) throws Exception {
        Path root = dir.resolve("forms");
        Files.createDirectories(root.resolve("sub"));
        for (int i = 0; i < 6; i++) {
            Files.copy(Path.of(CommandLineTest.YUEYANG), root.resolve(String.format("%02d-yueyang.xlsx", i * 3)));
            Files.writeString(root.resolve(String.format("%02d-form.json", i * 3 + 1)), SafeWritesTest.form("原因" + i));
            Files.writeString(root.resolve("sub").resolve(String.format("%02d-bad.json", i)), "{\"kind\":");
        }
        Files.writeString(root.resolve("05-not-a-workbook.xlsx"), "plain text");
        return root;
    }

    @Test
    void manyThreadsPrintWhatOneThreadPrints(@TempDir Path dir) throws Exception {
        Path root = folder(dir);
        for (List<String> format : List.<List<String>>of(List.of(), List.of("--format", "json"), List.of("--indicators", "--lang", "en"))) {
            List<String> one = new ArrayList<>(List.of("check", "--jobs", "1"));
            one.addAll(format);
            one.add(root.toString());
            List<String> many = new ArrayList<>(List.of("check", "--jobs", "4"));
            many.addAll(format);
            many.add(root.toString());
            Cli sequential = Cli.run(one.toArray(String[]::new));
            Cli parallel = Cli.run(many.toArray(String[]::new));
            assertThat(parallel.out).as(format.toString()).isEqualTo(sequential.out);
            assertThat(parallel.err).isEqualTo(sequential.err);
            assertThat(parallel.code).isEqualTo(sequential.code).isEqualTo(2);
        }
    }

    @Test
    void filesAreReportedInTheOrderOfTheirPaths(@TempDir Path dir) throws Exception {
        Path root = folder(dir);
        Cli r = Cli.run("check", "--jobs", "3", "--format", "json", root.toString());
        Matcher m = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"").matcher(r.out);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        assertThat(files).hasSize(19).isSorted();
        assertThat(files.get(0)).endsWith("00-yueyang.xlsx");
        assertThat(files.get(18)).endsWith("sub/05-bad.json");
    }

    @Test
    void jobsBelowOneIsBadUsage() {
        Cli r = Cli.run("check", "--jobs", "0", CommandLineTest.YUEYANG);
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("--jobs");
    }
}
