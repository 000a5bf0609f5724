package io.github.perfeval.excel.bulk;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.core.quantity.Figure;
import org.apache.poi.ss.SpreadsheetVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a flat indicator table in streaming mode (POI SXSSF): only a window of rows is kept in memory,
 * the rest goes to a compressed temporary file, so a million rows fit in a small heap. Every field is
 * written as text, never as a formula (a text starting with {@code = + - @} is a quote-prefixed text cell);
 * column widths are fixed (no autosizing on big sheets).
 *
 * <p>Given whole forms ({@link #write(Form)}), the workbook holds every value they do: the indicators on the
 * first sheet (指标: their target's parts, extra columns and cell comments in columns of their own), each form's
 * header, goals, totals, text sections and footer a row on the sheet 表, each budget line a row on the sheet 资金
 * with its extra columns; every row starts with its form's keys (年度, 表类型, 预算单位, 项目名称).
 *
 * <pre>{@code
 * try (BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
 *     for (Form f : forms) {
 *         w.write(f);                                  // its indicators, its row on 表, its budget lines on 资金
 *     }
 * }
 * try (BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
 *     indicatorRows.forEach(w::write);                 // indicator rows alone
 * }
 * int written = BulkIndicatorWriter.write(Path.of("指标.xlsx"), w -> indicatorRows.forEach(w::write));   // a file, atomically
 * }</pre>
 *
 * <p>A text longer than a cell holds (32,767 characters) is refused with an
 * {@link IllegalArgumentException} naming the row and column, never cut. Not thread-safe: one writer per
 * output.
 */
public final class BulkIndicatorWriter implements AutoCloseable {

    /** Rows kept in memory; older rows are flushed to the temporary file. */
    public static final int WINDOW = 200;
    /** Excel's row limit, less the header. */
    public static final int MAX_ROWS = 1_048_575;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** The columns of the sheet 表: a form's keys, then what the form holds beyond its indicators and budget lines. */
    static final String[] FORM_HEADERS = {"年度", "表类型", "预算单位", "项目名称", "表名", "主管部门", "实施单位", "预算部门名称",
        "其他表头", "资金单位", "预算执行分值", "预算执行得分", "预期目标", "实际完成情况", "总分分值", "总分得分", "自评等级", "文字说明",
        "表尾"};
    /** The columns of the sheet 资金: a form's keys, then one budget line. */
    static final String[] BUDGET_HEADERS = {"年度", "表类型", "预算单位", "项目名称", "资金", "年初预算数", "全年预算数", "全年执行数",
        "执行率", "其他列"};
    private static final int[] WIDTHS = {6, 10, 24, 24, 12, 14, 36, 16, 16, 6, 6, 40, 20, 30, 30};
    private static final int[] FORM_WIDTHS = {6, 10, 24, 24, 30, 20, 20, 20, 30, 8, 8, 8, 40, 40, 8, 8, 10, 40, 40};
    private static final int[] BUDGET_WIDTHS = {6, 10, 24, 24, 30, 12, 12, 12, 10, 30};

    private final OutputStream out;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final CellStyle quoted;
    private int row;
    private SXSSFSheet formSheet;
    private int formRow;
    private SXSSFSheet budgetSheet;
    private int budgetRow;
    private boolean closed;

    private BulkIndicatorWriter(OutputStream out) {
        this.out = out;
        this.wb = new SXSSFWorkbook(null, WINDOW, true, false);
        this.sheet = wb.createSheet("指标");
        this.quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        row = header(sheet, IndicatorRow.HEADERS, WIDTHS);
    }

    private static int header(SXSSFSheet s, String[] headers, int[] widths) {
        Row header = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return 1;
    }

    /** A writer to a stream; the stream is written when the writer is closed (and not closed itself). */
    public static BulkIndicatorWriter open(OutputStream out) {
        return new BulkIndicatorWriter(out);
    }

    /** What gives the rows of a file; see {@link #write(Path, Rows)}. */
    @FunctionalInterface
    public interface Rows {
        /**
         * Writes every row.
         *
         * @param writer the writer to give them to
         * @throws IOException when reading the rows fails; the file is then untouched
         */
        void writeTo(BulkIndicatorWriter writer) throws IOException;
    }

    /**
     * Writes a table to a file atomically ({@link AtomicFile}): when the rows fail (an exception of
     * {@code rows}, a text too long, a full disk), the previous file is untouched.
     *
     * @param file the workbook to create or replace
     * @param rows what writes the rows
     * @return the number of rows written
     * @throws IOException when the file cannot be written
     */
    public static int write(Path file, Rows rows) throws IOException {
        int[] count = new int[1];
        AtomicFile.write(file, out -> {
            try (BulkIndicatorWriter w = open(out)) {
                rows.writeTo(w);
                count[0] = w.rows();
            }
        });
        return count[0];
    }

    /**
     * Writes one row.
     *
     * @param r the row
     * @throws IllegalStateException past Excel's row limit or after close
     */
    public void write(IndicatorRow r) {
        String[] fields = new String[IndicatorRow.HEADERS.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = r.field(i);
        }
        put(sheet, row, IndicatorRow.HEADERS, fields);
        row++;
    }

    /**
     * Writes a whole form: its row on the sheet 表 (title, 主管部门, 实施单位, 预算部门名称, the header fields kept as
     * written, the budget's unit, weight and score, the goals, the declared totals and grade, the text sections
     * and the footer), its budget lines on the sheet 资金, and its indicators on the first sheet. The sheets 表 and
     * 资金 are added with the first form.
     *
     * <pre>{@code
     * try (BulkIndicatorWriter w = BulkIndicatorWriter.open(out)) {
     *     w.write(form);
     * }
     * }</pre>
     *
     * @param form the form
     * @throws IllegalStateException past Excel's row limit or after close
     * @throws IllegalArgumentException for a text longer than a cell holds
     */
    public void write(Form form) {
        if (formSheet == null && !closed) {
            formSheet = wb.createSheet("表");
            formRow = header(formSheet, FORM_HEADERS, FORM_WIDTHS);
            budgetSheet = wb.createSheet("资金");
            budgetRow = header(budgetSheet, BUDGET_HEADERS, BUDGET_WIDTHS);
        }
        String year = form.getYear().map(String::valueOf).orElse("");
        String kind = form.getKind().name();
        String unit = form.budgetUnit().orElse("");
        String project = form.getProjectName().orElse("");
        Optional<Budget> budget = form.getBudget();
        List<LabelledText> sections = new ArrayList<>();
        for (TextSection t : form.getTextSections()) {
            sections.add(LabelledText.of(t.getLabel(), t.getText()));
        }
        put(formSheet, formRow, FORM_HEADERS, new String[] {year, kind, unit, project, form.getTitle().orElse(""),
            form.getSupervisingDepartment().orElse(""), form.getImplementingUnit().orElse(""), form.getDepartment().orElse(""),
            IndicatorRow.lines(form.getHeaderFields()), budget.map(b -> b.getUnit().label()).orElse(""),
            raw(budget.flatMap(Budget::getWeight)), raw(budget.flatMap(Budget::getDeclaredScore)),
            form.getGoals().map(Goals::getExpected).orElse(""), form.getGoals().map(Goals::getAchieved).orElse(""),
            raw(form.getDeclaredWeightTotal()), raw(form.getDeclaredTotal()),
            form.getDeclaredGrade().map(g -> IndicatorRow.lines(List.of(g))).orElse(""), IndicatorRow.lines(sections),
            form.getFooter().flatMap(Footer::getRaw).orElse("")});
        formRow++;
        for (BudgetLine line : budget.map(Budget::getLines).orElse(List.of())) {
            String label = line.getLabel();
            Optional<Figure> amount = line.getLabelAmount();
            if (amount.isPresent() && !label.endsWith(amount.get().getRaw())) {
                label = label + "：" + amount.get().getRaw();
            }
            put(budgetSheet, budgetRow, BUDGET_HEADERS, new String[] {year, kind, unit, project, label, raw(line.getInitial()),
                raw(line.getAdjusted()), raw(line.getExecuted()), raw(line.getDeclaredRate()), IndicatorRow.lines(line.getExtras())});
            budgetRow++;
        }
        for (Indicator ind : form.getIndicators()) {
            write(IndicatorRow.of(form, ind));
        }
    }

    private static String raw(Optional<Figure> f) {
        return f.map(Figure::getRaw).orElse("");
    }

    /** One row of a sheet, every field a text cell (quote-prefixed when it starts as a formula would). */
    private void put(SXSSFSheet s, int at, String[] headers, String[] fields) {
        if (closed) {
            throw new IllegalStateException("writer closed");
        }
        if (at > MAX_ROWS) {
            throw new IllegalStateException("more than " + MAX_ROWS + " rows do not fit one sheet");
        }
        for (int i = 0; i < headers.length; i++) {
            if (fields[i].length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException(s.getSheetName() + " row " + (at + 1) + ", " + headers[i] + ": 文本长"
                        + fields[i].length() + "字符，超过单元格上限 / a text of " + fields[i].length()
                        + " characters does not fit a cell (at most " + MAX_CELL_TEXT + ")");
            }
        }
        Row x = s.createRow(at);
        for (int i = 0; i < headers.length; i++) {
            String v = fields[i];
            if (!v.isEmpty()) {
                Cell c = x.createCell(i);
                c.setCellValue(v);
                if ("=+-@".indexOf(v.charAt(0)) >= 0) {
                    c.setCellStyle(quoted);
                }
            }
        }
    }

    /** Rows written so far, not counting the header. */
    public int rows() {
        return row - 1;
    }

    /** Writes the workbook to the stream and deletes the temporary file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
