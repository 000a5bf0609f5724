package io.github.perfeval.scoring;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the scoring loop hands back, word for word and figure for figure, now that it builds less on the way:
 * each kind of result's explanation in Chinese and English (one deferred explanation per result, the same
 * whichever language is read first), sums of weights with their scale, the policy's rounded zero, words
 * compared in place, the unit of a declared rate's last digit, cells that say they do not apply, and
 * read-only lists.
 *
 * <p>The rows are published ones (also in {@code real-indicators.tsv}): 安徽淮北濉溪县民政局 2019 临时救助
 * (https://www.sxx.gov.cn/zwgk/public/811/56426371.html), 云南临沧永德县明朗中学 2022 营养改善计划
 * (https://www.yongde.gov.cn/info/3003/116104.htm), 宁夏银川市第六中学 2021 初中公用经费
 * (https://m.yzwku.com/doc/476505.html).
 */
class ScoredResultsTest {

    private static Indicator row(String name, String target, String actual, int weight, String declared) {
        Indicator.Builder b = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name(name)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(weight));
        if (declared != null) {
            b.declaredScore(Figure.parse(declared));
        }
        return b.build();
    }

    private static final List<Indicator> ROWS = List.of(
            row("特困人员救助供养人数(按月平均)(≥**人)", ">=4754人", "4604人", 5, "5"),                 // 濉溪
            row("扶贫临时救助标准(<**元/户·年)——一户年最高5300元", "<=5300元/户", "5830元/户", 10, "10"),   // 濉溪
            row("学生满意度", "≧95%", "100%", 10, "10"),                                                // 永德
            row("公用经费标准", "符合相关文件要求", "符合相关文件要求。", 5, "5"),                       // 银川, a full stop added
            row("公用经费完成时间", "2021年12月完成", "", 5, "4"));                                       // 银川, the actual left blank

    private static final String[][] EXPLAINED = {
        {"完成值4604人未达到指标值>=4754人，完成比例96.84%，得4.84", "actual 4604人 misses target >=4754人, ratio 0.9684: 4.84"},
        {"完成值5830元/户未达到指标值<=5300元/户，完成比例90.91%，得9", "actual 5830元/户 misses target <=5300元/户, ratio 0.9091: 9"},
        {"完成值100%达到指标值≧95%，得满分10", "actual 100% meets target ≧95%: full 10"},
        {"完成情况“符合相关文件要求。”达到“符合相关文件要求”，采用评价人在达成档内的得分5",
            "\"符合相关文件要求。\" reaches \"符合相关文件要求\": the evaluator's score 5 in the achieved band is kept"},
        {"未填写完成值，沿用填报得分4", "no actual; the declared 4 is carried"},
    };

    private static Form form() {
        return Form.builder().kind(FormKind.PROJECT).indicators(ROWS).build();
    }

    @Test
    void eachResultIsExplainedInBothLanguagesWhicheverIsReadFirst() {
        Scorer scorer = Scorer.create();
        List<IndicatorResult> zhFirst = scorer.evaluate(form()).getIndicators();
        List<IndicatorResult> enFirst = scorer.evaluate(form()).getIndicators();
        for (int i = 0; i < ROWS.size(); i++) {
            String zh = zhFirst.get(i).getExplanationZh();
            String en = enFirst.get(i).getExplanationEn();
            assertThat(zh).as("row %d in Chinese", i).isEqualTo(EXPLAINED[i][0]);
            assertThat(en).as("row %d in English", i).isEqualTo(EXPLAINED[i][1]);
            assertThat(zhFirst.get(i).getExplanationEn()).isEqualTo(en);
            assertThat(enFirst.get(i).getExplanationZh()).isEqualTo(zh);
            assertThat(zhFirst.get(i).explanation(Locale.ENGLISH)).isSameAs(zhFirst.get(i).getExplanationEn());
            assertThat(enFirst.get(i).explanation(Locale.SIMPLIFIED_CHINESE)).isSameAs(enFirst.get(i).getExplanationZh());
        }
    }

    @Test
    void aScoringThatFailsIsExplainedInBothLanguages() {
        Scorer hostile = Scorer.of(ScoringPolicy.ministry2020().withAtMostRule((t, a) -> {
            throw new IllegalStateException("boom");
        }));
        IndicatorResult r = hostile.evaluate(form()).getIndicators().get(1);
        assertThat(r.getStatus()).isEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(r.getExplanationEn()).isEqualTo("scoring failed (IllegalStateException); counted as 0");
        assertThat(r.getExplanationZh()).isEqualTo("计分出错（IllegalStateException），计0分");
        assertThat(r.getScore().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void aScoreOfZeroHasThePolicysScale() {
        Form blank = Form.builder().kind(FormKind.PROJECT).addIndicators(row("公用经费完成时间", "2021年12月完成", "", 5, null)).build();
        assertThat(Scorer.create().evaluate(blank).getIndicators().get(0).getScore().toPlainString()).isEqualTo("0.00");
        Scorer tenths = Scorer.of(ScoringPolicy.ministry2020().withRounding(1, RoundingMode.HALF_UP));
        assertThat(tenths.evaluate(blank).getIndicators().get(0).getScore().toPlainString()).isEqualTo("0.0");
        assertThat(tenths.evaluate(blank).getScore().toPlainString()).isEqualTo("0.0");
    }

    @Test
    void sumsOfWeightsKeepTheScaleOfTheirFigures() {
        Form f = Form.builder().kind(FormKind.PROJECT)
                .addIndicators(row("学生满意度", "≧95%", "100%", 10, null), row("家长满意度", "≧95%", "100%", 10, null))
                .addIndicators(Indicator.builder().from(row("政策知晓率", "═100%", "98%", 10, "9")).weight(Figure.parse("69.5")).build())
                .budget(Budget.builder().weight(Figure.parse("10"))
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).adjusted(Figure.parse("100")).executed(Figure.parse("95")).build())
                        .build())
                .build();
        Evaluation e = Scorer.create().evaluate(f);
        assertThat(e.getWeights().toPlainString()).isEqualTo("99.5");
        assertThat(e.getDeclaredWeights()).hasValueSatisfying(w -> assertThat(w.toPlainString()).isEqualTo("99.5"));
        assertThat(e.getDeclaredScores()).hasValueSatisfying(s -> assertThat(s.toPlainString()).isEqualTo("9"));
        // with no weights on the form the scheme's are used: 产出 50 split among three indicators, 16.66 + 16.66 + 16.68
        Form unweighted = Form.builder().kind(FormKind.PROJECT).addIndicators(
                Indicator.builder().from(ROWS.get(0)).weight(java.util.Optional.empty()).build(),
                Indicator.builder().from(ROWS.get(1)).weight(java.util.Optional.empty()).build(),
                Indicator.builder().from(ROWS.get(2)).weight(java.util.Optional.empty()).build()).build();
        Evaluation u = Scorer.create().evaluate(unweighted);
        assertThat(u.getIndicators()).extracting(r -> r.getWeight().toPlainString()).containsExactly("16.66", "16.66", "16.68");
        assertThat(u.getWeights().toPlainString()).isEqualTo("50.00");
        assertThat(u.getDeclaredWeights()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "符合相关文件要求|符合相关文件要求。|true",
        "2021年12月完成|2021年12月 完成|true",
        "有效|有效；|true",
        "按时 完成.|按时完成;|true",
        "有效|无效|false",
        "有效|有效果|false",
        "达到|达|false",
        "''|。|true",
    })
    void wordsAreComparedWithoutSpacesAndStops(String a, String b, boolean same) {
        assertThat(IndicatorScoring.sameWords(a, b)).isEqualTo(same);
        assertThat(IndicatorScoring.sameWords(b, a)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({
        "99.86%, 0.0001",
        "99.86％, 0.0001",
        "0.9986, 0.0001",
        "99.8%, 0.001",
        "100%, 0.01",
        "1, 0.01",
        "0.99, 0.01",
        "99.123456789012345678901%, 0.00000000000000000000001",
    })
    void aDeclaredRateIsCheckedToItsLastShownDigit(String rate, String unit) {
        assertThat(BudgetScoring.lastShownDigit(Figure.parsePercent(rate))).isEqualTo(new BigDecimal(unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/|true", "／|true", "—|true", "--|true", "-|true", "0|false", "/ 1|false", "''|false"})
    void aCellThatSaysItDoesNotApply(String raw, boolean notApplicable) {
        assertThat(BudgetScoring.notApplicable(Figure.parse(raw))).isEqualTo(notApplicable);
    }

    @Test
    void theListsOfAnEvaluationAreReadOnly() {
        Evaluation e = Scorer.create().evaluate(form());
        assertThat(e.getDiagnostics()).isNotEmpty();
        assertThatThrownBy(() -> e.getIndicators().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.getDiagnostics().clear()).isInstanceOf(UnsupportedOperationException.class);
        Evaluation withRule = Scorer.builder().addRule(x -> List.of(x.getDiagnostics().get(0))).build().evaluate(form());
        assertThat(withRule.getDiagnostics()).hasSize(e.getDiagnostics().size() + 1);
        assertThatThrownBy(() -> withRule.getDiagnostics().add(e.getDiagnostics().get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
