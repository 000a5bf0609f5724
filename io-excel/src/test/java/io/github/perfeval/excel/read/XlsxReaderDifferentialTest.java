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
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
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

    // ---- formulas filled down (shared formulas) ---------------------------------------------------------

    /** A sheet with a formula filled over {@code range}: the master at {@code master} holds its text, the rest only the group. */
    private static void fill(XSSFSheet s, String range, String master, String text, int group) {
        org.apache.poi.ss.util.CellRangeAddress area = org.apache.poi.ss.util.CellRangeAddress.valueOf(range);
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(master);
        for (int r = Math.min(area.getFirstRow(), at.getRow()); r <= area.getLastRow(); r++) {
            for (int c = Math.min(area.getFirstColumn(), at.getCol()); c <= area.getLastColumn(); c++) {
                boolean isMaster = r == at.getRow() && c == at.getCol();
                if (!isMaster && (r < at.getRow() || c < at.getCol())) {
                    continue;
                }
                XSSFRow row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
                CTCell ct = (row.getCell(c) != null ? row.getCell(c) : row.createCell(c)).getCTCell();
                CTCellFormula f = ct.addNewF();
                f.setT(STCellFormulaType.SHARED);
                f.setSi(group);
                if (isMaster) {
                    f.setStringValue(text);
                    f.setRef(range);
                }
                ct.setV(Integer.toString(r * 10 + c));
            }
        }
    }

    private static String formulaAt(byte[] bytes, int sheet, String cell) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(cell);
        return XlsxReader.read(bytes, LIMITS, "wb.xlsx").grids().orElseThrow().get(sheet).getValue()
                .ownCell(at.getRow(), at.getCol()).getFormula().orElse(null);
    }

    @Test
    void formulasFilledDownAreReadHereAsPoiMovesThem() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet form = wb.createSheet("自评表");
            wb.createSheet("预算 明细");
            for (int r = 0; r < 12; r++) {
                for (int c = 0; c < 4; c++) {
                    (form.getRow(r) != null ? form.getRow(r) : form.createRow(r)).createCell(c).setCellValue(r + c);
                }
            }
            fill(form, "H5:H9", "H5", "sum(B5:D5) + $A$1", 0);            // down a column, as typed (lower case, spaces)
            fill(form, "E2:G2", "E2", "'预算 明细'!B2*A$1", 1);             // across a row, another sheet's cell
            fill(form, "J3:J8", "J5", "ROUND(C3*0.5,2)", 2);              // the range starts above its master (POI bug 51710)
            fill(form, "K1:K4", "K1", "IF(B1>0,\"达标\",\"未达标\")", 3);
            bytes = bytes(wb);
        }
        same(bytes, "filled down");
        assertThat(formulaAt(bytes, 0, "H5")).isEqualTo("=SUM(B5:D5)+$A$1");
        assertThat(formulaAt(bytes, 0, "H9")).isEqualTo("=SUM(B9:D9)+$A$1");
        // POI's own move gives D2*C$1 here, a reference to this sheet: both paths keep the other sheet
        assertThat(formulaAt(bytes, 0, "E2")).isEqualTo("='预算 明细'!B2*A$1");
        assertThat(formulaAt(bytes, 0, "G2")).isEqualTo("='预算 明细'!D2*C$1");
        assertThat(formulaAt(bytes, 0, "J6")).as("moved from J5, where POI starts the range").isEqualTo("=ROUND(C4*0.5,2)");
        assertThat(formulaAt(bytes, 0, "K4")).isEqualTo("=IF(B4>0,\"达标\",\"未达标\")");
    }

    @Test
    void filledFormulasNamingMoreThanCellsAreLeftToPoi() throws IOException {
        for (String[] c : new String[][] {
            {"B1*税率", "the defined name 税率"},
            {"EOMONTH(A1,1)", "a function POI does not know: EOMONTH"},
            {"SUM(表1[金额])", "naming a table"},
            {"[1]Sheet1!A1", "another workbook"},
        }) {
            byte[] bytes;
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet s = wb.createSheet("自评表");
                s.createRow(0).createCell(0).setCellValue(1);
                org.apache.poi.ss.usermodel.Name rate = wb.createName();
                rate.setNameName("税率");
                rate.setRefersToFormula("自评表!$A$1");
                fill(s, "C1:C3", "C1", c[0], 0);
                bytes = bytes(wb);
            }
            assertThat(BothPaths.declined(bytes, LIMITS)).as(c[0]).contains(c[1]);
        }
        byte[] orphan;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("自评表");
            CTCellFormula f = s.createRow(0).createCell(0).getCTCell().addNewF();
            f.setT(STCellFormulaType.SHARED);
            f.setSi(4);
            orphan = bytes(wb);
        }
        assertThat(BothPaths.declined(orphan, LIMITS)).contains("no master cell");
        assertThat(BothPaths.compare(orphan, LIMITS, "orphan")).isEqualTo(BothPaths.Outcome.DECLINED);
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
        // one part of 200 kB of spaces: ZipGuard's whole-file count lets it through (under its 1 MB grace), POI's
        // per-part ratio does not
        byte[] padded = rewrite(yueyang, "xl/worksheets/sheet1.xml", s -> s.replace("</worksheet>", " ".repeat(200 << 10) + "</worksheet>"));
        assertThat(BothPaths.declined(padded, LIMITS)).contains("zip-bomb ratio");
        assertThat(BothPaths.compare(padded, LIMITS, "near POI's ratio")).isEqualTo(BothPaths.Outcome.DECLINED);
        // 2 MB of spaces in a file of 12 kB: beyond a hundredfold, refused as ZipGuard refuses it on POI's path
        byte[] bomb = rewrite(yueyang, "xl/worksheets/sheet1.xml", s -> s.replace("</worksheet>", " ".repeat(2 << 20) + "</worksheet>"));
        assertThat(BothPaths.compare(bomb, LIMITS, "bomb")).isEqualTo(BothPaths.Outcome.SAME_PROBLEM);
    }
}
