package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.CellFormat;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridSketch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.github.perfeval.grid.GridSketch.num;
import static org.assertj.core.api.Assertions.assertThat;

/** Each row's kind comes from the whole row's shape; words inside cells are content. */
class RowKindsTest {

    private static final FormParser PARSER = FormParser.create();

    /** A small table under a one-row band; rows given by the caller. */
    private static GridSketch table() {
        return GridSketch.sheet("表")
                .row("项目支出绩效自评表").merge("A1:H1")
                .row("项目名称", "宣传项目").merge("B2:H2")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    }

    private static GridReadResult read(Grid g) {
        GridReadResult read = PARSER.parse(g);
        assertThat(Accounting.unaccounted(g, read)).as("every cell accounted for").isEmpty();
        return read;
    }

    private static List<String> codes(GridReadResult read) {
        return read.getForms().get(0).getDiagnostics().stream().map(Diagnostic::getCode).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void unfilledTemplateRowsAreReportedOnceAndNeverCounted() {
        Grid g = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("50"), num("50"), "")
                .row("", "", "指标1：", "", "", "", "", "")
                .row("", "", "指标2：", "", "", "", "", "")
                .row("", "", "……", "", "", "", "", "")
                .row("效益指标", "经济效益指标", "", "", "", "", "", "")
                .row("", "社会效益指标", "群众防火意识", "提升", "提升", num("40"), num("40"), "")
                .merge("A4:A6").merge("A8:A9")
                .row("总分", "", "", "", "", num("90"), num("90"), "")
                .build();
        GridReadResult read = read(g);
        Form form = read.forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "群众防火意识");
        assertThat(form.getIndicators().get(1).getLevel1Label()).isEqualTo("效益指标");
        List<Diagnostic> templates = read.getForms().get(0).getDiagnostics().stream()
                .filter(d -> d.is(StandardCode.TEMPLATE_ROWS)).collect(java.util.stream.Collectors.toList());
        assertThat(templates).singleElement().satisfies(d -> {
            assertThat(d.getMessageZh()).contains("第5、6、7、8行").contains("指标1：");
            assertThat(d.getLocation()).contains(Location.cell("表", "C5"));
        });
        assertThat(codes(read)).doesNotContain(StandardCode.INCOMPLETE_INDICATOR.name(), StandardCode.CELLS_NOT_READ.name());
    }

    @Test
    void proseThatSoundsLikeStructureStaysContent() {
        Grid g = table()
                .row("产出指标", "数量指标", "合计完成率", "≥95%", "96%", num("30"), num("30"), "")
                .row("", "", "检查次数", "≥4次", "3次", num("30"), num("20"), "已约谈单位负责人")
                .row("", "质量指标", "材料合格率", "100%", "98%", num("30"), num("29"), "按自评表要求补充材料")
                .row("", "", "填表人培训", "≥1次", "1次", num("10"), num("10"), "总分以财政复核为准")
                .merge("A4:A7")
                .row("合计", "", "", "", "", num("100"), num("89"), "")
                .build();
        Form form = read(g).forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getName).containsExactly("合计完成率", "检查次数", "材料合格率", "填表人培训");
        assertThat(form.getIndicators().get(1).getDeviationReason()).contains("已约谈单位负责人");
        assertThat(form.getDeclaredTotal()).contains(Figure.of("89"));
        assertThat(form.getFooter()).isEmpty();
    }

    @Test
    void aTotalLabelBesideATargetAndAnActualIsATotalOnlyWhenItsFiguresAreTheSums() {
        Grid named = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("50"), num("50"), "")
                .row("", "", "合计", "≥2次", "2次", num("50"), num("45"), "")
                .merge("A4:A5")
                .build();
        assertThat(read(named).forms().get(0).getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "合计");
        Grid summed = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("50"), num("50"), "")
                .row("", "", "覆盖人次", "≥100人次", "120人次", num("50"), num("45"), "")
                .merge("A4:A5")
                .row("合计", "", "", "—", "—", num("100"), num("95"), "")
                .build();
        Form form = read(summed).forms().get(0);
        assertThat(form.getIndicators()).hasSize(2);
        assertThat(form.getDeclaredWeightTotal()).contains(Figure.of("100"));
        assertThat(form.getDeclaredTotal()).contains(Figure.of("95"));
    }

    @Test
    void numbersShownThroughFormatsReadAsTheCellShowsThem() {
        GridCell days = num("90").withFormat(CellFormat.parse("0\"天\""), "90天");
        GridCell percent = num("0.955").withFormat(CellFormat.parse("0.0%"), "95.5%");
        Grid g = table()
                .row("产出指标", "时效指标", "整改时限", GridCell.text("≤90天"), days, "5分", "5分", "")
                .row("", "质量指标", "整改率", GridCell.text("≥95%"), percent, num("5"), num("5"), "")
                .merge("A4:A5")
                .build();
        Form form = read(g).forms().get(0);
        assertThat(form.getIndicators().get(0).getActual().getRaw()).isEqualTo("90天");
        assertThat(form.getIndicators().get(1).getActual().getRaw()).isEqualTo("95.5%");
        assertThat(form.getIndicators().get(0).getWeight().orElseThrow().getRaw()).as("a weight written 5分").isEqualTo("5分");
        assertThat(form.getIndicators().get(0).getWeight().orElseThrow().decimal()).isEqualByComparingTo("5");
    }

    @Test
    void aCellNoPartReadsIsNamedNotLost() {
        Grid g = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("50"), num("50"), "", "", "草稿，勿报")
                .row("总分", "", "", "", "", num("50"), num("50"), "")
                .build();
        GridReadResult read = PARSER.parse(g);
        assertThat(read.getUnreadCells()).singleElement().satisfies(u -> {
            assertThat(u.getText()).isEqualTo("草稿，勿报");
            assertThat(u.getPlace()).isEqualTo(Location.cell("表", "J4"));
        });
        assertThat(read.getForms().get(0).getDiagnostics()).filteredOn(d -> d.is(StandardCode.CELLS_NOT_READ))
                .singleElement().satisfies(d -> assertThat(d.getMessageZh()).contains("表!J4").contains("草稿，勿报"));
        assertThat(Accounting.unaccounted(g, read)).isEmpty();
    }

    @Test
    void aTableRepeatingItsHeaderAfterAPageBreakGoesOn() {
        Grid g = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("50"), num("50"), "")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .row("效益指标", "社会效益指标", "群众防火意识", "提升", "提升", num("50"), num("45"), "宣传覆盖不足")
                .row("总分", "", "", "", "", num("100"), num("95"), "")
                .build();
        GridReadResult read = read(g);
        assertThat(read.forms()).hasSize(1);
        assertThat(read.forms().get(0).getIndicators()).extracting(Indicator::getName).containsExactly("宣传次数", "群众防火意识");
        assertThat(read.forms().get(0).getDeclaredTotal()).contains(Figure.of("95"));
    }

    @Test
    void twoFormsOnOneGridEachKeepTheirOwnLines() {
        Grid g = GridSketch.sheet("表")
                .row("项目支出绩效自评表").merge("A1:H1")
                .row("项目名称", "宣传项目").merge("B2:H2")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("90"), num("90"), "")
                .row("总分", "", "", "", "", num("90"), num("90"), "")
                .row("填表人：甲")
                .skip()
                .row("附件3")
                .row("项目支出绩效自评表").merge("A9:H9")
                .row("项目名称", "培训项目").merge("B10:H10")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .row("产出指标", "数量指标", "培训次数", "≥2次", "2次", num("90"), num("90"), "")
                .build();
        GridReadResult read = read(g);
        assertThat(read.forms()).extracting(f -> f.getProjectName().orElse("")).containsExactly("宣传项目", "培训项目");
        assertThat(read.forms().get(0).getTextSections()).isEmpty();
        assertThat(read.forms().get(1).getTextSections()).containsExactly(TextSection.of(SectionKind.CAPTION, "", "附件3"));
        assertThat(read.forms().get(0).getFooter().flatMap(f -> f.getPreparer())).contains("甲");
        assertThat(read.forms().get(1).getIndicators().get(0).getSource()).contains(Location.cell("表", "C12"));
    }

    @Test
    void aFooterOfLabelAndValueCells() {
        Grid g = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("90"), num("90"), "")
                .row("总分", "", "", "", "", num("90"), num("90"), "")
                .row("填表人", "张三", "联系电话", "12345678", "填表日期", "2025年3月1日")
                .build();
        Form form = read(g).forms().get(0);
        assertThat(form.getFooter()).hasValueSatisfying(f -> {
            assertThat(f.getPreparer()).contains("张三");
            assertThat(f.getPhone()).contains("12345678");
            assertThat(f.getDate()).contains("2025年3月1日");
        });
    }

    @Test
    void aSectionLabelWithItsTextInTheRowBelow() {
        Grid g = table()
                .row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", num("90"), num("90"), "")
                .row("总分", "", "", "", "", num("90"), num("90"), "")
                .row("其他需要说明事项")
                .row("本项目为延续性项目，2025年继续实施。").merge("A7:H7")
                .build();
        Form form = read(g).forms().get(0);
        assertThat(form.getTextSections())
                .containsExactly(TextSection.of(SectionKind.OTHER_MATTERS, "其他需要说明事项", "本项目为延续性项目，2025年继续实施。"));
    }

    @Test
    void aLevelOneBandWrittenAcrossTheTable() {
        Grid g = table()
                .row("一、产出指标（60分）").merge("A4:H4")
                .row("", "数量指标", "宣传次数", "≥10次", "12次", num("60"), num("60"), "")
                .row("二、效益指标（30分）").merge("A6:H6")
                .row("", "社会效益指标", "群众防火意识", "提升", "提升", num("30"), num("30"), "")
                .row("总分", "", "", "", "", num("90"), num("90"), "")
                .build();
        Form form = read(g).forms().get(0);
        assertThat(form.getIndicators()).extracting(Indicator::getLevel1Label).containsExactly("一、产出指标（60分）", "二、效益指标（30分）");
        assertThat(form.getIndicators()).extracting(i -> i.getLevel1().orElse(null))
                .containsExactly(io.github.perfeval.core.form.Level1.OUTPUT, io.github.perfeval.core.form.Level1.EFFECT);
        assertThat(form.getTextSections()).isEmpty();
    }

    @Test
    void aNumberOutOfTheGridsColumnsDoesNotBreakTheRead() {
        Grid g = table().row("产出指标", "数量指标", "宣传次数", "≥10次", "12次", GridCell.number(new BigDecimal("1E+3")), num("90"), "").build();
        assertThat(read(g).forms().get(0).getIndicators().get(0).getWeight().orElseThrow().decimal()).isEqualByComparingTo("1000");
    }
}
