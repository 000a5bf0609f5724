package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same form laid out differently reads to the same model. */
class LayoutVariantsTest {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("年度指标值", "目标值"), Map.entry("实际完成值", "完成值"), Map.entry("全年预算数", "调整后预算数（A）"),
            Map.entry("全年执行数", "全年执行数（B）"), Map.entry("执行率", "执行率（B/A）"), Map.entry("分值", "权重（%）"),
            Map.entry("偏差原因分析及改进措施", "偏差原因"), Map.entry("一级指标", "一级\n指标"), Map.entry("二级指标", "二级指 标"),
            Map.entry("三级指标", "三级指标\u3000"));

    @Test
    void shiftedTableSynonymHeadersAndNumbersAsTextReadTheSame() throws IOException {
        Form published = PublishedForms.yueyang2024();
        byte[] original;
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(published), null)) {
            Sheet s = wb.getSheetAt(0);
            // the table starts lower, with a blank column on the left, and a note sheet before it
            s.shiftRows(0, s.getLastRowNum(), 4);
            s.shiftColumns(0, 12, 1);
            s.createRow(1).createCell(3).setCellValue("附件2");
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && SYNONYMS.containsKey(c.getStringCellValue())) {
                        c.setCellValue(SYNONYMS.get(c.getStringCellValue()));
                    } else if (c.getCellType() == CellType.NUMERIC && c.getCellStyle().getDataFormatString().indexOf('%') < 0) {
                        String text = Decimals.ofExcel(c.getNumericCellValue()).orElseThrow().toPlainString();
                        c.setCellValue("\u3000" + text + " ");
                    }
                }
            }
            Sheet notes = wb.createSheet("基础数据表");
            notes.createRow(0).createCell(0).setCellValue("说明：本表仅供参考");
            wb.setSheetOrder("基础数据表", 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            original = out.toByteArray();
        }
        ExcelReadResult read = ExcelFormReader.create().read(new ByteArrayInputStream(original), "variant.xlsx");
        assertThat(read.getDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.is(StandardCode.SHEET_SKIPPED)).isTrue();
            assertThat(d.getWhere()).isEqualTo("基础数据表");
        });
        assertThat(read.forms()).hasSize(1);
        Form form = read.forms().get(0);
        // numbers as text keep their raw text (with the spaces); their values are the same
        assertThat(form.getIndicators().get(0).getWeight().orElseThrow().getRaw()).isEqualTo("\u30005 ");
        assertThat(form.getIndicators().get(0).getWeight().orElseThrow().decimal()).isEqualByComparingTo("5");
        assertThat(form.getIndicators().get(0).getSource().orElseThrow().getCell().orElseThrow())
                .as("the name column moved from D to E").startsWith("E");
        assertThat(form.getTextSections()).as("the 附件2 line added above the form is kept, with the published one")
                .extracting(TextSection::getText).containsExactly("附件2", "附件2");
        Form withoutAdded = Form.builder().from(form).textSections(published.getTextSections()).build();
        assertThat(stripRawNumbers(withoutAdded)).isEqualTo(stripRawNumbers(published));
    }

    @Test
    void percentFormattedNumbersAreReadAsThePercentagesPeopleSee() throws IOException {
        byte[] bytes;
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            Sheet s = wb.getSheetAt(0);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && (c.getStringCellValue().equals("95%") || c.getStringCellValue().equals("90%"))) {
                        c.setCellValue(Double.parseDouble(c.getStringCellValue().replace("%", "")) / 100);
                        c.setCellStyle(percent);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        Form form = ExcelFormReader.create().read(new ByteArrayInputStream(bytes), "percent.xlsx").forms().get(0);
        assertThat(form.getIndicators().get(4).getTarget().getRaw()).isEqualTo("90%");
        assertThat(form.getIndicators().get(22).getActual().getRaw()).isEqualTo("95%");
        assertThat(form.getIndicators()).isEqualTo(PublishedForms.yueyang2024().getIndicators());
    }

    @Test
    void twoFormsOnOneSheetAreBothFound() throws IOException {
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.liuhe2024Project()), null);
             Workbook second = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.liuhe2024Department()), null)) {
            Sheet s = wb.getSheetAt(0);
            Sheet t = second.getSheetAt(0);
            int offset = s.getLastRowNum() + 3;
            for (Row row : t) {
                Row target = s.createRow(row.getRowNum() + offset);
                for (Cell c : row) {
                    Cell copy = target.createCell(c.getColumnIndex());
                    if (c.getCellType() == CellType.NUMERIC) {
                        copy.setCellValue(c.getNumericCellValue());
                    } else {
                        copy.setCellValue(c.getStringCellValue());
                    }
                }
            }
            for (var region : t.getMergedRegions()) {
                s.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(region.getFirstRow() + offset,
                        region.getLastRow() + offset, region.getFirstColumn(), region.getLastColumn()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            List<Form> forms = ExcelFormReader.create().read(new ByteArrayInputStream(out.toByteArray()), "two.xlsx").forms();
            assertThat(forms).hasSize(2);
            assertThat(forms.get(0)).isEqualTo(PublishedForms.liuhe2024Project());
            assertThat(forms.get(1).getIndicators()).isEqualTo(PublishedForms.liuhe2024Department().getIndicators());
        }
    }

    /** Compares everything but the raw text of numbers (which a layout with numbers as text changes on purpose). */
    private static String stripRawNumbers(Form f) {
        return f.toString().replaceAll("\u3000| ", "");
    }
}
