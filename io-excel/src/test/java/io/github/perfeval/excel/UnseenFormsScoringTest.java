package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.validation.BuiltInConstraints;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.UnseenForms;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published forms of {@link UnseenForms} as {@code perfeval check} takes them: typed into a workbook
 * ({@link UnseenFormWorkbooks}), read by the xlsx reader, validated and scored. What their own arithmetic gets
 * wrong is reported where it is; what is right is not reported. The README beside {@code UnseenForms} keeps
 * the table of what each gave before and after.
 */
class UnseenFormsScoringTest {

    /** One form read from its workbook: the form, every diagnostic (reading, validating, scoring) and its evaluation. */
    private record Checked(Form form, List<Diagnostic> diagnostics, Evaluation evaluation) {

        List<Diagnostic> of(StandardCode code) {
            return diagnostics.stream().filter(d -> d.is(code)).toList();
        }

        List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.getSeverity() == Severity.ERROR).toList();
        }
    }

    private static Checked check(Grid g) {
        ExcelReadResult read = ExcelFormReader.create().read(new ByteArrayInputStream(UnseenFormWorkbooks.xlsx(g)),
                g.getSheet().orElseThrow() + ".xlsx");
        assertThat(read.getForms()).hasSize(1);
        ValueWithDiagnostics<Form> form = read.getForms().get(0);
        List<Diagnostic> all = new ArrayList<>(form.getDiagnostics());
        all.addAll(BuiltInConstraints.check(form.getValue()));
        Evaluation e = Scorer.create().evaluate(form.getValue());
        all.addAll(e.getDiagnostics());
        assertThat(all).as("nothing left unread").noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
        return new Checked(form.getValue(), all, e);
    }

    @Test
    void yunnanLincangAddsUpAndItsTwoDeclaredScoresAreQuestioned() {
        Checked c = check(UnseenForms.yunnanYongde2022());
        assertThat(c.errors()).as("weights 90 + 10, declared 86 + 10 = the declared 96").isEmpty();
        assertThat(c.evaluation().getWeights()).isEqualByComparingTo("100");
        assertThat(c.evaluation().getBudget().orElseThrow().getScore()).isEqualByComparingTo("10");
        // 资金到位及时率: 100% of ≧100% declared 7; 政策知晓率: 98% of ═100% declared 9: warnings at the scores, with no reason filed
        assertThat(c.of(StandardCode.DECLARED_SCORE_MISMATCH)).extracting(Diagnostic::getWhere)
                .containsExactly("公开14表!I16", "公开14表!I19");
        assertThat(c.of(StandardCode.MISSING_DEVIATION_REASON)).hasSize(2);
        assertThat(c.evaluation().getScore()).as("10 + 7 × 10 + 9.8 + 10 for the budget").isEqualByComparingTo("99.8");
        assertThat(c.of(StandardCode.UNKNOWN_LEVEL_LABEL)).as("服务对象满意度指标等 is the level").isEmpty();
    }

    @Test
    void anhuiXiaoxianBudgetIsScoredOnce() {
        Checked c = check(UnseenForms.anhuiXiaoxian2023());
        // 其中:本年财政拨款 repeats 分值 10 and 得分 10: the budget's points are the total's, counted once
        assertThat(c.evaluation().getBudget().orElseThrow().getWeight()).isEqualByComparingTo("10");
        assertThat(c.evaluation().getBudget().orElseThrow().getScore()).isEqualByComparingTo("10");
        assertThat(c.of(StandardCode.BUDGET_SCORE_MISMATCH)).isEmpty();
        assertThat(c.of(StandardCode.EXECUTION_RATE_MISMATCH)).isEmpty();
        // the 其中 rows under the three ★ indicators are their parts: no indicator of 0 points, no "缺少分值" for them
        assertThat(c.evaluation().getIndicators()).hasSize(7);
        assertThat(c.of(StandardCode.INCOMPLETE_INDICATOR)).isEmpty();
        // the page stops before 满意度指标: 80 points of indicators shown, said as the weights' total, not hidden
        assertThat(c.of(StandardCode.WEIGHT_TOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("90"));
    }

    @Test
    void hunanNanxianScoringSheetCarriesItsScoresAndSaysWhatThePageLacks() {
        Checked c = check(UnseenForms.hunanNanxian2022());
        assertThat(c.evaluation().getIndicators()).hasSize(5);
        assertThat(c.evaluation().getScore()).as("the declared 4 + 4 + 4 + 3 + 5, carried: no targets to score against").isEqualByComparingTo("20");
        assertThat(c.of(StandardCode.MISSING_PART)).extracting(Diagnostic::getMessageZh).contains("表中没有年度指标值和实际完成值，各指标沿用填报得分");
        assertThat(c.of(StandardCode.INCOMPLETE_INDICATOR)).isEmpty();
        // the page stops inside 项目管理: 20 of the sheet's 100 points shown, said as the weights' total
        assertThat(c.of(StandardCode.WEIGHT_TOTAL_MISMATCH)).singleElement().satisfies(d -> assertThat(d.getMessageZh()).contains("20"));
    }
}
