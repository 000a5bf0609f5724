package io.github.perfeval.grid;

import io.github.perfeval.core.source.Location;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grid as every source fills it: cells, merges seen from every cell, hidden flags, places, limits. */
class GridTest {

    @Test
    void aMergedRegionIsSeenFromEveryCellItSpans() {
        Grid g = Grid.sheetBuilder("表1", GridLimits.defaults())
                .put(0, 0, "产出指标").merge(0, 0, 3, 0)
                .put(0, 1, "数量指标").put(0, 4, GridCell.number(new BigDecimal("5")))
                .put(4, 4, GridCell.EMPTY)
                .build();
        assertThat(g.rowCount()).isEqualTo(5);
        assertThat(g.columnCount()).isEqualTo(5);
        assertThat(g.cell(2, 0).getText()).isEqualTo("产出指标");
        assertThat(g.ownCell(2, 0)).isEqualTo(GridCell.EMPTY);
        assertThat(g.isOrigin(0, 0)).isTrue();
        assertThat(g.isOrigin(2, 0)).isFalse();
        assertThat(g.continuesFromAbove(2, 0)).isTrue();
        assertThat(g.continuesFromLeft(2, 0)).isFalse();
        assertThat(g.originRow(3, 0)).isZero();
        assertThat(g.place(3, 0)).isEqualTo(Location.cell("表1", "A1"));
        assertThat(g.place(0, 4)).isEqualTo(Location.cell("表1", "E1"));
        assertThat(g.cell(0, 4).getNumber()).contains(new BigDecimal("5"));
        assertThat(g.cell(99, 99)).isEqualTo(GridCell.EMPTY);
        assertThat(g.getMergedRegions()).containsExactly(CellRange.of(0, 0, 3, 0));
        assertThat(g.getMergedRegions().get(0)).hasToString("A1:A4");
    }

    @Test
    void mergesAreClippedToTheGridAndAnOverlappingMergeIsDropped() {
        Grid g = Grid.sheetBuilder("s", GridLimits.defaults())
                .put(0, 0, "title").put(2, 2, "x")
                .merge(0, 0, 0, 9)          // wider than the grid
                .merge(0, 1, 1, 1)          // overlaps the first
                .merge(5, 5, 6, 6)          // outside
                .build();
        assertThat(g.getMergedRegions()).containsExactly(CellRange.of(0, 0, 0, 2));
        assertThat(g.cell(0, 2).getText()).isEqualTo("title");
        assertThat(g.cell(1, 1)).isEqualTo(GridCell.EMPTY);
    }

    @Test
    void aDocumentTableHasTablePlacesWithItsContextAndRowsFromAContinuation() {
        Grid g = Grid.tableBuilder(3, "  2024年度项目支出绩效自评表 ", GridLimits.defaults())
                .put(0, 0, "一级指标").put(0, 3, "年度指标值")
                .put(1, 0, "产出指标").merge(1, 0, 2, 1)
                .put(2, 3, "≥4次")
                .rowSource(2, 4, 1)            // the form goes on in table 4 after a page break
                .build();
        assertThat(g.getSheet()).isEmpty();
        assertThat(g.getTable()).hasValue(3);
        assertThat(g.getContext()).contains("2024年度项目支出绩效自评表");
        assertThat(g.place(0, 3)).isEqualTo(Location.tableCell(3, 1, 4).withContext("2024年度项目支出绩效自评表"));
        assertThat(g.place(2, 1)).as("the merge's first cell").isEqualTo(Location.tableCell(3, 2, 1).withContext("2024年度项目支出绩效自评表"));
        assertThat(g.place(2, 3)).isEqualTo(Location.tableCell(4, 1, 4).withContext("2024年度项目支出绩效自评表"));
        assertThat(g.place()).isEqualTo(Location.table(3).withContext("2024年度项目支出绩效自评表"));
        assertThat(g.describe(true)).isEqualTo("表格3");
        assertThat(g.describe(false)).isEqualTo("table 3");
        assertThat(g.address(2, 3)).isEqualTo("R3C4");
    }

    @Test
    void hiddenRowsColumnsAndGridsAreKept() {
        Grid g = Grid.sheetBuilder("s", GridLimits.defaults()).put(3, 3, "x").hideRow(2).hideColumn(1).hidden(true).build();
        assertThat(g.isRowHidden(2)).isTrue();
        assertThat(g.isRowHidden(3)).isFalse();
        assertThat(g.isColumnHidden(1)).isTrue();
        assertThat(g.isColumnHidden(3)).isFalse();
        assertThat(g.isHidden()).isTrue();
    }

    @Test
    void cellsKeepTheirFormatCommentAndFormula() {
        GridCell days = GridCell.number(new BigDecimal("90")).withFormat(CellFormat.parse("0\"天\""), "90天")
                .withComment("评审意见：核实").withFormula("=A1+1");
        assertThat(days.getText()).isEqualTo("90");
        assertThat(days.getShown()).isEqualTo("90天");
        assertThat(days.getFormat().getUnit()).contains("天");
        assertThat(days.getComment()).contains("评审意见：核实");
        assertThat(days.getFormula()).contains("=A1+1");
        assertThat(GridCell.text("≥4次").getShown()).isEqualTo("≥4次");
        assertThat(GridCell.text("满意度\n指标\n（10分）").normalized()).isEqualTo("满意度指标");
        assertThat(GridCell.error("#DIV/0!").isError()).isTrue();
    }

    @Test
    void limitsAreCheckedAsTheGridIsBuilt() {
        GridLimits small = GridLimits.of(10, 5, 20, 2);
        assertThatThrownBy(() -> Grid.sheetBuilder("s", small).put(10, 0, "x"))
                .isInstanceOf(GridTooLargeException.class).hasMessageContaining("sheet \"s\"").hasMessageContaining("limit 10");
        assertThatThrownBy(() -> Grid.tableBuilder(2, null, small).put(0, 5, "x"))
                .isInstanceOf(GridTooLargeException.class).hasMessageContaining("table 2").hasMessageContaining("limit 5");
        assertThatThrownBy(() -> Grid.sheetBuilder("s", small).put(0, 1, "x".repeat(21)))
                .isInstanceOf(GridTooLargeException.class).hasMessageContaining("s!B1 holds 21 characters, limit 20");
        Grid.Builder b = Grid.sheetBuilder("s", small).merge(0, 0, 1, 1).merge(2, 2, 3, 3);
        assertThatThrownBy(() -> b.merge(4, 4, 5, 5)).isInstanceOf(GridTooLargeException.class).hasMessageContaining("merged regions");
        assertThatThrownBy(() -> GridLimits.of(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CellRange.of(2, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a1AddressesGoPastZ() {
        assertThat(Grid.a1(0, 0)).isEqualTo("A1");
        assertThat(Grid.a1(13, 3)).isEqualTo("D14");
        assertThat(Grid.a1(0, 25)).isEqualTo("Z1");
        assertThat(Grid.a1(0, 26)).isEqualTo("AA1");
        assertThat(Grid.a1(9, 701)).isEqualTo("ZZ10");
        assertThat(Grid.a1(0, 702)).isEqualTo("AAA1");
    }
}
