package io.github.perfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.files.FormFileReader;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.selfreport.ReportDraft;
import io.github.perfeval.testkit.SampleForms;
import io.github.perfeval.word.WordReportWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** check reports on the self-evaluation reports of a document, and draft-report writes a project's draft. */
class SelfReportCommandsTest {

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

    private static Path yongzhou(Path dir) throws Exception {
        Path docx = dir.resolve("永州非税收入自评报告.docx");
        try (InputStream in = SelfReportCommandsTest.class.getResourceAsStream(SampleForms.REPORTS_FOLDER + SampleForms.YONGZHOU_2021_REPORT)) {
            Files.write(docx, in.readAllBytes());
        }
        return docx;
    }

    private static SelfEvaluationReport published(Path docx) {
        return FormFileReader.create().read(docx).getReports().get(0).getValue();
    }

    private static Form form(String name, String adjusted, String executed) {
        return Form.builder().kind(FormKind.PROJECT).year(2021).projectName(name)
                .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN).addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL)
                        .initial(Figure.of(adjusted)).adjusted(Figure.of(adjusted)).executed(Figure.of(executed)).build()).build())
                .build();
    }

    /** Each report of the check's JSON: its project, its form, and each finding as code@where. */
    private static List<String> reports(JsonNode root) {
        List<String> all = new ArrayList<>();
        for (JsonNode file : root.get("files")) {
            for (JsonNode r : file.path("reports")) {
                StringBuilder sb = new StringBuilder(r.get("projectName").asText() + " -> " + r.get("form").asText());
                for (JsonNode d : r.get("diagnostics")) {
                    sb.append(" | ").append(d.get("code").asText()).append('@').append(d.get("where").asText());
                }
                all.add(sb.toString());
            }
        }
        return all;
    }

    @Test
    void checkReadsThePublishedReportAndFindsItsFormsDisagreement(@TempDir Path dir) throws Exception {
        Path alone = yongzhou(dir);
        assertThat(run("check", "--format", "json", alone.toString())).isEqualTo(0);
        assertThat(reports(PerfevalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8))))
                .containsExactly("非税收入 -> null | REPORT_UNPAIRED@table 1");

        Path withForm = dir.resolve("with-form.docx");
        WordReportWriter.create().write(published(alone), Optional.of(form("非税收入", "60", "45")), withForm);
        assertThat(run("check", "--format", "json", withForm.toString())).as("a budget that is not the form's is an error").isEqualTo(1);
        JsonNode root = PerfevalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(reports(root)).containsExactly(
                "非税收入 -> 非税收入 | REPORT_BUDGET_MISMATCH@table 1, row 2, column 3 | REPORT_RATE_MISMATCH@table 1, row 5, column 3");
        assertThat(root.get("summary").get("reports").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("reportsWithErrors").asInt()).isEqualTo(1);

        assertThat(run("check", withForm.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("自评报告1：非税收入，table 1，对应自评表“非税收入”")
                .contains("年度预算金额“54万元”与自评表年度资金总额的全年预算数60万元不符");
    }

    @Test
    void reportsOfTwoFilesSharingAParagraphAreReportedNamingTheOtherFile(@TempDir Path dir) throws Exception {
        Path first = yongzhou(dir);
        SelfEvaluationReport copy = SelfEvaluationReport.builder().from(published(first))
                .sections(published(first).getSections().stream()
                        .map(s -> s.getItem() == ReportItem.PROJECT_NAME ? ReportSection.builder().from(s).text("安全生产专项").build()
                                : s.getItem() == ReportItem.PROBLEMS || s.getItem() == ReportItem.BUDGET_AMOUNT ? s
                                : ReportSection.builder().from(s).text("本项目" + s.getLabel() + "另行说明，与其他项目不同，此处不再赘述。").build())
                        .collect(Collectors.toList())).build();
        Path second = dir.resolve("安全生产专项.docx");
        WordReportWriter.create().write(copy, Optional.of(form("安全生产专项", "54", "54")), second);
        assertThat(run("check", "--jobs", "1", "--format", "json", first.toString(), second.toString())).as("the second meets the first").isEqualTo(0);
        JsonNode root = PerfevalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(reports(root)).containsExactly("非税收入 -> null | REPORT_UNPAIRED@table 1",
                "安全生产专项 -> 安全生产专项 | REPORT_TEXT_SHARED@table 1, row 7, column 3");
        JsonNode shared = root.get("files").get(1).get("reports").get(0).get("diagnostics").get(0);
        assertThat(shared.get("severity").asText()).isEqualTo("WARNING");
        // the other report's place in each reader's language (it had been （table 1） in the Chinese message)
        assertThat(shared.get("message").asText()).isEqualTo("自评报告“安全生产专项”的“存在的问题”与自评报告" + first + " “非税收入”（表格1）的“存在的问题”完全相同");

        // read on several threads, the files still meet in the run's order: the same findings, on the same report
        String oneAtATime = out.toString(StandardCharsets.UTF_8);
        for (int round = 0; round < 5; round++) {
            assertThat(run("check", "--jobs", "2", "--format", "json", first.toString(), second.toString())).isEqualTo(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).as("round %d on two threads", round).isEqualTo(oneAtATime);
        }
    }

    @Test
    void draftReportWritesTheProjectsDraftThatReadsBackPairedAndAgreeing(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("柳河自评报告.docx");
        assertThat(run("draft-report", CommandLineTest.LIUHE, docx.toString())).isEqualTo(0);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("部门整体支出自评表不按项目自评报告表样起草，已略过").contains("1 report draft(s) written");

        FileReadResult read = FormFileReader.create().read(docx);
        Form project = SampleForms.liuhe2024Project();
        SelfEvaluationReport expected = ReportDraft.of(FormReport.of(Scorer.create().evaluate(
                FormFileReader.create().read(Path.of(CommandLineTest.LIUHE)).forms().get(0)), Locale.CHINESE));
        assertThat(read.getReports()).singleElement().satisfies(r -> assertThat(r.getValue()).isEqualTo(expected));
        assertThat(read.forms()).singleElement().satisfies(f -> {
            assertThat(f.getProjectName()).isEqualTo(project.getProjectName());
            assertThat(f.getIndicators()).hasSameSizeAs(project.getIndicators());
        });
        assertThat(expected.section(ReportItem.MANAGEMENT).orElseThrow().getText())
                .startsWith("2024年年初预算数132.71万元，全年预算数57.04万元，全年执行数56.96万元，预算执行率99.86%");

        assertThat(run("check", "--format", "json", docx.toString())).isEqualTo(0);
        assertThat(reports(PerfevalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8))))
                .as("the draft is paired with its form and agrees with it").containsExactly("应急管理类综合管理项目 -> 应急管理类综合管理项目");
    }

    @Test
    void draftReportRefusesWhatItCannotDo(@TempDir Path dir) throws Exception {
        assertThat(run("draft-report", CommandLineTest.LIUHE, dir.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(".docx");
        assertThat(run("draft-report", CommandLineTest.YUEYANG, dir.resolve("y.docx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有项目支出自评表");
        assertThat(Files.exists(dir.resolve("y.docx"))).isFalse();
        Path report = yongzhou(dir);
        assertThat(run("draft-report", report.toString(), report.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the output is the input");
    }
}
