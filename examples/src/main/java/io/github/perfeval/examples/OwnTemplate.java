package io.github.perfeval.examples;

import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.grid.form.Role;
import io.github.perfeval.grid.form.Vocabulary;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Example: an integrator's own template. A city's budget system exports its form with labels of its own
 * (本年目标, 本年实绩, 标准分, 自评分, 情况说明, 一般财政资金, 复核人). perfeval reads forms by their structure and a
 * vocabulary of labels; the city's labels go into the vocabulary, and the same reader reads the city's
 * forms, with no fork and no code of its own.
 *
 * <pre>{@code
 * Vocabulary city = Vocabulary.standard().toBuilder()
 *         .add(Role.TARGET, "本年目标").add(Role.ACTUAL, "本年实绩")
 *         .add(Role.WEIGHT, "标准分").add(Role.SCORE, "自评分").add(Role.REASON, "情况说明")
 *         .add(Role.FOOTER, "复核人")
 *         .addBudgetLine(BudgetLineKind.FISCAL_FUNDS, "一般财政资金")
 *         .build();
 * ExcelFormReader reader = ExcelFormReader.builder().vocabulary(city).build();
 * }</pre>
 */
public final class OwnTemplate {

    private OwnTemplate() {
    }

    /** The city's labels, added to perfeval's. Build once, share across threads. */
    public static Vocabulary cityVocabulary() {
        return Vocabulary.standard().toBuilder()
                .add(Role.TARGET, "本年目标")
                .add(Role.ACTUAL, "本年实绩")
                .add(Role.WEIGHT, "标准分")
                .add(Role.SCORE, "自评分")
                .add(Role.REASON, "情况说明")
                .add(Role.FOOTER, "复核人")
                .addBudgetLine(BudgetLineKind.FISCAL_FUNDS, "一般财政资金")
                .build();
    }

    /** The city's reader. */
    public static ExcelFormReader cityReader() {
        return ExcelFormReader.builder().vocabulary(cityVocabulary()).build();
    }

    /**
     * A form in the city's template, as its budget system exports it.
     *
     * @return the workbook's bytes
     * @throws IOException never in practice (written to memory)
     */
    public static byte[] cityWorkbook() throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("自评表");
            String[][] rows = {
                {"2024年度项目支出绩效自评表"},
                {"项目名称", "社区应急广播建设"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"},
                {"", "年度资金总额", "50", "48", "47.5", "98.96%"},
                {"", "其中：一般财政资金", "50", "48", "47.5", "98.96%"},
                {"一级指标", "二级指标", "三级指标", "本年目标", "本年实绩", "标准分", "自评分", "情况说明"},
                {"产出指标", "数量指标", "建成广播点位", "≥120个", "126个", "50", "50", ""},
                {"效益指标", "社会效益指标", "预警信息覆盖率", "≥95%", "93%", "40", "38", "部分山区信号弱，已申请增设中继"},
                {"总分", "", "", "", "", "90", "88", ""},
                {"填表人：陈七", "", "", "复核人：周八"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 7));
            s.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            s.addMergedRegion(new CellRangeAddress(8, 8, 0, 4));
            s.addMergedRegion(new CellRangeAddress(9, 9, 0, 2));
            s.addMergedRegion(new CellRangeAddress(9, 9, 3, 7));
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Reads the city's form with perfeval's labels only, then with the city's. */
    public static void main(String[] args) throws IOException {
        byte[] workbook = cityWorkbook();
        ExcelReadResult standard = ExcelFormReader.create().read(new ByteArrayInputStream(workbook), "city.xlsx");
        System.out.println("standard labels: " + standard.getForms().size() + " form(s); " + standard.getDiagnostics());
        ExcelReadResult city = cityReader().read(new ByteArrayInputStream(workbook), "city.xlsx");
        System.out.println("city labels: " + city.forms());
    }
}
