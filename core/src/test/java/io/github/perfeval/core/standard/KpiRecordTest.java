package io.github.perfeval.core.standard;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.value.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KpiRecordTest {

    @Test
    void indicatorsBecomeNationalStandardRecords() throws Exception {
        List<KpiRecord> records = PublishedForms.yueyang2024().getIndicators().stream().map(KpiRecord::of)
                .collect(Collectors.toList());
        String json = PerfevalJson.mapper().writeValueAsString(records.get(0));
        assertThat(json).isEqualTo("{\"kpi_lv1\":\"产出指标\",\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"定期召开应安委会全会。\","
                + "\"computesign\":\"≥\",\"kpi_val\":\"4\",\"meterunit\":\"次\",\"weight\":5,\"target\":\"≧4次\",\"score\":5,"
                + "\"actual\":\"4次\"}");
        assertThat(records.get(6)).hasToString("产出指标/时效指标/当年排查出的隐患当年完成整改 ≤90天");
        assertThat(records.get(13)).hasToString("效益指标/社会效益指标/重大负面舆情发生 ≤0起");
        assertThat(records.get(14).getMeterUnit()).isEqualTo("人/亿元");
        assertThat(records.get(18)).hasToString("效益指标/生态效益指标/促进生态效益提升 定性提升");
        assertThat(records.get(12).getRemark()).contains("极端气象事件频发，经济损失已尽可能减轻");
    }

    @Test
    void recordsComeBackAsTheSameTargets() throws Exception {
        for (Form form : List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department())) {
            String json = PerfevalJson.mapper().writeValueAsString(form.getIndicators().stream().map(KpiRecord::of)
                    .collect(Collectors.toList()));
            List<KpiRecord> back = PerfevalJson.mapper().readValue(json, new TypeReference<List<KpiRecord>>() { });
            for (int i = 0; i < back.size(); i++) {
                Indicator original = form.getIndicators().get(i);
                Indicator again = back.get(i).toIndicator();
                assertThat(again.getLevel1()).isEqualTo(original.getLevel1());
                assertThat(again.getLevel2()).isEqualTo(original.getLevel2());
                assertThat(again.getDirection()).as(original.getName()).isEqualTo(original.getDirection());
                assertThat(again.getActual()).isEqualTo(original.getActual());
                assertThat(again.getWeight()).isEqualTo(original.getWeight());
                assertThat(again.getTarget()).as("the target as written").isEqualTo(original.getTarget());
                assertThat(again.getDeclaredScore().map(f -> f.decimal()))
                        .isEqualTo(original.getDeclaredScore().flatMap(f -> f.getValue()));
            }
        }
    }

    @Test
    void theContentAndEvaluationStandardAreReadAndKept() throws Exception {
        // a record as budget-integration systems export it: kpi_content (指标内容) and kpi_evalstd (评分标准)
        KpiRecord r = PerfevalJson.mapper().readValue("{\"kpi_lv1\":\"产出指标\",\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"培训人次\","
                + "\"computesign\":\"≥\",\"kpi_val\":\"500\",\"meterunit\":\"人次\",\"weight\":10,"
                + "\"kpi_content\":\"全年组织基层干部培训的人次\",\"kpi_evalstd\":\"每少50人次扣1分\"}", KpiRecord.class);
        assertThat(r.getContent()).contains("全年组织基层干部培训的人次");
        assertThat(r.getEvaluationStandard()).contains("每少50人次扣1分");
        Indicator i = r.toIndicator();
        assertThat(i.getExtras()).containsExactly(
                io.github.perfeval.core.form.LabelledText.of(KpiRecord.CONTENT_LABEL, "全年组织基层干部培训的人次"),
                io.github.perfeval.core.form.LabelledText.of(KpiRecord.EVALUATION_STANDARD_LABEL, "每少50人次扣1分"));
        KpiRecord again = KpiRecord.of(i);
        assertThat(again.getContent()).isEqualTo(r.getContent());
        assertThat(again.getEvaluationStandard()).isEqualTo(r.getEvaluationStandard());
        String json = PerfevalJson.mapper().writeValueAsString(again);
        assertThat(json).contains("\"kpi_content\":\"全年组织基层干部培训的人次\"").contains("\"kpi_evalstd\":\"每少50人次扣1分\"");
        assertThat(PerfevalJson.mapper().readValue(json, KpiRecord.class)).isEqualTo(again);
        // read from a form's extra columns as forms head them
        Indicator fromForm = Indicator.builder().name("培训人次")
                .addExtras(io.github.perfeval.core.form.LabelledText.of("指标内容", "全年培训人次"))
                .addExtras(io.github.perfeval.core.form.LabelledText.of("评分标准", "未完成不得分")).build();
        assertThat(KpiRecord.of(fromForm).getContent()).contains("全年培训人次");
        assertThat(KpiRecord.of(fromForm).getEvaluationStandard()).contains("未完成不得分");
    }

    @Test
    void aQualitativeRecordReadsAsItsWords() throws Exception {
        KpiRecord r = PerfevalJson.mapper().readValue("{\"kpi_lv3\":\"服务水平\",\"computesign\":\"定性\",\"kpi_val\":\"提升\","
                + "\"actual\":\"提升5%\"}", KpiRecord.class);
        Indicator i = r.toIndicator();
        assertThat(i.getTarget().getRaw()).isEqualTo("提升");
        assertThat(i.getTarget().getKind()).isEqualTo(ValueKind.QUALITATIVE);
        assertThat(KpiRecord.of(i).getComputeSign()).isEqualTo(KpiRecord.QUALITATIVE);
        assertThat(KpiRecord.of(i).getValue()).isEqualTo("提升");
    }

    @Test
    void aBareTargetStaysBareAndTheDeclaredScoreIsKept() throws Exception {
        Indicator bare = Indicator.builder().level1Label("产出指标").level2Label("质量指标").name("验收合格率")
                .target(io.github.perfeval.core.value.IndicatorValue.parse("90%")).actual(io.github.perfeval.core.value.IndicatorValue.parse("92%"))
                .weight(io.github.perfeval.core.quantity.Figure.of(10)).declaredScore(io.github.perfeval.core.quantity.Figure.of("9.5")).build();
        KpiRecord r = KpiRecord.of(bare);
        assertThat(r.getComputeSign()).as("vendors still get an operator").isEqualTo("≥");
        KpiRecord back = PerfevalJson.mapper().readValue(PerfevalJson.mapper().writeValueAsString(r), KpiRecord.class);
        assertThat(back).isEqualTo(r);
        Indicator again = back.toIndicator();
        assertThat(again.getTarget().getRaw()).isEqualTo("90%");
        assertThat(again.getDeclaredScore().orElseThrow().decimal()).isEqualByComparingTo("9.5");
        // a record from another system, without perfeval's fields, is read from operator, value and unit
        KpiRecord vendor = PerfevalJson.mapper().readValue("{\"kpi_lv3\":\"x\",\"computesign\":\"≥\",\"kpi_val\":\"90\",\"meterunit\":\"%\"}",
                KpiRecord.class);
        assertThat(vendor.toIndicator().getTarget().getRaw()).isEqualTo("≥90%");
    }

    @Test
    void aBareTargetGetsTheOperatorOfItsDirection() {
        Indicator repair = Indicator.builder().level1Label("产出指标").level2Label("质量指标").name("设备故障排除率")
                .target(io.github.perfeval.core.value.IndicatorValue.parse("98%")).build();
        assertThat(KpiRecord.of(repair).getComputeSign()).isEqualTo("≥");
        Indicator deaths = Indicator.builder().level1Label("效益指标").level2Label("社会效益指标").name("事故死亡人数")
                .target(io.github.perfeval.core.value.IndicatorValue.parse("3人")).build();
        assertThat(KpiRecord.of(deaths).getComputeSign()).isEqualTo("≤");
    }
}
