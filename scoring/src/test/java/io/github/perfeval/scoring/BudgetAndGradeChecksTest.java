package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks the provinces' layouts need: blank budget rows are not filled (never a reason to skip the
 * check), a total of 0 or blank over rows with amounts is an error, a declared rate within the rounding
 * of its last shown digit is right, a declared grade beside the total is checked.
 */
class BudgetAndGradeChecksTest {

    private static BudgetLine line(BudgetLineKind kind, String label, String initial, String adjusted, String executed) {
        BudgetLine.Builder b = BudgetLine.builder().kind(kind).label(label);
        if (initial != null) {
            b.initial(Figure.parse(initial));
        }
        if (adjusted != null) {
            b.adjusted(Figure.parse(adjusted));
        }
        if (executed != null) {
            b.executed(Figure.parse(executed));
        }
        return b.build();
    }

    private static Form form(Budget budget) {
        return Form.builder().kind(FormKind.PROJECT).budget(budget)
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("培训场次")
                        .target(IndicatorValue.parse("≥10场")).actual(IndicatorValue.parse("10场")).weight(Figure.of(90))
                        .declaredScore(Figure.of(90)).build())
                .build();
    }

    private static List<Diagnostic> diagnostics(Form form, StandardCode code) {
        return Scorer.create().evaluate(form).getDiagnostics().stream().filter(d -> d.is(code)).collect(Collectors.toList());
    }

    @Test
    void blankRowsAreNotFilledAndTheBreakdownIsStillChecked() {
        Budget budget = Budget.builder()
                .addLines(line(BudgetLineKind.TOTAL, "总额", "100", "100", "95"))
                .addLines(line(BudgetLineKind.FISCAL_FUNDS, "其中：财政资金", "60", "60", "60"))
                .addLines(line(BudgetLineKind.SPECIAL_ACCOUNT_FUNDS, "财政专户管理资金", null, null, null))
                .addLines(BudgetLine.builder().from(line(BudgetLineKind.UNIT_FUNDS, "单位资金", "30", "30", "35")).addExtras(LabelledText.of("权重", "/")).build())
                .weight(Figure.of(10)).build();
        List<Diagnostic> found = diagnostics(form(budget), StandardCode.BUDGET_BREAKDOWN_MISMATCH);
        assertThat(found).extracting(Diagnostic::getMessageZh).containsExactly(
                "按资金来源各行年初预算数合计90（1行未填，按未填计），与总额的100不符",
                "按资金来源各行全年预算数合计90（1行未填，按未填计），与总额的100不符");
        Budget adds = Budget.builder()
                .addLines(line(BudgetLineKind.TOTAL, "总额", "100", "100", "95"))
                .addLines(line(BudgetLineKind.FISCAL_FUNDS, "其中：财政资金", "60", "60", "60"))
                .addLines(line(BudgetLineKind.SPECIAL_ACCOUNT_FUNDS, "财政专户管理资金", "/", "/", "/"))
                .addLines(line(BudgetLineKind.UNIT_FUNDS, "单位资金", "40", "40", "35"))
                .weight(Figure.of(10)).build();
        assertThat(diagnostics(form(adds), StandardCode.BUDGET_BREAKDOWN_MISMATCH)).isEmpty();
        assertThat(diagnostics(form(adds), StandardCode.UNPARSEABLE_FIGURE)).as("/ means not applicable").isEmpty();
    }

    @Test
    void aTotalOfZeroOrBlankOverRowsWithAmountsIsAnErrorGivingTheFigures() {
        // the shape of a published 安徽 form: 年度资金总额: 0 0 0 while 其中：本年财政拨款 holds 90 89.974 89.974
        Budget zero = Budget.builder()
                .addLines(line(BudgetLineKind.TOTAL, "年度资金总额：", "0", "0", "0"))
                .addLines(line(BudgetLineKind.CURRENT_YEAR_APPROPRIATION, "其中：本年财政拨款", "90", "89.974", "89.974"))
                .addLines(line(BudgetLineKind.PRIOR_YEAR_CARRYOVER, "上年结转资金", null, null, null))
                .weight(Figure.of(10)).declaredScore(Figure.of(0)).build();
        List<Diagnostic> found = diagnostics(form(zero), StandardCode.BUDGET_TOTAL_MISSING);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(d.getMessageZh()).contains("年初预算数为0，其中各行合计90").contains("全年预算数为0，其中各行合计89.974")
                    .contains("全年执行数为0，其中各行合计89.974");
        });
        assertThat(diagnostics(form(zero), StandardCode.BUDGET_BREAKDOWN_MISMATCH)).isEmpty();
        Budget blank = Budget.builder()
                .addLines(line(BudgetLineKind.TOTAL, "年度资金总额", null, null, null))
                .addLines(line(BudgetLineKind.CURRENT_YEAR_APPROPRIATION, "当年财政拨款", "12", "12", "11"))
                .weight(Figure.of(10)).build();
        assertThat(diagnostics(form(blank), StandardCode.BUDGET_TOTAL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("全年预算数为未填，其中各行合计12"));
    }

    @ParameterizedTest(name = "declared {0} against {1}/{2}: error {3}")
    @CsvSource(delimiter = '|', value = {
        // declared | executed | adjusted | an error?
        "99.86%   | 4753.18 | 4759.76 | false",
        "99.9%    | 4753.18 | 4759.76 | false",
        "99.8%    | 4753.18 | 4759.76 | false",
        "99.7%    | 4753.18 | 4759.76 | true",
        "100%     | 99.6    | 100     | false",
        "100%     | 98.5    | 100     | true",
        "0.9986   | 4753.18 | 4759.76 | false",
        "0.998    | 4753.18 | 4759.76 | false",
        "0.997    | 4753.18 | 4759.76 | true",
        "1        | 99.6    | 100     | false",
        "1        | 98.9    | 100     | true",
        "86.19%   | 215457.6 | 250000 | false",
        "86.2%    | 215457.6 | 250000 | false",
        "86.0%    | 215457.6 | 250000 | true"})
    void aDeclaredRateWithinTheRoundingOfItsLastShownDigitIsRight(String declared, String executed, String adjusted, boolean error) {
        Budget budget = Budget.builder()
                .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额").adjusted(Figure.parse(adjusted))
                        .executed(Figure.parse(executed)).declaredRate(Figure.parsePercent(declared)).build())
                .weight(Figure.of(10)).build();
        assertThat(diagnostics(form(budget), StandardCode.EXECUTION_RATE_MISMATCH)).hasSize(error ? 1 : 0);
    }

    @ParameterizedTest(name = "declared {0} beside a total scored {1}: error {2}")
    @CsvSource(delimiter = '|', value = {
        "优   | 100 | false",
        "优秀 | 100 | false",
        "良   | 100 | true",
        "合格 | 100 | true",
        "差   | 100 | true"})
    void aDeclaredGradeIsCheckedAgainstTheComputedTotal(String declared, String weight, boolean error) {
        Form form = Form.builder().from(form(Budget.builder()
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("总额").adjusted(Figure.of(100))
                                .executed(Figure.of(100)).build()).weight(Figure.of(10)).declaredScore(Figure.of(10)).build()))
                .declaredGrade(LabelledText.of("", declared)).build();
        List<Diagnostic> found = diagnostics(form, StandardCode.DECLARED_GRADE_MISMATCH);
        assertThat(found).hasSize(error ? 1 : 0);
        if (error) {
            assertThat(found.get(0).getMessageZh()).isEqualTo("填报等级为“" + declared + "”，按计算总分100应为“优”");
        }
    }

    @Test
    void aGradeWordNoScaleKnowsIsSaidNotGuessed() {
        Form form = Form.builder().from(form(Budget.builder().build())).declaredGrade(LabelledText.of("等级", "A")).build();
        assertThat(Scorer.create().evaluate(form).getDiagnostics()).anyMatch(d -> d.is(StandardCode.VALUE_REMARK)
                && d.getMessageZh().contains("“A”"));
    }
}
