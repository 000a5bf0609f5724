package io.github.perfeval.grid.report;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedReports;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GridReadResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.github.perfeval.core.fixtures.PublishedReports.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports read from grids by their labels. The first case is the published 永州 report as its Word table
 * draws it; the others are the layouts the same template takes elsewhere: a sheet with the title in its
 * first row and no group column (how units retype it in Excel), amounts in 元 with separators, a row the
 * template does not have, a stray cell, a blank section; and a Sichuan form, whose 项目名称, 评价结论, 存在问题
 * and 改进措施 must not make it a report.
 */
class ReportParserTest {

    /** The 永州 report's table as Word draws it: group cells merged down, title above the table. */
    static Grid yongzhouTable() {
        return GridSketch.table(1, "2021年度项目支出绩效自评报告")
                .row("部门概况", "专项名称", "非税收入")
                .row("", "年度预算金额", "54万元")
                .row("", "项目主管部门", "永州市应急管理局")
                .row("", "项目立项目的", YONGZHOU_PURPOSE)
                .row("绩效情况", "项目支出管理和使用基本情况", YONGZHOU_MANAGEMENT)
                .row("", "项目绩效目标完成情况", YONGZHOU_ACHIEVEMENT)
                .row("存在的问题分析及改进措施", "存在的问题", YONGZHOU_PROBLEMS)
                .row("", "改进措施", YONGZHOU_IMPROVEMENTS)
                .row("", "其他需要说明问题", YONGZHOU_OTHER_NOTES)
                .merge("A1:A4").merge("A5:A6").merge("A7:A9").build();
    }

    @Test
    void thePublishedTableReadsToThePublishedReportWithItsPlaces() {
        List<ValueWithDiagnostics<SelfEvaluationReport>> read = ReportParser.create().parse(yongzhouTable());
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.getDiagnostics()).isEmpty();
            assertThat(r.getValue()).isEqualTo(PublishedReports.yongzhou2021());
            assertThat(r.getValue().section(ReportItem.PROBLEMS).orElseThrow().getSource())
                    .contains(Location.tableCell(1, 7, 3).withContext("2021年度项目支出绩效自评报告"));
        });
        GridReadResult viaForms = FormParser.create().parse(yongzhouTable());
        assertThat(viaForms.holdsReport()).isTrue();
        assertThat(viaForms.getSkipped()).isEmpty();
    }

    @Test
    void aSheetWithItsTitleInsideAndNoGroupsReadsTheSameItems() {
        Grid sheet = GridSketch.sheet("自评报告")
                .row("2023年度项目支出绩效自评报告", "")
                .row("项目名称：", "农村公路养护")
                .row("预算金额", "1,250,000.00元")
                .row("主管部门", "某县交通运输局")
                .row("立项目的", "保障农村公路安全畅通。")
                .row("资金使用情况", "资金125万元已全部使用，资金使用率100%。")
                .row("绩效目标完成情况", "完成养护里程120公里。")
                .row("存在问题", "")
                .row("改进措施", "加强日常巡查。")
                .row("绩效自评得分", "96分")
                .row("填报人：张三", "")
                .merge("A1:B1").merge("A11:B11").build();
        ValueWithDiagnostics<SelfEvaluationReport> read = ReportParser.create().parse(sheet).get(0);
        SelfEvaluationReport r = read.getValue();
        assertThat(r.getTitle()).contains("2023年度项目支出绩效自评报告");
        assertThat(r.getYear()).contains(2023);
        assertThat(r.getSheet()).contains("自评报告");
        assertThat(r.projectName()).contains("农村公路养护");
        assertThat(r.budget()).contains(Money.of(new BigDecimal("125"), MoneyUnit.WAN_YUAN));
        assertThat(r.getBudgetUnit()).contains(MoneyUnit.YUAN);
        assertThat(r.getBudgetAmount().orElseThrow().getSource()).contains(Location.cell("自评报告", "B3"));
        assertThat(r.getSections()).extracting(ReportSection::getItem).containsExactly(ReportItem.PROJECT_NAME, ReportItem.BUDGET_AMOUNT,
                ReportItem.DEPARTMENT, ReportItem.PURPOSE, ReportItem.MANAGEMENT, ReportItem.ACHIEVEMENT, ReportItem.PROBLEMS,
                ReportItem.IMPROVEMENTS, ReportItem.OTHER);
        assertThat(r.section(ReportItem.PROBLEMS).orElseThrow().leftBlank()).isTrue();
        assertThat(r.section(ReportItem.PROBLEMS).orElseThrow().getSource()).as("the blank cell beside its label")
                .contains(Location.cell("自评报告", "B8"));
        assertThat(r.getSections().get(8).getLabel()).isEqualTo("绩效自评得分");
        assertThat(r.getNotes()).containsExactly("填报人：张三");
        assertThat(read.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("REPORT_UNKNOWN_SECTION");
        assertThat(read.getDiagnostics().get(0).getWhere()).isEqualTo("自评报告!A10");
    }

    @Test
    void aCellOfNoSectionIsNamedAndAnUnreadableBudgetIsSaid() {
        Grid t = GridSketch.table(2, null)
                .row("部门概况", "专项名称", "安全生产专项", "")
                .row("", "年度预算金额", "详见附表", "")
                .row("", "项目立项目的", "预防事故。", "")
                .row("绩效情况", "项目支出管理和使用基本情况", "按规定使用。", "")
                .row("", "项目绩效目标完成情况", "全部完成。", "")
                .row("", "", "", "签字：")
                .merge("A1:A3").merge("A4:A6").build();
        ValueWithDiagnostics<SelfEvaluationReport> read = ReportParser.create().parse(t).get(0);
        assertThat(read.getValue().getBudgetAmount().orElseThrow().isParsed()).isFalse();
        assertThat(read.getValue().getBudgetAmount().orElseThrow().getRaw()).isEqualTo("详见附表");
        assertThat(read.getValue().getNotes()).containsExactly("签字：");
        assertThat(read.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("REPORT_BUDGET_UNREADABLE");
        assertThat(read.getDiagnostics().get(0).getLocation()).contains(Location.tableCell(2, 2, 3));

        Grid stray = GridSketch.table(3, null)
                .row("专项名称", "安全生产专项", "")
                .row("年度预算金额", "20万元", "备注A")
                .row("项目立项目的", "预防事故。", "")
                .row("项目绩效目标完成情况", "全部完成。", "")
                .build();
        ValueWithDiagnostics<SelfEvaluationReport> second = ReportParser.create().parse(stray).get(0);
        assertThat(second.getValue().section(ReportItem.BUDGET_AMOUNT).orElseThrow().getText()).isEqualTo("20万元\n备注A");
        assertThat(second.getDiagnostics()).isEmpty();
    }

    @Test
    void aFormsOwnTextSectionsDoNotMakeAReport() {
        // the tail of a Sichuan 2023 form (dyxrmt.cn, 大英县司法局), as published
        Grid sichuan = GridSketch.table(4, null)
                .row("项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目")
                .row("主管部门", "大英县司法局部门")
                .row("评价结论", "根据财政局资金下达的管理办法，将资金支付给项目施工方。")
                .row("存在问题", "无")
                .row("改进措施", "无")
                .build();
        assertThat(ReportParser.create().parse(sichuan)).isEmpty();
    }
}
