package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.Annotated;
import io.github.perfeval.core.fixtures.FormTexts;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.excel.bulk.BulkIndicatorReader;
import io.github.perfeval.excel.bulk.BulkIndicatorWriter;
import io.github.perfeval.excel.bulk.IndicatorRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk workbook holds every value of the forms written to it: every form the repo holds (each grid, workbook
 * fixture and published form, as {@link EveryFormRoundTripTest} gathers them), plain and with a comment on every
 * cell and a 原因 on every budget line ({@link Annotated}). Each text of the model ({@link FormTexts}) is in a
 * cell of one of its sheets; the indicator rows read back by {@link BulkIndicatorReader} are the rows written,
 * without a diagnostic; no cell is a formula, and a text starting as one is a quote-prefixed text cell.
 */
class BulkEveryFormTest {

    static Stream<Arguments> forms() throws IOException {
        List<Arguments> all = new ArrayList<>();
        EveryFormRoundTripTest.everyForm().forEach(a -> {
            all.add(a);
            all.add(Arguments.of(a.get()[0] + " + Annotated", Annotated.everyCellCommented((Form) a.get()[1])));
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyValueOfTheFormIsInTheWorkbookAndTheRowsReadBack(String name, Form form) throws IOException {
        byte[] bytes = write(form);
        List<IndicatorRow> rows = new ArrayList<>();
        ValueWithDiagnostics<Long> read = BulkIndicatorReader.read(new ByteArrayInputStream(bytes), "bulk.xlsx", rows::add);
        assertThat(read.getDiagnostics()).as(name).isEmpty();
        List<IndicatorRow> written = new ArrayList<>();
        for (Indicator i : form.getIndicators()) {
            written.add(IndicatorRow.of(form, i));
        }
        assertThat(rows).as(name).isEqualTo(written);

        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).as(name).isEqualTo(3);
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(name + " " + sheet.getSheetName() + "!" + cell.getAddress()).isEqualTo(CellType.STRING);
                        String text = cell.getStringCellValue();
                        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(name + " " + cell.getAddress() + " " + text).isTrue();
                        }
                        cells.append(FormTexts.flat(text)).append('\u0000');
                    }
                }
            }
        }
        String all = cells.toString();
        for (FormTexts.Text t : FormTexts.of(form)) {
            assertThat(all).as(name + ": " + t.where()).contains(FormTexts.flat(t.text()));
        }
    }

    @Test
    void aTableWrittenBeforeTheColumnsOfPartsExtrasAndCommentsReadsWithoutADiagnostic() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("指标");
            String[] headers = {"年度", "表类型", "预算单位", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施"};
            String[] values = {"2024", "PROJECT", "某局", "某项目", "产出指标", "数量指标", "培训场次", "≥4次", "5次", "10", "10", ""};
            for (int r = 0; r < 2; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < headers.length; c++) {
                    row.createCell(c).setCellValue(r == 0 ? headers[c] : values[c]);
                }
            }
            wb.write(out);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        ValueWithDiagnostics<Long> read = BulkIndicatorReader.read(new ByteArrayInputStream(out.toByteArray()), "old.xlsx", rows::add);
        assertThat(read.getDiagnostics()).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getName()).isEqualTo("培训场次");
            assertThat(r.getExtras()).isEmpty();
            assertThat(r.getComments()).isEmpty();
        });
    }

    private static byte[] write(Form form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
            w.write(form);
        }
        return out.toByteArray();
    }
}
