package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.scoring.policy.Grade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings the issue names, on the real published forms. */
class PublishedFormsScoringTest {

    private final Scorer scorer = Scorer.create();

    @Test
    void yueyangWeightsAddTo96Not100() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        assertThat(e.getDeclaredWeights()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("96"));
        assertThat(e.diagnostics(StandardCode.WEIGHT_TOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("96").contains("不等于100"))
                .satisfies(d -> assertThat(d.message(Locale.ENGLISH)).contains("add up to 96, not 100"));
    }

    @Test
    void yueyangSatisfactionSays10ButCarries6() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        assertThat(e.diagnostics(StandardCode.SUBTOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("满意度指标").contains("10分").contains("合计6"))
                .satisfies(d -> assertThat(d.getWhere()).startsWith("满意度指标/服务对象满意度指标/"));
    }

    @Test
    void yueyangDeclaredTotalIsNotTheSumOfItsScores() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        assertThat(e.getDeclaredTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("97.99"));
        assertThat(e.getDeclaredScores()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("92.99"));
        assertThat(e.diagnostics(StandardCode.DECLARED_TOTAL_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("97.99").contains("92.99"));
    }

    @Test
    void yueyangEquipmentLostAPointWithNoReason() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        assertThat(e.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).extracting(Diagnostic::getWhere)
                .containsExactly("效益指标/可持续影响指标/应急救援装备水平");
        // 因自然灾害造成的经济损失下降 also lost points, but it gives a reason
    }

    @Test
    void yueyangBudgetExecution() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        BudgetResult b = e.getBudget().orElseThrow();
        assertThat(b.getRate()).contains(new BigDecimal("0.9986"));
        assertThat(b.getScore()).isEqualByComparingTo("9.99");
        assertThat(e.diagnostics(StandardCode.EXECUTION_RATE_MISMATCH)).isEmpty();
        assertThat(e.diagnostics(StandardCode.BUDGET_SCORE_MISMATCH)).isEmpty();
        assertThat(e.diagnostics(StandardCode.BUDGET_BREAKDOWN_MISMATCH)).as("income rows add to the budget, expenditure rows to the executed").isEmpty();
    }

    @Test
    void yueyangIndicatorsScoreAsTheRulesSay() {
        Evaluation e = scorer.evaluate(PublishedForms.yueyang2024());
        assertThat(e.getIndicators()).hasSize(24);
        IndicatorResult loss = byName(e, "因自然灾害造成的经济损失下降");
        assertThat(loss.getStatus()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(loss.getScore()).as("the evaluator's 1 of 3 is in the not-achieved band").isEqualByComparingTo("1");
        IndicatorResult equipment = byName(e, "应急救援装备水平");
        assertThat(equipment.getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(equipment.getScore()).as("显著提升 reaches 提升; 2 of 3 is below the achieved band").isEqualByComparingTo("3");
        assertThat(e.diagnostics(StandardCode.DECLARED_SCORE_MISMATCH)).extracting(Diagnostic::getWhere)
                .containsExactly("效益指标/可持续影响指标/应急救援装备水平");
        assertThat(byName(e, "当年排查出的隐患当年完成整改").getStatus()).as("90天 is a time limit: at most").isEqualTo(IndicatorStatus.MET);
        assertThat(byName(e, "重大负面舆情发生").getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(byName(e, "亿元GDP安全生产事故死亡率").getRatio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1283"));
        assertThat(e.diagnostics(StandardCode.OVER_ACHIEVEMENT)).extracting(Diagnostic::getWhere).containsExactly(
                "产出指标/数量指标/根据需要召开防汛抗旱、森林防灭火会商会", "产出指标/数量指标/重大宣传活动及应急演练",
                "产出指标/数量指标/积极向全社会发布安全风险预警");
        // 83 indicator points (86 weight, 1 lost on the loss, none on the rest) + 9.99
        assertThat(e.getScore()).isEqualByComparingTo("93.99");
        assertThat(e.getGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.hasErrors()).isTrue();
    }

    @Test
    void liuheProjectIsScoredWithAssignedWeights() {
        Evaluation e = scorer.evaluate(PublishedForms.liuhe2024Project());
        assertThat(e.isWeightsAssigned()).isTrue();
        assertThat(e.diagnostics(StandardCode.WEIGHTS_ASSIGNED)).singleElement()
                .satisfies(d -> assertThat(d.getMessageZh()).contains("一级成本指标并入产出指标分值"));
        assertThat(e.getWeights()).isEqualByComparingTo("100");
        IndicatorResult phones = byName(e, "数量");
        assertThat(phones.getStatus()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(phones.getScore()).isEqualByComparingTo("0");
        assertThat(phones.isWeightAssigned()).isTrue();
        IndicatorResult uptime = byName(e, "视频互联互通畅通率");
        assertThat(uptime.getStatus()).isEqualTo(IndicatorStatus.MET);
        assertThat(uptime.getScore()).isEqualByComparingTo(uptime.getWeight());
        IndicatorResult rent = byName(e, "视频互联互通年租金");
        assertThat(rent.getStatus()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(rent.getScore()).isEqualByComparingTo("0");
        // 50 points over 6 output and cost indicators: 8.33 × 5 + 8.35
        assertThat(e.getIndicators().stream().filter(r -> r.getIndicator().getLevel1().orElseThrow().name().matches("OUTPUT|COST"))
                .map(IndicatorResult::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("50");
        assertThat(e.getBudget().orElseThrow().getScore()).isEqualByComparingTo("9.99");
        assertThat(e.diagnostics(StandardCode.EXECUTION_RATE_MISMATCH)).isEmpty();
        assertThat(e.diagnostics(StandardCode.BUDGET_BREAKDOWN_MISMATCH)).isEmpty();
        // every indicator that lost points gives the reason 由于财政未下达相关指标
        assertThat(e.diagnostics(StandardCode.MISSING_DEVIATION_REASON)).isEmpty();
    }

    static IndicatorResult byName(Evaluation e, String name) {
        return e.getIndicators().stream().filter(r -> r.getIndicator().getName().equals(name)).findFirst().orElseThrow();
    }
}
