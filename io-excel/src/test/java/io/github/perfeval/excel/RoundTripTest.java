package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.write.ExcelFormWriter;
import io.github.perfeval.excel.write.ScoreColumns;
import io.github.perfeval.excel.write.WriteOptions;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    static byte[] write(List<Form> forms) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create().write(forms, out);
        return out.toByteArray();
    }

    @Test
    void yueyangFixtureToModelToWorkbookToModelIsEqual() throws IOException {
        List<Form> read = READER.read(Fixtures.yueyang()).forms();
        List<Form> back = READER.read(new ByteArrayInputStream(write(read)), "written.xlsx").forms();
        assertThat(back).isEqualTo(read);
        assertThat(back.get(0)).isEqualTo(PublishedForms.yueyang2024());
    }

    @Test
    void liuheFixtureToModelToWorkbookToModelIsEqual() throws IOException {
        List<Form> read = READER.read(Fixtures.liuhe()).forms();
        ExcelReadResult back = READER.read(new ByteArrayInputStream(write(read)), "written.xlsx");
        assertThat(back.forms()).isEqualTo(read);
        assertThat(back.getForms().get(0).getDiagnostics()).as("written as text, not formulas")
                .noneMatch(d -> d.is(StandardCode.FORMULA_AS_TEXT));
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        Form form = Form.builder().from(PublishedForms.liuhe2024Project())
                .addIndicators(Indicator.builder().name("@SUM(A1:A9)").level1Label("产出指标").level2Label("数量指标")
                        .target(IndicatorValue.parse("=1+1")).actual(IndicatorValue.parse("-2+3"))
                        .deviationReason("+cmd|' /C calc'!A0").build())
                .build();
        byte[] bytes = write(List.of(form));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            int formulas = 0;
            int quoted = 0;
            for (var row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                    }
                    if (c.getCellType() == CellType.STRING && "=+-@".indexOf(c.getStringCellValue().isEmpty() ? ' '
                            : c.getStringCellValue().charAt(0)) >= 0) {
                        assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getAddress() + " " + c.getStringCellValue()).isTrue();
                        quoted++;
                    }
                }
            }
            assertThat(formulas).isZero();
            assertThat(quoted).as("=30000元, =1人, =25部, =12月, =100%, =1+1, -2+3, @SUM…, +cmd…").isGreaterThanOrEqualTo(9);
        }
        Form back = READER.read(new ByteArrayInputStream(bytes), "x.xlsx").forms().get(0);
        assertThat(back).isEqualTo(form);
    }

    @Test
    void scoredFormsCarryComputedScoresAndADiagnosticsSheetWithLinks() throws IOException {
        Evaluation e = Scorer.create().evaluate(PublishedForms.yueyang2024());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create(WriteOptions.defaults().withScores(ScoreColumns.BOTH)).writeEvaluations(List.of(e), out);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet diag = wb.getSheet("诊断 Diagnostics");
            assertThat(diag.getLastRowNum()).isEqualTo(e.getDiagnostics().size());
            boolean total = false;
            for (var row : diag) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("DECLARED_TOTAL_MISMATCH")) {
                    total = true;
                    assertThat(row.getCell(5).getHyperlink().getAddress()).startsWith("'部门整体支出绩效自评表'!");
                }
            }
            assertThat(total).isTrue();
            Sheet form = wb.getSheetAt(0);
            boolean commented = false;
            for (var row : form) {
                for (Cell c : row) {
                    if (c.getCellComment() != null && c.getCellComment().getString().getString().contains("MISSING_DEVIATION_REASON")) {
                        commented = true;
                        assertThat(c.getStringCellValue()).isEqualTo("应急救援装备水平");
                    }
                }
            }
            assertThat(commented).isTrue();
        }
        // declared scores are still there: the form reads back as published, plus a 计算得分 column it ignores
        Form back = READER.read(new ByteArrayInputStream(out.toByteArray()), "scored.xlsx").forms().get(0);
        assertThat(back.getIndicators()).isEqualTo(PublishedForms.yueyang2024().getIndicators());
    }

    @Test
    void computedScoresReplaceDeclaredOnesWhenAsked() throws IOException {
        Evaluation e = Scorer.create().evaluate(PublishedForms.liuhe2024Project());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create(WriteOptions.defaults().withScores(ScoreColumns.COMPUTED)).writeEvaluations(List.of(e), out);
        Form back = READER.read(new ByteArrayInputStream(out.toByteArray()), "computed.xlsx").forms().get(0);
        assertThat(back.getIndicators().get(4).getWeight().orElseThrow().decimal()).isEqualByComparingTo("8.33");
        assertThat(back.getDeclaredTotal().orElseThrow().decimal()).isEqualByComparingTo(e.getScore());
    }
}
