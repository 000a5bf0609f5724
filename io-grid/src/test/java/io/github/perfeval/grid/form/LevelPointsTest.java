package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.github.perfeval.grid.form.SpannedRows.n;
import static io.github.perfeval.grid.form.SpannedRows.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level's points in a column of their own beside it (一级指标 | 分值 | 二级指标 | …), and scoring sheets with
 * no target or actual column: layouts drawn here in code (names and figures made up), besides 海南's
 * published sheet in {@link ProvinceForms#hainanCommerce()}.
 */
class LevelPointsTest {

    private static GridReadResult parse(Grid g) {
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.getSkipped()).as("a form is found").isEmpty();
        assertThat(Accounting.unaccounted(g, read)).as("every cell accounted for").isEmpty();
        return read;
    }

    private static List<Diagnostic> subtotals(GridReadResult read) {
        return read.getForms().get(0).getDiagnostics().stream().filter(d -> d.is(StandardCode.SUBTOTAL_MISMATCH)).collect(Collectors.toList());
    }

    @Test
    void levelOnePointsBesideTheLevelAreCheckedAndTheNamesKeepTheirOwnWeights() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "分值", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(s("产出指标", 2, 1), s(n("50"), 2, 1), "数量指标", "培训人次", "≥300人次", "320人次", n("30"), n("30"))
                .row("质量指标", "合格率", "≥95%", "96%", n("20"), n("20"))
                .row(s("效益指标", 2, 1), s(n("30"), 2, 1), "社会效益指标", "持证上岗率", "≥90%", "92%", n("15"), n("15"))
                .row("可持续影响指标", "制度完善", "完善", "完善", n("10"), n("10"))
                .row(s("满意度指标", 1, 1), n("10"), "服务对象满意度指标", "学员满意度", "≥90%", "95%", n("10"), n("10"))
                .build();
        GridReadResult read = parse(g);
        Form f = read.forms().get(0);
        assertThat(f.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw()).containsExactly("30", "20", "15", "10", "10");
        assertThat(f.getIndicators()).extracting(i -> i.getExtras().stream().map(e -> e.getLabel() + "=" + e.getText())
                .collect(Collectors.joining(","))).as("each level's points kept on the first indicator under it")
                .containsExactly("一级指标 / 分值=50", "", "一级指标 / 分值=30", "", "一级指标 / 分值=10");
        assertThat(read.getUnreadCells()).isEmpty();
        assertThat(subtotals(read)).singleElement().satisfies(d -> {
            assertThat(d.getWhere()).isEqualTo("表!B4");
            assertThat(d.getMessageZh()).isEqualTo("“效益指标”的分值为30，其下指标分值合计25");
            assertThat(d.getMessageEn()).contains("效益指标").contains("30").contains("25");
        });
    }

    @Test
    void pointsOfBothLevelsUnder权重And分值WithTheTargetsUnitBeforeIt() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值", "分值", "实际完成值", "得分")
                .row(s("产出指标", 3, 1), s(n("60"), 3, 1), s("数量指标", 2, 1), s(n("40"), 2, 1), "巡查次数", "次", "≥12", n("20"), "12", n("20"))
                .row("整改率", "%", "100", n("20"), "100", n("20"))
                .row("时效指标", n("20"), "办结时限", "天", "≤30", n("20"), "28", n("20"))
                .row(s("效益指标", 1, 1), n("40"), "社会效益指标", n("40"), "群众投诉下降率", "%", "≥10", n("30"), "12", n("30"))
                .build();
        GridReadResult read = parse(g);
        Form f = read.forms().get(0);
        assertThat(f.getIndicators()).extracting(Indicator::getName).containsExactly("巡查次数", "整改率", "办结时限", "群众投诉下降率");
        assertThat(f.getIndicators().get(0).getTarget().getRaw()).isEqualTo("≥12次");
        assertThat(f.getIndicators()).extracting(i -> i.getWeight().orElseThrow().getRaw()).containsExactly("20", "20", "20", "30");
        assertThat(subtotals(read)).extracting(Diagnostic::getMessageZh)
                .containsExactly("“效益指标”的分值为40，其下指标分值合计30", "“社会效益指标”的分值为40，其下指标分值合计30");
    }

    @Test
    void pointsThatCannotBeCheckedAreKeptAndNotChecked() {
        Grid g = SpannedRows.sheet("表")
                .row("一级指标", "分值", "二级指标", "三级指标", "分值", "得分")
                .row(s("产出指标", 2, 1), s("另定", 2, 1), "数量指标", "培训人次", n("30"), n("30"))
                .row("质量指标", "合格率", n("20"), n("18"))
                .row(s("效益指标", 2, 1), s(n("50"), 2, 1), "社会效益指标", "持证上岗率", "", n("15"))
                .row("可持续影响指标", "制度完善", n("20"), n("20"))
                .build();
        GridReadResult read = parse(g);
        assertThat(read.getUnreadCells()).isEmpty();
        assertThat(read.forms().get(0).getIndicators().get(0).getExtras()).extracting(e -> e.getText()).containsExactly("另定");
        assertThat(subtotals(read)).as("text where points should be; points over a row without a weight").isEmpty();
    }

    @Test
    void aScoringSheetWithNoLevelPointsIsAFormAndAWeightRightOfTheNamesIsTheNames() {
        Grid g = SpannedRows.sheet("表")
                .row(s("项目绩效评价评分表", 1, 5))
                .row("一级指标", "二级指标", "三级指标", "分值", "得分")
                .row(s("投入", 2, 1), "项目立项", "立项依据充分性", n("5"), n("5"))
                .row("资金落实", "资金到位率", n("5"), n("4"))
                .row(s("产出", 2, 1), "产出数量", "实际完成率", n("50"), n("45"))
                .row("产出时效", "完成及时性", n("40"), n("40"))
                .row(s("合计", 1, 3), n("100"), n("94"))
                .build();
        GridReadResult read = parse(g);
        Form f = read.forms().get(0);
        assertThat(f.getIndicators()).hasSize(4);
        assertThat(f.getIndicators()).extracting(i -> i.getDeclaredScore().orElseThrow().getRaw()).containsExactly("5", "4", "45", "40");
        assertThat(f.getDeclaredTotal()).hasValueSatisfying(t -> assertThat(t.getRaw()).isEqualTo("94"));
        assertThat(read.getUnreadCells()).isEmpty();
    }

    @Test
    void aTableOfNamesWeightsAndScoresWithNoLevelIsNoForm() {
        Grid g = SpannedRows.sheet("表")
                .row("三级指标", "分值", "得分")
                .row("培训人次", n("50"), n("50"))
                .row("合格率", n("50"), n("45"))
                .build();
        assertThat(FormParser.create().parse(g).getForms()).isEmpty();
    }
}
