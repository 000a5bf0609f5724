package io.github.perfeval.grid.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.GridReadResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.perfeval.core.fixtures.PublishedBasicData.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basic-data table is read by its labels: at any position, from sheets and document tables, with
 * years or words in its column labels, any number of special lines, blank cells and numbers typed as
 * text; what it cannot place is named.
 */
class BasicDataParserTest {

    private static final BasicData HENGYANG = PublishedBasicData.hengyang2023();

    private static List<ValueWithDiagnostics<BasicData>> read(Grid g) {
        List<ValueWithDiagnostics<BasicData>> tables = BasicDataParser.create().parse(g);
        assertThat(Accounting.unaccounted(g, tables)).as("cells no table accounts for").isEmpty();
        return tables;
    }

    private static BasicData only(Grid g) {
        List<ValueWithDiagnostics<BasicData>> tables = read(g);
        assertThat(tables).hasSize(1);
        return tables.get(0).getValue();
    }

    @Test
    void theHengyangTableDrawnOnASheetReadsAsPublished() {
        Grid g = TableSketch.at(0).draw(HENGYANG, GridSketch.sheet("基础数据表")).build();
        ValueWithDiagnostics<BasicData> t = read(g).get(0);
        assertThat(t.getValue()).isEqualTo(HENGYANG);
        assertThat(t.getDiagnostics()).isEmpty();
        SpendingControl s = t.getValue().getSpending().orElseThrow();
        assertThat(s.line(SpendingItem.THREE_PUBLIC).flatMap(SpendingLine::getActual).flatMap(Figure::getSource))
                .contains(Location.cell("基础数据表", "D5"));
        assertThat(s.lines(SpendingItem.SPECIAL_LINE)).extracting(SpendingLine::getLabel).containsExactly("重大事故隐患排查整治专项",
                "安全生产执法和监管", "安全生产预防及应急专项", "举报奖励", "救灾工作经费", "驻局纪检组专项经费");
        assertThat(t.getValue().getSheet()).contains("基础数据表");
        assertThat(t.getValue().getSource()).contains(Location.cell("基础数据表", "A1"));
    }

    @Test
    void anOffsetTableAmongOtherTextReadsTheSameWithShiftedPlaces() {
        GridSketch s = GridSketch.sheet("附表").row("附件3").skip().skip().skip();
        Grid g = TableSketch.at(3).draw(HENGYANG, s).skip().row("说明：本表由财务室填报").build();
        List<ValueWithDiagnostics<BasicData>> tables = BasicDataParser.create().parse(g);
        assertThat(tables).hasSize(1);
        BasicData t = tables.get(0).getValue();
        assertThat(BasicData.builder().from(t).notes(List.of()).build()).isEqualTo(HENGYANG);
        assertThat(t.getSpending().flatMap(x -> x.line(SpendingItem.THREE_PUBLIC)).flatMap(SpendingLine::getActual)
                .flatMap(Figure::getSource)).contains(Location.cell("附表", "G9"));
        assertThat(t.getStaffing().flatMap(Staffing::getAuthorized).flatMap(Figure::getSource)).contains(Location.cell("附表", "E7"));
    }

    @Test
    void numbersTypedAsTextReadAsNumbers() {
        Grid g = TableSketch.at(0).numbersAsText().draw(HENGYANG, GridSketch.sheet("表")).build();
        assertThat(only(g)).isEqualTo(HENGYANG);
        assertThat(g.cell(4, 3).getNumber()).as("the sketch really typed text").isEmpty();
    }

    @Test
    void aTableInADocumentReadsWithTablePlacesAndItsTitleFromAbove() {
        BasicData untitled = BasicData.builder().from(HENGYANG).title(java.util.Optional.empty()).build();
        Grid g = TableSketch.at(0).draw(untitled, GridSketch.table(4, "附件2：部门整体支出绩效评价基础数据表")).build();
        BasicData t = only(g);
        assertThat(t.getTitle()).contains("附件2：部门整体支出绩效评价基础数据表");
        assertThat(t.getSheet()).isEmpty();
        assertThat(t.getSpending().flatMap(x -> x.line(SpendingItem.OFFICIAL_RECEPTION)).flatMap(SpendingLine::getBudget)
                .flatMap(Figure::getSource)).contains(Location.tableCell(4, 9, 3).withContext("附件2：部门整体支出绩效评价基础数据表"));
    }

    @Test
    void anotherYearAndColumnsLabelledWithWords() {
        BasicData y2024 = BasicData.builder().from(HENGYANG).year(2024)
                .staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow()).actualHeading(Heading.of("2024年实际在职人数")).build())
                .spending(SpendingControl.builder().from(HENGYANG.getSpending().orElseThrow())
                        .columns(List.of(ColumnHeader.builder().column(SpendingColumn.PRIOR_ACTUAL).label("2023年决算数").year(2023).build(),
                                ColumnHeader.builder().column(SpendingColumn.BUDGET).label("2024年预算数").year(2024).build(),
                                ColumnHeader.builder().column(SpendingColumn.ACTUAL).label("2024年决算数").year(2024).build()))
                        .build())
                .build();
        assertThat(only(TableSketch.at(0).draw(y2024, GridSketch.sheet("2024")).build())).isEqualTo(y2024);

        BasicData words = BasicData.builder().from(HENGYANG).year(java.util.Optional.empty())
                .staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow()).actualHeading(Heading.of("实际在职人数")).build())
                .spending(SpendingControl.builder().from(HENGYANG.getSpending().orElseThrow())
                        .columns(List.of(ColumnHeader.builder().column(SpendingColumn.PRIOR_ACTUAL).label("上年决算数").build(),
                                ColumnHeader.builder().column(SpendingColumn.BUDGET).label("本年预算数").build(),
                                ColumnHeader.builder().column(SpendingColumn.ACTUAL).label("本年决算数").build()))
                        .build())
                .build();
        BasicData read = only(TableSketch.at(0).draw(words, GridSketch.sheet("表")).build());
        assertThat(read).isEqualTo(words);
        assertThat(read.getYear()).isEmpty();
    }

    @Test
    void columnsInAnotherOrderAreKnownByTheirLabels() {
        Grid g = GridSketch.sheet("表")
                .row("经费控制情况（元）", "2023年决算数", "2022年决算数", "2023年预算数")
                .row("三公经费", "673200", "591700", "803000")
                .build();
        SpendingControl s = only(g).getSpending().orElseThrow();
        assertThat(s.getUnit()).isEqualTo(MoneyUnit.YUAN);
        SpendingLine l = s.getLines().get(0);
        assertThat(l.getPriorActual()).contains(Figure.of("591700"));
        assertThat(l.getBudget()).contains(Figure.of("803000"));
        assertThat(l.getActual()).contains(Figure.of("673200"));
        assertThat(s.year(SpendingColumn.PRIOR_ACTUAL)).contains(2022);
    }

    @Test
    void anyNumberOfSpecialLinesReadOneARow() {
        SpendingControl base = HENGYANG.getSpending().orElseThrow();
        List<SpendingLine> lines = new ArrayList<>();
        for (SpendingLine l : base.getLines()) {
            if (l.getItem() == SpendingItem.SPECIAL_LINE) {
                continue;
            }
            lines.add(l);
            if (l.getItem() == SpendingItem.SPECIAL_FUNDS) {
                for (int i = 1; i <= 14; i++) {
                    lines.add(line(SpendingItem.SPECIAL_LINE, "专项" + i + "（公务接待能力建设）", "1", "2", String.valueOf(i)));
                }
            }
        }
        BasicData many = BasicData.builder().from(HENGYANG).spending(SpendingControl.builder().from(base).lines(lines).build()).build();
        BasicData read = only(TableSketch.at(1).draw(many, GridSketch.sheet("表")).build());
        assertThat(read).isEqualTo(many);
        assertThat(read.getSpending().orElseThrow().lines(SpendingItem.SPECIAL_LINE)).hasSize(14);
        assertThat(read.getSpending().orElseThrow().line(SpendingItem.PUBLIC_FUNDS)).isPresent();
    }

    @Test
    void blankCellsAreAbsentFiguresAndPlaceholdersAreKept() {
        SpendingControl base = HENGYANG.getSpending().orElseThrow();
        List<SpendingLine> lines = new ArrayList<>(base.getLines());
        lines.set(5, line(SpendingItem.OFFICIAL_RECEPTION, "3、公务接待", "4.27", null, "-"));
        BasicData blanks = BasicData.builder().from(HENGYANG)
                .staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow()).authorized(java.util.Optional.empty())
                        .declaredRate(java.util.Optional.empty()).build())
                .spending(SpendingControl.builder().from(base).lines(lines).build()).build();
        ValueWithDiagnostics<BasicData> t = read(TableSketch.at(0).draw(blanks, GridSketch.sheet("表")).build()).get(0);
        assertThat(t.getValue()).isEqualTo(blanks);
        SpendingLine reception = t.getValue().getSpending().orElseThrow().line(SpendingItem.OFFICIAL_RECEPTION).orElseThrow();
        assertThat(reception.getBudget()).isEmpty();
        assertThat(reception.getActual()).hasValueSatisfying(f -> {
            assertThat(f.getRaw()).isEqualTo("-");
            assertThat(f.isParsed()).isFalse();
        });
    }

    @Test
    void whatTheTableCannotPlaceIsNamedAndKept() {
        Grid g = GridSketch.sheet("表")
                .row("部门整体支出绩效评价基础数据表")
                .row("单位名称：衡阳市应急管理局", "", "", "", "单位：万元")
                .row("经费控制情况(万元)", "2022 决算数", "2023 预算数", "2023 决算数", "备注")
                .row("三公经费", "59.17", "80.3", "67.32", "含接待")
                .row("人员经费", "1200", "1300", "1290")
                .row("政府采购金额", "294", "305", "305")
                .row("填表人：张三")
                .build();
        ValueWithDiagnostics<BasicData> t = read(g).get(0);
        BasicData table = t.getValue();
        assertThat(table.getDepartment()).contains("衡阳市应急管理局");
        assertThat(table.getNotes()).containsExactly("单位：万元", "填表人：张三");
        assertThat(table.toString()).doesNotContain("张三");
        SpendingControl s = table.getSpending().orElseThrow();
        assertThat(s.getLines()).extracting(SpendingLine::getItem)
                .containsExactly(SpendingItem.THREE_PUBLIC, SpendingItem.OTHER, SpendingItem.GOVERNMENT_PROCUREMENT);
        assertThat(s.getLines().get(1).getActual()).contains(Figure.of("1290"));
        assertThat(t.getDiagnostics()).filteredOn(d -> d.is(BasicDataCode.BASIC_DATA_UNKNOWN_LINE))
                .extracting(Diagnostic::getLocation).containsExactly(java.util.Optional.of(Location.cell("表", "A5")));
        assertThat(t.getDiagnostics()).filteredOn(d -> d.is(BasicDataCode.BASIC_DATA_UNREAD_CELL))
                .extracting(Diagnostic::getWhere).containsExactlyInAnyOrder("表!E3", "表!E4");
        assertThat(t.getDiagnostics()).filteredOn(d -> d.is(StandardCode.MISSING_PART)).extracting(Diagnostic::getMessageEn)
                .containsExactlyInAnyOrder("the basic-data table has no \"财政供养人员情况\" part",
                        "the basic-data table has no \"楼堂馆所控制情况\" part", "the basic-data table has no \"厉行节约保障措施\" part");
    }

    @Test
    void ratesWithoutPercentAreReadAsPercentagesWithARemark() {
        Grid g = GridSketch.sheet("表")
                .row("财政供养人员情况", "编制数", "实际在职人数", "控制率")
                .row("", GridSketch.num("90"), GridSketch.num("86"), GridSketch.num("95.56"))
                .build();
        ValueWithDiagnostics<BasicData> t = read(g).get(0);
        assertThat(t.getValue().getStaffing().flatMap(Staffing::getDeclaredRate).orElseThrow().decimal()).isEqualByComparingTo("0.9556");
        assertThat(t.getDiagnostics()).anySatisfy(d -> {
            assertThat(d.is(StandardCode.VALUE_REMARK)).isTrue();
            assertThat(d.getWhere()).isEqualTo("表!D2");
        });
    }

    @Test
    void formsAreNotTakenForTables() {
        Grid form = GridSketch.sheet("自评表")
                .row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row("", "年度资金总额", "20", "20", "19", "10", "95%", "9.5")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "“三公”经费控制率", "≤100%", "83.84%", "10", "10")
                .build();
        assertThat(BasicDataParser.create().parse(form)).isEmpty();
    }

    @Test
    void aSheetWithAFormAndATableGivesBoth() {
        GridSketch s = GridSketch.sheet("部门整体")
                .row("2023年度部门整体支出绩效自评表")
                .row("部门名称", "衡阳市应急管理局")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "执法检查次数", "≥100次", "120次", "90", "90")
                .row("总分", "", "", "", "", "90", "90")
                .skip();
        Grid g = TableSketch.at(0).draw(HENGYANG, s).build();
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.forms()).hasSize(1);
        assertThat(read.getBasicData()).hasSize(1);
        assertThat(read.getBasicData().get(0).getValue()).isEqualTo(HENGYANG);
        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getUnreadCells()).as("the table's cells are the table's, not the form's unread cells").isEmpty();
        assertThat(read.getForms().get(0).getDiagnostics()).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ));
    }

    @Test
    void twoTablesOnOneGridAreTwoTables() {
        BasicData y2022 = BasicData.builder().from(HENGYANG).year(2022)
                .staffing(Staffing.builder().from(HENGYANG.getStaffing().orElseThrow()).actualHeading(Heading.of("2022 年实际在职人数")).build())
                .spending(SpendingControl.builder().from(HENGYANG.getSpending().orElseThrow())
                        .columns(List.of(ColumnHeader.builder().column(SpendingColumn.PRIOR_ACTUAL).label("2021 决算数").year(2021).build(),
                                ColumnHeader.builder().column(SpendingColumn.BUDGET).label("2022 预算数").year(2022).build(),
                                ColumnHeader.builder().column(SpendingColumn.ACTUAL).label("2022 决算数").year(2022).build()))
                        .build()).build();
        GridSketch s = GridSketch.sheet("两年");
        TableSketch.at(0).draw(y2022, s).skip();
        Grid g = TableSketch.at(0).draw(HENGYANG, s).build();
        List<ValueWithDiagnostics<BasicData>> tables = read(g);
        assertThat(tables).extracting(ValueWithDiagnostics::getValue).containsExactly(y2022, HENGYANG);
    }

    @Test
    void aHostileSheetOfManyLabelRowsIsReadInLinearTime() {
        GridSketch s = GridSketch.sheet("大表").row("部门整体支出绩效评价基础数据表")
                .row("经费控制情况(万元)", "2022 决算数", "2023 预算数", "2023 决算数");
        for (int i = 0; i < 9_990; i++) {
            s.row("说明行" + i);
        }
        Grid g = s.row("最后一行", "1", "2", "3").build();
        List<ValueWithDiagnostics<BasicData>> tables = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> BasicDataParser.create().parse(g));
        assertThat(tables.get(0).getValue().getSpending().orElseThrow().getLines()).hasSize(9_991);
    }

    @Test
    void aGridWithoutATableGivesNone() {
        Grid g = GridSketch.table(3, "2023年度部门决算收入支出表").row("项目", "决算数").row("一般公共预算财政拨款收入", "4754.76").build();
        assertThat(BasicDataParser.create().parse(g)).isEmpty();
        GridReadResult read = FormParser.create().parse(g);
        assertThat(read.getSkipped()).hasValueSatisfying(d -> assertThat(d.getMessageEn()).contains("no basic-data table"));
    }

    @Test
    void staffingWrittenAsAColumnOfLabelsReadsTheSameFiguresAtTheirCells() {
        Grid g = TableSketch.at(1).staffingAsColumn().draw(HENGYANG, GridSketch.sheet("表")).build();
        ValueWithDiagnostics<BasicData> t = read(g).get(0);
        assertThat(t.getValue()).isEqualTo(HENGYANG);
        assertThat(t.getDiagnostics()).isEmpty();
        Staffing s = t.getValue().getStaffing().orElseThrow();
        assertThat(s.getAuthorized().flatMap(Figure::getSource)).contains(Location.cell("表", "D2"));
        assertThat(s.getActual().flatMap(Figure::getSource)).contains(Location.cell("表", "D3"));
        assertThat(s.getDeclaredRate().flatMap(Figure::getSource)).contains(Location.cell("表", "D4"));
        assertThat(t.getValue().getYear()).as("from 2023 年实际在职人数 and the spending columns").contains(2023);
    }

    @Test
    void aColumnOfStaffingLabelsWithoutItsRateAndWithTextFigures() {
        Grid g = GridSketch.sheet("表")
                .row("部门整体支出绩效评价基础数据表")
                .row("人员情况", "编制人数", "42")
                .row("", "实有人数", "40")
                .row("经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数")
                .row("三公经费", "3.2", "4", "3.5")
                .row("公用经费", "20", "22", "21")
                .build();
        BasicData t = only(g);
        Staffing s = t.getStaffing().orElseThrow();
        assertThat(s.getLabel()).isEqualTo("人员情况");
        assertThat(s.getAuthorized().orElseThrow().decimal()).isEqualByComparingTo("42");
        assertThat(s.getActual().orElseThrow().decimal()).isEqualByComparingTo("40");
        assertThat(s.getActualHeading().orElseThrow().getLabel()).isEqualTo("实有人数");
        assertThat(s.getDeclaredRate()).isEmpty();
        assertThat(t.getSpending()).isPresent();
    }
}
