package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.scoring.policy.AtMostRule;
import io.github.perfeval.scoring.policy.Grade;
import io.github.perfeval.scoring.policy.GradeScale;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringRulesTest {

    @ParameterizedTest(name = "{1} against {2} on {0} → {4} ({3})")
    @CsvSource(delimiter = '|', value = {
        // name | target | actual | status | score of 10
        "培训场次|≥50个|50个|MET|10",
        "培训场次|≥50个|40个|PARTLY_MET|8",
        "培训场次|>50个|50个|PARTLY_MET|9.8",
        "培训场次|>50个|51个|MET|10",
        "响应时间|<2小时|2小时|NOT_MET|0",
        "响应时间|<2小时|1.5小时|MET|10",
        "培训场次|=25部|0部|NOT_MET|0",
        "培训场次|≥50个|-5个|NOT_MET|0",
        "重大事故|=0起|0起|MET|10",
        "重大事故|=0起|1起|NOT_MET|0",
        "重大事故|0起|2起|NOT_MET|0",
        "响应时间|≤2小时|1小时|MET|10",
        "响应时间|≤2小时|3小时|PARTLY_MET|5",
        "响应时间|≤2小时|4小时|NOT_MET|0",
        "响应时间|≤2小时|150分钟|PARTLY_MET|7.5",
        "响应时间|≤1天|12小时|MET|10",
        "资金|≥14万元|140000元|MET|10",
        "覆盖率|90%|81%|PARTLY_MET|9"})
    void quantitativeRulesOfTheDeployedSystem(String name, String target, String actual, IndicatorStatus status, String score) {
        IndicatorResult r = scoreOne(Scorer.create(), name, target, actual);
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getScore()).isEqualByComparingTo(score);
        assertThat(r.getScore().scale()).isEqualTo(2);
    }

    @Test
    void theAtMostRuleIsPluggable() {
        Scorer inverse = Scorer.of(ScoringPolicy.ministry2020().withAtMostRule(AtMostRule.INVERSE_RATIO));
        assertThat(scoreOne(inverse, "响应时间", "≤2小时", "4小时").getScore()).isEqualByComparingTo("5");
        assertThat(scoreOne(Scorer.create(), "响应时间", "≤2小时", "4小时").getScore()).isEqualByComparingTo("0");
    }

    @Test
    void incompatibleUnitsAndProseAreReportedNotGuessed() {
        Evaluation e = Scorer.create().evaluate(form(ind("培训场次", "≥50个", "50次", "10", "10")));
        assertThat(e.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(e.getIndicators().get(0).getScore()).as("declared score carried").isEqualByComparingTo("10");
        assertThat(e.diagnostics(StandardCode.UNIT_MISMATCH)).hasSize(1);

        Evaluation prose = Scorer.create().evaluate(form(ind("检查", "≥6次", "考核4次，巡查2次", "10", null)));
        assertThat(prose.diagnostics(StandardCode.UNPARSEABLE_ACTUAL)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("4次").contains("2次"));
        assertThat(prose.getIndicators().get(0).getScore()).isEqualByComparingTo("0");
    }

    /** Per-period targets as the city-management bureau's 2020 table writes them (1次/月, ≤620万/月). */
    @Test
    void aValuePerPeriodComparesWithTheSamePeriodOnly() {
        assertThat(scoreOne(Scorer.create(), "城市道路以克论净量化考核", "1次/月", "1次/月").getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(scoreOne(Scorer.create(), "人工成本", "≤620万元/月", "6000000元/月").getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(scoreOne(Scorer.create(), "人工成本", "≤620万/月", "700万/月").getStatus()).isEqualTo(IndicatorStatus.PARTLY_MET);
        for (String actual : new String[] {"12次/年", "12次"}) {
            Evaluation e = Scorer.create().evaluate(form(ind("环境卫生专项考核", "1次/月", actual, "10", null)));
            assertThat(e.getIndicators().get(0).getStatus()).as(actual).isEqualTo(IndicatorStatus.NOT_SCORABLE);
            assertThat(e.diagnostics(StandardCode.UNIT_MISMATCH)).as(actual).singleElement()
                    .satisfies(d -> assertThat(d.getMessageZh()).contains("次/月"));
        }
        // 万 alone is not read as 万元 (no unit convention says so): reported, not converted
        Evaluation wan = Scorer.create().evaluate(form(ind("人工成本", "≤620万/月", "600万元/月", "10", null)));
        assertThat(wan.diagnostics(StandardCode.UNIT_MISMATCH)).hasSize(1);
    }

    @Test
    void aBareZeroIsZeroInAnyUnit() {
        // 重庆 科学城 2021: 预算调整率 3% against 0, 结转结余率 2% against 0
        Evaluation e = Scorer.create().evaluate(form(ind("预算调整率", "3%", "0", "2", "2")));
        assertThat(e.diagnostics(StandardCode.UNIT_MISMATCH)).isEmpty();
        assertThat(e.getIndicators().get(0).getStatus()).isNotEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(e.getIndicators().get(0).getExplanationZh()).contains("“0”按0%计");
    }

    @Test
    void aUnitlessFractionAgainstAPercentageIsNotGuessed() {
        Evaluation e = Scorer.create().evaluate(form(ind("覆盖率", "≥90%", "0.95", "10", null)));
        assertThat(e.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NOT_SCORABLE);
        assertThat(e.diagnostics(StandardCode.UNIT_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageEn()).contains("may be a fraction"));
        // a unitless number that is plainly a percentage is compared as one
        assertThat(scoreOne(Scorer.create(), "覆盖率", "≥90%", "95").getStatus()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void qualitativeWithoutAgreementNeedsTheEvaluator() {
        Evaluation noScore = Scorer.create().evaluate(form(ind("服务质量", "良好", "按计划推进", "10", null)));
        assertThat(noScore.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NEEDS_JUDGEMENT);
        assertThat(noScore.diagnostics(StandardCode.NEEDS_JUDGEMENT)).hasSize(1);
        Evaluation declared = Scorer.create().evaluate(form(ind("服务质量", "良好", "按计划推进", "10", "7")));
        assertThat(declared.getIndicators().get(0).getScore()).isEqualByComparingTo("7");
        assertThat(declared.diagnostics(StandardCode.DECLARED_SCORE_MISMATCH)).isEmpty();
        // a score is filled but above the weight: the message says so, not that none was filled
        Evaluation above = Scorer.create().evaluate(form(ind("服务质量", "良好", "按计划推进", "10", "12")));
        assertThat(above.diagnostics(StandardCode.NEEDS_JUDGEMENT)).singleElement().satisfies(d -> {
            assertThat(d.getMessageZh()).contains("填报得分12超出分值10").doesNotContain("未填得分");
            assertThat(d.getMessageEn()).contains("declared score 12 is outside the weight 10").doesNotContain("no declared score");
        });
        assertThat(noScore.diagnostics(StandardCode.NEEDS_JUDGEMENT).get(0).getMessageZh()).contains("未填得分");
    }

    @Test
    void gradesAreConfigurable() {
        Form f = form(ind("a", "≥10个", "8.5个", "90", "76.5"));
        assertThat(Scorer.create().evaluate(f).getGrade()).isEqualTo(Grade.FAIR);
        Scorer province = Scorer.of(ScoringPolicy.ministry2020().withGradeScale(GradeScale.of(80, 70, 60)));
        assertThat(province.evaluate(f).getScore()).isEqualByComparingTo("76.50");
        assertThat(province.evaluate(f).getGrade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void executionRateMistakesAndOverspendingAreFound() {
        Budget budget = Budget.builder()
                .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).adjusted(Figure.of("100"))
                        .executed(Figure.of("110")).declaredRate(Figure.of("0.9")).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).adjusted(Figure.of("120"))
                        .executed(Figure.of("110")).declaredRate(Figure.parsePercent("91.67%")).build())
                .weight(Figure.of(10)).declaredScore(Figure.of("10")).build();
        Form f = Form.builder().from(form(ind("a", "≥1个", "1个", "90", "90"))).budget(budget).build();
        Evaluation e = Scorer.create().evaluate(f);
        assertThat(e.diagnostics(StandardCode.EXECUTION_RATE_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("90%").contains("110%"));
        assertThat(e.diagnostics(StandardCode.BUDGET_BREAKDOWN_MISMATCH)).as("100 by source vs 120 total").hasSize(1);
        assertThat(e.diagnostics(StandardCode.BUDGET_SCORE_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageEn()).contains("9.17"));
        assertThat(e.getBudget().orElseThrow().getRate()).contains(new BigDecimal("0.9167"));

        Budget over = Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).adjusted(Figure.of("100"))
                .executed(Figure.of("105")).build()).weight(Figure.of(10)).build();
        Evaluation o = Scorer.create().evaluate(Form.builder().from(f).budget(over).build());
        assertThat(o.diagnostics(StandardCode.BUDGET_OVERSPENT)).hasSize(1);
        assertThat(o.getBudget().orElseThrow().getScore()).isEqualByComparingTo("10");
        Evaluation uncapped = Scorer.of(ScoringPolicy.ministry2020().withCapExecution(false)).evaluate(Form.builder().from(f).budget(over).build());
        assertThat(uncapped.getBudget().orElseThrow().getScore()).isEqualByComparingTo("10.5");
    }

    @Test
    void incompleteRowsAndUnreadableFiguresAreReported() {
        Form f = form(Indicator.builder().name("空行").weight(Figure.parse("五")).build(), ind("a", "≥1个", "1个", "90", "90"));
        Evaluation e = Scorer.create().evaluate(f);
        assertThat(e.diagnostics(StandardCode.INCOMPLETE_INDICATOR)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("指标值").contains("完成值"));
        assertThat(e.diagnostics(StandardCode.UNPARSEABLE_FIGURE)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("“五”"));
    }

    enum ProvinceCode implements DiagnosticCode {
        SHORT_DEVIATION_REASON;

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }
    }

    /** The province rule of the issue: a score below the weight must give a reason of at least 10 characters. */
    static final FormRule REASON_OF_TEN = evaluation -> evaluation.getIndicators().stream()
            .filter(r -> r.getIndicator().getDeclaredScore().flatMap(Figure::getValue).orElse(r.getScore())
                    .compareTo(r.getWeight()) < 0)
            .filter(r -> r.getIndicator().getDeviationReason().map(String::strip).map(String::length).orElse(0) < 10)
            .map(r -> Diagnostic.of(ProvinceCode.SHORT_DEVIATION_REASON, r.getIndicator().location(),
                    "“" + r.getIndicator().getName() + "”扣分但偏差原因不足10个字",
                    "\"" + r.getIndicator().getName() + "\" lost points with a reason under 10 characters"))
            .collect(Collectors.toList());

    @Test
    void aCustomProvinceRuleRunsBesideTheBuiltInOnes() {
        Scorer scorer = Scorer.builder().addRule(REASON_OF_TEN).build();
        Evaluation yueyang = scorer.evaluate(PublishedForms.yueyang2024());
        // 因自然灾害…: reason of 19 characters passes; 应急救援装备水平: no reason at all
        assertThat(yueyang.diagnostics(ProvinceCode.SHORT_DEVIATION_REASON)).extracting(Diagnostic::getWhere)
                .containsExactly("效益指标/可持续影响指标/应急救援装备水平");
        Evaluation shortReason = scorer.evaluate(form(Indicator.builder().from(ind("a", "≥10个", "5个", "90", "45")).deviationReason("经费不足").build()));
        assertThat(shortReason.diagnostics(ProvinceCode.SHORT_DEVIATION_REASON)).hasSize(1);
        assertThat(shortReason.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).isEmpty();
    }

    @Test
    void aReasonIsAskedForWhereADeductionIsDeclaredOrComputedNotWhereNothingWasFilled() {
        Indicator unfilled = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("国家助学金人数").weight(Figure.of(10)).build();
        Evaluation template = Scorer.create().evaluate(form(unfilled, ind("合格率", "≥95%", "96%", "90", null)));
        assertThat(template.diagnostics(StandardCode.INCOMPLETE_INDICATOR)).hasSize(1);
        assertThat(template.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("a row left unfilled has lost nothing yet").isEmpty();
        Evaluation zeroDeclared = Scorer.create().evaluate(form(Indicator.builder().from(unfilled).declaredScore(Figure.of(0)).build(),
                ind("合格率", "≥95%", "96%", "90", null)));
        assertThat(zeroDeclared.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("0 declared is a deduction").hasSize(1);
        Evaluation unread = Scorer.create().evaluate(form(ind("巡查", "≥6次", "考核4次，巡查2次，共计", "10", null), ind("合格率", "≥95%", "96%", "90", null)));
        assertThat(unread.getIndicators().get(0).getStatus()).isIn(IndicatorStatus.NOT_SCORABLE, IndicatorStatus.NEEDS_JUDGEMENT);
        assertThat(unread.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("perfeval could not score it; the unit deducted nothing").isEmpty();
        Evaluation carried = Scorer.create().evaluate(form(ind("巡查", "≥6次", "考核4次，巡查2次，共计", "10", "6"), ind("合格率", "≥95%", "96%", "90", null)));
        assertThat(carried.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("6 of 10 declared").hasSize(1);
        Evaluation computed = Scorer.create().evaluate(form(ind("培训场次", "≥50个", "40个", "100", null)));
        assertThat(computed.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("40 of 50 computed").hasSize(1);
        Evaluation judged = Scorer.create().evaluate(form(ind("群众生活", "显著改善", "有所改善", "10", null), ind("合格率", "≥95%", "96%", "90", null)));
        assertThat(judged.getIndicators().get(0).getStatus()).isEqualTo(IndicatorStatus.NEEDS_JUDGEMENT);
        assertThat(judged.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).as("the evaluator has not judged it yet").isEmpty();
    }

    @Test
    void aFormWithNoTargetsAndNoActualsCarriesItsScoresAndSaysSoOnce() {
        Indicator a = Indicator.builder().level1Label("项目决策").level2Label("项目目标").name("目标内容").weight(Figure.of(40))
                .declaredScore(Figure.of(40)).build();
        Indicator b = Indicator.builder().level1Label("项目管理").level2Label("资金管理").name("资金使用").weight(Figure.of(60))
                .declaredScore(Figure.of("54")).deviationReason("两笔支出未及时入账").build();
        Evaluation sheet = Scorer.create().evaluate(form(a, b));
        assertThat(sheet.diagnostics(StandardCode.MISSING_PART)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).isEqualTo("表中没有年度指标值和实际完成值，各指标沿用填报得分"));
        assertThat(sheet.diagnostics(StandardCode.INCOMPLETE_INDICATOR)).isEmpty();
        assertThat(sheet.getScore()).isEqualByComparingTo("94");
        Evaluation oneFilled = Scorer.create().evaluate(form(a, ind("培训场次", "≥50个", "50个", "60", "60")));
        assertThat(oneFilled.diagnostics(StandardCode.INCOMPLETE_INDICATOR)).as("a form with values: the row without is incomplete").hasSize(1);
        assertThat(oneFilled.diagnostics(StandardCode.MISSING_PART)).isEmpty();
    }

    static IndicatorResult scoreOne(Scorer scorer, String name, String target, String actual) {
        return scorer.evaluate(form(ind(name, target, actual, "10", null))).getIndicators().get(0);
    }

    static Indicator ind(String name, String target, String actual, String weight, String declared) {
        var b = Indicator.builder().level1Label("产出指标").level2Label("数量指标").name(name)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(weight));
        if (declared != null) {
            b.declaredScore(Figure.of(declared));
        }
        return b.build();
    }

    static Form form(Indicator... indicators) {
        return Form.builder().kind(FormKind.PROJECT).indicators(List.of(indicators)).build();
    }
}
