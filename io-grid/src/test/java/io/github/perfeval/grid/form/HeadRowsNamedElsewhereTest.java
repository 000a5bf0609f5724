package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head row whose label the vocabulary knows as something else (a column of either table, a note, a total)
 * beside a value of its own is a header field under that label, not a column label with its value left unread;
 * a budget line with no figures, only prose under the block's other columns, is one line with that prose as its
 * extras. Published forms the rules were not written for ({@link HeadRowForms}), and rows that must read as before.
 */
class HeadRowsNamedElsewhereTest {

    private static GridReadResult read(Grid grid) {
        return FormParser.create().parse(grid);
    }

    @Test
    void yinchuansSelfScoreInTheHeadIsAHeaderFieldAtItsCell() {
        GridReadResult read = read(HeadRowForms.yinchuan2021());
        Form form = read.forms().get(0);
        assertThat(form.getHeaderFields()).containsExactly(LabelledText.of("自评得分", "98"), LabelledText.of("财政审核评分", ""));
        assertThat(form.getHeaderFields().get(0).getSource()).contains(Location.cell("银川市本级", "B4"));
        assertThat(form.getProjectName()).contains("初中公用经费");
        assertThat(form.getImplementingUnit()).contains("银川市第六中学");
        assertThat(form.getIndicators()).extracting(i -> i.getName()).containsExactly("完整性", "相关性", "保障人数", "公用经费标准", "公用经费完成时间");
        assertThat(read.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
        assertThat(read.getUnreadCells()).isEmpty();
    }

    @Test
    void aNoteAColumnLabelAndATotalLabelBesideTextInTheHeadAreHeaderFields() {
        for (String label : new String[] {"备注", "说明", "全年预算数", "一级指标", "执行率", "等级", "合计"}) {
            Grid grid = GridSketch.sheet("自评表")
                    .row("项目名称", "乡村道路养护", "", "", "", "", "", "").merge("B1:H1")
                    .row(label, "资金由省级专项安排", "", "", "", "", "", "").merge("B2:H2")
                    .row(label, "", "", "", "", "", "", "").merge("B3:H3")
                    .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A4:B4")
                    .row("", "年度资金总额", "50", "50", "48", "10", "96%", "9.6")
                    .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                    .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "90", "90").merge("A6:A7")
                    .row("总分", "", "", "", "", "", "100", "99.6").build();
            GridReadResult read = read(grid);
            Form form = read.forms().get(0);
            assertThat(form.getHeaderFields()).as(label).containsExactly(LabelledText.of(label, "资金由省级专项安排"), LabelledText.of(label, ""));
            assertThat(form.getHeaderFields().get(0).getSource()).as(label).contains(Location.cell("自评表", "B2"));
            assertThat(read.getUnreadCells()).as(label).isEmpty();
            assertThat(form.getIndicators()).as(label).hasSize(1);
            assertThat(form.getBudget().orElseThrow().total()).as(label).isPresent();
        }
    }

    @Test
    void aTotalLabelBesideANumberInTheHeadIsStillTheDeclaredTotal() {
        // 重庆's 自评总分（分） | 97.6: the rule for labels named elsewhere leaves it the form's declared total
        Form form = read(ReviewForms.chongqingKxc2021()).forms().get(0);
        assertThat(form.getDeclaredTotal().orElseThrow().getRaw()).isEqualTo("97.6");
        assertThat(form.getHeaderFields()).extracting(LabelledText::getLabel).doesNotContain("自评总分（分）");
    }

    @Test
    void aRowOfColumnLabelsInTheHeadIsNoField() {
        // 绩效指标 over a label row: labels beside each other, not a label and its value
        Grid grid = GridSketch.sheet("自评表")
                .row("项目名称", "乡村道路养护", "", "", "", "", "", "").merge("B1:H1")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "100", "100").merge("A2:A3")
                .row("总分", "", "", "", "", "", "100", "100").build();
        Form form = read(grid).forms().get(0);
        assertThat(form.getHeaderFields()).isEmpty();
        assertThat(form.getIndicators()).hasSize(1);
    }

    @Test
    void aBudgetLineWithOnlyAReasonIsOneLineWithItsReasonAsAnExtra() {
        GridReadResult read = read(HeadRowForms.sichuanProseLine2023());
        Form form = read.forms().get(0);
        java.util.List<BudgetLine> lines = form.getBudget().orElseThrow().getLines();
        assertThat(lines).extracting(BudgetLine::getLabel).containsExactly("总额", "其中:财政资金", "单位资金", "其他资金");
        BudgetLine other = lines.get(3);
        assertThat(other.getKind()).isEqualTo(BudgetLineKind.OTHER_FUNDS);
        assertThat(other.getExtras()).containsExactly(LabelledText.of("原因", "本年未安排其他资金"));
        assertThat(other.getExtras().get(0).getSource()).contains(Location.cell("510000_0013zp", "I8"));
        assertThat(other.getAdjusted()).isEmpty();
        assertThat(lines.get(0).getExtras()).containsExactly(LabelledText.of("原因", "年中追加人员经费12.96万元"));
        assertThat(read.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.UNKNOWN_BUDGET_LINE) || d.is(StandardCode.CELLS_NOT_READ));
    }

    @Test
    void theBreakdownsBesideEachOtherStayLinesOfTheirOwn() {
        // the Ministry's department block: 按收入性质分 and 按支出性质分 side by side, their lines under each
        Grid grid = GridSketch.sheet("自评表")
                .row("部门名称", "某局", "", "", "", "", "", "").merge("B1:H1")
                .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A2:B2")
                .row("", "年度资金总额", "50", "50", "48", "10", "96%", "9.6")
                .row("", "按收入性质分：", "", "", "按支出性质分：", "", "", "").merge("B4:D4").merge("E4:H4")
                .row("", "其中：一般公共预算：50", "", "", "其中：基本支出：30", "", "", "").merge("B5:D5").merge("E5:H5")
                .row("", "政府性基金拨款：", "", "", "项目支出：20", "", "", "").merge("B6:D6").merge("E6:H6").merge("A2:A6")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "90", "90").merge("A7:A8")
                .row("总分", "", "", "", "", "", "100", "99.6").build();
        Form form = read(grid).forms().get(0);
        assertThat(form.getBudget().orElseThrow().getLines()).extracting(BudgetLine::getKind).containsExactly(BudgetLineKind.TOTAL,
                BudgetLineKind.GENERAL_PUBLIC_BUDGET, BudgetLineKind.GOVERNMENT_FUND, BudgetLineKind.BASIC_EXPENDITURE,
                BudgetLineKind.PROJECT_EXPENDITURE);
        assertThat(form.getBudget().orElseThrow().getLines()).allMatch(l -> l.getExtras().isEmpty());
    }
}
