package io.github.perfeval.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.json.PerfevalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** check never drops the batch: unreadable parts are one line each, the rest is checked, memory stays bounded. */
class BatchCheckTest {

    @Test
    void anUnreadableSubFolderOrFileIsOneLineAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("forms");
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.copy(Path.of(CommandLineTest.YUEYANG), root.resolve("a").resolve("y.xlsx"));
        Files.writeString(root.resolve("b").resolve("clean.json"), SafeWritesTest.form("天气原因"));
        Files.createSymbolicLink(root.resolve("b").resolve("loop"), root);                  // a folder link that loops
        Files.createSymbolicLink(root.resolve("b").resolve("gone.xlsx"), root.resolve("nowhere.xlsx"));   // a broken link
        Files.writeString(root.resolve("b").resolve("~$y.xlsx"), "an Office lock file");      // skipped, not an input
        Path locked = root.resolve("locked");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("x.json"), SafeWritesTest.form("天气原因"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean permissionsApply = !Files.isReadable(locked);   // root reads anything: then the loop and the link stand for it
        try {
            Cli r = Cli.run("check", root.toString());
            assertThat(r.code).isEqualTo(2);
            List<String> lines = r.err.strip().lines().collect(java.util.stream.Collectors.toList());
            assertThat(lines).anyMatch(l -> l.contains("loop") && l.contains("a folder link loops back"));
            assertThat(lines).anyMatch(l -> l.contains("gone.xlsx") && l.contains("a broken link"));
            if (permissionsApply) {
                assertThat(lines).anyMatch(l -> l.contains("locked") && l.contains("permission denied"));
            }
            assertThat(lines).hasSize(permissionsApply ? 3 : 2).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
            assertThat(r.out).contains("岳阳市应急管理局").contains("clean.json")
                    .contains("共 5 个文件");
            Cli json = Cli.run("check", "--format", "json", root.toString());
            JsonNode files = PerfevalJson.mapper().readTree(json.out).get("files");
            List<String> errors = new ArrayList<>();
            files.forEach(f -> errors.add(f.get("error").isNull() ? "ok" : "error"));
            assertThat(errors).contains("ok", "error");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileThatIsNotARegularFileIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Cli r = Cli.run("check", fifo.toString(), CommandLineTest.YUEYANG);
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").contains("pipe.xlsx").contains("not a regular file");
        assertThat(r.out).contains("岳阳市应急管理局");
    }

    @Test
    void badJsonSaysWhereWithItsWholePathAndTrailingDataIsAnError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        String longName = "很长的指标名称".repeat(60);
        Files.writeString(bad, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"" + longName + "\"},{\"name\":\"" + longName
                + "\",\"weight\":{\"raw\":\"" + "1".repeat(50) + "\",\"value\":\"" + "x".repeat(400) + "\"}}]}");
        Cli r = Cli.run("check", bad.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").contains("bad.json").contains("at /indicators/1/weight")
                .doesNotContain("…");
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, SafeWritesTest.form("a") + "\n" + SafeWritesTest.form("b"));
        Cli t = Cli.run("check", twice.toString());
        assertThat(t.code).isEqualTo(2);
        assertThat(t.err).contains("twice.json").contains("Trailing token");
    }

    @Test
    void jsonOutputStreams2000FilesIn64Megabytes(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        StringBuilder indicators = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            indicators.append(i == 0 ? "" : ",").append("{\"level1Label\":\"产出指标\",\"level2Label\":\"数量指标\",\"name\":\"培训第")
                    .append(i).append("期，覆盖各乡镇街道的应急管理人员和企业安全负责人\",\"target\":\"≥4次\",\"actual\":\"3次\",")
                    .append("\"weight\":{\"raw\":\"1.5\"},\"declaredScore\":{\"raw\":\"1\"}}");
        }
        String form = "{\"kind\":\"PROJECT\",\"projectName\":\"培训项目\",\"indicators\":[" + indicators + "]}";
        for (int i = 0; i < 2000; i++) {
            Files.writeString(folder.resolve(String.format("form-%04d.json", i)), form);
        }
        Path out = dir.resolve("report.json");
        // four files read at once: the window of reports waiting to be printed in order stays small
        Cli r = Cli.child(List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"), out, "check", "--jobs", "4", "--format", "json", folder.toString());
        assertThat(r.err).isEmpty();
        assertThat(r.code).isEqualTo(1);
        assertThat(Files.size(out)).as("far more JSON than the heap holds").isGreaterThan(128L * 1024 * 1024);
        int files = 0;
        String last = null;
        // a parser without perfeval's 64 MB input limit: the report is larger
        try (JsonParser p = new com.fasterxml.jackson.databind.ObjectMapper().getFactory().createParser(out.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "file".equals(p.currentName())) {
                    p.nextToken();
                    files++;
                    last = p.getText();
                }
                if (p.currentToken() == JsonToken.FIELD_NAME && "summary".equals(p.currentName())) {
                    p.nextToken();
                    JsonNode summary = p.readValueAsTree();
                    assertThat(summary.get("files").asInt()).isEqualTo(2000);
                    assertThat(summary.get("forms").asInt()).isEqualTo(2000);
                }
            }
        }
        assertThat(files).isEqualTo(2000);
        assertThat(last).endsWith("form-1999.json");
    }

    @Test
    void outOfMemoryHasItsOwnExitCodeAndTheOtherFilesAreStillChecked(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("a-huge.json");
        try (BufferedWriter w = Files.newBufferedWriter(huge)) {
            w.write("[");
            String form = SafeWritesTest.form("天气原因");
            for (int i = 0; i < 60_000; i++) {
                w.write(i == 0 ? "" : ",");
                w.write(form);
            }
            w.write("]");
        }
        Path small = dir.resolve("b-small.json");
        Files.writeString(small, SafeWritesTest.form("天气原因"));
        Path out = dir.resolve("out.txt");
        // read at once: whichever file's thread runs out of memory, the small one is read again on its own
        Cli r = Cli.child(List.of("-Xmx48m"), out, "check", "--jobs", "2", huge.toString(), small.toString());
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err.strip()).doesNotContain("\n").contains("a-huge.json").contains("out of memory").contains("-Xmx");
        assertThat(Files.readString(out)).contains("b-small.json").contains("共 2 个文件，1 张表");
    }
}
