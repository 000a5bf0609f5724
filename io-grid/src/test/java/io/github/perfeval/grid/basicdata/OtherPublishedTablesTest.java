package io.github.perfeval.grid.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridSketch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables the reader was not tuned on. No second published basic-data table is in the stored pages
 * (searched: 部门整体支出绩效评价基础数据表, 财政供养人员情况 编制数 实际在职人数, 楼堂馆所 投资概算控制率,
 * 一个专项一行, …); the closest published material is a Hunan unit's own 三公经费 table, rebuilt here
 * row by row as the stored page gives it:
 *
 * <p>岳阳县台创园, “台创园2017年度部门“三公”经费预算情况表”, published 2017-04-27,
 * http://yyx.gov.cn/37584/38146/38306/content_1180192.html (the stored text writes 年 as {@code -}:
 * {@code 2016-执行数}, {@code 2017-预算数}). Amounts in 元; the 执行数 column left blank; its own order
 * (接待 before 公务用车, 运行维护 before 购置), a 支出合计 for the total, a section of counts
 * (团组数(个), 保有量(辆), 接待批次(批)) and a section of text.
 */
class OtherPublishedTablesTest {

    static final String SOURCE = "http://yyx.gov.cn/37584/38146/38306/content_1180192.html";

    /** The published rows, from its title on. */
    static GridSketch taichuangyuan2017(GridSketch s) {
        return s.row("台创园2017-度部门“三公”经费预算情况表", "", "")
                .row("", "", "单位:元")
                .row("项目", "2016-执行数", "2017-预算数")
                .row("一、支出合计", "", "250000")
                .row("1、因公出国(境)费用", "", "")
                .row("2、公务接待费", "", "150000")
                .row("3、公务用车费", "", "100000")
                .row("其中:(1)公务用车运行维护费", "", "100000")
                .row("(2)公务用车购置", "", "")
                .row("二、相关统计数", "", "")
                .row("1.因公出国(境)团组数(个)", "", "0")
                .row("2.因公出国(境)人数(人)", "", "0")
                .row("3.公务用车购置数(辆)", "", "")
                .row("4.公务用车保有量(辆)", "", "1")
                .row("5.公务接待批次(批)", "", "10")
                .row("6.公务接待人数(人)", "", "500")
                .row("三、“三公”经费增减变化原因等说明", "", "")
                .row("备注:1、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。", "", "");
    }

    @Test
    void aUnitsOwnThreePublicTableIsNotTakenForTheBasicDataTable() {
        Grid published = taichuangyuan2017(GridSketch.table(1, "岳阳县2017年度部门“三公”经费预算情况表")).build();
        assertThat(BasicDataParser.create().parse(published)).as("a 三公经费 disclosure table, " + SOURCE).isEmpty();
    }

    @Test
    void itsRowsAsTheSpendingControlOfABasicDataTableReadInTheirOwnLabelsAndOrder() {
        Grid g = taichuangyuan2017(GridSketch.sheet("基础数据表").row("部门整体支出绩效评价基础数据表")).build();
        List<ValueWithDiagnostics<BasicData>> tables = BasicDataParser.create().parse(g);
        assertThat(Accounting.unaccounted(g, tables)).isEmpty();
        BasicData t = tables.get(0).getValue();
        SpendingControl s = t.getSpending().orElseThrow();
        assertThat(s.getUnit()).as("单位:元 above the columns").isEqualTo(MoneyUnit.YUAN);
        assertThat(s.year(SpendingColumn.PRIOR_ACTUAL)).contains(2016);
        assertThat(s.year(SpendingColumn.BUDGET)).contains(2017);
        assertThat(s.column(SpendingColumn.ACTUAL)).isEmpty();
        assertThat(t.getYear()).contains(2017);
        assertThat(s.getLines()).extracting(SpendingLine::getItem).startsWith(SpendingItem.THREE_PUBLIC, SpendingItem.OVERSEAS_TRAVEL,
                SpendingItem.OFFICIAL_RECEPTION, SpendingItem.OFFICIAL_VEHICLES, SpendingItem.VEHICLE_OPERATION,
                SpendingItem.VEHICLE_PURCHASE, SpendingItem.OTHER);
        assertThat(s.line(SpendingItem.THREE_PUBLIC).flatMap(SpendingLine::getBudget)).contains(Figure.of("250000"));
        assertThat(s.line(SpendingItem.OFFICIAL_VEHICLES).flatMap(SpendingLine::getBudget)).contains(Figure.of("100000"));
        assertThat(s.line(SpendingItem.OVERSEAS_TRAVEL).flatMap(SpendingLine::getBudget)).isEmpty();
        assertThat(s.lines(SpendingItem.OTHER)).as("the counts are no spending lines").extracting(SpendingLine::getLabel)
                .containsExactly("二、相关统计数", "1.因公出国(境)团组数(个)", "2.因公出国(境)人数(人)", "3.公务用车购置数(辆)",
                        "4.公务用车保有量(辆)", "5.公务接待批次(批)", "6.公务接待人数(人)");
        assertThat(s.lines(SpendingItem.OTHER).get(6).getBudget()).contains(Figure.of("500"));
        assertThat(t.getNotes()).contains("三、“三公”经费增减变化原因等说明");
        assertThat(tables.get(0).getDiagnostics()).filteredOn(d -> d.is(BasicDataCode.BASIC_DATA_UNKNOWN_LINE)).hasSize(7);
    }
}
