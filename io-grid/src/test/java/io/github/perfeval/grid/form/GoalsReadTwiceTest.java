package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label the vocabulary maps to the goals may stand in the head (年度目标 | text) above the goals block
 * (年度总体目标 | 预期目标 | 实际完成情况): each text the form holds is kept, the head's as a header field with
 * its own label and place, the block's as the goals. Forms with one goals text per goal read as before.
 */
public class GoalsReadTwiceTest {

    static final String HEAD_GOAL = "完成全县乡村道路养护120公里，群众出行更安全。";

    /** A project form with 年度目标 in the head between two header fields, and the goals block below the budget. */
    public static Grid headGoalAndBlock() {
        return form(GridSketch.sheet("自评表"), true, true);
    }

    /** The same form with the goals block only. */
    public static Grid blockOnly() {
        return form(GridSketch.sheet("自评表"), false, true);
    }

    /** The same form with 年度目标 in the head only. */
    public static Grid headGoalOnly() {
        return form(GridSketch.sheet("自评表"), true, false);
    }

    private static Grid form(GridSketch s, boolean headGoal, boolean block) {
        s.row("2024年度项目支出绩效自评表", "", "", "", "", "", "", "").merge("A1:H1")
                .row("项目名称", "乡村道路养护", "", "", "", "", "", "").merge("B2:H2");
        int r = 3;
        if (headGoal) {
            s.row("年度目标", HEAD_GOAL, "", "", "", "", "", "").merge("B3:H3");
            r++;
        }
        s.row("项目类别", "公路养护", "", "", "", "", "", "").merge("B" + r + ":H" + r);
        r++;
        s.row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A" + r + ":B" + r)
                .row("", "年度资金总额", "50", "50", "48", "10", "96%", "9.6");
        r += 2;
        if (block) {
            s.row("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "").merge("B" + r + ":D" + r).merge("E" + r + ":H" + r)
                    .row("", "养护道路120公里", "", "", "养护道路126公里", "", "", "").merge("B" + (r + 1) + ":D" + (r + 1))
                    .merge("E" + (r + 1) + ":H" + (r + 1)).merge("A" + r + ":A" + (r + 1));
            r += 2;
        }
        return s.row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "50", "50")
                .row("", "效益指标", "社会效益指标", "出行条件", "改善", "改善", "30", "30")
                .row("", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10")
                .merge("A" + r + ":A" + (r + 3))
                .row("总分", "", "", "", "", "", "100", "99.6").build();
    }

    private static GridReadResult read(Grid grid) {
        return FormParser.create().parse(grid);
    }

    @Test
    void theHeadsGoalTextStaysAHeaderFieldInItsPlaceAndTheBlockIsTheGoals() {
        GridReadResult read = read(headGoalAndBlock());
        Form form = read.forms().get(0);
        assertThat(form.getGoals()).contains(Goals.builder().expected("养护道路120公里").achieved("养护道路126公里").build());
        assertThat(form.getGoals().orElseThrow().getSource()).contains(Location.cell("自评表", "B8"));
        assertThat(form.getHeaderFields()).as("in reading order, the head's goal text first")
                .containsExactly(LabelledText.builder().label("年度目标").text(HEAD_GOAL).build(),
                        LabelledText.builder().label("项目类别").text("公路养护").build());
        assertThat(form.getHeaderFields().get(0).getSource()).contains(Location.cell("自评表", "B3"));
        assertThat(read.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
        assertThat(read.getUnreadCells()).isEmpty();
    }

    @Test
    void aFormWithTheBlockOnlyReadsAsBefore() {
        Form form = read(blockOnly()).forms().get(0);
        assertThat(form.getGoals()).contains(Goals.builder().expected("养护道路120公里").achieved("养护道路126公里").build());
        assertThat(form.getGoals().orElseThrow().getSource()).contains(Location.cell("自评表", "B7"));
        assertThat(form.getHeaderFields()).extracting(LabelledText::getLabel).containsExactly("项目类别");
    }

    @Test
    void aFormWithTheHeadsGoalOnlyHasItAsItsGoals() {
        Form form = read(headGoalOnly()).forms().get(0);
        assertThat(form.getGoals()).contains(Goals.builder().expected(HEAD_GOAL).build());
        assertThat(form.getGoals().orElseThrow().getSource()).contains(Location.cell("自评表", "B3"));
        assertThat(form.getHeaderFields()).extracting(LabelledText::getLabel).containsExactly("项目类别");
    }

    @Test
    void aGoalLabelBelowTheBlockDoesNotTakeTheBlocksPlace() {
        // 年度目标 | text between the goals block and the table: the block's sub-header outranks the general label
        Grid grid = GridSketch.sheet("自评表")
                .row("项目名称", "乡村道路养护", "", "", "", "", "", "").merge("B1:H1")
                .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A2:B2")
                .row("", "年度资金总额", "50", "50", "48", "10", "96%", "9.6")
                .row("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "").merge("B4:D4").merge("E4:H4")
                .row("", "养护道路120公里", "", "", "养护道路126公里", "", "", "").merge("B5:D5").merge("E5:H5").merge("A4:A5")
                .row("年度目标", HEAD_GOAL, "", "", "", "", "", "").merge("B6:H6")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "50", "50")
                .row("", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10")
                .merge("A7:A9")
                .row("总分", "", "", "", "", "", "60", "60").build();
        GridReadResult read = read(grid);
        Form form = read.forms().get(0);
        assertThat(form.getGoals()).contains(Goals.builder().expected("养护道路120公里").achieved("养护道路126公里").build());
        assertThat(form.getHeaderFields()).containsExactly(LabelledText.builder().label("年度目标").text(HEAD_GOAL).build());
        assertThat(form.getHeaderFields().get(0).getSource()).contains(Location.cell("自评表", "B6"));
        assertThat(read.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
        assertThat(read.getUnreadCells()).isEmpty();
    }

    @Test
    void twoGoalsEachOnARowOfItsOwnAreBothTheGoals() {
        // 预期目标 | text and 实际完成情况 | text: one text per goal, nothing read twice
        Grid grid = GridSketch.sheet("自评表")
                .row("项目名称", "乡村道路养护", "", "", "", "", "", "").merge("B1:H1")
                .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A2:B2")
                .row("", "年度资金总额", "50", "50", "48", "10", "96%", "9.6")
                .row("预期目标", "养护道路120公里", "", "", "", "", "", "").merge("B4:H4")
                .row("实际完成情况", "养护道路126公里", "", "", "", "", "", "").merge("B5:H5")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "50", "50")
                .merge("A6:A7")
                .row("总分", "", "", "", "", "", "50", "50").build();
        Form form = read(grid).forms().get(0);
        assertThat(form.getGoals()).contains(Goals.builder().expected("养护道路120公里").achieved("养护道路126公里").build());
        assertThat(form.getHeaderFields()).isEmpty();
    }

    @Test
    void aGoalReadTwiceIsSaidOnceWithBothPlacesAndWhichTextIsTheGoal() {
        List<Diagnostic> remarks = read(headGoalAndBlock()).getForms().get(0).getDiagnostics().stream()
                .filter(d -> d.getKey().filter(k -> k.equals("VALUE_REMARK.goalReadTwice")).isPresent()).toList();
        assertThat(remarks).hasSize(1);
        Diagnostic d = remarks.get(0);
        assertThat(d.getSeverity()).isEqualTo(Severity.INFO);
        assertThat(d.getLocation()).contains(Location.cell("自评表", "B8"));
        assertThat(d.message(Locale.CHINESE)).isEqualTo(
                "预期目标填写了两处：自评表!B8的“预期目标”和自评表!B3的“年度目标”；取自评表!B8的文本作为本表目标，自评表!B3的文本保留为表头字段");
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("the expected goal is written twice, under \"预期目标\" at 自评表!B8 and under"
                + " \"年度目标\" at 自评表!B3: the text at 自评表!B8 is taken as the form's goal, the one at 自评表!B3 is kept as a header field");
    }

    @Test
    void aGoalReadOnceIsNotRemarkedOn() {
        for (Grid grid : List.of(blockOnly(), headGoalOnly())) {
            assertThat(read(grid).getForms().get(0).getDiagnostics())
                    .noneMatch(d -> d.getKey().filter(k -> k.equals("VALUE_REMARK.goalReadTwice")).isPresent());
        }
    }
}
