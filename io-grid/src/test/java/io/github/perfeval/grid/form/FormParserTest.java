package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import org.junit.jupiter.api.Test;

import static io.github.perfeval.grid.GridSketch.num;
import static org.assertj.core.api.Assertions.assertThat;

/** One parser for every source: a form in a document table reads as in a sheet, with table places. */
class FormParserTest {

    private static final String ABOVE = "附件3 2024年度项目支出绩效自评表（市应急管理局）";

    /** A small project form as a Word table would give it (every value text, level labels merged down). */
    static GridSketch projectForm(GridSketch s) {
        return s.row("项目支出绩效自评表", "", "", "", "", "", "", "").merge("A1:H1")
                .row("项目名称", "森林防火宣传", "", "", "", "", "", "").merge("B2:H2")
                .row("实施单位", "市应急管理局", "", "", "", "", "", "").merge("B3:H3")
                .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge("A4:B4")
                .row("", "年度资金总额", "20", "20", "19", "10", "95%", "9.5")
                .row("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "")
                .row("", "开展宣传20次", "", "", "开展宣传22次", "", "", "")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("", "产出指标", "数量指标", "宣传次数", "≥20次", "22次", "50", "50")
                .row("", "效益指标", "社会效益指标", "群众防火意识", "提升", "提升", "30", "30")
                .row("", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10")
                .merge("A8:A11")
                .row("总分", "", "", "", "", "", "100", "99.5");
    }

    @Test
    void aFormInADocumentTableReadsWithTablePlaces() {
        Grid grid = projectForm(GridSketch.table(2, ABOVE)).build();
        GridReadResult read = FormParser.create().parse(grid);
        assertThat(read.holdsForm()).isTrue();
        assertThat(read.getSkipped()).isEmpty();
        Form form = read.forms().get(0);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getSheet()).as("a document table is no sheet").isEmpty();
        assertThat(form.getProjectName()).contains("森林防火宣传");
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "群众防火意识", "群众满意度");
        Indicator first = form.getIndicators().get(0);
        assertThat(first.getSource()).contains(Location.tableCell(2, 9, 4).withContext(ABOVE));
        assertThat(first.getTarget().getSource()).contains(Location.tableCell(2, 9, 5).withContext(ABOVE));
        assertThat(form.getDeclaredTotal()).contains(Figure.of("99.5"));
        assertThat(form.getBudget().orElseThrow().total().orElseThrow().getDeclaredRate().orElseThrow().decimal())
                .isEqualByComparingTo("0.95");
    }

    @Test
    void theSameFormOnASheetReadsEqualWithSheetPlaces() {
        Form inTable = FormParser.create().parse(projectForm(GridSketch.table(1, null)).build()).forms().get(0);
        Form onSheet = FormParser.create().parse(projectForm(GridSketch.sheet("自评表")).build()).forms().get(0);
        assertThat(onSheet).isEqualTo(inTable);
        assertThat(onSheet.getSheet()).contains("自评表");
        assertThat(onSheet.getIndicators().get(0).getSource()).contains(Location.cell("自评表", "D9"));
    }

    @Test
    void aTableWithoutAFormSaysWhyItWasSkipped() {
        Grid other = GridSketch.table(3, "2024年度部门决算收入支出表").row("项目", "决算数").row("一般公共预算财政拨款收入", num("4754.76")).build();
        GridReadResult read = FormParser.create().parse(other);
        assertThat(read.holdsForm()).isFalse();
        assertThat(read.forms()).isEmpty();
        assertThat(read.getSkipped()).hasValueSatisfying(d -> {
            assertThat(d.is(StandardCode.TABLE_SKIPPED)).as("a table, not a sheet").isTrue();
            assertThat(d.getLocation()).contains(Location.table(3).withContext("2024年度部门决算收入支出表"));
            assertThat(d.getMessageZh()).startsWith("表格3中没有自评表");
            assertThat(d.getMessageEn()).startsWith("table 3 holds no form");
        });
    }
}
