package io.github.perfeval.testkit;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.policy.Grade;
import org.junit.jupiter.api.Test;

import static io.github.perfeval.testkit.PerfevalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssertionsTest {

    private final Evaluation yueyang = Scorer.create().evaluate(SampleForms.yueyang2024());

    @Test
    void passingAssertionsReadLikeTheDomain() {
        assertThat(yueyang).hasGrade(Grade.EXCELLENT).hasScore("93.99");
        assertThat(yueyang).hasDiagnostic(StandardCode.DECLARED_TOTAL_MISMATCH).at("部门整体支出绩效自评表!H38")
                .withMessageContaining("97.99");
        assertThat(yueyang).hasDiagnostic(StandardCode.MISSING_DEVIATION_REASON).at("效益指标/可持续影响指标/应急救援装备水平").times(1);
        assertThat(yueyang).indicator("灾情上报").isMet().hasScore("5");
        assertThat(yueyang).indicator("因自然灾害造成的经济损失下降").isNotMet().hasScore("1");
        assertThat(SampleForms.yueyang2024()).hasIndicatorCount(24).hasTarget("灾情上报", "≦2小时");
    }

    @Test
    void failureMessagesSayWhatDifferedAndListWhatWasFound() {
        assertThatThrownBy(() -> assertThat(yueyang).hasGrade(Grade.GOOD))
                .hasMessageContaining("Expected grade GOOD (良) but was EXCELLENT (优); computed total 93.99");
        assertThatThrownBy(() -> assertThat(yueyang).hasDiagnostic(StandardCode.BUDGET_OVERSPENT))
                .hasMessageContaining("Expected a diagnostic BUDGET_OVERSPENT but found none")
                .hasMessageContaining("ERROR WEIGHT_TOTAL_MISMATCH @ 部门整体支出绩效自评表!G38");
        assertThatThrownBy(() -> assertThat(yueyang).hasDiagnostic(StandardCode.SUBTOTAL_MISMATCH).at("部门整体支出绩效自评表!D14"))
                .hasMessageContaining("Expected SUBTOTAL_MISMATCH at 部门整体支出绩效自评表!D14 but it is at:")
                .hasMessageContaining("部门整体支出绩效自评表!D36");
        assertThatThrownBy(() -> assertThat(yueyang).indicator("应急救援装备水平").hasScore("2"))
                .hasMessageContaining("Expected \"应急救援装备水平\" to score 2 but it scores 3.00 of 3")
                .hasMessageContaining("显著提升");
        assertThatThrownBy(() -> assertThat(yueyang).indicator("因自然灾害造成的经济损失下降").isMet())
                .hasMessageContaining("to be MET (达成) but it is NOT_MET (未达成)");
        assertThatThrownBy(() -> assertThat(yueyang).hasNoErrors()).hasMessageContaining("Expected no errors but found 3");
        assertThatThrownBy(() -> assertThat(SampleForms.liuhe2024Project()).hasIndicator("培训"))
                .hasMessageContaining("成本指标/经济成本指标/视频互联互通年租金  >=149040元 → 0元");
    }

    @Test
    void theBuilderWritesAFormInAFewLines() {
        Form form = FormBuilder.project("视频会议系统运维", 2024).unit("柳河县应急管理局")
                .budget("57.04", "56.96", 10, "9.99")
                .level1("产出指标").level2("数量指标").indicator("会商会次数", "≥9次", "11次", 45, "45")
                .level1("满意度指标").level2("服务对象满意度指标").indicator("群众满意度", "≥90%", "95%", 45, "45")
                .declaredTotal("99.99")
                .build();
        Evaluation e = Scorer.create().evaluate(form);
        assertThat(e).hasNoErrors().hasScore("99.99").hasGrade(Grade.EXCELLENT).hasNoDiagnostic(StandardCode.WEIGHT_TOTAL_MISMATCH);
    }

    @Test
    void sampleFormsAreThePublishedOnes() {
        assertThat(SampleForms.liuhe2024Project()).hasIndicatorCount(8).hasTarget("视频互联互通年租金", ">=149040元");
        assertThat(SampleForms.liuhe2024Department()).hasIndicatorCount(12).hasTarget("人均工资", "$\\geq 3000$ 元");
    }
}
