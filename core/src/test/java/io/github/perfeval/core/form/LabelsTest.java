package io.github.perfeval.core.form;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "产出指标 （50分）|OUTPUT", "产出指标|OUTPUT", "产出|OUTPUT", "效益指标 （30分）|EFFECT", "满意度\\n指标\\n（10分）|SATISFACTION",
        "满意度指 标|SATISFACTION", "成本指标|COST", "\u3000效益\u3000指标\u3000|EFFECT", "产出指标(50分)|OUTPUT"})
    void level1LabelsAreRecognisedInEverySpelling(String label, Level1 expected) {
        assertThat(Level1.fromLabel(label.replace("\\n", "\n"))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "数量指标|QUANTITY", "质量指标|QUALITY", "时效指标|TIMELINESS", "成本指标|COST", "经济效益指标|ECONOMIC_BENEFIT",
        "经济效\\n\\n益指标|ECONOMIC_BENEFIT", "社会效益指标|SOCIAL_BENEFIT", "生态效益|ECOLOGICAL_BENEFIT",
        "可持续\\n影响指\\n标|SUSTAINABILITY", "服务对象满意度指标|SERVICE_SATISFACTION", "经济成本指标|ECONOMIC_COST",
        "社会成本指标|SOCIAL_COST", "生态环境成本指标|ECOLOGICAL_COST"})
    void level2LabelsAreRecognisedInEverySpelling(String label, Level2 expected) {
        assertThat(Level2.fromLabel(label.replace("\\n", "\n"))).contains(expected);
    }

    @Test
    void unknownLabelsAreKeptNotRejected() {
        Indicator i = Indicator.builder().level1Label("绩效指标（自定义）").level2Label("特色指标").name("x").build();
        assertThat(i.getLevel1()).isEmpty();
        assertThat(i.getLevel2()).isEmpty();
        assertThat(i.getLevel1Label()).isEqualTo("绩效指标（自定义）");
    }

    @Test
    void weightsInLabelsAreRead() {
        assertThat(Labels.weightIn("产出指标 （50分）")).contains(new BigDecimal("50"));
        assertThat(Labels.weightIn("满意度\n指标\n（10分）")).contains(new BigDecimal("10"));
        assertThat(Labels.weightIn("产出指标")).isEmpty();
    }

    @Test
    void aLabelEndingIn指标等IsItsLevel() {
        // 云南 永德's form prints 服务对象满意度指标等 ("and other indicators"), as templates do
        assertThat(Level2.fromLabel("服务对象满意度指标等")).contains(Level2.SERVICE_SATISFACTION);
        assertThat(Level2.fromLabel("社会效益\n指标等")).contains(Level2.SOCIAL_BENEFIT);
        assertThat(Level1.fromLabel("满意度指标等")).contains(Level1.SATISFACTION);
        assertThat(Level2.fromLabel("满意度等")).as("等 alone, without 指标, is not dropped").isEmpty();
    }
}
