package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.grid.read.ReadLimits;
import io.github.perfeval.excel.read.SheetGrids;
import io.github.perfeval.excel.read.WorkbookReadException;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A POI sheet becomes a grid with everything a person sees in it, and what hides behind it. */
class SheetGridsTest {

    @Test
    void formatsCommentsFormulasMergesAndHiddenFlagsReachTheGrid() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("说明");
            Sheet s = wb.createSheet("自评表");
            wb.setSheetHidden(0, true);
            CellStyle days = wb.createCellStyle();
            days.setDataFormat(wb.createDataFormat().getFormat("0\"天\""));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Row r0 = s.createRow(0);
            r0.createCell(0).setCellValue("产出指标");
            r0.createCell(2).setCellValue(90);
            r0.getCell(2).setCellStyle(days);
            r0.createCell(3).setCellValue(0.9986);
            r0.getCell(3).setCellStyle(percent);
            r0.createCell(4).setCellFormula("C1+1");
            r0.createCell(5).setCellValue("评分");
            Drawing<?> drawing = s.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            Comment note = drawing.createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString("评审意见：请核实"));
            r0.getCell(5).setCellComment(note);
            s.createRow(1).createCell(0).setCellValue("");
            s.getRow(1).setZeroHeight(true);
            s.setColumnHidden(1, true);
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            ValueWithDiagnostics<Grid> read = SheetGrids.of(s, ReadLimits.defaults(), "t.xlsx");
            Grid g = read.getValue();
            assertThat(read.getDiagnostics()).isEmpty();
            assertThat(g.getSheet()).contains("自评表");
            assertThat(g.isHidden()).isFalse();
            assertThat(SheetGrids.of(wb.getSheetAt(0), ReadLimits.defaults(), "t.xlsx").getValue().isHidden()).isTrue();
            GridCell ninety = g.cell(0, 2);
            assertThat(ninety.getText()).isEqualTo("90");
            assertThat(ninety.getShown()).isEqualTo("90天");
            assertThat(ninety.getFormat().getUnit()).contains("天");
            GridCell rate = g.cell(0, 3);
            assertThat(rate.getNumber()).contains(new BigDecimal("0.9986"));
            assertThat(rate.getShown()).isEqualTo("99.86%");
            assertThat(rate.getFormat().isPercent()).isTrue();
            assertThat(rate.getFormat().getDecimals()).hasValue(2);
            GridCell formula = g.cell(0, 4);
            assertThat(formula.getFormula()).contains("=C1+1");
            assertThat(formula.getNumber()).contains(new BigDecimal("91"));
            assertThat(g.cell(0, 5).getComment()).contains("评审意见：请核实");
            assertThat(g.cell(1, 0).getText()).isEqualTo("产出指标");
            assertThat(g.getMergedRegions()).containsExactly(CellRange.of(0, 0, 1, 0));
            assertThat(g.isRowHidden(1)).isTrue();
            assertThat(g.isRowHidden(0)).isFalse();
            assertThat(g.isColumnHidden(1)).isTrue();
        }
    }

    @Test
    void aFormulaWithNoCachedValueIsItsTextWithADiagnostic() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            s.createRow(0).createCell(0).setCellFormula("SUM(B1:B2)");
            ValueWithDiagnostics<Grid> read = SheetGrids.of(s, ReadLimits.defaults(), "t.xlsx");
            assertThat(read.getValue().cell(0, 0).getText()).isEqualTo("=SUM(B1:B2)");
            assertThat(read.getValue().cell(0, 0).getFormula()).contains("=SUM(B1:B2)");
            assertThat(read.getDiagnostics()).singleElement().satisfies(d -> {
                assertThat(d.is(StandardCode.FORMULA_AS_TEXT)).isTrue();
                assertThat(d.getWhere()).isEqualTo("s!A1");
            });
        }
    }

    @Test
    void aSheetBeyondTheLimitsIsTooLarge() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("big");
            s.createRow(0).createCell(0).setCellValue("x".repeat(30));
            assertThatThrownBy(() -> SheetGrids.of(s, ReadLimits.defaults().withMaxCellText(20), "t.xlsx"))
                    .isInstanceOf(WorkbookReadException.class)
                    .satisfies(e -> assertThat(((WorkbookReadException) e).getProblem()).isEqualTo(WorkbookReadException.Problem.TOO_LARGE))
                    .hasMessageContaining("big!A1 holds 30 characters");
        }
    }
}
