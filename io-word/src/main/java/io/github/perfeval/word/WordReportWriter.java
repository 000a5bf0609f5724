package io.github.perfeval.word;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.io.AtomicFile;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.form.Vocabulary;
import io.github.perfeval.grid.GridLimits;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes projects' self-evaluation reports (自评报告) as a Word document (.docx) in Hunan's published
 * layout: the title, then a table of three columns (group, label, text; each group merged down over its
 * rows), and after it, on a page of its own, the project's self-evaluation form as a table in the layout of
 * perfeval's own workbook (项目名称 and every header field, 资金情况 with its lines' extra columns, 年度总体目标,
 * 绩效指标 with its levels merged down, its extra columns and a target's parts, 总分, the text sections and the
 * footer; a cell comment as a Word comment on its cell). A published report and a drafted one
 * ({@code ReportDraft}) are written the same way, and perfeval reads the document back to the same report
 * and form (Word comments and a cell's blank lines at its ends aside, which the reader does not read). No
 * text becomes a field: a text starting with {@code =} stays text.
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
            formTitle(f).ifPresent(t -> title(doc, t));
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

    /**
     * A form as a table in the layout of perfeval's own workbook (ExcelFormWriter's, which every reader reads
     * back whole): the title block's captions, the year when the title does not name it, 项目名称, 主管部门, 实施单位,
     * 预算部门名称 and the header fields kept as written, the budget block with its lines' extra columns (原因…)
     * after its own, the goals (with the goal columns kept as header fields), the indicators with their levels
     * merged down, their extra columns and the parts of a target filed in parts, 总分 with the declared grade,
     * then the text sections and the footer. A cell comment (a reviewer's 评审意见) is on its cell.
     */
    static Grid formGrid(Form form) {
        return new FormTable(form).grid();
    }

    /** The title written above a form's table: its own, else its kind's when only a title can say its kind. */
    static Optional<String> formTitle(Form form) {
        if (form.getTitle().isPresent()) {
            return form.getTitle();
        }
        // an untitled form gets no title (one would come back as the form's); a department form with a project
        // name is the exception: its 项目名称 row would make it a project form, so only a title can say its kind
        boolean kindNeedsTitle = form.getKind() == FormKind.DEPARTMENT && form.getProjectName().isPresent();
        return kindNeedsTitle ? Optional.of(form.getYear().map(y -> y + "年度").orElse("") + form.getKind().label()) : Optional.empty();
    }

    /** Lays a form out as a grid, row by row. */
    private static final class FormTable {

        private static final int LAST = FORM_COLUMNS - 1;
        private static final Vocabulary VOCABULARY = Vocabulary.standard();

        private final Form form;
        private final Grid.Builder b = Grid.tableBuilder(2, null, GridLimits.defaults());
        private final Map<Long, String> comments = new HashMap<>();
        private int row;

        FormTable(Form form) {
            this.form = form;
        }

        Grid grid() {
            for (TextSection caption : form.getTextSections()) {
                if (caption.getKind() == SectionKind.CAPTION) {
                    spanning(caption.getLabel().isEmpty() ? caption.getText() : caption.getLabel() + "：" + caption.getText());
                }
            }
            String title = formTitle(form).orElse("");
            if (form.getYear().isPresent() && !title.contains(String.valueOf(form.getYear().get()))) {
                spanning("（" + form.getYear().get() + "年度）");
            }
            field("项目名称", form.getProjectName());
            field("主管部门", form.getSupervisingDepartment());
            field("实施单位", form.getImplementingUnit());
            field("预算部门名称", form.getDepartment());
            // a project form with no project name: a blank 项目名称 tells the reader its kind, unless the title does
            if (form.getKind() == FormKind.PROJECT && form.getProjectName().isEmpty() && !namesAProjectForm(title)) {
                field("项目名称", Optional.of(""));
            }
            List<LabelledText> goalColumns = goalColumns(form);
            List<LabelledText> fields = form.getHeaderFields();
            for (LabelledText f : fields.subList(0, fields.size() - goalColumns.size())) {
                field(f.getLabel(), Optional.of(f.getText()));
            }
            form.getBudget().ifPresent(this::budget);
            form.getGoals().ifPresent(g -> goals(g, goalColumns));
            indicators();
            for (TextSection section : form.getTextSections()) {
                if (section.getKind() == SectionKind.CAPTION) {
                    continue;
                }
                if (section.getLabel().isEmpty()) {
                    spanning(section.getText());
                } else {
                    field(section.getLabel(), Optional.of(section.getText()));
                }
            }
            form.getFooter().flatMap(Footer::getRaw).ifPresent(this::spanning);
            if (row == 0) {
                b.put(0, 0, "");
            }
            Grid g = b.build();
            if (comments.isEmpty()) {
                return g;
            }
            Grid.Builder withComments = Grid.tableBuilder(2, null, GridLimits.defaults());
            for (int r = 0; r < g.rowCount(); r++) {
                for (int c = 0; c < g.columnCount(); c++) {
                    String comment = comments.get(key(r, c));
                    if (g.isOrigin(r, c) || comment != null) {
                        GridCell cell = g.ownCell(r, c);
                        withComments.put(r, c, comment == null ? cell : cell.withComment(comment));
                    }
                }
            }
            g.getMergedRegions().forEach(m -> withComments.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()));
            return withComments.build();
        }

        private static long key(int r, int c) {
            return ((long) r << 32) | c;
        }

        /** A text across the whole table: a caption, a note under it, the footer. */
        private void spanning(String text) {
            b.put(row, 0, text);
            b.merge(row, 0, row, LAST);
            row++;
        }

        private void field(String label, Optional<String> value) {
            if (value.isEmpty()) {
                return;
            }
            b.put(row, 0, label);
            b.put(row, 1, value.get());
            b.merge(row, 1, row, LAST);
            row++;
        }

        private void budget(Budget budget) {
            int first = row;
            b.put(row, 0, "资金情况（" + budget.getUnit().label() + "）");
            b.put(row, 1, "项目资金");
            b.merge(row, 1, row, 2);
            String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
            for (int i = 0; i < heads.length; i++) {
                b.put(row, 3 + i, heads[i]);
            }
            // a line's values in columns the model has no attribute for on it (a 原因 note, 权重 / 得分 marked not
            // applicable on a sub-row) go after the block's own columns under the headers they were filed under
            List<List<LabelledText>> lineExtras = new ArrayList<>();
            for (BudgetLine line : budget.getLines()) {
                lineExtras.add(line.getExtras());
            }
            ExtraColumns extras = new ExtraColumns(lineExtras, LAST + 1);
            extras.headers(row);
            row++;
            List<BudgetLine> income = new ArrayList<>();
            List<BudgetLine> expenditure = new ArrayList<>();
            boolean noTotal = budget.total().isEmpty();
            boolean scoresWritten = false;
            for (BudgetLine line : budget.getLines()) {
                boolean labelOnly = line.getInitial().isEmpty() && line.getAdjusted().isEmpty() && line.getExecuted().isEmpty()
                        && line.getExtras().isEmpty();
                if (labelOnly && line.getKind().breakdown() == BudgetLineKind.Breakdown.INCOME_NATURE) {
                    income.add(line);
                    continue;
                }
                if (labelOnly && line.getKind().breakdown() == BudgetLineKind.Breakdown.EXPENDITURE_NATURE) {
                    expenditure.add(line);
                    continue;
                }
                b.put(row, 1, line.getLabel());
                b.merge(row, 1, row, 2);
                put(row, 3, line.getInitial());
                put(row, 4, line.getAdjusted());
                put(row, 5, line.getExecuted());
                put(row, 7, line.getDeclaredRate());
                extras.values(line.getExtras(), row);
                // with no total line, the block's weight and score go on its first row with amounts
                if (line.getKind() == BudgetLineKind.TOTAL || noTotal && !scoresWritten) {
                    scoresWritten = true;
                    put(row, 6, budget.getWeight());
                    put(row, 8, budget.getDeclaredScore());
                }
                row++;
            }
            natureLines("按收入性质分：", income);
            natureLines("按支出性质分：", expenditure);
            if (row - 1 > first) {
                b.merge(first, 0, row - 1, 0);
            }
        }

        private void natureLines(String header, List<BudgetLine> lines) {
            if (lines.isEmpty()) {
                return;
            }
            b.put(row, 1, header);
            b.merge(row, 1, row, LAST);
            row++;
            for (BudgetLine line : lines) {
                String label = line.getLabel();
                Optional<Figure> amount = line.getLabelAmount();
                if (amount.isPresent() && !label.endsWith(amount.get().getRaw())) {
                    label = label + "：" + amount.get().getRaw();
                }
                b.put(row, 1, label);
                b.merge(row, 1, row, LAST);
                row++;
            }
        }

        /** The goals: 年度总体目标 over its two rows, each goal's label with its text below it. */
        private void goals(Goals g, List<LabelledText> columns) {
            List<String> labels = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            labels.add("预期目标");
            texts.add(g.getExpected());
            for (LabelledText c : columns) {
                labels.add(c.getLabel());
                texts.add(c.getText());
            }
            labels.add("实际完成情况");
            texts.add(g.getAchieved());
            int span = LAST / labels.size();
            b.put(row, 0, "年度总体目标");
            for (int i = 0; i < labels.size(); i++) {
                int from = 1 + i * span;
                int to = i == labels.size() - 1 ? LAST : from + span - 1;
                b.put(row, from, labels.get(i));
                b.put(row + 1, from, texts.get(i));
                if (to > from) {
                    b.merge(row, from, row, to);
                    b.merge(row + 1, from, row + 1, to);
                }
            }
            b.merge(row, 0, row + 1, 0);
            row += 2;
        }

        private void indicators() {
            int first = row;
            String[] heads = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
            List<Indicator> inds = form.getIndicators();
            // a target filed in parts: its value under the target's place with the value's own header, the
            // operator and unit after the extras, so that the reader joins the same parts again
            Optional<String> valueHeader = inds.stream().map(Indicator::getSplitTarget).flatMap(Optional::stream)
                    .map(SplitTarget::getValue).flatMap(Optional::stream).map(LabelledText::getLabel).filter(l -> !l.isBlank()).findFirst();
            for (int i = 0; i < heads.length; i++) {
                b.put(row, i, i == 4 && valueHeader.isPresent() ? valueHeader.get() : heads[i]);
            }
            List<List<LabelledText>> rows = new ArrayList<>();
            for (Indicator ind : inds) {
                rows.add(ind.getExtras());
            }
            ExtraColumns extras = new ExtraColumns(rows, LAST + 1);
            extras.headers(row);
            SplitColumns split = new SplitColumns(inds, extras.end());
            split.headers(row);
            row++;
            int start1 = row;
            int start2 = row;
            for (int i = 0; i < inds.size(); i++, row++) {
                Indicator ind = inds.get(i);
                boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(ind.getLevel1Label());
                boolean new2 = new1 || !inds.get(i - 1).getLevel2Label().equals(ind.getLevel2Label());
                if (new1) {
                    mergeDown(start1, row - 1, 1);
                    start1 = row;
                    b.put(row, 1, ind.getLevel1Label());
                }
                if (new2) {
                    mergeDown(start2, row - 1, 2);
                    start2 = row;
                    b.put(row, 2, ind.getLevel2Label());
                }
                b.put(row, 3, ind.getName());
                b.put(row, 4, valueHeader.isPresent() && ind.getSplitTarget().flatMap(SplitTarget::getValue).isPresent()
                        ? ind.getSplitTarget().get().getValue().get().getText() : ind.getTarget().getRaw());
                b.put(row, 5, ind.getActual().getRaw());
                put(row, 6, ind.getWeight());
                put(row, 7, ind.getDeclaredScore());
                if (ind.getDeviationReason().isPresent()) {
                    b.put(row, 8, ind.getDeviationReason().get());
                }
                extras.values(ind.getExtras(), row);
                split.values(ind, row);
                comments(ind, row, new1 ? row : start1, new2 ? row : start2, extras);
            }
            if (!inds.isEmpty()) {
                mergeDown(start1, row - 1, 1);
                mergeDown(start2, row - 1, 2);
            }
            b.put(row, 0, "总分");
            b.merge(row, 0, row, 5);
            put(row, 6, form.getDeclaredWeightTotal());
            put(row, 7, form.getDeclaredTotal());
            if (form.getDeclaredGrade().isPresent()) {
                LabelledText grade = form.getDeclaredGrade().get();
                b.put(row, 8, grade.getLabel().isEmpty() ? grade.getText() : grade.getLabel() + "：" + grade.getText());
            }
            if (row - 1 > first) {
                b.merge(first, 0, row - 1, 0);
            }
            row++;
        }

        /**
         * The row's comments on the cells they were on (a level label's on the label's cell, merged down from the
         * group's first row; an extra's on its column; one on a column the table has not on the name).
         */
        private void comments(Indicator ind, int r, int level1Row, int level2Row, ExtraColumns extras) {
            for (LabelledText comment : ind.getComments()) {
                int at = r;
                int c;
                switch (comment.getLabel()) {
                    case "level1Label": c = 1; at = level1Row; break;
                    case "level2Label": c = 2; at = level2Row; break;
                    case "name": c = 3; break;
                    case "target": c = 4; break;
                    case "actual": c = 5; break;
                    case "weight": c = 6; break;
                    case "declaredScore": c = 7; break;
                    case "deviationReason": c = 8; break;
                    default:
                        c = extras.columnOf(comment.getLabel());
                        if (c < 0) {
                            c = 3;
                        }
                }
                comments.merge(key(at, c), comment.getText(), (a, x) -> a + "\n" + x);
            }
        }

        private void mergeDown(int from, int to, int column) {
            if (to > from) {
                b.merge(from, column, to, column);
            }
        }

        private void put(int r, int c, Optional<Figure> figure) {
            figure.ifPresent(f -> b.put(r, c, f.getRaw()));
        }

        /**
         * The header fields written as columns of the goals block: goal texts the model has no attribute for
         * (全年（调整）绩效目标), the trailing run of such fields, as perfeval's workbook writes them.
         */
        private static List<LabelledText> goalColumns(Form form) {
            List<LabelledText> fields = form.getHeaderFields();
            if (form.getGoals().isEmpty()) {
                return List.of();
            }
            int from = fields.size();
            while (from > 0 && goalColumn(fields.get(from - 1).getLabel())) {
                from--;
            }
            int max = LAST / 2 - 2;
            return fields.subList(Math.max(from, fields.size() - Math.max(0, max)), fields.size());
        }

        private static boolean goalColumn(String label) {
            String k = Vocabulary.key(label);
            return k.contains("目标") && k.length() <= 20 && k.indexOf('。') < 0 && k.indexOf('，') < 0 && k.indexOf(',') < 0
                    && VOCABULARY.roleOf(label).isEmpty();
        }

        private static boolean namesAProjectForm(String title) {
            String t = title.replaceAll("[\\s\u3000]", "");
            return t.contains("项目支出") || t.contains("项目绩效");
        }

        /** A table's extra columns ({@link io.github.perfeval.grid.layout.ExtraColumns}) from a table column on. */
        private final class ExtraColumns {
            private final io.github.perfeval.grid.layout.ExtraColumns layout;
            private final int first;

            ExtraColumns(List<List<LabelledText>> rows, int first) {
                this.layout = io.github.perfeval.grid.layout.ExtraColumns.of(rows);
                this.first = first;
            }

            void headers(int r) {
                List<String> headers = layout.headers();
                for (int i = 0; i < headers.size(); i++) {
                    b.put(r, first + i, headers.get(i));
                }
            }

            void values(List<LabelledText> extras, int r) {
                int[] at = layout.indexesOf(extras);
                for (int i = 0; i < at.length; i++) {
                    b.put(r, first + at[i], extras.get(i).getText());
                }
            }

            int end() {
                return first + layout.size();
            }

            int columnOf(String header) {
                int i = layout.indexOfHeader(header);
                return i < 0 ? -1 : first + i;
            }
        }

        /** The columns of targets' parts ({@link io.github.perfeval.grid.layout.SplitTargetColumns}) from a table column on. */
        private final class SplitColumns {
            private final io.github.perfeval.grid.layout.SplitTargetColumns layout;
            private final int first;

            SplitColumns(List<Indicator> indicators, int first) {
                this.layout = io.github.perfeval.grid.layout.SplitTargetColumns.of(indicators);
                this.first = first;
            }

            void headers(int r) {
                List<String> headers = layout.headers();
                for (int i = 0; i < headers.size(); i++) {
                    b.put(r, first + i, headers.get(i));
                }
            }

            void values(Indicator ind, int r) {
                List<Optional<LabelledText>> parts = layout.partsOf(ind);
                for (int i = 0; i < parts.size(); i++) {
                    int c = first + i;
                    parts.get(i).ifPresent(v -> b.put(r, c, v.getText()));
                }
            }
        }
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
                    Optional<String> comment = g.ownCell(r, c).getComment();
                    if (comment.isPresent()) {
                        comment(doc, cell.getParagraphs().get(0), comment.get());
                    }
                }
            }
        }
    }

    /**
     * A Word comment (批注) on a cell's paragraph, as a reviewer would have put it there; the comment's text as
     * written, line breaks kept.
     */
    private static void comment(XWPFDocument doc, XWPFParagraph p, String text) {
        XWPFComments all = doc.getDocComments() == null ? doc.createComments() : doc.getDocComments();
        BigInteger id = BigInteger.valueOf(all.getComments().size());
        XWPFComment comment = all.createComment(id);
        comment.setAuthor("perfeval");
        lines(comment.createParagraph(), text);
        p.getCTP().addNewCommentRangeStart().setId(id);
        p.getCTP().addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
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
