package io.github.perfeval.word;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes projects' self-evaluation reports (自评报告) as a Word document (.docx) in Hunan's published
 * layout: the title, then a table of three columns (group, label, text; each group merged down over its
 * rows), and after it, on a page of its own, the project's self-evaluation form as a table (项目名称, 资金情况,
 * 年度总体目标, 绩效指标 with its levels merged down, 总分). A published report and a drafted one
 * ({@code ReportDraft}) are written the same way, and perfeval reads the document back to the same report
 * and form.
 *
 * <pre>{@code
 * WordReportWriter.create().write(draft, Optional.of(form), Path.of("自评报告.docx"));
 * }</pre>
 *
 * <p>A text's line breaks stay line breaks; characters XML cannot hold (control characters) are left out.
 * Writing to a path replaces the file atomically. Thread-safe.
 */
public final class WordReportWriter {

    private static final WordReportWriter DEFAULT = new WordReportWriter();
    private static final int FORM_COLUMNS = 9;

    private WordReportWriter() {
    }

    /** The writer. */
    public static WordReportWriter create() {
        return DEFAULT;
    }

    /**
     * Writes a report, and its form after it, to a file (replaced atomically).
     *
     * @param report the report
     * @param form its form, written after it; empty for the report alone
     * @param file the .docx to write
     * @throws IOException when the file cannot be written
     */
    public void write(SelfEvaluationReport report, Optional<Form> form, Path file) throws IOException {
        AtomicFile.write(file, out -> write(report, form, out));
    }

    /**
     * Writes several projects' reports, each followed by its form, to a file (replaced atomically): the
     * drafts of every form of a document, for instance.
     *
     * <pre>{@code
     * WordReportWriter.create().write(List.of(ProjectFiling.of(form, ReportDraft.of(checked), true)), Path.of("自评报告.docx"));
     * }</pre>
     *
     * @param filings the reports with their forms, in the order to write them
     * @param file the .docx to write
     * @throws IOException when the file cannot be written
     */
    public void write(List<ProjectFiling> filings, Path file) throws IOException {
        AtomicFile.write(file, out -> write(filings, out));
    }

    /**
     * Writes several projects' reports, each followed by its form, to a stream (not closed); each report
     * begins on a page of its own.
     *
     * @param filings the reports with their forms, in the order to write them
     * @param out the stream
     * @throws IOException when the stream fails
     */
    public void write(List<ProjectFiling> filings, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < filings.size(); i++) {
                if (i > 0) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                add(doc, filings.get(i).getReport(), Optional.of(filings.get(i).getForm()));
            }
            doc.write(out);
        }
    }

    /**
     * Writes a report, and its form after it, to a stream (not closed).
     *
     * @param report the report
     * @param form its form, written after it; empty for the report alone
     * @param out the stream
     * @throws IOException when the stream fails
     */
    public void write(SelfEvaluationReport report, Optional<Form> form, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(form, "form");
        try (XWPFDocument doc = new XWPFDocument()) {
            add(doc, report, form);
            doc.write(out);
        }
    }

    private static void add(XWPFDocument doc, SelfEvaluationReport report, Optional<Form> form) {
        title(doc, report.getTitle().orElse(SelfEvaluationReport.TITLE));
        table(doc, reportGrid(report));
        for (String note : report.getNotes()) {
            lines(doc.createParagraph(), note);
        }
        if (form.isPresent()) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            Form f = form.get();
            title(doc, f.getTitle().orElse(f.getYear().map(y -> y + "年度").orElse("") + f.getKind().label()));
            table(doc, formGrid(f));
        }
    }

    /** The report as a table of three columns, each group merged down over its rows. */
    static Grid reportGrid(SelfEvaluationReport report) {
        Grid.Builder b = Grid.tableBuilder(1, null, GridLimits.defaults());
        List<ReportSection> sections = report.getSections();
        int start = 0;
        for (int r = 0; r < sections.size(); r++) {
            ReportSection s = sections.get(r);
            String group = s.getGroup().orElse("");
            boolean sameAsAbove = r > 0 && group.equals(sections.get(r - 1).getGroup().orElse("")) && !group.isEmpty();
            if (!sameAsAbove) {
                if (r - 1 > start) {
                    b.merge(start, 0, r - 1, 0);
                }
                start = r;
                b.put(r, 0, group);
            }
            b.put(r, 1, s.getLabel());
            b.put(r, 2, s.getText());
        }
        if (sections.size() - 1 > start) {
            b.merge(start, 0, sections.size() - 1, 0);
        }
        if (sections.isEmpty()) {
            b.put(0, 0, "");
        }
        return b.build();
    }

    /** A project's form as a table of nine columns, in the layout of its published template. */
    static Grid formGrid(Form form) {
        Grid.Builder b = Grid.tableBuilder(2, null, GridLimits.defaults());
        int row = 0;
        row = field(b, row, "项目名称", form.getProjectName());
        row = field(b, row, "主管部门", form.getSupervisingDepartment());
        row = field(b, row, "实施单位", form.getImplementingUnit());
        row = field(b, row, "预算部门名称", form.getDepartment());
        if (form.getBudget().isPresent()) {
            Budget budget = form.getBudget().get();
            int first = row;
            b.put(row, 0, "资金情况（" + budget.getUnit().label() + "）");
            b.put(row, 1, "项目资金");
            b.merge(row, 1, row, 2);
            String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
            for (int i = 0; i < heads.length; i++) {
                b.put(row, 3 + i, heads[i]);
            }
            row++;
            for (BudgetLine line : budget.getLines()) {
                b.put(row, 1, line.getLabel() + line.getLabelAmount().map(a -> line.getLabel().endsWith(a.getRaw()) ? "" : "：" + a.getRaw()).orElse(""));
                b.merge(row, 1, row, 2);
                put(b, row, 3, line.getInitial());
                put(b, row, 4, line.getAdjusted());
                put(b, row, 5, line.getExecuted());
                put(b, row, 7, line.getDeclaredRate());
                if (line.getKind() == BudgetLineKind.TOTAL) {
                    put(b, row, 6, budget.getWeight());
                    put(b, row, 8, budget.getDeclaredScore());
                }
                row++;
            }
            if (row - 1 > first) {
                b.merge(first, 0, row - 1, 0);
            }
        }
        if (form.getGoals().isPresent()) {
            b.put(row, 0, "年度总体目标");
            b.put(row, 1, "预期目标");
            b.merge(row, 1, row, 4);
            b.put(row, 5, "实际完成情况");
            b.merge(row, 5, row, FORM_COLUMNS - 1);
            b.put(row + 1, 1, form.getGoals().get().getExpected());
            b.merge(row + 1, 1, row + 1, 4);
            b.put(row + 1, 5, form.getGoals().get().getAchieved());
            b.merge(row + 1, 5, row + 1, FORM_COLUMNS - 1);
            b.merge(row, 0, row + 1, 0);
            row += 2;
        }
        int first = row;
        String[] heads = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < heads.length; i++) {
            b.put(row, i, heads[i]);
        }
        row++;
        List<Indicator> inds = form.getIndicators();
        int start1 = row;
        int start2 = row;
        for (int i = 0; i < inds.size(); i++, row++) {
            Indicator ind = inds.get(i);
            boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(ind.getLevel1Label());
            boolean new2 = new1 || !inds.get(i - 1).getLevel2Label().equals(ind.getLevel2Label());
            if (new1) {
                mergeDown(b, start1, row - 1, 1);
                start1 = row;
                b.put(row, 1, ind.getLevel1Label());
            }
            if (new2) {
                mergeDown(b, start2, row - 1, 2);
                start2 = row;
                b.put(row, 2, ind.getLevel2Label());
            }
            b.put(row, 3, ind.getName());
            b.put(row, 4, ind.getTarget().getRaw());
            b.put(row, 5, ind.getActual().getRaw());
            put(b, row, 6, ind.getWeight());
            put(b, row, 7, ind.getDeclaredScore());
            if (ind.getDeviationReason().isPresent()) {
                b.put(row, 8, ind.getDeviationReason().get());
            }
        }
        if (!inds.isEmpty()) {
            mergeDown(b, start1, row - 1, 1);
            mergeDown(b, start2, row - 1, 2);
        }
        if (row - 1 > first) {
            b.merge(first, 0, row - 1, 0);
        }
        b.put(row, 0, "总分");
        b.merge(row, 0, row, 5);
        put(b, row, 6, form.getDeclaredWeightTotal());
        put(b, row, 7, form.getDeclaredTotal());
        if (form.getDeclaredGrade().isPresent()) {
            b.put(row, 8, form.getDeclaredGrade().get().getLabel().isEmpty() ? form.getDeclaredGrade().get().getText()
                    : form.getDeclaredGrade().get().getLabel() + "：" + form.getDeclaredGrade().get().getText());
        }
        return b.build();
    }

    private static void mergeDown(Grid.Builder b, int from, int to, int column) {
        if (to > from) {
            b.merge(from, column, to, column);
        }
    }

    private static int field(Grid.Builder b, int row, String label, Optional<String> value) {
        if (value.isEmpty()) {
            return row;
        }
        b.put(row, 0, label);
        b.put(row, 1, value.get());
        b.merge(row, 1, row, FORM_COLUMNS - 1);
        return row + 1;
    }

    private static void put(Grid.Builder b, int row, int column, Optional<Figure> figure) {
        figure.ifPresent(f -> b.put(row, column, f.getRaw()));
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(16);
        run.setText(xmlSafe(text));
    }

    private static void lines(XWPFParagraph p, String text) {
        String[] lines = xmlSafe(text).split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** A grid as a Word table: merged regions become {@code gridSpan} and {@code vMerge}. */
    private static void table(XWPFDocument doc, Grid g) {
        XWPFTable t = doc.createTable(Math.max(g.rowCount(), 1), Math.max(g.columnCount(), 1));
        for (int r = 0; r < g.rowCount(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = g.columnCount() - 1; c >= 0; c--) {
                CellRange m = region(g, r, c);
                if (m != null && c != m.getFirstColumn()) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                if (m != null) {
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (m.getLastColumn() > m.getFirstColumn()) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(m.getLastColumn() - m.getFirstColumn() + 1L));
                    }
                    if (m.getLastRow() > m.getFirstRow()) {
                        if (r == m.getFirstRow()) {
                            pr.addNewVMerge().setVal(STMerge.RESTART);
                        } else {
                            pr.addNewVMerge();
                        }
                    }
                }
                if (m == null || r == m.getFirstRow()) {
                    lines(cell.getParagraphs().get(0), g.cell(r, c).getText());
                }
            }
        }
    }

    private static CellRange region(Grid g, int r, int c) {
        for (CellRange m : g.getMergedRegions()) {
            if (m.contains(r, c)) {
                return m;
            }
        }
        return null;
    }

    /** The text without the characters XML 1.0 cannot hold. */
    static String xmlSafe(String text) {
        String s = text.replace("\r\n", "\n");
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            } else if (cp == '\r') {
                sb.append('\n');
            }
        });
        return sb.toString();
    }
}
