package io.github.perfeval.excel.write;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SavingMeasures;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.quantity.Figure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Lays one basic-data table out in its published layout (the 衡阳 2023 table's): seven columns, the
 * title across them; 财政供养人员情况 with 编制数, 实际在职人数 and 控制率 under their headings; 经费控制情况
 * with its three columns and one row per line; 楼堂馆所控制情况 with its six headings over its figures;
 * 厉行节约保障措施 across the six columns; notes below.
 */
final class BasicDataSheetWriter {

    static final int COLS = 7;
    private static final int[] WIDTHS = {30, 14, 18, 14, 14, 14, 16};

    private final Sheet sheet;
    private final Styles styles;
    private int row;

    BasicDataSheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(BasicData t) {
        text(row, 0, t.getTitle().orElse(BasicData.TITLE), Styles.Kind.TITLE);
        merge(row, row, 0, COLS - 1);
        sheet.getRow(row).setHeightInPoints(30);
        row++;
        t.getDepartment().ifPresent(d -> {
            text(row, 0, "单位名称", Styles.Kind.HEADER);
            text(row, 1, d, Styles.Kind.TEXT);
            fill(row, 2, COLS - 1);
            merge(row, row, 1, COLS - 1);
            row++;
        });
        t.getStaffing().ifPresent(s -> staffing(s, t.getYear()));
        t.getSpending().ifPresent(s -> spending(s, t.getYear()));
        t.getBuildings().ifPresent(this::buildings);
        t.getSavingMeasures().ifPresent(this::saving);
        for (String note : t.getNotes()) {
            text(row, 0, note, Styles.Kind.PLAIN);
            merge(row, row, 0, COLS - 1);
            row++;
        }
        for (int c = 0; c < COLS; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private void staffing(Staffing s, Optional<Integer> year) {
        text(row, 0, s.getLabel(), Styles.Kind.HEADER);
        text(row, 1, heading(s.getAuthorizedHeading(), "编制数"), Styles.Kind.HEADER);
        text(row, 2, heading(s.getActualHeading(), year.map(y -> y + " 年实际在职人数").orElse("实际在职人数")), Styles.Kind.HEADER);
        text(row, 3, heading(s.getRateHeading(), "控制率"), Styles.Kind.HEADER);
        row++;
        text(row, 0, "", Styles.Kind.TEXT);
        figure(row, 1, s.getAuthorized());
        figure(row, 2, s.getActual());
        figure(row, 3, s.getDeclaredRate());
        row++;
    }

    private void spending(SpendingControl s, Optional<Integer> year) {
        text(row, 0, s.getLabel(), Styles.Kind.HEADER);
        SpendingColumn[] order = SpendingColumn.values();
        for (int i = 0; i < order.length; i++) {
            SpendingColumn c = order[i];
            Optional<ColumnHeader> h = s.column(c);
            String label = h.map(ColumnHeader::getLabel).orElseGet(() -> year
                    .map(y -> c.labelFor(c == SpendingColumn.PRIOR_ACTUAL ? y - 1 : y)).orElse(c.label()));
            text(row, 1 + i, label, Styles.Kind.HEADER);
        }
        row++;
        for (SpendingLine l : s.getLines()) {
            text(row, 0, l.getLabel(), Styles.Kind.TEXT);
            figure(row, 1, l.getPriorActual());
            figure(row, 2, l.getBudget());
            figure(row, 3, l.getActual());
            row++;
        }
    }

    private void buildings(BuildingControl b) {
        String unit = b.getScaleUnit().map(u -> " (" + u + ")").orElse("");
        String money = " (" + b.getInvestmentUnit().label() + ")";
        text(row, 0, b.getLabel(), Styles.Kind.HEADER);
        text(row + 1, 0, "", Styles.Kind.HEADER);
        merge(row, row + 1, 0, 0);
        text(row, 1, heading(b.getApprovedScaleHeading(), "批复规模" + unit), Styles.Kind.HEADER);
        text(row, 2, heading(b.getActualScaleHeading(), "实际规模" + unit), Styles.Kind.HEADER);
        text(row, 3, heading(b.getScaleRateHeading(), "规模控制率"), Styles.Kind.HEADER);
        text(row, 4, heading(b.getBudgetInvestmentHeading(), "预算投资" + money), Styles.Kind.HEADER);
        text(row, 5, heading(b.getActualInvestmentHeading(), "实际投资" + money), Styles.Kind.HEADER);
        text(row, 6, heading(b.getInvestmentRateHeading(), "投资概算控制率"), Styles.Kind.HEADER);
        row++;
        List<Optional<Figure>> figures = List.of(b.getApprovedScale(), b.getActualScale(), b.getDeclaredScaleRate(),
                b.getBudgetInvestment(), b.getActualInvestment(), b.getDeclaredInvestmentRate());
        for (int i = 0; i < figures.size(); i++) {
            figure(row, 1 + i, figures.get(i));
        }
        row++;
    }

    private void saving(SavingMeasures m) {
        text(row, 0, m.getLabel(), Styles.Kind.HEADER);
        text(row, 1, m.getText(), Styles.Kind.TEXT);
        fill(row, 2, COLS - 1);
        merge(row, row, 1, COLS - 1);
        int lines = Math.max(1, FormSheetWriter.displayWidth(m.getText()) / 100 + 1);
        sheet.getRow(row).setHeightInPoints(15f * lines + 6);
        row++;
    }

    private static String heading(Optional<Heading> h, String template) {
        return h.map(Heading::getLabel).orElse(template);
    }

    /**
     * A figure as written: a number cell when its raw text is the plain number, else its raw text (a
     * percentage such as {@code 95.56%}, {@code 1,244.50}, a placeholder such as {@code %}); blank when absent.
     */
    private void figure(int r, int c, Optional<Figure> f) {
        if (f.isEmpty()) {
            text(r, c, "", Styles.Kind.TEXT_CENTER);
            return;
        }
        Optional<BigDecimal> v = f.get().getValue();
        if (v.isPresent() && v.get().toPlainString().equals(f.get().getRaw())) {
            Cell cell = cell(r, c);
            cell.setCellValue(v.get().doubleValue());
            cell.setCellStyle(styles.get(Styles.Kind.NUMBER));
        } else {
            text(r, c, f.get().getRaw(), Styles.Kind.TEXT_CENTER);
        }
    }

    /** Text as a string cell, never a formula; text a spreadsheet would take for a formula is quote-prefixed too. */
    private void text(int r, int c, String value, Styles.Kind kind) {
        Cell cell = cell(r, c);
        if (value.length() > FormSheetWriter.MAX_CELL_TEXT) {
            throw new IllegalArgumentException(sheet.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(r, c).formatAsString(false)
                    + ": 文本长" + value.length() + "字符，超过单元格上限" + FormSheetWriter.MAX_CELL_TEXT + " / a text of " + value.length()
                    + " characters does not fit a cell (at most " + FormSheetWriter.MAX_CELL_TEXT + "): \""
                    + value.substring(0, 20) + "…\"");
        }
        cell.setCellValue(value);
        boolean risky = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        CellStyle style = risky && kind != Styles.Kind.TITLE ? styles.quoted(kind, sheet.getWorkbook()) : styles.get(kind);
        cell.setCellStyle(style);
    }

    private void fill(int r, int from, int to) {
        for (int c = from; c <= to; c++) {
            cell(r, c).setCellStyle(styles.get(Styles.Kind.TEXT));
        }
    }

    private Cell cell(int r, int c) {
        Row rr = sheet.getRow(r);
        if (rr == null) {
            rr = sheet.createRow(r);
        }
        Cell cell = rr.getCell(c);
        return cell == null ? rr.createCell(c) : cell;
    }

    private void merge(int r0, int r1, int c0, int c1) {
        if (r1 > r0 || c1 > c0) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r0, r1, c0, c1));
        }
    }
}
