package io.github.perfeval.core.form;

import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The direction rules on names the fixtures do not have (the real-row table in scoring judges them on
 * hundreds more), and the user's overrides.
 */
class DirectionRulesTest {

    private static DirectionDecision decide(DirectionRules rules, String l1, String l2, String name, String target) {
        return rules.decide(Level1.fromLabel(l1), Level2.fromLabel(l2), name, IndicatorValue.parse(target));
    }

    @ParameterizedTest(name = "{2} {3} → {4} by {5}")
    @CsvSource(delimiter = '|', value = {
        // the rows: rates of something good, whatever harm word they contain
        "产出指标|质量指标|设备故障排除率|98%|AT_LEAST|GOOD_RATE|排除",
        "产出指标|质量指标|故障修复率|95%|AT_LEAST|GOOD_RATE|修复",
        "效益指标|社会效益指标|投诉办结率|100%|AT_LEAST|GOOD_RATE|办结",
        "效益指标|生态效益指标|排放达标率|90%|AT_LEAST|GOOD_RATE|达标",
        "产出指标|成本指标|预算资金节约率|3%|AT_LEAST|CHANGE|节约",
        "效益指标|经济效益指标|财政收入增长率|0%|AT_LEAST|CHANGE|增长",
        // harm
        "效益指标|社会效益指标|安全生产事故起数|5起|AT_MOST|HARM|事故",
        "效益指标|社会效益指标|安全生产事故死亡人数|102人|AT_MOST|HARM|死亡",
        "效益指标|经济效益指标|直接经济损失|500万元|AT_MOST|HARM|损失",
        "效益指标|社会效益指标|火灾事故发生率|1%|AT_MOST|HARM|发生",
        "产出指标|质量指标|产品不合格率|2%|AT_MOST|HARM|不合格",
        "效益指标|社会效益指标|重大负面舆情发生|0起|AT_MOST|HARM|发生",
        "效益指标|社会效益指标|事故起数下降率|5%|AT_LEAST|CHANGE|下降",
        "效益指标|生态效益指标|主要林业有害生物成灾率|0.4%|AT_MOST|HARM|成灾",
        "效益指标|生态效益指标|农作物受灾面积|200亩|AT_MOST|HARM|受灾",
        "产出指标|质量指标|库存粮食变质比例|1%|AT_MOST|HARM|变质",
        // an action on harm, counted as done
        "产出指标|数量指标|处置突发事件|20起|AT_LEAST|DEFAULT|",
        "产出指标|数量指标|排查安全隐患|100处|AT_LEAST|DEFAULT|",
        "产出指标|质量指标|违法案件查处率|95%|AT_LEAST|GOOD_RATE|查处",
        // reporting harm is the service: a count of reports is not a count of harm
        "产出指标|数量指标|传染病及突发公共卫生事件报告数|14例|AT_LEAST|DEFAULT|",
        "产出指标|时效指标|突发事件报告率|100%|AT_LEAST|GOOD_RATE|报告",
        // cost
        "产出指标|成本指标|人均培训成本|500元|AT_MOST|COST|成本指标",
        "成本指标|经济成本指标|设备购置|20万元|AT_MOST|COST|经济成本指标",
        "效益指标|经济效益指标|会议费用|3万元|AT_MOST|COST|费用",
        "产出指标|数量指标|卫片执法补助经费|﹦72890元|AT_LEAST|OPERATOR|",
        "产出指标|数量指标|发放补贴资金|200万元|AT_LEAST|DEFAULT|",
        // a control rate of a cost is the cost spent over the cost allowed, whatever its unit
        "产出指标|成本指标|成本控制率|100%|AT_MOST|COST|成本控制率",
        "成本指标|经济成本指标|项目成本控制率|=100%|AT_MOST|COST|成本控制率",
        "产出指标|数量指标|三公经费控制率|100%|AT_MOST|COST|经费控制率",
        "产出指标|成本指标|政府采购率|100%|AT_LEAST|DEFAULT|",
        // time limits
        "产出指标|时效指标|当年排查出的隐患当年完成整改|90天|AT_MOST|TIME_LIMIT|时效指标",
        "产出指标|质量指标|应急响应时间|2小时|AT_MOST|TIME_LIMIT|响应时间",
        "产出指标|数量指标|培训时长|40小时|AT_LEAST|DEFAULT|",
        "产出指标|时效指标|资金拨付及时率|100%|AT_LEAST|GOOD_RATE|及时",
        // a bare figure takes the unit its name gives in parentheses
        "产出指标|时效指标|任务完成时限(月)|10|AT_MOST|TIME_LIMIT|时效指标",
        "效益指标|经济效益指标|会议费用(万元)|3|AT_MOST|COST|费用",
        "产出指标|数量指标|扶持发展新型农业经营主体(个)|15|AT_LEAST|DEFAULT|",
        "产出指标|数量指标|受益脱贫(含监测对象)户人口数|1000|AT_LEAST|DEFAULT|",
        // zero targets, satisfaction, the default
        "效益指标|社会效益指标|重大群体性事件|0次|AT_MOST|HARM|事件",
        "效益指标|社会效益指标|校园欺凌|0次|AT_MOST|ZERO_TARGET|0次",
        "满意度指标|服务对象满意度指标|受益群众认可|90%|AT_LEAST|GOOD_RATE|认可",
        "满意度指标|服务对象满意度指标|服务对象评价|90%|AT_LEAST|SATISFACTION|满意度指标",
        "产出指标|数量指标|培训场次|5次|AT_LEAST|DEFAULT|",
        // written operators decide; ＝ is at least except zero, costs and harm
        "产出指标|成本指标|视频互联互通年租金|>=149040元|AT_LEAST|OPERATOR|",
        "产出指标|数量指标|安全事故|≤2起|AT_MOST|OPERATOR|",
        "成本指标|经济成本指标|费用|=30000元|AT_MOST|COST|经济成本指标",
        "产出指标|时效指标|视频互联互通租金时间|=12月|AT_LEAST|OPERATOR|",
        "产出指标|数量指标|数量|=25部|AT_LEAST|OPERATOR|",
        "效益指标|社会效益指标|安全事故|=0起|AT_MOST|OPERATOR|",
        "产出指标|成本指标|预算资金节约率|=3%|AT_LEAST|OPERATOR|",
        "效益指标|社会效益指标|安全事故起数|=5起|AT_MOST|HARM|事故"})
    void bareTargetsPointByWhatTheIndicatorMeasures(String l1, String l2, String name, String target, Direction direction,
                                                    DirectionBasis basis, String evidence) {
        DirectionDecision d = decide(DirectionRules.standard(), l1, l2, name, target);
        assertThat(d.getDirection()).as(d.toString()).isEqualTo(direction);
        assertThat(d.getBasis()).as(d.toString()).isEqualTo(basis);
        assertThat(d.getEvidence()).isEqualTo(Optional.ofNullable(evidence));
    }

    @Test
    void aGuessSaysItIsAGuess() {
        DirectionDecision guess = decide(DirectionRules.standard(), "产出指标", "数量指标", "培训场次", "5次");
        assertThat(guess.isGuess()).isTrue();
        assertThat(guess.explanationZh()).contains("推测").contains("越大越好");
        assertThat(guess.explanationEn()).contains("a guess");
        DirectionDecision evidence = decide(DirectionRules.standard(), "产出指标", "质量指标", "设备故障排除率", "98%");
        assertThat(evidence.isGuess()).isFalse();
        assertThat(evidence.explanationZh()).contains("“排除”").doesNotContain("推测");
        assertThat(decide(DirectionRules.standard(), "", "", "x", "≥5次").getBasis().isWritten()).isTrue();
    }

    @Test
    void costsAreKnownWhateverTheirOperator() {
        assertThat(decide(DirectionRules.standard(), "成本指标", "经济成本指标", "视频互联互通年租金", ">=149040元").isCost()).isTrue();
        assertThat(decide(DirectionRules.standard(), "产出指标", "时效指标", "培训费用", "≥3万元").isCost()).isTrue();
        assertThat(decide(DirectionRules.standard(), "产出指标", "数量指标", "培训场次", "≥3次").isCost()).isFalse();
    }

    @Test
    void usersOverrideByNameByPatternAndByWords() {
        DirectionRules mine = DirectionRules.standard()
                .withName("设备 完好台数", Direction.AT_MOST)
                .withPattern("空置.*套数", Direction.AT_MOST)
                .withWords(DirectionRules.WordList.HARM, "漏水");
        DirectionDecision byName = decide(mine, "产出指标", "数量指标", "设备完好台数", "30台");
        assertThat(byName.getDirection()).isEqualTo(Direction.AT_MOST);
        assertThat(byName.getBasis()).isEqualTo(DirectionBasis.USER_NAME);
        DirectionDecision byPattern = decide(mine, "产出指标", "数量指标", "公租房空置房屋套数", "=12套");
        assertThat(byPattern.getDirection()).isEqualTo(Direction.AT_MOST);
        assertThat(byPattern.getBasis()).isEqualTo(DirectionBasis.USER_PATTERN);
        assertThat(byPattern.getEvidence()).contains("空置.*套数");
        DirectionDecision byWord = decide(mine, "产出指标", "数量指标", "管网漏水", "3处");
        assertThat(byWord.getDirection()).isEqualTo(Direction.AT_MOST);
        assertThat(mine.words(DirectionRules.WordList.HARM)).contains("漏水", "事故");
        // the standard rules are untouched, and a written operator still wins
        assertThat(decide(DirectionRules.standard(), "产出指标", "数量指标", "管网漏水", "3处").getBasis()).isEqualTo(DirectionBasis.DEFAULT);
        assertThat(decide(mine, "产出指标", "数量指标", "设备完好台数", "≥30台").getDirection()).isEqualTo(Direction.AT_LEAST);
        assertThatThrownBy(() -> mine.withPattern("(", Direction.AT_MOST)).isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }

    @Test
    void theWordListsAreTheShippedData() {
        assertThat(DirectionRules.standard().words(DirectionRules.WordList.GOOD))
                .contains("达标", "合格", "完成", "覆盖", "办结", "修复", "知晓", "满意", "到位", "及时", "节约");
        assertThat(DirectionRules.standard().words(DirectionRules.WordList.HARM)).contains("事故", "死亡", "损失");
        for (DirectionRules.WordList l : DirectionRules.WordList.values()) {
            assertThat(DirectionRules.standard().words(l)).as(l.name()).isNotEmpty().doesNotHaveDuplicates();
        }
    }
}
