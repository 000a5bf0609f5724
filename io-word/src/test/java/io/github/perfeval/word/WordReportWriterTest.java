package io.github.perfeval.word;

import io.github.perfeval.core.fixtures.PublishedReports;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A report written in its published layout, with its form after it, reads back to the same report and form, paired. */
class WordReportWriterTest {

    /**
     * The form of the 永州 非税收入 project as a test builds it: the budget and the actuals the report states
     * (54万元 all spent; 7999 and 4046 examined; satisfaction above 95%); the targets are this test's own.
     */
    static Form nontaxForm() {
        return Form.builder().kind(FormKind.PROJECT).title("2021年度项目支出绩效自评表").year(2021).projectName("非税收入")
                .supervisingDepartment("永州市应急管理局")
                .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额").initial(Figure.of("54"))
                                .adjusted(Figure.of("54")).executed(Figure.of("54")).declaredRate(Figure.parsePercent("100%")).build())
                        .weight(Figure.of(10)).declaredScore(Figure.of(10)).build())
                .goals(Goals.builder().expected("确保特种作业人员持证上岗").achieved("超额完成年初非税收入预算").build())
                .addIndicators(indicator("产出指标", "数量指标", "理论考核人数", "≥7000人", "7999人", 25, "25"))
                .addIndicators(indicator("产出指标", "数量指标", "实操考核人数", "≥4000人", "4046人", 25, "25"))
                .addIndicators(indicator("效益指标", "社会效益指标", "安全监管执法质量", "提升", "明显提升", 30, "30"))
                .addIndicators(indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "95%", 10, "10"))
                .declaredWeightTotal(Figure.of(100)).declaredTotal(Figure.of(100))
                .build();
    }

    private static Indicator indicator(String l1, String l2, String name, String target, String actual, int weight, String score) {
        return Indicator.builder().level1Label(l1).level2Label(l2).name(name).target(IndicatorValue.parse(target))
                .actual(IndicatorValue.parse(actual)).weight(Figure.of(weight)).declaredScore(Figure.of(score)).build();
    }

    @Test
    void thePublishedReportAndItsFormReadBackPaired() throws IOException {
        SelfEvaluationReport published = PublishedReports.yongzhou2021();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordReportWriter.create().write(published, Optional.of(nontaxForm()), out);
        FileReadResult read = WordFormReader.create().read(new ByteArrayInputStream(out.toByteArray()), "report.docx");

        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(PartReport.Outcome.REPORT, PartReport.Outcome.FORMS);
        assertThat(read.getReports()).singleElement().satisfies(r -> {
            assertThat(r.getDiagnostics()).isEmpty();
            assertThat(r.getValue()).isEqualTo(published);
        });
        assertThat(read.getForms()).singleElement().satisfies(f -> {
            Form back = f.getValue();
            Form built = nontaxForm();
            assertThat(back.getProjectName()).isEqualTo(built.getProjectName());
            assertThat(back.getSupervisingDepartment()).isEqualTo(built.getSupervisingDepartment());
            assertThat(back.getYear()).contains(2021);
            assertThat(back.getBudget().orElseThrow().getLines()).isEqualTo(built.getBudget().orElseThrow().getLines());
            assertThat(back.getIndicators()).extracting(Indicator::getName).containsExactly("理论考核人数", "实操考核人数", "安全监管执法质量", "服务对象满意度");
            assertThat(back.getIndicators()).extracting(i -> i.getTarget().getRaw()).containsExactly("≥7000人", "≥4000人", "提升", "≥95%");
            assertThat(back.getDeclaredTotal()).isEqualTo(built.getDeclaredTotal());
        });
        assertThat(read.getDiagnostics()).noneMatch(d -> d.is(ReportCode.REPORT_UNPAIRED));
        assertThat(read.pairing().getFilings()).singleElement().satisfies(p -> {
            assertThat(p.isPairedByName()).isTrue();
            assertThat(p.getReport()).isEqualTo(published);
        });
    }

    @Test
    void aReportAloneWithLineBreaksAndControlCharactersIsWrittenToAFile(@TempDir Path dir) throws IOException {
        SelfEvaluationReport r = SelfEvaluationReport.builder().from(PublishedReports.yongzhou2021())
                .addSections(ReportSection.builder().group("其他").label("附注").text("第一行\r\n第二行\u0007").build()).build();
        Path file = dir.resolve("报告.docx");
        WordReportWriter.create().write(r, Optional.empty(), file);
        FileReadResult read = WordFormReader.create().read(file);
        SelfEvaluationReport back = read.getReports().get(0).getValue();
        assertThat(back.getSections().get(back.getSections().size() - 1).getText()).isEqualTo("第一行\n第二行");
        assertThat(read.forms()).isEmpty();
        assertThat(Files.list(dir)).containsExactly(file);
    }
}
