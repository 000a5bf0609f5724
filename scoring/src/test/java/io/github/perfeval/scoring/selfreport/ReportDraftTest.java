package io.github.perfeval.scoring.selfreport;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.report.FileReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.ReportJsonWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The 自评报告 draft: Hunan's layout, the form's own figures and findings, nothing invented, places to write marked. */
class ReportDraftTest {

    /** A project with 54万元 budgeted, 40.5 spent, one indicator met, one not (with its reason), one without a reason. */
    static Form project() {
        return Form.builder().kind(FormKind.PROJECT).year(2021).projectName("非税收入").supervisingDepartment("永州市应急管理局")
                .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额").initial(Figure.of("50"))
                                .adjusted(Figure.of("54")).executed(Figure.of("40.5")).build())
                        .weight(Figure.of(10)).declaredScore(Figure.of("7.5")).build())
                .goals(Goals.builder().expected("确保特种作业人员持证上岗").achieved("完成理论和实操考核").build())
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("理论考核人数")
                        .target(IndicatorValue.parse("≥7000人")).actual(IndicatorValue.parse("7999人"))
                        .weight(Figure.of(50)).declaredScore(Figure.of(50)).build())
                .addIndicators(Indicator.builder().level1Label("效益指标").level2Label("社会效益指标").name("持证上岗率")
                        .target(IndicatorValue.parse("≥98%")).actual(IndicatorValue.parse("90%"))
                        .weight(Figure.of(30)).declaredScore(Figure.of("27.55")).deviationReason("部分企业未及时送考").build())
                .addIndicators(Indicator.builder().level1Label("满意度指标").level2Label("服务对象满意度指标").name("考生满意度")
                        .target(IndicatorValue.parse("≥95%")).actual(IndicatorValue.parse("90%"))
                        .weight(Figure.of(10)).declaredScore(Figure.of("9.47")).build())
                .declaredTotal(Figure.of("94.52"))
                .build();
    }

    static FormReport checked(Form form) {
        return FormReport.of(Scorer.create().evaluate(form), Locale.CHINESE);
    }

    @Test
    void theDraftHasHunansSectionsFilledWithTheFormsFigures() {
        FormReport checked = checked(project());
        SelfEvaluationReport draft = ReportDraft.of(checked);
        assertThat(draft.getTitle()).contains("2021年度项目支出绩效自评报告");
        assertThat(draft.getSections()).extracting(ReportSection::getItem).containsExactly(ReportItem.PROJECT_NAME, ReportItem.BUDGET_AMOUNT,
                ReportItem.DEPARTMENT, ReportItem.PURPOSE, ReportItem.MANAGEMENT, ReportItem.ACHIEVEMENT, ReportItem.DEVIATION,
                ReportItem.CONCLUSION, ReportItem.PROBLEMS, ReportItem.IMPROVEMENTS, ReportItem.OTHER_NOTES);
        assertThat(draft.getSections()).extracting(s -> s.getGroup().orElse("")).containsExactly("部门概况", "部门概况", "部门概况", "部门概况",
                "绩效情况", "绩效情况", "绩效情况", "绩效情况", "存在的问题分析及改进措施", "存在的问题分析及改进措施", "存在的问题分析及改进措施");
        assertThat(draft.projectName()).contains("非税收入");
        assertThat(draft.department()).contains("永州市应急管理局");
        assertThat(draft.getBudgetAmount().orElseThrow().getRaw()).isEqualTo("54万元");
        assertThat(draft.section(ReportItem.MANAGEMENT).orElseThrow().getText()).startsWith(
                "2021年年初预算数50万元，全年预算数54万元，全年执行数40.5万元，预算执行率75%；预算执行得分7.5分（分值10分）。尚有13.5万元未执行。\n【请填写：");
        assertThat(draft.section(ReportItem.ACHIEVEMENT).orElseThrow().getText()).isEqualTo("1、总体目标完成情况。完成理论和实操考核。\n"
                + "2、产出指标完成情况分析。理论考核人数：目标≥7000人，实际完成7999人，达成，得分50分（分值50分）。\n"
                + "3、效益指标完成情况分析。持证上岗率：目标≥98%，实际完成90%，部分达成，得分27.55分（分值30分）。\n"
                + "4、满意度指标完成情况分析。考生满意度：目标≥95%，实际完成90%，部分达成，得分9.47分（分值10分）。");
        assertThat(draft.section(ReportItem.DEVIATION).orElseThrow().getText()).isEqualTo(
                "持证上岗率：目标≥98%，实际完成90%，得分27.55分（分值30分）；偏差原因：部分企业未及时送考\n"
                        + "考生满意度：目标≥95%，实际完成90%，得分9.47分（分值10分）；偏差原因：【请填写：偏差原因】\n"
                        + "预算执行率75%，未全部执行：【请填写：未执行的原因】");
        assertThat(draft.section(ReportItem.CONCLUSION).orElseThrow().getText()).isEqualTo("经自评，本项目得分94.52分，评价等级为“优”。");
        assertThat(draft.section(ReportItem.PROBLEMS).orElseThrow().getText()).startsWith("自评表检查发现：\n1、")
                .contains("考生满意度").endsWith("【请填写：项目实施和管理中存在的问题】");
        for (ReportItem must : List.of(ReportItem.PURPOSE, ReportItem.IMPROVEMENTS, ReportItem.OTHER_NOTES)) {
            assertThat(draft.section(must).orElseThrow().getText()).as("%s is the unit's to write", must).contains(ReportDraft.TO_FILL);
        }
    }

    @Test
    void everyNumberOfTheDraftComesFromTheFormOrItsEvaluation() throws Exception {
        Form form = project();
        FormReport checked = checked(form);
        SelfEvaluationReport draft = ReportDraft.of(checked);
        ByteArrayOutputStream evaluation = new ByteArrayOutputStream();
        try (ReportJsonWriter w = ReportJsonWriter.of(evaluation)) {
            w.write(FileReport.of("f", List.of(checked)));
        }
        String sources = PerfevalJson.write(form) + evaluation.toString(StandardCharsets.UTF_8);
        List<BigDecimal> known = new ArrayList<>();
        Matcher n = Pattern.compile("[0-9]+(\\.[0-9]+)?").matcher(sources);
        while (n.find()) {
            known.add(new BigDecimal(n.group()));
        }
        known.add(new BigDecimal("13.5"));   // the one figure the draft derives: 全年预算数 less 全年执行数
        Matcher m = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(%|、)?").matcher(String.join("\n",
                draft.getSections().stream().map(ReportSection::getText).toArray(String[]::new)));
        int numbers = 0;
        while (m.find()) {
            if ("、".equals(m.group(2))) {
                continue;   // a list's own numbering
            }
            BigDecimal v = new BigDecimal(m.group(1));
            BigDecimal value = "%".equals(m.group(2)) ? v.movePointLeft(2) : v;
            assertThat(known.stream().anyMatch(k -> k.compareTo(value) == 0 || k.compareTo(v) == 0))
                    .as("%s in the draft comes from the form or its evaluation", m.group()).isTrue();
            numbers++;
        }
        assertThat(numbers).isGreaterThan(20);
    }

    @Test
    void theDraftAgreesWithItsFormWhenChecked() {
        Form form = project();
        SelfEvaluationReport draft = ReportDraft.of(checked(form));
        List<Diagnostic> found = ReportChecker.create().check(ProjectFiling.of(form, draft, true));
        assertThat(found).as("nothing in the draft disagrees with its form, nothing is left blank").isEmpty();
    }

    @Test
    void aFormWithoutBudgetOrGoalsLeavesThoseToWrite() {
        Form bare = Form.builder().kind(FormKind.PROJECT).addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标")
                .name("培训场次").target(IndicatorValue.parse("≥4期")).actual(IndicatorValue.parse("4期")).build()).build();
        SelfEvaluationReport draft = ReportDraft.of(checked(bare));
        assertThat(draft.getTitle()).contains("项目支出绩效自评报告");
        assertThat(draft.getBudgetAmount()).isEmpty();
        assertThat(draft.section(ReportItem.PROJECT_NAME).orElseThrow().getText()).isEqualTo("【请填写：专项名称】");
        assertThat(draft.section(ReportItem.BUDGET_AMOUNT).orElseThrow().getText()).startsWith(ReportDraft.TO_FILL);
        assertThat(draft.section(ReportItem.MANAGEMENT).orElseThrow().getText()).startsWith("自评表未填写资金情况。");
        assertThat(draft.section(ReportItem.ACHIEVEMENT).orElseThrow().getText()).contains("2、效益指标完成情况分析。自评表未设效益指标。");
    }
}
