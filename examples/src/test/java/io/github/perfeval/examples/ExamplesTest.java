package io.github.perfeval.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.policy.Grade;
import io.github.perfeval.testkit.SampleForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.github.perfeval.testkit.PerfevalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExamplesTest {

    @Test
    void aServiceScoresAJsonPayload() throws Exception {
        String body = "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"adjusted\":\"20\",\"executed\":\"19.6\"}],\"weight\":10},"
                + "\"indicators\":[{\"kpi_lv1\":\"产出指标\",\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"宣传活动场次\","
                + "\"target\":{\"computesign\":\"≥\",\"kpi_val\":\"6\",\"meterunit\":\"场\"},\"actual\":\"5场\",\"weight\":90}]}";
        JsonNode response = PerfevalJson.mapper().readTree(ScoreJsonPayload.handle(body));
        // 90 × 5/6 = 75, budget 10 × 19.6/20 = 9.8
        org.assertj.core.api.Assertions.assertThat(response.get("score").asText()).isEqualTo("84.80");
        org.assertj.core.api.Assertions.assertThat(response.get("indicators").get(0).get("status").asText()).isEqualTo("PARTLY_MET");
        org.assertj.core.api.Assertions.assertThat(response.get("findings").toString()).contains("MISSING_DEVIATION_REASON");
        assertThatThrownBy(() -> ScoreJsonPayload.handle("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"x\",\"weight\":[1]}]}"))
                .hasMessageContaining("indicators").hasMessageContaining("weight");
        ScoreJsonPayload.main(new String[0]);
    }

    @Test
    void theProvinceRuleRunsWithItsOwnGradesAndCode() {
        Evaluation e = ProvinceRule.scorer().evaluate(SampleForms.yueyang2024());
        assertThat(e).hasDiagnostic(ProvinceRule.ProvinceCode.SHORT_DEVIATION_REASON)
                .at("效益指标/可持续影响指标/应急救援装备水平").times(1);
        // 1.3 × target: 11/9 = 1.22 is no longer flagged, 4/3 and 15/10 still are
        assertThat(e).hasDiagnostic(StandardCode.OVER_ACHIEVEMENT).times(2);
        ProvinceRule.main(new String[0]);
    }

    @Test
    void aWorkbookIsFixedAndReexported(@TempDir Path dir) throws Exception {
        Form fixed = FixAndReexport.fix(SampleForms.yueyang2024());
        Evaluation e = Scorer.create().evaluate(fixed);
        assertThat(e).hasNoDiagnostic(StandardCode.DECLARED_TOTAL_MISMATCH).hasNoDiagnostic(StandardCode.MISSING_DEVIATION_REASON);
        Path out = dir.resolve("fixed.xlsx");
        FixAndReexport.main(new String[] {out.toString()});
        Form back = ExcelFormReader.create().read(out).forms().get(0);
        assertThat(back).hasIndicatorCount(24);
        org.assertj.core.api.Assertions.assertThat(back.getDeclaredTotal().orElseThrow().decimal()).isEqualByComparingTo("92.99");
    }

    @Test
    void anIntegratorsOwnTemplateReadsWithItsLabels() throws Exception {
        byte[] workbook = OwnTemplate.cityWorkbook();
        io.github.perfeval.excel.read.ExcelReadResult standard = ExcelFormReader.create()
                .read(new java.io.ByteArrayInputStream(workbook), "city.xlsx");
        org.assertj.core.api.Assertions.assertThat(standard.forms()).as("perfeval does not know 本年目标 / 本年实绩").isEmpty();
        org.assertj.core.api.Assertions.assertThat(standard.getDiagnostics()).anyMatch(d -> d.is(StandardCode.SHEET_SKIPPED));
        io.github.perfeval.excel.read.ExcelReadResult city = OwnTemplate.cityReader()
                .read(new java.io.ByteArrayInputStream(workbook), "city.xlsx");
        Form form = city.forms().get(0);
        assertThat(form).hasIndicatorCount(2);
        org.assertj.core.api.Assertions.assertThat(form.getIndicators().get(1).getTarget().getRaw()).isEqualTo("≥95%");
        org.assertj.core.api.Assertions.assertThat(form.getIndicators().get(1).getDeclaredScore().orElseThrow().decimal())
                .isEqualByComparingTo("38");
        org.assertj.core.api.Assertions.assertThat(form.getIndicators().get(1).getDeviationReason()).contains("部分山区信号弱，已申请增设中继");
        org.assertj.core.api.Assertions.assertThat(form.getBudget().orElseThrow().getLines().get(1).getKind())
                .isEqualTo(io.github.perfeval.core.form.BudgetLineKind.FISCAL_FUNDS);
        org.assertj.core.api.Assertions.assertThat(form.getFooter().orElseThrow().getRaw().orElseThrow()).contains("复核人：周八");
        org.assertj.core.api.Assertions.assertThat(city.getUnreadCells()).isEmpty();
        Evaluation e = Scorer.create().evaluate(form);
        assertThat(e).indicator("预警信息覆盖率").hasScore("39.16");
        OwnTemplate.main(new String[0]);
    }

    @Test
    void aFormFillingFunctionIsUnitTestedWithTheTestkit() {
        Form filled = FormFilling.fillScores(SampleForms.liuhe2024Project());
        Evaluation e = Scorer.create().evaluate(filled);
        assertThat(e).hasNoDiagnostic(StandardCode.DECLARED_SCORE_MISMATCH).hasGrade(Grade.POOR);
        assertThat(e).indicator("数量").isNotMet().hasScore("0");
        org.assertj.core.api.Assertions.assertThat(filled.getDeclaredTotal().orElseThrow().decimal()).isEqualByComparingTo(e.getScore());
    }
}
