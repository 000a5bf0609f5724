package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.ReviewForms;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's published forms ({@link ReviewForms}), read and scored: the budget and the weights they
 * state are used, and what their arithmetic gets wrong is reported, not hidden.
 */
class ReviewFormsScoringTest {

    /** Reading and scoring diagnostics together, as a report shows them. */
    private static List<Diagnostic> all(Grid g, Evaluation[] evaluation) {
        ValueWithDiagnostics<Form> read = FormParser.create().parse(g).getForms().get(0);
        evaluation[0] = Scorer.create().evaluate(read.getValue());
        List<Diagnostic> out = new ArrayList<>(read.getDiagnostics());
        out.addAll(evaluation[0].getDiagnostics());
        return out;
    }

    @Test
    void commerceBudgetAndPointsStatedInLabelsAreUsedAndTheirSumIsReported() {
        Evaluation[] e = new Evaluation[1];
        List<Diagnostic> d = all(ReviewForms.commerce2020(), e);
        // 年度财政资金总额 is the total, 预算执行情况（万元）（20分） gives its 20 points, 得分（20分*执行率） its declared 20
        assertThat(e[0].getBudget().orElseThrow().getWeight()).isEqualByComparingTo("20");
        assertThat(e[0].getBudget().orElseThrow().getScore()).isEqualByComparingTo("20");
        assertThat(d).noneMatch(x -> x.is(StandardCode.BUDGET_SCORE_MISMATCH) || x.is(StandardCode.UNKNOWN_BUDGET_LINE));
        // no 分值 column: 产出指标（60分） over 6 indicators is 10 each, 效益指标（40分） over 2 is 20 each
        assertThat(d).anySatisfy(x -> {
            assertThat(x.is(StandardCode.WEIGHTS_ASSIGNED)).isTrue();
            assertThat(x.getMessageZh()).contains("一级指标名称中标注的分值").contains("产出指标60分/6项");
        });
        assertThat(e[0].getIndicators()).extracting(r -> r.getWeight().stripTrailingZeros().toPlainString())
                .containsExactly("10", "10", "10", "10", "10", "10", "20", "20");
        // the declared 10s and 20s are inside their weights: nothing says a score is missing
        assertThat(d).noneMatch(x -> x.getMessageZh().contains("未填得分"));
        // the form's own arithmetic: 20 + 60 + 40 = 120, and 年度绩效目标（80分） over level-1 labels of 100
        assertThat(d).anySatisfy(x -> {
            assertThat(x.is(StandardCode.WEIGHT_TOTAL_MISMATCH)).isTrue();
            assertThat(x.getMessageZh()).contains("120");
        });
        assertThat(d).anySatisfy(x -> {
            assertThat(x.is(StandardCode.SUBTOTAL_MISMATCH)).isTrue();
            assertThat(x.getWhere()).isEqualTo("项目自评表!A8");
            assertThat(x.getMessageZh()).contains("80").contains("100");
        });
    }

    @Test
    void hubeiPlaceholdersAreNotScoresOfZero() {
        Evaluation[] e = new Evaluation[1];
        List<Diagnostic> d = all(ReviewForms.hubeiHbeu(), e);
        assertThat(d).noneMatch(x -> x.is(StandardCode.UNKNOWN_BUDGET_LINE) || x.is(StandardCode.UNPARSEABLE_FIGURE)
                || x.is(StandardCode.DECLARED_SCORE_MISMATCH));
        assertThat(d).filteredOn(x -> x.is(StandardCode.VALUE_REMARK) && x.getMessageZh().contains("只有单位")).singleElement()
                .satisfies(x -> assertThat(x.getMessageZh()).contains("绩效目标自评表!G8").contains("绩效目标自评表!F10"));
        assertThat(e[0].getForm().getIndicators()).allSatisfy(i -> assertThat(i.getDeclaredScore()).isEmpty());
        assertThat(d).as("the template's rows were never filled: each is INCOMPLETE_INDICATOR, none lost points for a reason")
                .noneMatch(x -> x.is(StandardCode.MISSING_DEVIATION_REASON));
        assertThat(d).filteredOn(x -> x.is(StandardCode.INCOMPLETE_INDICATOR)).hasSize(9);
    }

    @Test
    void anAdjustedTargetIsScoredAndTheFormComesBackFromItsWorkbookEqual() throws Exception {
        Form form = FormParser.create().parse(io.github.perfeval.grid.form.SpannedRows.sheet("表")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "调整后指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "播发稿件数量", "2200篇", "2600篇", "2500篇", io.github.perfeval.grid.form.SpannedRows.n("60"),
                        io.github.perfeval.grid.form.SpannedRows.n("57"))
                .row("产出指标", "时效指标", "信息公开及时率", "100%", "", "100%", io.github.perfeval.grid.form.SpannedRows.n("40"),
                        io.github.perfeval.grid.form.SpannedRows.n("40"))
                .build()).forms().get(0);
        Evaluation e = Scorer.create().evaluate(form);
        assertThat(e.getIndicators().get(0).getScore()).as("2500 of the adjusted 2600, of 60").isEqualByComparingTo("57.69");
        byte[] xlsx = RoundTripTest.write(List.of(form));
        Form back = io.github.perfeval.excel.read.ExcelFormReader.create().read(new java.io.ByteArrayInputStream(xlsx), "adjusted.xlsx")
                .forms().get(0);
        assertThat(back.getIndicators()).as("the target as adjusted, the first one among the extras").isEqualTo(form.getIndicators());
    }
}
