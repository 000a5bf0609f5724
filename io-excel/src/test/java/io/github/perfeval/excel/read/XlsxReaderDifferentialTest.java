package io.github.perfeval.excel.read;

import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.excel.Fixtures;
import io.github.perfeval.excel.GeneratedForms;
import io.github.perfeval.excel.write.BasicDataWriter;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.grid.read.FileReadException.Problem;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.scoring.Scorer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workbook the test suites have, read through POI ({@link SheetGrids}, the oracle) and through the
 * xlsx reader: the same grids and diagnostics, or the same problem. The published fixtures, the
 * reviewer's openpyxl-built forms, the forms and basic-data tables perfeval writes (plain, scored, with
 * findings in comments, random ones), and hostile packages (DTDs and entities in the sheet, shared-strings
 * and styles parts, a zip bomb, sheets beyond each limit).
 */
class XlsxReaderDifferentialTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = XlsxReaderDifferentialTest.class.getResourceAsStream("review/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void same(byte[] bytes, String what) {
        assertThat(BothPaths.declined(bytes, LIMITS)).as(what + ": declined").isNull();
        assertThat(BothPaths.compare(bytes, LIMITS, what)).isEqualTo(BothPaths.Outcome.SAME_GRIDS);
    }

    @Test
    void publishedFixturesReadTheSame() throws IOException {
        same(Files.readAllBytes(Fixtures.yueyang()), "yueyang");
        same(Files.readAllBytes(Fixtures.liuhe()), "liuhe");
        same(Files.readAllBytes(Fixtures.hengyangBasicData()), "hengyang basic data");
    }

    @Test
    void reviewersOpenpyxlFormsReadTheSame() throws IOException {
        for (String name : List.of("chongqing-kxc-2021-dept.xlsx", "commerce-2020.xlsx", "hubei-hbeu-student-aid.xlsx",
                "tianchang-2022.xlsx", "zhongjiang-2022.xlsx")) {
            same(resource(name), name);
        }
    }

    private static byte[] written(List<Form> forms, WriteOptions options, boolean evaluated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter w = ExcelFormWriter.create(options);
        if (evaluated) {
            List<io.github.perfeval.scoring.Evaluation> e = new ArrayList<>();
            for (Form f : forms) {
                e.add(Scorer.create().evaluate(f));
            }
            w.writeEvaluations(e, out);
        } else {
            w.write(forms, out);
        }
        return out.toByteArray();
    }

    @Test
    void formsPerfevalWritesReadTheSame() throws IOException {
        List<Form> published = List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department());
        same(written(published, WriteOptions.defaults(), false), "written");
        for (ScoreColumns scores : ScoreColumns.values()) {
            same(written(published, WriteOptions.defaults().withScores(scores).withDiagnostics(true), true), "exported " + scores);
        }
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        BasicDataWriter.create().write(List.of(PublishedBasicData.hengyang2023(), PublishedBasicData.everyPart()), tables);
        same(tables.toByteArray(), "basic data");
    }

    static Stream<Long> seeds() {
        return Seeds.of(12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomFormsPerfevalWritesReadTheSame(long seed) throws IOException {
        Random r = new Random(seed);
        List<Form> forms = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            forms.add(GeneratedForms.form(r));
        }
        same(written(forms, WriteOptions.defaults(), false), "seed " + seed);
    }

    // ---- hostile packages -------------------------------------------------------------------------------

    /** Rewrites one part of a package through a function of its text. */
    static byte[] rewrite(byte[] xlsx, String part, Function<String, String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    found = true;
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(data);
                zip.closeEntry();
            }
        }
        assertThat(found).as(part).isTrue();
        return out.toByteArray();
    }

    private static String afterProlog(String xml) {
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
    }

    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">]>";

    @Test
    void dtdsAndEntitiesInTheSheetStringsAndStylesAreUnsafeOnBothPaths() throws IOException {
        byte[] yueyang = written(List.of(PublishedForms.yueyang2024()), WriteOptions.defaults(), false);
        String xxe = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>";
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
                "[Content_Types].xml", "xl/_rels/workbook.xml.rels")) {
            for (String dtd : List.of(xxe, LAUGHS)) {
                byte[] hostile = rewrite(yueyang, part, s -> "<?xml version=\"1.0\"?>" + dtd + afterProlog(s).replaceFirst("<t>", "<t>&lol8;&xxe;"));
                long start = System.nanoTime();
                assertThat(BothPaths.compare(hostile, LIMITS, part)).as(part).isEqualTo(BothPaths.Outcome.SAME_PROBLEM);
                assertThat(problem(hostile)).isEqualTo(Problem.UNSAFE_XML);
                assertThat((System.nanoTime() - start) / 1_000_000).as("ms for " + part).isLessThan(10_000);
            }
        }
    }

    private static Problem problem(byte[] bytes) {
        try {
            XlsxReader.read(bytes, LIMITS, "wb.xlsx");
        } catch (WorkbookReadException e) {
            return e.getProblem();
        }
        throw new AssertionError("the xlsx reader read a hostile workbook");
    }

    @Test
    void undeclaredEntitiesAreLeftToPoi() throws IOException {
        byte[] hostile = rewrite(written(List.of(PublishedForms.yueyang2024()), WriteOptions.defaults(), false), "xl/sharedStrings.xml", s -> s.replaceFirst("<t>", "<t>&lol;"));
        assertThat(BothPaths.compare(hostile, LIMITS, "entity")).isEqualTo(BothPaths.Outcome.DECLINED);
    }

    @Test
    void sheetsBeyondEachLimitGiveTheSameProblemAndDetail() throws IOException {
        ByteArrayOutputStream tall = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("big");
            for (int r = 0; r < 10_500; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
            wb.write(tall);
        }
        assertDetail(tall.toByteArray(), LIMITS, "10500 rows, limit 10000");
        byte[] many;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("wide");
            s.createRow(0).createCell(25).setCellValue("x");
            s.createRow(1).createCell(0).setCellValue("长".repeat(51));
            for (int i = 0; i < 12; i++) {
                s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(i + 3, i + 3, 0, 1));
            }
            wb.createSheet("second");
            many = bytes(wb);
        }
        assertDetail(many, LIMITS.withMaxColumns(20), "26 columns, limit 20");
        assertDetail(many, LIMITS.withMaxCellText(50), "wide!A2 holds 51 characters");
        assertDetail(many, LIMITS.withMaxMergedRegions(10), "12 merged regions, limit 10");
        assertDetail(many, LIMITS.withMaxSheets(1), "2 sheets, limit 1");
        assertDetail(many, LIMITS.withMaxRows(1), "2 rows, limit 1");
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static void assertDetail(byte[] bytes, ReadLimits limits, String detail) {
        assertThat(BothPaths.declined(bytes, limits)).as(detail).isNull();
        assertThat(BothPaths.compare(bytes, limits, detail)).isEqualTo(BothPaths.Outcome.SAME_PROBLEM);
        try {
            XlsxReader.read(bytes, limits, "wb.xlsx");
        } catch (WorkbookReadException e) {
            assertThat(e.getProblem()).isEqualTo(Problem.TOO_LARGE);
            assertThat(e.getDetail()).contains(detail);
            return;
        }
        throw new AssertionError("no error: " + detail);
    }

    @Test
    void aZipBombOrATruncatedPackageIsNeverReadHere() throws IOException {
        byte[] yueyang = Files.readAllBytes(Fixtures.yueyang());
        byte[] half = Arrays.copyOf(yueyang, yueyang.length / 2);
        assertThat(BothPaths.compare(half, LIMITS, "truncated")).isEqualTo(BothPaths.Outcome.DECLINED);
        // one part of 2 MB of spaces: ZipGuard's whole-file count lets it through, POI's per-part ratio does not
        byte[] padded = rewrite(yueyang, "xl/worksheets/sheet1.xml", s -> s.replace("</worksheet>", " ".repeat(2 << 20) + "</worksheet>"));
        assertThat(BothPaths.declined(padded, LIMITS)).contains("zip-bomb ratio");
        assertThat(BothPaths.compare(padded, LIMITS, "bomb")).isEqualTo(BothPaths.Outcome.DECLINED);
    }
}
