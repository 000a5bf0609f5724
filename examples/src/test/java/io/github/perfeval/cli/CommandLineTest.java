package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.json.PerfevalJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: the JSON shape, the exit codes, lossless convert. */
class CommandLineTest {

    static final Path FORMS = Path.of("..", "testkit", "src", "main", "resources", "io", "github", "perfeval", "testkit", "forms");
    static final String YUEYANG = FORMS.resolve("yueyang-2024-department.xlsx").toString();
    static final String LIUHE = FORMS.resolve("liuhe-2024.xlsx").toString();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkJsonHasTheContractedShape() throws Exception {
        assertThat(run("check", "--format", "json", YUEYANG, LIUHE)).isEqualTo(1);
        JsonNode root = PerfevalJson.mapper().readTree(stdout());
        JsonNode files = root.get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("file").asText()).isEqualTo(YUEYANG);
        JsonNode y = files.get(0).get("forms").get(0);
        assertThat(y.get("sheet").asText()).isEqualTo("部门整体支出绩效自评表");
        assertThat(y.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(y.get("unit").asText()).isEqualTo("岳阳市应急管理局");
        assertThat(y.get("project").isNull()).isTrue();
        assertThat(y.get("year").asInt()).isEqualTo(2024);
        JsonNode budget = y.get("budget");
        assertThat(budget.get("adjusted").asText()).isEqualTo("4759.76");
        assertThat(budget.get("executed").asText()).isEqualTo("4753.18");
        assertThat(budget.get("rate").asText()).isEqualTo("0.9986");
        assertThat(budget.get("weight").asText()).isEqualTo("10");
        assertThat(budget.get("declaredScore").asText()).isEqualTo("9.99");
        assertThat(budget.get("score").asText()).isEqualTo("9.99");
        assertThat(budget.get("rate").isTextual()).as("decimals are JSON strings").isTrue();
        JsonNode first = y.get("indicators").get(0);
        assertThat(first.get("level1").asText()).isEqualTo("OUTPUT");
        assertThat(first.get("level2").asText()).isEqualTo("QUANTITY");
        assertThat(first.get("name").asText()).isEqualTo("定期召开应安委会全会。");
        assertThat(first.get("target").asText()).isEqualTo("≧4次");
        assertThat(first.get("actual").asText()).isEqualTo("4次");
        assertThat(first.get("weight").asText()).isEqualTo("5");
        assertThat(first.get("declaredScore").asText()).isEqualTo("5");
        assertThat(first.get("score").asText()).isEqualTo("5");
        assertThat(first.get("status").asText()).isEqualTo("MET");
        JsonNode totals = y.get("totals");
        assertThat(totals.get("weights").asText()).as("indicator weights 86 plus budget 10").isEqualTo("96");
        assertThat(totals.get("declaredScores").asText()).isEqualTo("92.99");
        assertThat(totals.get("declaredTotal").asText()).isEqualTo("97.99");
        assertThat(totals.get("score").asText()).isEqualTo("93.99");
        assertThat(y.get("grade").asText()).isEqualTo("EXCELLENT");
        List<String> codes = new ArrayList<>();
        y.get("diagnostics").forEach(d -> codes.add(d.get("code").asText()));
        assertThat(codes).contains("WEIGHT_TOTAL_MISMATCH", "SUBTOTAL_MISMATCH", "DECLARED_TOTAL_MISMATCH");
        JsonNode d = y.get("diagnostics").get(0);
        assertThat(d.get("severity").asText()).isEqualTo("ERROR");
        assertThat(d.get("where").asText()).isEqualTo("部门整体支出绩效自评表!G38");
        assertThat(d.get("message").asText()).contains("96");
        JsonNode liuheProject = files.get(1).get("forms").get(0);
        assertThat(liuheProject.get("project").asText()).isEqualTo("应急管理类综合管理项目");
        assertThat(liuheProject.get("budget").get("declaredScore").isNull()).as("absent values are null").isTrue();
        assertThat(liuheProject.get("totals").get("declaredTotal").isNull()).isTrue();
        assertThat(files.get(1).get("forms")).hasSize(2);
    }

    @Test
    void checkJsonIsTheLibrarysReport() throws Exception {
        assertThat(run("check", "--format", "json", YUEYANG)).isEqualTo(1);
        var read = io.github.perfeval.excel.read.ExcelFormReader.create().read(Path.of(YUEYANG)).getForms().get(0);
        var before = new ArrayList<>(read.getDiagnostics());
        before.addAll(io.github.perfeval.core.validation.FormValidator.create().validate(read.getValue()));
        var form = io.github.perfeval.scoring.report.FormReport.of(
                io.github.perfeval.scoring.Scorer.create().evaluate(read.getValue()), before, java.util.Locale.SIMPLIFIED_CHINESE);
        String library = io.github.perfeval.scoring.report.ReportJsonWriter.toJson(io.github.perfeval.scoring.report.Report.of(
                List.of(io.github.perfeval.scoring.report.FileReport.of(YUEYANG, List.of(form)))));
        assertThat(PerfevalJson.mapper().readTree(stdout())).isEqualTo(PerfevalJson.mapper().readTree(library));
        assertThat(stdout().strip()).isEqualTo(library.strip());
    }

    @Test
    void aFormBreakingTheModelsConstraintsIsReportedAsTheLibrarysFormValidatorReportsIt(@TempDir Path dir) throws Exception {
        // the command line checks perfeval's constraints without Hibernate Validator (BuiltInConstraints): the same
        // report, in both languages, as the library's Bean Validation path, on a form that breaks each kind of them
        var read = io.github.perfeval.excel.read.ExcelFormReader.create().read(Path.of(LIUHE)).getForms().get(0);
        var f = read.getValue();
        var indicators = new ArrayList<>(f.getIndicators());
        indicators.set(0, io.github.perfeval.core.form.Indicator.builder().from(indicators.get(0))
                .weight(io.github.perfeval.core.quantity.Figure.parse("-2")).build());
        indicators.set(1, io.github.perfeval.core.form.Indicator.builder().from(indicators.get(1)).name(" ")
                .weight(io.github.perfeval.core.quantity.Figure.of(1)).declaredScore(io.github.perfeval.core.quantity.Figure.of(3)).build());
        var broken = io.github.perfeval.core.form.Form.builder().from(f).year(1800).indicators(indicators)
                .declaredTotal(io.github.perfeval.core.quantity.Figure.parse("-1")).build();
        Path json = dir.resolve("broken.json");
        try (var os = Files.newOutputStream(json)) {
            io.github.perfeval.core.json.FormsJson.write(List.of(io.github.perfeval.core.diagnostic.ValueWithDiagnostics.of(broken, List.of())),
                    "broken", os);
        }
        var back = io.github.perfeval.core.json.FormsJson.read(Files.newInputStream(json)).get(0);
        List<io.github.perfeval.core.diagnostic.Diagnostic> violations = io.github.perfeval.core.validation.FormValidator.create()
                .validate(back.getValue());
        assertThat(violations).hasSize(5);
        for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            var before = new ArrayList<>(back.getDiagnostics());
            before.addAll(violations);
            var form = io.github.perfeval.scoring.report.FormReport.of(
                    io.github.perfeval.scoring.Scorer.create().evaluate(back.getValue()), before, locale);
            String library = io.github.perfeval.scoring.report.ReportJsonWriter.toJson(io.github.perfeval.scoring.report.Report.of(
                    List.of(io.github.perfeval.scoring.report.FileReport.of(json.toString(), List.of(form)))));
            assertThat(run("check", "--format", "json", "--lang", locale.getLanguage(), json.toString())).isEqualTo(1);
            assertThat(stdout().strip()).isEqualTo(library.strip());
        }
        assertThat(stdout()).contains("indicators[0].weight: must not be negative").contains("indicators[1].name: must not be blank")
                .contains("indicators[1]: declared score must not exceed the weight").contains("year: must be a fiscal year")
                .contains("declaredTotal: must not be negative");
    }

    @Test
    void aJsonFileWrittenByConvertChecksToTheSameResultAsItsWorkbook(@TempDir Path dir) throws Exception {
        for (String workbook : new String[] {YUEYANG, LIUHE}) {
            Path json = dir.resolve("form.json");
            assertThat(run("convert", workbook, json.toString())).isZero();
            int fromXlsx = run("check", "--format", "json", workbook);
            JsonNode a = PerfevalJson.mapper().readTree(stdout()).get("files").get(0).get("forms");
            int fromJson = run("check", "--format", "json", json.toString());
            JsonNode b = PerfevalJson.mapper().readTree(stdout()).get("files").get(0).get("forms");
            assertThat(fromJson).isEqualTo(fromXlsx);
            assertThat(b).isEqualTo(a);
            // and back to a workbook that checks the same again
            Path xlsx = dir.resolve("back.xlsx");
            assertThat(run("convert", json.toString(), xlsx.toString())).isZero();
            run("check", "--format", "json", xlsx.toString());
            JsonNode c = PerfevalJson.mapper().readTree(stdout()).get("files").get(0).get("forms");
            for (int i = 0; i < a.size(); i++) {
                assertThat(c.get(i).get("indicators")).isEqualTo(withoutWhere(a.get(i).get("indicators"), c.get(i).get("indicators")));
                assertThat(c.get(i).get("totals")).isEqualTo(a.get(i).get("totals"));
            }
        }
    }

    /** The written workbook lays rows out anew, so indicator places differ; everything else must not. */
    private static JsonNode withoutWhere(JsonNode expected, JsonNode actual) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = expected.deepCopy();
        for (int i = 0; i < copy.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get(i)).set("where", actual.get(i).get("where"));
        }
        return copy;
    }

    @Test
    void exitCodesSayWhatHappened(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean.json");
        Files.writeString(clean, "{\"kind\":\"PROJECT\",\"indicators\":[{\"level1Label\":\"产出指标\",\"level2Label\":\"数量指标\","
                + "\"name\":\"培训\",\"target\":\"≥4次\",\"actual\":\"5次\",\"weight\":{\"raw\":\"90\"},\"declaredScore\":{\"raw\":\"90\"}}],"
                + "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"adjusted\":{\"raw\":\"10\"},\"executed\":{\"raw\":\"10\"}}],"
                + "\"weight\":{\"raw\":\"10\"},\"declaredScore\":{\"raw\":\"10\"}},\"declaredTotal\":{\"raw\":\"100\"}}");
        assertThat(run("check", clean.toString())).as(stdout()).isZero();
        assertThat(run("check", YUEYANG)).isEqualTo(1);
        assertThat(stdout()).contains("WEIGHT_TOTAL_MISMATCH").contains("计算总分 93.99");
        assertThat(run("check", "--indicators", YUEYANG)).isEqualTo(1);
        assertThat(stdout()).contains("未达成  1/3  效益指标/经济效益指标/因自然灾害造成的经济损失下降")
                .contains("完成值1小时达到指标值≦2小时，得满分5");
        assertThat(run("check", "--lang", "en", YUEYANG)).isEqualTo(1);
        assertThat(stdout()).contains("weights add up to 96, not 100");
        Path garbage = dir.resolve("garbage.xlsx");
        Files.writeString(garbage, "not a workbook");
        assertThat(run("check", garbage.toString(), YUEYANG)).isEqualTo(2);
        assertThat(stderr().strip()).doesNotContain("\n").contains("garbage.xlsx").contains("not an Excel workbook");
        assertThat(stdout()).as("the readable file is still reported").contains("岳阳市应急管理局")
                .contains("共 2 个文件，1 张表，其中 1 张有错误，1 个文件无法读取");
        assertThat(run("check")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        Path badJson = dir.resolve("bad.json");
        Files.writeString(badJson, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":{\"raw\":\"1\",\"value\":\"x\"}}]}");
        assertThat(run("check", badJson.toString())).isEqualTo(2);
        assertThat(stderr()).contains("bad.json").contains("indicators");
    }

    @Test
    void everyExitCodeIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (java.lang.reflect.Field f : ExitCode.class.getDeclaredFields()) {
            if (f.getType() == int.class) {
                assertThat(readme).as("README documents exit code %s", f.getName()).contains("| **" + f.getInt(null) + "** |");
            }
        }
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("3 perfeval failed");
    }

    @Test
    void aFolderIsCheckedFileByFile() throws Exception {
        assertThat(run("check", "--format", "json", FORMS.toString())).isEqualTo(1);
        JsonNode files = PerfevalJson.mapper().readTree(stdout()).get("files");
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(Path.of(f.get("file").asText()).getFileName().toString()));
        assertThat(names).containsExactly("liuhe-2024.xlsx", "yueyang-2024-department.xlsx");
    }

    @Test
    void exportWritesTheScoredFormWithDiagnostics(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scored.xlsx");
        assertThat(run("export", YUEYANG, out.toString())).isEqualTo(1);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getSheet("诊断 Diagnostics")).isNotNull();
        }
        assertThat(run("check", out.toString())).isEqualTo(1);
        assertThat(stdout()).contains("DECLARED_TOTAL_MISMATCH");
    }
}
