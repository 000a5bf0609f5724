package io.github.perfeval.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.perfeval.core.fixtures.PublishedReports;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report model: its views, its JSON and schema, and the pairing of reports with forms. */
class SelfEvaluationReportTest {

    private static Schema schema() throws IOException {
        try (InputStream in = SelfEvaluationReportTest.class.getResourceAsStream("/io/github/perfeval/core/json/report.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePublishedReportAnswersItsFieldsAsWritten() {
        SelfEvaluationReport r = PublishedReports.yongzhou2021();
        assertThat(r.projectName()).contains("非税收入");
        assertThat(r.department()).contains("永州市应急管理局");
        assertThat(r.purpose()).hasValueSatisfying(p -> assertThat(p).startsWith("确保辖区内特种作业人员能持证上岗"));
        assertThat(r.budget()).contains(Money.of(new BigDecimal("540000"), MoneyUnit.YUAN));
        assertThat(r.section(ReportItem.OTHER_NOTES).orElseThrow().getText()).isEqualTo("无");
        assertThat(r.section(ReportItem.CONCLUSION)).isEmpty();
        assertThat(r.getSections()).extracting(ReportSection::getGroup).extracting(g -> g.orElse(""))
                .containsExactly("部门概况", "部门概况", "部门概况", "部门概况", "绩效情况", "绩效情况",
                        "存在的问题分析及改进措施", "存在的问题分析及改进措施", "存在的问题分析及改进措施");
    }

    @Test
    void labelsOfOtherTemplatesNameTheSameItemsAndUnknownOnesAreKept() {
        assertThat(ReportItem.fromLabel("项目名称：")).contains(ReportItem.PROJECT_NAME);
        assertThat(ReportItem.fromLabel("年度预算金额 ")).contains(ReportItem.BUDGET_AMOUNT);
        assertThat(ReportItem.fromLabel("其他需要说明的问题")).contains(ReportItem.OTHER_NOTES);
        assertThat(ReportItem.fromLabel("绩效自评得分")).isEmpty();
        ReportSection unknown = ReportSection.builder().label("绩效自评得分").text("95分").build();
        assertThat(unknown.getItem()).isEqualTo(ReportItem.OTHER);
        assertThat(unknown.getLabel()).isEqualTo("绩效自评得分");
        assertThat(ReportSection.builder().label("改进措施").text(" \n").build().leftBlank()).isTrue();
        assertThat(ReportSection.of(ReportItem.OTHER_NOTES, "无").leftBlank()).as("无 is written").isFalse();
    }

    @Test
    void itsJsonReadsBackEqualWithPlacesAndHoldsTheSchema() throws IOException {
        SelfEvaluationReport r = PublishedReports.everyPart();
        String json = PerfevalJson.write(r);
        SelfEvaluationReport back = PerfevalJson.readReport(json);
        assertThat(back).isEqualTo(r);
        assertThat(back.getSections().get(9).getSource()).contains(Location.tableCell(1, 2, 3).withContext("2021年度项目支出绩效自评报告"));
        assertThat(back.getBudgetAmount().orElseThrow().getRaw()).isEqualTo("54万元");
        assertThat(PerfevalJson.write(back)).isEqualTo(json);
        Schema schema = schema();
        for (SelfEvaluationReport each : List.of(r, PublishedReports.yongzhou2021(), SelfEvaluationReport.builder().build())) {
            List<Error> errors = schema.validate(PerfevalJson.write(each), InputFormat.JSON);
            assertThat(errors).as("schema errors").isEmpty();
        }
        assertThat(schema.validate(json.replaceFirst("\"item\" : \"PROJECT_NAME\"", "\"item\" : \"NAME\""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(json.replaceFirst("\\{", "{\"surprise\": 1,"), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void reportsPairWithFormsByNameElseByOrderAndSayWhatIsLeft() {
        SelfEvaluationReport nontax = PublishedReports.yongzhou2021();
        SelfEvaluationReport other = SelfEvaluationReport.builder().addSections(ReportSection.of(ReportItem.PROJECT_NAME, "安全生产专项"))
                .source(Location.table(3)).build();
        SelfEvaluationReport third = SelfEvaluationReport.builder().addSections(ReportSection.of(ReportItem.PROJECT_NAME, "应急演练"))
                .source(Location.table(5)).build();
        Form safety = Form.builder().kind(FormKind.PROJECT).projectName("安全生产专项经费").build();
        Form fee = Form.builder().kind(FormKind.PROJECT).projectName("非税收入（特种作业考核费）").build();
        Form department = Form.builder().kind(FormKind.DEPARTMENT).department("永州市应急管理局").build();

        ReportPairing p = ReportPairing.pair(List.of(department, safety, fee), List.of(nontax, other, third));
        assertThat(p.getFilings()).containsExactly(ProjectFiling.of(fee, nontax, true), ProjectFiling.of(safety, other, true));
        assertThat(p.getDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.is(ReportCode.REPORT_UNPAIRED)).isTrue();
            assertThat(d.getLocation()).contains(Location.table(5));
            assertThat(d.getMessageZh()).contains("“应急演练”");
        });

        Form renamed = Form.builder().kind(FormKind.PROJECT).projectName("特种作业考核").build();
        ReportPairing byOrder = ReportPairing.pair(List.of(renamed, safety), List.of(nontax));
        assertThat(byOrder.getFilings()).containsExactly(ProjectFiling.of(renamed, nontax, false));
        assertThat(byOrder.getDiagnostics()).singleElement().satisfies(d -> assertThat(d.getMessageZh()).contains("“安全生产专项经费”没有对应的自评报告"));
        assertThat(ReportPairing.pair(List.of(safety), List.of()).getDiagnostics()).as("no reports: nothing to say").isEmpty();
    }
}
