package io.github.perfeval.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.testkit.SampleDocuments;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        hugeJson(huge);
        Path small = dir.resolve("b-small.json");
        Files.writeString(small, SafeWritesTest.form("天气原因"));
        Path out = dir.resolve("out.txt");
        // read at once: whichever file's thread runs out of memory, the small one is read again on its own
        Cli r = Cli.child(List.of("-Xmx48m"), out, "check", "--jobs", "2", huge.toString(), small.toString());
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err.strip()).doesNotContain("\n").contains("a-huge.json").contains("out of memory").contains("-Xmx");
        assertThat(Files.readString(out)).contains("b-small.json").contains("共 2 个文件，1 张表");
    }

    /**
     * A huge JSON file and, beside it, small files of every kind perfeval reads (workbooks, old .xls workbooks, Word
     * documents, web pages, JSON; the 岳阳 and 柳河 forms). While the huge file fills the heap, the first small file
     * of each kind initializes its reader's classes: a class whose initializer runs out of memory stays unusable, and
     * every file of that kind failed (1 run in 20 at --jobs 2, 10 in 20 at --jobs 4, before the readers were
     * initialized on small forms first).
     */
    private static Path everyKindBesideAHugeFile(Path dir) throws Exception {
        Path root = dir.resolve("kinds");
        Files.createDirectories(root);
        hugeJson(root.resolve("a-huge.json"));
        for (String form : new String[] {"yueyang-2024-department", "liuhe-2024"}) {
            Path xlsx = CommandLineTest.FORMS.resolve(form + ".xlsx");
            Files.copy(xlsx, root.resolve("b-" + form + ".xlsx"));
            try (InputStream in = Files.newInputStream(xlsx); Workbook from = WorkbookFactory.create(in);
                 HSSFWorkbook to = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(root.resolve("c-" + form + ".xls"))) {
                for (Sheet sheet : from) {
                    copy(sheet, to.createSheet(sheet.getSheetName()));
                }
                to.write(out);
            }
            List<Object> sheets = List.copyOf(SampleDocuments.sheets(form + ".xlsx"));
            Files.write(root.resolve("d-" + form + ".docx"), SampleDocuments.word(sheets));
            Files.writeString(root.resolve("e-" + form + ".html"), SampleDocuments.html(sheets));
        }
        Files.writeString(root.resolve("f-one.json"), SafeWritesTest.form("天气原因"));
        Files.writeString(root.resolve("f-two.json"), SafeWritesTest.form("资金未到位"));
        return root;
    }

    private static void hugeJson(Path huge) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(huge)) {
            w.write("[");
            String form = SafeWritesTest.form("天气原因");
            for (int i = 0; i < 60_000; i++) {
                w.write(i == 0 ? "" : ",");
                w.write(form);
            }
            w.write("]");
        }
    }

    /** The cells' values (a formula's cached value) and the merges of a sheet, into an old .xls sheet. */
    private static void copy(Sheet from, Sheet to) {
        for (Row row : from) {
            Row r = to.createRow(row.getRowNum());
            for (Cell c : row) {
                CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                if (type == CellType.NUMERIC) {
                    r.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                } else if (type == CellType.STRING) {
                    r.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                }
            }
        }
        from.getMergedRegions().forEach(to::addMergedRegionUnsafe);
    }

    /** The small files of the folder, each as check prints it alone. */
    private static List<Path> smallFiles(Path root) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(root)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("a-")).sorted().collect(java.util.stream.Collectors.toList());
        }
    }

    @Test
    void aFileThatFillsTheHeapTakesNoReaderOfAnyKindDownWithIt(@TempDir Path dir) throws Exception {
        Path root = everyKindBesideAHugeFile(dir);
        StringBuilder alone = new StringBuilder();
        int kinds = 0;
        for (Path small : smallFiles(root)) {
            Cli one = Cli.run("check", small.toString());
            assertThat(one.err).as(small.toString()).isEmpty();
            alone.append(one.out);
            kinds++;
        }
        assertThat(kinds).isEqualTo(10);
        Path out = dir.resolve("out.txt");
        // four files at once: the small files' first reads initialize their readers while the huge one fills the heap
        Cli r = Cli.child(List.of("-Xmx48m"), out, "check", "--jobs", "4", root.toString());
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err.strip()).doesNotContain("\n").contains("a-huge.json").contains("out of memory").contains("-Xmx");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(printed).startsWith(alone.toString());
        assertThat(printed.substring(alone.length()).strip()).startsWith("共 11 个文件，").endsWith("1 个文件无法读取");
    }

    /** The page's form sections, in order, each from its opening tag to the next section or the page's end. */
    private static List<String> formSections(String page) {
        List<String> sections = new ArrayList<>();
        Matcher m = Pattern.compile("<section class=\"form\"[\\s\\S]*?(?=<section |<p class=\"generated\")").matcher(page);
        while (m.find()) {
            sections.add(m.group());
        }
        return sections;
    }

    @Test
    void reportGivesTheSameGuaranteesAsCheck(@TempDir Path dir) throws Exception {
        Path root = everyKindBesideAHugeFile(dir);
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        for (Path f : smallFiles(root)) {
            Files.copy(f, small.resolve(f.getFileName()));
        }
        Path alone = dir.resolve("alone.html");
        assertThat(Cli.run("report", "--jobs", "1", small.toString(), alone.toString()).code).isEqualTo(ExitCode.FORM_ERRORS);
        List<String> expected = formSections(Files.readString(alone, StandardCharsets.UTF_8).replace(small.toString(), root.toString()));
        assertThat(expected).hasSize(14);
        // the same files on four threads: the same page, byte for byte
        Path parallel = dir.resolve("parallel.html");
        assertThat(Cli.run("report", "--jobs", "4", small.toString(), parallel.toString()).code).isEqualTo(ExitCode.FORM_ERRORS);
        assertThat(Files.readString(parallel, StandardCharsets.UTF_8)).isEqualTo(Files.readString(alone, StandardCharsets.UTF_8));

        Path page = dir.resolve("page.html");
        Cli r = Cli.child(List.of("-Xmx48m"), dir.resolve("out.txt"), "report", "--jobs", "4", root.toString(), page.toString());
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err.strip()).doesNotContain("\n").contains("a-huge.json").contains("out of memory").contains("-Xmx");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("class=\"unreadable\"").contains("out of memory");
        assertThat(formSections(html)).isEqualTo(expected);
    }

    @Test
    void reportSaysAFailureOfPerfevalOnOneFileAsThatFilesAndDrawsTheOthers(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("a-huge.json");
        hugeJson(huge);
        Path page = dir.resolve("page.html");
        // one thread: the huge file fails on its own, the workbook after it is read
        Cli r = Cli.child(List.of("-Xmx48m"), dir.resolve("out.txt"), "report", "--jobs", "1", huge.toString(), CommandLineTest.YUEYANG, page.toString());
        assertThat(r.code).as(r.err).isEqualTo(3);
        assertThat(r.err.strip()).doesNotContain("\n").contains("a-huge.json").contains("out of memory");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("岳阳市应急管理局").contains("DECLARED_TOTAL_MISMATCH");
    }

    @Test
    void theFormsReadFirstAreFormsOfEveryKind() {
        FileChecker checker = new FileChecker(Locale.SIMPLIFIED_CHINESE);
        FileReport workbook = checker.initializeReader(FileChecker.Warm.XLSX.resource);
        assertThat(workbook.getForms()).hasSize(1);
        for (FileChecker.Warm kind : List.of(FileChecker.Warm.XLS, FileChecker.Warm.DOCX, FileChecker.Warm.HTML)) {
            FileReport report = checker.initializeReader(kind.resource);
            assertThat(report).as(kind.name()).isNotNull();
            assertThat(report.getForms()).as(kind.name()).hasSize(1);
            assertThat(report.getForms().get(0).getTotals()).as(kind.name()).isEqualTo(workbook.getForms().get(0).getTotals());
            assertThat(report.getForms().get(0).getIndicators()).as(kind.name()).hasSameSizeAs(workbook.getForms().get(0).getIndicators());
        }
    }

    /** The bytes of a form shipped in the jar, for a file of that kind under any name. */
    private static byte[] shipped(FileChecker.Warm kind) throws Exception {
        try (InputStream in = FileChecker.class.getResourceAsStream(kind.resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theKindsReadFirstAreToldByTheFilesContentWhateverTheirNames(@TempDir Path dir) throws Exception {
        // each file alone: the kind its first bytes say, with no extension, a .dat one or another kind's (not .json:
        // a file named so is read as JSON, and its warm-up is JSON's)
        String[][] names = {{"no-extension", "form.dat", "form.docx", "form.html"}, {"no-extension", "form.dat", "form.xlsx", "form.htm"},
            {"no-extension", "form.dat", "form.xlsx", "form.xls"}, {"no-extension", "form.dat", "form.doc", "form.xls"}};
        FileChecker.Warm[] kinds = {FileChecker.Warm.XLSX, FileChecker.Warm.XLS, FileChecker.Warm.DOCX, FileChecker.Warm.HTML};
        for (int k = 0; k < kinds.length; k++) {
            byte[] bytes = shipped(kinds[k]);
            for (String name : names[k]) {
                Path folder = Files.createDirectories(dir.resolve(kinds[k].name()));
                Path file = Files.write(folder.resolve(name), bytes);
                assertThat(FileChecker.kindsOf(FormFiles.expand(List.of(file)))).as(kinds[k] + " named " + name).containsExactly(kinds[k]);
            }
        }
        Path json = Files.writeString(dir.resolve("export.dat"), "  {\"forms\": []}", StandardCharsets.UTF_8);
        assertThat(FileChecker.kindsOf(FormFiles.expand(List.of(json)))).containsExactly(FileChecker.Warm.JSON);
    }

    @Test
    void aFileOfNoKindOrThatCannotBeReadAddsNoKind(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("form.xlsx.pdf"), "%PDF-1.4 ...", StandardCharsets.US_ASCII);
        Path text = Files.writeString(dir.resolve("notes.dat"), "年度绩效目标", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.xlsx");
        assertThat(FileChecker.kindsOf(FormFiles.expand(List.of(pdf, text, missing, dir.resolve("folder-that-is-not-there"))))).isEmpty();
        // one of each kind among them: every kind, each file's head read once
        Path xlsx = Files.write(dir.resolve("a"), shipped(FileChecker.Warm.XLSX));
        Path docx = Files.write(dir.resolve("b.xls"), shipped(FileChecker.Warm.DOCX));
        assertThat(FileChecker.kindsOf(FormFiles.expand(List.of(pdf, xlsx, text, docx))))
                .containsExactlyInAnyOrder(FileChecker.Warm.XLSX, FileChecker.Warm.DOCX);
    }

    @Test
    void aMisnamedFileOfEachKindIsCheckedBesideTheOthers(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--jobs", "2"));
        for (FileChecker.Warm kind : List.of(FileChecker.Warm.XLSX, FileChecker.Warm.XLS, FileChecker.Warm.DOCX, FileChecker.Warm.HTML)) {
            args.add(Files.write(dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".dat"), shipped(kind)).toString());
        }
        Cli r = Cli.run(args.toArray(new String[0]));
        assertThat(r.code).as(r.err).isEqualTo(1);   // read, each with the published form's own errors
        assertThat(r.err).isEmpty();
        assertThat(r.out.split("岳阳市应急管理局", -1)).as(r.out).hasSizeGreaterThan(4);
    }
}
