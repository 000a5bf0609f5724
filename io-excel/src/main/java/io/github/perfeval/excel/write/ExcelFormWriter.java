package io.github.perfeval.excel.write;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.Evaluation;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes forms as styled workbooks in the official layout: title, header, budget block, goals, the
 * indicator table with merged level-1/level-2 cells and the 总分 row, with borders, a CJK font
 * ({@value Styles#CJK_FONT}), column widths that fit Chinese text, wrapped text and A4 landscape print
 * setup. Given evaluations it can show computed scores and adds a diagnostics sheet whose rows link to
 * the cells they concern, and cell comments on those cells.
 *
 * <p>Comments the form holds (a reviewer's remarks, read from the workbook) are written back on their cells,
 * in whatever order the form lists them. A cell holds one comment: where the check's findings concern a cell
 * that has a comment of its own, the cell keeps it and the findings follow it in the same comment, under the
 * line {@code —— perfeval ——}, so a finance user reading the exported form sees the reviewer's remark first
 * and perfeval's findings after it; nothing is replaced. Reading the export back gives the form's own comments
 * only (the findings are made again by the next check).
 *
 * <pre>{@code
 * ExcelFormWriter.create().write(List.of(form), Path.of("out.xlsx"));          // a faithful copy
 * ExcelFormWriter.create(WriteOptions.defaults().withScores(ScoreColumns.BOTH))
 *         .writeEvaluations(List.of(scorer.evaluate(form)), out);              // scored, with diagnostics
 * }</pre>
 *
 * <p>Text is always written as text, never as a formula; text starting with {@code = + - @} is marked
 * quote-prefixed too. A form written with declared scores reads back into an equal form: a budget line's
 * values the model has no attribute for ({@code 原因}, {@code /} under 权重) are written after the block's
 * columns under their own headers, and goal texts kept as header fields ({@code 全年（调整）绩效目标}) as columns
 * of the goals block. An untitled form gets no title row, since a title written there would read back as the
 * form's own: the sheet names the form's kind ({@code 部门整体支出绩效自评表}) only in the printed page's header,
 * which no reader takes for the form. Two untitled forms cannot be told from the sheet by anything but a title or
 * a field, and come back with one: a department form with a project name gets the title its kind gives
 * ({@code 2024年度部门整体支出绩效自评表}), a project form with no project name a blank 项目名称. A text longer
 * than a cell holds (32,767 characters) is refused with an {@link IllegalArgumentException} naming the
 * cell, never cut. Files are written atomically ({@link AtomicFile}): when writing fails, the previous
 * file is untouched.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExcelFormWriter {

    private final WriteOptions options;

    private ExcelFormWriter(WriteOptions options) {
        this.options = options;
    }

    /** A writer with {@link WriteOptions#defaults()}. */
    public static ExcelFormWriter create() {
        return new ExcelFormWriter(WriteOptions.defaults());
    }

    /** A writer with options. */
    public static ExcelFormWriter create(WriteOptions options) {
        return new ExcelFormWriter(options);
    }

    /** Writes forms, one sheet each, to a stream (not closed). */
    public void write(List<Form> forms, OutputStream out) throws IOException {
        try (Workbook wb = toWorkbook(forms, null)) {
            wb.write(out);
        }
    }

    /**
     * Writes forms to a file, atomically: on any failure the previous file is untouched.
     *
     * @param forms the forms, one sheet each
     * @param file the workbook to create or replace
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when a text does not fit a cell (naming the cell)
     */
    public void write(List<Form> forms, Path file) throws IOException {
        AtomicFile.write(file, out -> write(forms, out));
    }

    /**
     * Writes evaluated forms, with the scores the options choose and a diagnostics sheet; findings go in the
     * comments of the cells they concern, after a comment the cell has (see the class description).
     */
    public void writeEvaluations(List<Evaluation> evaluations, OutputStream out) throws IOException {
        List<Form> forms = new ArrayList<>();
        evaluations.forEach(e -> forms.add(e.getForm()));
        try (Workbook wb = toWorkbook(forms, evaluations)) {
            wb.write(out);
        }
    }

    /**
     * Writes evaluated forms to a file, atomically: on any failure the previous file is untouched.
     *
     * @param evaluations the evaluations, one sheet each, and a diagnostics sheet
     * @param file the workbook to create or replace
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when a text does not fit a cell (naming the cell)
     */
    public void writeEvaluations(List<Evaluation> evaluations, Path file) throws IOException {
        AtomicFile.write(file, out -> writeEvaluations(evaluations, out));
    }

    /**
     * The workbook, for callers that add sheets of their own; the caller closes it.
     *
     * @param forms the forms
     * @param evaluations their evaluations in the same order, or null
     * @return the workbook
     */
    public Workbook toWorkbook(List<Form> forms, List<Evaluation> evaluations) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Set<String> names = new HashSet<>();
        List<Map.Entry<Diagnostic, String>> links = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Form form = forms.get(i);
            Evaluation evaluation = evaluations == null ? null : evaluations.get(i);
            Sheet sheet = wb.createSheet(sheetName(form, names));
            FormSheetWriter w = new FormSheetWriter(sheet, styles, options.scores());
            w.write(form, evaluation);
            if (form.isSheetHidden()) {
                wb.setSheetHidden(wb.getSheetIndex(sheet), true);
            }
            if (evaluation != null && options.diagnostics()) {
                annotate(wb, sheet, form, evaluation, w, links);
            }
        }
        if (!links.isEmpty()) {
            diagnosticsSheet(wb, links, names);
        }
        showOneSheet(wb, names);
        return wb;
    }

    /**
     * A workbook shows at least one sheet: the first shown sheet is the active one; when every form's sheet
     * is hidden, a sheet saying so comes first (the reader skips it, and reports it skipped).
     */
    private static void showOneSheet(XSSFWorkbook wb, Set<String> names) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i)) {
                wb.setActiveSheet(i);
                wb.setFirstVisibleTab(i);
                return;
            }
        }
        String name = names.contains("说明") ? "说明 (perfeval)" : "说明";
        Sheet note = wb.createSheet(name);
        note.createRow(0).createCell(0).setCellValue("本工作簿的自评表均在隐藏工作表中 / every form of this workbook is on a hidden sheet");
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    /** Comments on the cells diagnostics concern; remembers where each diagnostic points on the written sheet. */
    private static void annotate(Workbook wb, Sheet sheet, Form form, Evaluation evaluation, FormSheetWriter w,
                                 List<Map.Entry<Diagnostic, String>> links) {
        // a diagnostic goes to the row it came from: by its source row when the form was read from a file, else
        // by its indicator path when only one indicator has that path (names repeat: never the first of several)
        Map<String, Integer> rowBySource = new HashMap<>();
        Map<String, Integer> rowByPath = new HashMap<>();
        Set<String> repeatedPaths = new HashSet<>();
        for (int i = 0; i < form.getIndicators().size(); i++) {
            Indicator ind = form.getIndicators().get(i);
            Integer written = w.indicatorRows.get(i);
            ind.getSource().flatMap(ExcelFormWriter::sourceRow).ifPresent(k -> rowBySource.putIfAbsent(k, written));
            if (rowByPath.putIfAbsent(ind.getPath(), written) != null) {
                repeatedPaths.add(ind.getPath());
            }
        }
        Map<Integer, StringBuilder> notes = new LinkedHashMap<>();
        for (Diagnostic d : evaluation.getDiagnostics()) {
            Integer r = d.getLocation().flatMap(ExcelFormWriter::sourceRow).map(rowBySource::get).orElse(null);
            if (r == null) {
                r = d.getLocation().flatMap(Location::getIndicator).filter(p -> !repeatedPaths.contains(p))
                        .map(rowByPath::get).orElse(null);
            }
            int col = 3;
            if (r == null) {
                String where = d.getWhere();
                boolean budget = where.contains("预算") || d.getCode().startsWith("BUDGET") || d.getCode().startsWith("EXECUTION");
                r = budget && w.budgetRow >= 0 ? w.budgetRow : w.totalRow;
                col = budget && w.budgetRow >= 0 ? 1 : 0;
            }
            links.add(Map.entry(d, "'" + sheet.getSheetName().replace("'", "''") + "'!"
                    + new CellReference(r, col).formatAsString(false)));
            notes.computeIfAbsent(r * 100 + col, k -> new StringBuilder()).append("[").append(d.getCode()).append("] ").append(d.getMessageZh()).append('\n');
        }
        CellComments comments = new CellComments(sheet);
        for (Map.Entry<Integer, StringBuilder> n : notes.entrySet()) {
            comments.findings(n.getKey() / 100, n.getKey() % 100, n.getValue().toString().strip());
        }
    }

    /** The row a location points at in its source (a sheet's row, a document table's row), as a key; empty without one. */
    private static java.util.Optional<String> sourceRow(Location at) {
        if (at.getSheet().isPresent() && at.getCell().isPresent()) {
            try {
                return java.util.Optional.of("sheet\u0000" + at.getSheet().get() + "\u0000" + new CellReference(at.getCell().get()).getRow());
            } catch (IllegalArgumentException notACell) {
                return java.util.Optional.empty();
            }
        }
        if (at.getTable().isPresent() && at.getRow().isPresent()) {
            return java.util.Optional.of("table\u0000" + at.getTable().getAsInt() + "\u0000" + at.getRow().getAsInt());
        }
        return java.util.Optional.empty();
    }

    private static void diagnosticsSheet(Workbook wb, List<Map.Entry<Diagnostic, String>> links, Set<String> names) {
        String name = "诊断 Diagnostics";
        Sheet sheet = wb.createSheet(names.contains(name) ? name + " 2" : name);
        Styles styles = new Styles(wb);
        String[] heads = {"级别", "代码", "位置", "说明", "Message", "表内位置"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(styles.get(Styles.Kind.HEADER));
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = 1;
        List<Map.Entry<Diagnostic, String>> bySeverity = new ArrayList<>(links);
        bySeverity.sort(java.util.Comparator.comparing(e -> e.getKey().getSeverity()));
        for (Map.Entry<Diagnostic, String> e : bySeverity) {
            Diagnostic d = e.getKey();
            Row row = sheet.createRow(r++);
            String[] values = {d.getSeverity().label(), d.getCode(), d.getWhere(), d.getMessageZh(), d.getMessageEn(), e.getValue()};
            for (int i = 0; i < values.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(values[i]);
                c.setCellStyle(styles.get(!values[i].isEmpty() && "=+-@".indexOf(values[i].charAt(0)) >= 0
                        ? Styles.Kind.QUOTED : Styles.Kind.TEXT));
            }
            int lines = Math.max(1, Math.max(FormSheetWriter.displayWidth(d.getMessageZh()), FormSheetWriter.displayWidth(d.getMessageEn())) / 58 + 1);
            row.setHeightInPoints(15f * lines);
            Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(e.getValue());
            row.getCell(5).setHyperlink(link);
        }
        int[] widths = {6, 26, 40, 60, 60, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static String sheetName(Form form, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(form.getSheet().orElse(form.getKind().label()));
        String name = base;
        for (int n = 2; used.contains(name); n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name);
        return name;
    }
}
