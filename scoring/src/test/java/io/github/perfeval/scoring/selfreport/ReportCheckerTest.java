package io.github.perfeval.scoring.selfreport;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.fixtures.PublishedReports;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report checks, on the published 永州 report against a form built from the same project (非税收入,
 * 54万元, all of it spent), each changed in one place; and on sentences of published reports they were not
 * tuned on ({@code published-report-sentences.txt}).
 */
class ReportCheckerTest {

    private static final ReportChecker CHECKER = ReportChecker.create();
    private static final String CONTEXT = "2021年度项目支出绩效自评报告";

    /** The published report with the places its Word table gives: section i in row i + 1, its text in column 3. */
    static SelfEvaluationReport yongzhou() {
        return withSections(PublishedReports.yongzhou2021(), s -> s);
    }

    static SelfEvaluationReport withSections(SelfEvaluationReport r, UnaryOperator<ReportSection> change) {
        List<ReportSection> placed = new ArrayList<>();
        for (int i = 0; i < r.getSections().size(); i++) {
            ReportSection s = ReportSection.builder().from(r.getSections().get(i)).source(Location.tableCell(1, i + 1, 3).withContext(CONTEXT)).build();
            placed.add(change.apply(s));
        }
        return SelfEvaluationReport.builder().from(r).sections(placed)
                .budgetAmount(Figure.of(r.getBudgetAmount().orElseThrow().getRaw(), r.getBudgetAmount().orElseThrow().getValue().orElse(null),
                        Location.tableCell(1, 2, 3).withContext(CONTEXT)))
                .source(Location.table(1).withContext(CONTEXT)).build();
    }

    static SelfEvaluationReport withText(ReportItem item, String text) {
        return withSections(PublishedReports.yongzhou2021(), s -> s.getItem() == item ? ReportSection.builder().from(s).text(text).build() : s);
    }

    /** The form of the same project: 非税收入, 54万元 budgeted, adjusted and spent. */
    static Form form(String name, String initial, String adjusted, String executed) {
        return Form.builder().kind(FormKind.PROJECT).projectName(name).year(2021)
                .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).initial(Figure.of(initial)).adjusted(Figure.of(adjusted))
                                .executed(Figure.of(executed)).build())
                        .weight(Figure.of(10)).build())
                .build();
    }

    static Form nontax() {
        return form("非税收入", "54", "54", "54");
    }

    private static List<Diagnostic> check(SelfEvaluationReport r, Form f) {
        return CHECKER.check(ProjectFiling.of(f, r, true));
    }

    @Test
    void thePublishedReportAgreesWithItsForm() {
        assertThat(check(yongzhou(), nontax())).isEmpty();
    }

    @Test
    void aBudgetThatIsNotTheFormsIsAnErrorAtTheReportsBudgetCell() {
        List<Diagnostic> found = check(yongzhou(), form("非税收入", "54", "60", "60"));
        assertThat(found).filteredOn(d -> d.is(ReportCode.REPORT_BUDGET_MISMATCH)).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(d.getLocation()).contains(Location.tableCell(1, 2, 3).withContext(CONTEXT));
            assertThat(d.getMessageZh()).isEqualTo("年度预算金额“54万元”是自评表年度资金总额的年初预算数54万元，全年预算数（调整后）为60万元");
        });
        List<Diagnostic> other = check(yongzhou(), form("非税收入", "45", "45", "45"));
        assertThat(other).filteredOn(d -> d.is(ReportCode.REPORT_BUDGET_MISMATCH)).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(d.getLocation()).contains(Location.tableCell(1, 2, 3).withContext(CONTEXT));
            assertThat(d.getMessageZh()).isEqualTo("年度预算金额“54万元”与自评表年度资金总额的全年预算数45万元不符（年初预算数45万元）");
            assertThat(d.getMessageEn()).contains("adjusted budget (全年预算数) 45万元");
        });
        assertThat(other).as("已全部拨付 agrees with 45 of 45; 非税收入54万元 names no money word, so is left to the budget check")
                .hasSize(1);
        assertThat(check(yongzhou(), form("非税收入", "54.3", "54.3", "54.3")))
                .as("54万元 is 54.3 within what it writes").noneMatch(d -> d.is(ReportCode.REPORT_BUDGET_MISMATCH));
    }

    @Test
    void aStatedRateOrAmountThatIsNotTheFormsIsFoundInItsSection() {
        List<Diagnostic> spentLess = check(yongzhou(), form("非税收入", "54", "54", "40.5"));
        assertThat(spentLess).singleElement().satisfies(d -> {
            assertThat(d.is(ReportCode.REPORT_RATE_MISMATCH)).isTrue();
            assertThat(d.getLocation()).contains(Location.tableCell(1, 5, 3).withContext(CONTEXT));
            assertThat(d.getMessageZh()).isEqualTo("自评报告“项目支出管理和使用基本情况”称“全部拨付”，而自评表全年执行数40.5万元÷全年预算数54万元＝75%");
        });

        SelfEvaluationReport said = withText(ReportItem.MANAGEMENT, "非税收入54万元，实际使用资金40.5万元，资金使用率100%。");
        List<Diagnostic> found = check(said, nontax());
        assertThat(found).extracting(Diagnostic::getCode).as("all 54 spent: the rate is right, 40.5万元 is none of the form's")
                .containsExactly("REPORT_AMOUNT_MISMATCH");
        assertThat(found.get(0).getLocation()).contains(Location.tableCell(1, 5, 3).withContext(CONTEXT));
        assertThat(found.get(0).getMessageZh()).isEqualTo("自评报告“项目支出管理和使用基本情况”中的“40.5万元”不是自评表预算数、执行数或结余中的任何金额（全年预算数54万元，全年执行数54万元）");
        assertThat(check(said, form("非税收入", "54", "54", "40.5"))).as("a rate of 75% is not 100%")
                .extracting(Diagnostic::getCode).containsExactly("REPORT_RATE_MISMATCH");
        assertThat(check(withText(ReportItem.MANAGEMENT, "实际使用资金40.5万元，资金使用率75%。"), form("非税收入", "54", "54", "40.5"))).isEmpty();
    }

    @Test
    void anotherProjectNameIsFoundAtTheNameCell() {
        List<Diagnostic> found = check(yongzhou(), form("特种作业考核费", "54", "54", "54"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.is(ReportCode.REPORT_PROJECT_NAME_MISMATCH)).isTrue();
            assertThat(d.getLocation()).contains(Location.tableCell(1, 1, 3).withContext(CONTEXT));
            assertThat(d.getMessageZh()).isEqualTo("自评报告的专项名称“非税收入”与自评表的项目名称“特种作业考核费”不符");
        });
        assertThat(check(yongzhou(), form("非税收入（特种作业考核费）", "54", "54", "54"))).isEmpty();
    }

    @Test
    void aBlankOrMissingSectionIsFound() {
        SelfEvaluationReport blank = withText(ReportItem.IMPROVEMENTS, " ");
        assertThat(check(blank, nontax())).singleElement().satisfies(d -> {
            assertThat(d.is(ReportCode.REPORT_SECTION_EMPTY)).isTrue();
            assertThat(d.getLocation()).contains(Location.tableCell(1, 8, 3).withContext(CONTEXT));
            assertThat(d.getMessageZh()).isEqualTo("自评报告“非税收入”的“改进措施”未填写");
        });
        SelfEvaluationReport missing = SelfEvaluationReport.builder().from(yongzhou())
                .sections(yongzhou().getSections().stream().filter(s -> s.getItem() != ReportItem.PURPOSE).collect(Collectors.toList())).build();
        assertThat(CHECKER.checkSections(missing)).singleElement().satisfies(d -> {
            assertThat(d.getMessageZh()).isEqualTo("自评报告“非税收入”缺少“项目立项目的”栏目");
            assertThat(d.getLocation()).contains(Location.table(1).withContext(CONTEXT));
        });
        assertThat(CHECKER.checkSections(withText(ReportItem.OTHER_NOTES, ""))).as("其他需要说明问题 may stay blank").isEmpty();
    }

    @Test
    void twoReportsSharingAParagraphAreReportedNamingTheOther() {
        SelfEvaluationReport first = yongzhou();
        SelfEvaluationReport second = SelfEvaluationReport.builder().from(withText(ReportItem.ACHIEVEMENT, "1、产出指标完成情况分析。全年开展执法检查120次。"))
                .sections(withText(ReportItem.ACHIEVEMENT, "1、产出指标完成情况分析。全年开展执法检查120次。").getSections().stream()
                        .map(s -> s.getItem() == ReportItem.PROJECT_NAME ? ReportSection.builder().from(s).text("安全生产专项").build() : s)
                        .collect(Collectors.toList()))
                .source(Location.table(3).withContext("2021年度项目支出绩效自评报告")).build();
        List<Diagnostic> found = CHECKER.compare(List.of(first, second));
        // the second shares 项目立项目的, 项目支出管理和使用基本情况, 存在的问题 and 改进措施 with the first, word for word
        assertThat(found).extracting(d -> d.getMessageZh().substring(0, d.getMessageZh().indexOf("”与")))
                .containsExactly("自评报告“安全生产专项”的“项目立项目的", "自评报告“安全生产专项”的“项目支出管理和使用基本情况",
                        "自评报告“安全生产专项”的“存在的问题", "自评报告“安全生产专项”的“改进措施");
        assertThat(found).allSatisfy(d -> {
            assertThat(d.is(ReportCode.REPORT_TEXT_SHARED)).isTrue();
            assertThat(d.getSeverity()).isEqualTo(Severity.WARNING);
            // the other report's place in the reader's language, never English inside Chinese
            assertThat(d.getMessageZh()).contains("与自评报告“非税收入”（表格1）").endsWith("完全相同").doesNotContain("table");
            assertThat(d.getMessageEn()).contains("is identical to section").contains("of the report “非税收入” (table 1)").doesNotContain("表格");
        });
        assertThat(found.get(2).getLocation()).contains(Location.tableCell(1, 7, 3).withContext(CONTEXT));

        String edited = PublishedReports.YONGZHOU_PROBLEMS.replace("持续稳定向好", "持续向好");
        SelfEvaluationReport third = withSections(PublishedReports.yongzhou2021(), s -> s.getItem() == ReportItem.PROBLEMS
                ? ReportSection.builder().from(s).text(edited).build()
                : s.getItem() == ReportItem.PROJECT_NAME ? ReportSection.builder().from(s).text("应急演练").build()
                : ReportSection.builder().from(s).text(s.getItem() == ReportItem.BUDGET_AMOUNT ? "5万元" : "本项目" + s.getLabel() + "另行说明，内容与其他项目不同，不再赘述。").build());
        List<Diagnostic> nearly = CHECKER.compare(List.of(first, third));
        assertThat(nearly).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(d.getMessageZh()).startsWith("自评报告“应急演练”的“存在的问题”与自评报告“非税收入”（表格1）的“存在的问题”几乎相同（字符二元组相似度0.9");
            assertThat(d.getMessageEn()).contains("“非税收入” (table 1)");
        });
        assertThat(CHECKER.compare(List.of(first))).isEmpty();
    }

    static List<Object[]> publishedSentences() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (InputStream in = ReportCheckerTest.class.getResourceAsStream("published-report-sentences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\\|"));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        return rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5]}).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("publishedSentences")
    void sentencesOfPublishedReportsGiveTheirCodes(String source, String initial, String adjusted, String executed, String sentence,
                                                   String expected) {
        SelfEvaluationReport r = withText(ReportItem.MANAGEMENT, sentence);
        List<String> codes = check(r, form("非税收入", initial, adjusted, executed)).stream()
                .filter(d -> !d.is(ReportCode.REPORT_BUDGET_MISMATCH)).map(Diagnostic::getCode).collect(Collectors.toList());
        assertThat(codes).isEqualTo(expected.equals("-") ? List.of() : Arrays.asList(expected.split(",")));
    }

    @Test
    void checkAllPairsChecksAndCompares() {
        SelfEvaluationReport lone = SelfEvaluationReport.builder().addSections(ReportSection.of(ReportItem.PROJECT_NAME, "应急演练"))
                .source(Location.table(5)).build();
        List<Diagnostic> found = CHECKER.checkAll(List.of(form("非税收入", "54", "54", "40.5")), List.of(yongzhou(), lone));
        assertThat(found).extracting(Diagnostic::getCode).startsWith("REPORT_UNPAIRED").contains("REPORT_RATE_MISMATCH", "REPORT_SECTION_EMPTY");
    }
}
