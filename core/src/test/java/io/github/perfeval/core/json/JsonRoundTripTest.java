package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.QualitativeTerm;
import io.github.perfeval.core.value.ValueKind;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonRoundTripTest {

    @Test
    void yueyangFormRoundTripsUnchanged() throws IOException {
        Form form = PublishedForms.yueyang2024();
        String json = PerfevalJson.write(form);
        Form back = PerfevalJson.readForm(json);
        assertThat(back).isEqualTo(form);
        assertThat(PerfevalJson.write(back)).isEqualTo(json);
        assertThat(back.getIndicators()).hasSize(24);
        assertThat(back.getDeclaredTotal().orElseThrow().getRaw()).isEqualTo("97.99");
    }

    @Test
    void liuheFormsRoundTripUnchanged() throws IOException {
        for (Form form : new Form[] {PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department()}) {
            assertThat(PerfevalJson.readForm(PerfevalJson.write(form))).isEqualTo(form);
        }
    }

    @Test
    void sourcesSurviveTheRoundTrip() throws IOException {
        Form form = Form.builder().from(PublishedForms.liuhe2024Project())
                .indicators(java.util.List.of(Indicator.builder().name("数量").level1Label("产出指标")
                        .target(IndicatorValue.parse("=25部", Location.cell("项目支出绩效自评表", "E16")))
                        .weight(Figure.parse("5", Location.cell("项目支出绩效自评表", "G16")))
                        .source(Location.cell("项目支出绩效自评表", "D16")).build()))
                .build();
        Form back = PerfevalJson.readForm(PerfevalJson.write(form));
        Indicator i = back.getIndicators().get(0);
        assertThat(i.getSource()).contains(Location.cell("项目支出绩效自评表", "D16"));
        assertThat(i.getTarget().getSource()).contains(Location.cell("项目支出绩效自评表", "E16"));
        assertThat(i.getWeight().orElseThrow().getSource()).contains(Location.cell("项目支出绩效自评表", "G16"));
    }

    @Test
    void writesDecimalsPlainAndParsedValuesBesideRawText() {
        String json = PerfevalJson.write(PublishedForms.yueyang2024());
        assertThat(json).contains("\"raw\" : \"≧4次\"").contains("\"comparison\" : \"AT_LEAST\"")
                .contains("\"value\" : 4759.76").doesNotContain("E+").contains("\"level1\" : \"OUTPUT\"");
        assertThat(json).as("personal data is kept in JSON").contains("2025年6月12日");
    }

    @Test
    void aPlainObjectMapperAsInSpringBootWritesAndReadsTheModelToo() throws IOException {
        // a mapper with Jackson's defaults (unknown properties fail) and only the Jdk8Module every Spring Boot app has
        com.fasterxml.jackson.databind.ObjectMapper spring = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
        Form form = Form.builder().from(PublishedForms.liuhe2024Project())
                .declaredTotal(Figure.of(new java.math.BigDecimal("0.0000001"))).build();
        String json = spring.writeValueAsString(form);
        assertThat(json).contains("\"value\":0.0000001").doesNotContain("E-7");
        assertThat(spring.readValue(json, Form.class)).isEqualTo(form);
        assertThat(spring.readValue(PerfevalJson.write(PublishedForms.yueyang2024()), Form.class)).isEqualTo(PublishedForms.yueyang2024());
        assertThat(spring.readValue("{\"kind\":\"PROJECT\",\"vendor\":1,\"indicators\":[{\"name\":\"a\",\"x\":2}]}", Form.class)
                .getIndicators()).hasSize(1);
    }

    @Test
    void personalDataNeverReachesToString() {
        Form form = PublishedForms.yueyang2024();
        assertThat(form.getFooter().orElseThrow().getDate()).contains("2025年6月12日");
        assertThat(form.toString()).doesNotContain("2025年6月12日").doesNotContain("填表人");
        assertThat(form.getFooter().orElseThrow().toString()).doesNotContain("2025年6月12日");
    }

    @Test
    void ignoresUnknownFieldsAndAcceptsNationalStandardNames() throws IOException {
        String json = "{\"kind\":\"PROJECT\",\"vendorExtra\":{\"a\":1},\"indicators\":[{\"kpi_lv1\":\"产出指标\","
                + "\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"培训场次\",\"target\":{\"computesign\":\"≥\",\"kpi_val\":\"50\","
                + "\"meterunit\":\"个\"},\"actual\":\"52个\",\"weight\":{\"raw\":\"10\",\"value\":10},\"kpi_remark\":\"无\"}]}";
        Form form = PerfevalJson.readForm(json);
        Indicator i = form.getIndicators().get(0);
        assertThat(i.getName()).isEqualTo("培训场次");
        assertThat(i.getLevel1()).contains(Level1.OUTPUT);
        assertThat(i.getTarget().getRaw()).isEqualTo("≥50个");
        assertThat(i.getTarget().getComparison()).contains(Comparison.AT_LEAST);
        assertThat(i.getActual().getQuantity().orElseThrow().value()).isEqualByComparingTo("52");
        assertThat(i.getDeviationReason()).contains("无");
    }

    @Test
    void aQualitativeComputeSignIsAQualitativeTargetNotText() throws IOException {
        String json = "{\"kind\":\"PROJECT\",\"indicators\":[{\"kpi_lv3\":\"服务水平\","
                + "\"target\":{\"computesign\":\"定性\",\"kpi_val\":\"提升\"},\"actual\":\"显著提升\"},"
                + "{\"kpi_lv3\":\"群众认可\",\"target\":{\"computesign\":\" 定性 \",\"kpi_val\":\"良好\",\"meterunit\":\"\"}}]}";
        Form form = PerfevalJson.readForm(json);
        IndicatorValue t = form.getIndicators().get(0).getTarget();
        assertThat(t.getRaw()).isEqualTo("提升");
        assertThat(t.getKind()).isEqualTo(ValueKind.QUALITATIVE);
        assertThat(t.getTerm()).contains(QualitativeTerm.INCREASE);
        assertThat(form.getIndicators().get(1).getTarget().getTerm()).contains(QualitativeTerm.GOOD);
    }

    @Test
    void aBadValueNamesItsJsonPath() {
        String json = "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\"},{\"name\":\"b\",\"weight\":{\"raw\":\"x\",\"value\":\"abc\"}}]}";
        assertThatThrownBy(() -> PerfevalJson.readForm(json))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("indicators")
                .hasMessageContaining("[1]")
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"NOPE\"}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("kind");
    }
}
