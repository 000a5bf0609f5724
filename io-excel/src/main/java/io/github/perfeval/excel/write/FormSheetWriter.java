package io.github.perfeval.excel.write;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.BudgetResult;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays one form out in the official layout: title, year, header fields, budget block, goals, the
 * indicator table with merged level-1/level-2 cells, the 总分 row and the footer.
 */
final class FormSheetWriter {

    static final int COLS = 9;
    /** The longest text a cell holds (Excel 2007 and later). */
    static final int MAX_CELL_TEXT = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 44;
    private static final io.github.perfeval.grid.form.Vocabulary VOCABULARY = io.github.perfeval.grid.form.Vocabulary.standard();

    private final Sheet sheet;
    private final Styles styles;
    private final ScoreColumns scores;
    private final int[] widths;
    private int row;
    /** Row (0-based) of each indicator, by its index on the form; and of the budget total and the 总分 row. */
    final Map<Integer, Integer> indicatorRows = new HashMap<>();
    int budgetRow = -1;
    int totalRow = -1;
    private final CellComments comments;

    FormSheetWriter(Sheet sheet, Styles styles, ScoreColumns scores) {
        this.sheet = sheet;
        this.styles = styles;
        this.scores = scores;
        this.widths = new int[COLS + 1];
        this.comments = new CellComments(sheet);
    }

    void write(Form form, Evaluation evaluation) {
        boolean computed = evaluation != null && scores == ScoreColumns.COMPUTED;
        boolean both = evaluation != null && scores == ScoreColumns.BOTH;
        int lastCol = both ? COLS : COLS - 1;
        for (TextSection caption : form.getTextSections()) {
            if (caption.getKind() == SectionKind.CAPTION) {
                text(row, 0, caption.getLabel().isEmpty() ? caption.getText() : caption.getLabel() + "：" + caption.getText(),
                        Styles.Kind.PLAIN);
                merge(row, row, 0, lastCol);
                row++;
            }
        }
        // an untitled form gets no title row (a title there would come back as the form's); its kind heads the
        // printed page instead, which no reader reads. A department form with a project name is the exception:
        // its 项目名称 row would make it a project form, so only a title can say its kind
        String kindTitle = form.getYear().map(y -> y + "年度").orElse("") + form.getKind().label();
        boolean kindNeedsTitle = form.getKind() == FormKind.DEPARTMENT && form.getProjectName().isPresent();
        String title = form.getTitle().orElse(kindNeedsTitle ? kindTitle : "");
        if (form.getTitle().isPresent() || kindNeedsTitle) {
            text(row, 0, title, Styles.Kind.TITLE);
            merge(row, row, 0, lastCol);
            sheet.getRow(row).setHeightInPoints(30);
            row++;
        } else {
            sheet.getHeader().setCenter(kindTitle);
        }
        if (form.getYear().isPresent() && !title.contains(String.valueOf(form.getYear().get()))) {
            spanning(row, 0, "（" + form.getYear().get() + "年度）", Styles.Kind.TEXT_CENTER);
            merge(row, row, 0, lastCol);
            row++;
        }
        field("项目名称", form.getProjectName(), lastCol);
        field("主管部门", form.getSupervisingDepartment(), lastCol);
        field("实施单位", form.getImplementingUnit(), lastCol);
        field("预算部门名称", form.getDepartment(), lastCol);
        // a project form with no project name: a blank 项目名称 tells the reader its kind, unless the title
        // already does (项目支出 / 项目绩效), where the blank would come back as a header field it never had
        if (form.getKind() == FormKind.PROJECT && form.getProjectName().isEmpty() && !namesAProjectForm(title)) {
            field("项目名称", Optional.of(""), lastCol);
        }
        List<LabelledText> goalColumns = goalColumns(form);
        List<LabelledText> fields = form.getHeaderFields();
        for (LabelledText f : fields.subList(0, fields.size() - goalColumns.size())) {
            field(f.getLabel(), Optional.of(f.getText()), lastCol);
        }
        form.getBudget().ifPresent(b -> budget(b, evaluation == null ? null : evaluation.getBudget().orElse(null), computed, lastCol));
        form.getGoals().ifPresent(g -> goals(g, goalColumns, lastCol));
        indicators(form, evaluation, computed, both);
        for (TextSection section : form.getTextSections()) {
            if (section.getKind() == SectionKind.CAPTION) {
                continue;
            }
            if (section.getLabel().isEmpty()) {
                text(row, 0, section.getText(), Styles.Kind.TEXT);
                fill(row, 1, lastCol, Styles.Kind.TEXT);
                merge(row, row, 0, lastCol);
            } else {
                text(row, 0, section.getLabel(), Styles.Kind.HEADER);
                spanning(row, 1, section.getText(), Styles.Kind.TEXT);
                fill(row, 2, lastCol, Styles.Kind.TEXT);
                merge(row, row, 1, lastCol);
            }
            row++;
        }
        if (form.getFooter().flatMap(f -> f.getRaw()).isPresent()) {
            text(row, 0, form.getFooter().get().getRaw().get(), Styles.Kind.PLAIN);
            merge(row, row, 0, lastCol);
            row++;
        }
        finish(lastCol);
    }

    private void field(String label, Optional<String> value, int lastCol) {
        if (label == null || value.isEmpty()) {
            return;
        }
        text(row, 0, label, Styles.Kind.HEADER);
        spanning(row, 1, value.get(), Styles.Kind.TEXT);
        fill(row, 2, lastCol, Styles.Kind.TEXT);
        merge(row, row, 1, lastCol);
        row++;
    }

    private void budget(Budget b, BudgetResult result, boolean computed, int lastCol) {
        int first = row;
        text(row, 0, "资金情况（" + b.getUnit().label() + "）", Styles.Kind.HEADER);
        spanning(row, 1, "项目资金", Styles.Kind.HEADER);
        text(row, 2, "", Styles.Kind.HEADER);
        merge(row, row, 1, 2);
        String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < heads.length; i++) {
            text(row, 3 + i, heads[i], Styles.Kind.HEADER);
        }
        if (lastCol == COLS) {
            text(row, COLS, "计算得分", Styles.Kind.HEADER);
        }
        // a line's values in columns the model has no attribute for on it (a 原因 note, 权重 / 得分 marked
        // not applicable on a sub-row) go after the block's own columns under the headers they were filed
        // under: the reader keeps a column it has no use for on that row as the line's extra, with its header
        List<List<LabelledText>> lineExtras = new ArrayList<>();
        for (BudgetLine line : b.getLines()) {
            lineExtras.add(line.getExtras());
        }
        ExtraColumns extras = new ExtraColumns(lineExtras, lastCol + 1);
        extras.headers(row);
        row++;
        List<BudgetLine> income = new ArrayList<>();
        List<BudgetLine> expenditure = new ArrayList<>();
        // with no total line, the block's weight and score go on its first row with amounts (the reader reads them there)
        boolean noTotal = b.total().isEmpty();
        boolean scoresWritten = false;
        for (BudgetLine line : b.getLines()) {
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
            fill(row, 0, lastCol, Styles.Kind.TEXT);
            spanning(row, 1, line.getLabel(), Styles.Kind.TEXT);
            merge(row, row, 1, 2);
            line.getInitial().ifPresent(f -> figure(row, 3, f, false));
            line.getAdjusted().ifPresent(f -> figure(row, 4, f, false));
            line.getExecuted().ifPresent(f -> figure(row, 5, f, false));
            line.getDeclaredRate().ifPresent(f -> figure(row, 7, f, true));
            extras.values(line.getExtras(), row);
            if (line.getKind() == BudgetLineKind.TOTAL || noTotal && !scoresWritten) {
                scoresWritten = true;
                budgetRow = row;
                if (computed && result != null) {
                    number(row, 6, result.getWeight());
                    number(row, 8, result.getScore());
                } else {
                    b.getWeight().ifPresent(f -> figure(row, 6, f, false));
                    b.getDeclaredScore().ifPresent(f -> figure(row, 8, f, false));
                }
                if (lastCol == COLS && result != null) {
                    number(row, COLS, result.getScore());
                }
            }
            row++;
        }
        natureLines("按收入性质分：", income, lastCol);
        natureLines("按支出性质分：", expenditure, lastCol);
        if (row - 1 > first) {
            merge(first, row - 1, 0, 0);
        }
    }

    private void natureLines(String header, List<BudgetLine> lines, int lastCol) {
        if (lines.isEmpty()) {
            return;
        }
        fill(row, 0, lastCol, Styles.Kind.TEXT);
        spanning(row, 1, header, Styles.Kind.TEXT);
        merge(row, row, 1, lastCol);
        row++;
        for (BudgetLine line : lines) {
            String label = line.getLabel();
            Optional<Figure> amount = line.getLabelAmount();
            if (amount.isPresent() && !label.endsWith(amount.get().getRaw())) {
                label = label + "：" + amount.get().getRaw();
            }
            fill(row, 0, lastCol, Styles.Kind.TEXT);
            spanning(row, 1, label, Styles.Kind.TEXT);
            merge(row, row, 1, lastCol);
            row++;
        }
    }

    /**
     * The goals: 年度总体目标 over its two rows, then each goal's label with its text below: 预期目标, the goal
     * columns the model has no attribute for (全年（调整）绩效目标, kept as header fields), 实际完成情况.
     */
    private void goals(Goals g, List<LabelledText> columns, int lastCol) {
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
        int span = lastCol / labels.size();
        text(row, 0, "年度总体目标", Styles.Kind.HEADER);
        for (int i = 0; i < labels.size(); i++) {
            int from = 1 + i * span;
            int to = i == labels.size() - 1 ? lastCol : from + span - 1;
            spanning(row, from, labels.get(i), Styles.Kind.HEADER);
            fill(row, from + 1, to, Styles.Kind.HEADER);
            merge(row, row, from, to);
        }
        row++;
        fill(row, 0, lastCol, Styles.Kind.TEXT);
        int longest = 0;
        for (int i = 0; i < texts.size(); i++) {
            int from = 1 + i * span;
            int to = i == texts.size() - 1 ? lastCol : from + span - 1;
            spanning(row, from, texts.get(i), Styles.Kind.TEXT);
            merge(row, row, from, to);
            longest = Math.max(longest, displayWidth(texts.get(i)) * 4 / Math.min(4, to - from + 1));
        }
        int lines = Math.max(2, longest / 60 + g.getExpected().split("\n").length);
        sheet.getRow(row).setHeightInPoints(Math.min(409, 15f * lines));
        merge(row - 1, row, 0, 0);
        row++;
    }

    /**
     * The header fields written as columns of the goals block rather than as rows of their own: goal texts the
     * model has no attribute for (重庆's 全年（调整）绩效目标 between 年初绩效目标 and 实际完成情况), which is where
     * the reader reads such a label (a short label naming a 目标 the vocabulary does not know) as a header field.
     * Only the trailing run of such fields moves, so that the fields read back in their order; none without goals.
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
        // at most as many columns as the block's width leaves two per goal
        int max = (COLS - 1) / 2 - 2;
        return fields.subList(Math.max(from, fields.size() - Math.max(0, max)), fields.size());
    }

    private static boolean goalColumn(String label) {
        String k = io.github.perfeval.grid.form.Vocabulary.key(label);
        return k.contains("目标") && k.length() <= 20 && k.indexOf('。') < 0 && k.indexOf('，') < 0 && k.indexOf(',') < 0
                && VOCABULARY.roleOf(label).isEmpty();
    }

    /** Whether a title names a project form, as the reader takes it (项目支出 or 项目绩效, spaces ignored). */
    private static boolean namesAProjectForm(String title) {
        String t = title.replaceAll("[\\s\u3000]", "");
        return t.contains("项目支出") || t.contains("项目绩效");
    }

    private void indicators(Form form, Evaluation evaluation, boolean computed, boolean both) {
        int lastCol = both ? COLS : COLS - 1;
        int first = row;
        String[] heads = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        // a target filed in parts: its value goes under 年度指标值's place with the value's own header, the
        // operator and unit after the extras, so that the reader joins the same parts again
        Optional<String> valueHeader = form.getIndicators().stream().map(Indicator::getSplitTarget).flatMap(Optional::stream)
                .map(SplitTarget::getValue).flatMap(Optional::stream).map(LabelledText::getLabel).filter(l -> !l.isBlank()).findFirst();
        for (int i = 0; i < heads.length; i++) {
            text(row, i, i == 4 && valueHeader.isPresent() ? valueHeader.get() : heads[i], Styles.Kind.HEADER);
        }
        if (both) {
            text(row, COLS, "计算得分", Styles.Kind.HEADER);
        }
        List<List<LabelledText>> rows = new ArrayList<>();
        for (Indicator ind : form.getIndicators()) {
            rows.add(ind.getExtras());
        }
        ExtraColumns extras = new ExtraColumns(rows, lastCol + 1);
        extras.headers(row);
        SplitColumns split = new SplitColumns(form.getIndicators(), extras.end());
        split.headers(row);
        row++;
        List<Indicator> inds = form.getIndicators();
        int groupStart1 = row;
        int groupStart2 = row;
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            IndicatorResult result = evaluation == null ? null : evaluation.getIndicators().get(i);
            indicatorRows.put(i, row);
            fill(row, 0, lastCol, Styles.Kind.TEXT);
            boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(ind.getLevel1Label());
            boolean new2 = new1 || !inds.get(i - 1).getLevel2Label().equals(ind.getLevel2Label());
            if (new1) {
                mergeIfSpan(groupStart1, row - 1, 1);
                groupStart1 = row;
                levelLabel(row, 1, ind.getLevel1Label(), i > 0);
            }
            if (new2) {
                mergeIfSpan(groupStart2, row - 1, 2);
                groupStart2 = row;
                levelLabel(row, 2, ind.getLevel2Label(), i > 0);
            }
            text(row, 3, ind.getName(), Styles.Kind.TEXT);
            text(row, 4, valueHeader.isPresent() && ind.getSplitTarget().flatMap(SplitTarget::getValue).isPresent()
                    ? ind.getSplitTarget().get().getValue().get().getText() : ind.getTarget().getRaw(), Styles.Kind.TEXT_CENTER);
            text(row, 5, ind.getActual().getRaw(), Styles.Kind.TEXT_CENTER);
            if (computed && result != null) {
                number(row, 6, result.getWeight());
                number(row, 7, result.getScore());
            } else {
                ind.getWeight().ifPresent(f -> figure(row, 6, f, false));
                ind.getDeclaredScore().ifPresent(f -> figure(row, 7, f, false));
            }
            ind.getDeviationReason().ifPresent(r -> text(row, 8, r, Styles.Kind.TEXT));
            if (both && result != null) {
                number(row, COLS, result.getScore());
            }
            extras.values(ind.getExtras(), row);
            split.values(ind, row);
            comments.add(ind, row, extras::columnOf);
            if (ind.isHidden()) {
                sheet.getRow(row).setZeroHeight(true);
            }
            row++;
        }
        if (!inds.isEmpty()) {
            mergeIfSpan(groupStart1, row - 1, 1);
            mergeIfSpan(groupStart2, row - 1, 2);
        }
        totalRow = row;
        fill(row, 0, lastCol, Styles.Kind.TEXT);
        spanning(row, 0, "总分", Styles.Kind.HEADER);
        merge(row, row, 0, 5);
        if (computed && evaluation != null) {
            number(row, 6, evaluation.getWeights());
            number(row, 7, evaluation.getScore());
        } else {
            form.getDeclaredWeightTotal().ifPresent(f -> figure(row, 6, f, false));
            form.getDeclaredTotal().ifPresent(f -> figure(row, 7, f, false));
        }
        if (both && evaluation != null) {
            number(row, COLS, evaluation.getScore());
        }
        if (evaluation != null) {
            text(row, 8, "等级：" + evaluation.getGrade().label(), Styles.Kind.TEXT_CENTER);
        } else if (form.getDeclaredGrade().isPresent()) {
            LabelledText grade = form.getDeclaredGrade().get();
            text(row, 8, grade.getLabel().isEmpty() ? grade.getText() : grade.getLabel() + "：" + grade.getText(), Styles.Kind.TEXT_CENTER);
        }
        if (row - 1 > first) {
            merge(first, row - 1, 0, 0);
        }
        row++;
    }

    /**
     * A level label; a blank one under a group that has a label is an empty value on purpose ({@code =""}), so
     * that a reader does not take it for "as above".
     */
    private void levelLabel(int r, int c, String label, boolean afterAnother) {
        text(r, c, label, Styles.Kind.TEXT_CENTER);
        if (label.isEmpty() && afterAnother) {
            Cell cell = cell(r, c);
            cell.setCellFormula("\"\"");
            cell.setCellValue("");
        }
    }

    /**
     * A figure as it was filed: a number cell when its raw text is the plain decimal (shown as such, a rate
     * too: a rate filed as 0.9986 was not filed as 99.86%), else its raw text, so that reading it back gives
     * the same raw text and value. A figure read from a formula gets its formula back when {@link Formulas}
     * writes it, with the figure as the cached value.
     */
    private void figure(int r, int c, Figure f, boolean rate) {
        Optional<BigDecimal> v = f.getValue();
        if (v.isPresent() && v.get().toPlainString().equals(f.getRaw())) {
            Cell cell = cell(r, c);
            Formulas.write(cell, f);
            cell.setCellValue(v.get().doubleValue());
            cell.setCellStyle(styles.get(Styles.Kind.NUMBER));
            width(c, f.getRaw());
        } else {
            text(r, c, f.getRaw(), Styles.Kind.TEXT_CENTER);
            Cell cell = cell(r, c);
            if (Formulas.write(cell, f)) {
                cell.setCellValue(f.getRaw()); // the cached value: the text as filed
            }
        }
    }

    private void number(int r, int c, BigDecimal v) {
        Cell cell = cell(r, c);
        cell.setCellValue(v.doubleValue());
        cell.setCellStyle(styles.get(Styles.Kind.NUMBER));
        width(c, v.toPlainString());
    }

    /**
     * Writes text as a string cell, never a formula. Text that a spreadsheet would take for a formula
     * ({@code = + - @} first) is marked quote-prefixed as well, so that editing the cell keeps it text.
     */
    private void text(int r, int c, String value, Styles.Kind kind) {
        Cell cell = cell(r, c);
        if (value.length() > MAX_CELL_TEXT) {
            throw new IllegalArgumentException(sheet.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(r, c).formatAsString(false)
                    + ": 文本长" + value.length() + "字符，超过单元格上限" + MAX_CELL_TEXT + " / a text of " + value.length()
                    + " characters does not fit a cell (at most " + MAX_CELL_TEXT + "): \""
                    + value.substring(0, 20) + "…\"");
        }
        cell.setCellValue(value);
        boolean risky = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        CellStyle style = risky && kind != Styles.Kind.TITLE ? styles.quoted(kind, sheet.getWorkbook()) : styles.get(kind);
        cell.setCellStyle(style);
        if (kind != Styles.Kind.TITLE && kind != Styles.Kind.PLAIN) {
            width(c, value);
        }
    }

    /** Text in a cell merged across columns: it does not size its first column. */
    private void spanning(int r, int c, String value, Styles.Kind kind) {
        int before = widths[Math.min(c, widths.length - 1)];
        text(r, c, value, kind);
        widths[Math.min(c, widths.length - 1)] = before;
    }

    private void fill(int r, int from, int to, Styles.Kind kind) {
        for (int c = from; c <= to; c++) {
            Cell cell = cell(r, c);
            if (cell.getCellStyle() == null || cell.getCellStyle().getIndex() == 0) {
                cell.setCellStyle(styles.get(kind));
            }
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

    private void mergeIfSpan(int r0, int r1, int c) {
        if (r1 > r0) {
            merge(r0, r1, c, c);
        }
        Row first = sheet.getRow(r0);
        Cell label = first == null ? null : first.getCell(c);
        if (label != null && r1 >= r0) {
            int lines = label.getStringCellValue().split("\n", -1).length;
            int span = r1 - r0 + 1;
            if (lines > span) {
                float height = 15f * (float) Math.ceil((double) lines / span);
                for (int r = r0; r <= r1; r++) {
                    Row row = sheet.getRow(r);
                    if (row != null && row.getHeightInPoints() < height) {
                        row.setHeightInPoints(height);
                    }
                }
            }
        }
    }

    private void width(int c, String text) {
        if (c < widths.length) {
            int w = 0;
            for (String line : text.split("\n")) {
                w = Math.max(w, displayWidth(line));
            }
            widths[c] = Math.max(widths[c], w);
        }
    }

    /** Width in Latin characters: a CJK character counts two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private void finish(int lastCol) {
        for (int c = 0; c <= lastCol; c++) {
            int w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2));
            sheet.setColumnWidth(c, w * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** A table's extra columns ({@link io.github.perfeval.grid.layout.ExtraColumns}) from a sheet column on, styled. */
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
                text(r, first + i, headers.get(i), Styles.Kind.HEADER);
                sheet.setColumnWidth(first + i, 24 * 256);
            }
        }

        void values(List<LabelledText> extras, int r) {
            fill(r, first, first + layout.size() - 1, Styles.Kind.TEXT);
            int[] at = layout.indexesOf(extras);
            for (int i = 0; i < at.length; i++) {
                text(r, first + at[i], extras.get(i).getText(), Styles.Kind.TEXT);
            }
        }

        /** The first sheet column after the extras. */
        int end() {
            return first + layout.size();
        }

        /** The sheet column of an extra's header (its first column), or -1. */
        int columnOf(String header) {
            int i = layout.indexOfHeader(header);
            return i < 0 ? -1 : first + i;
        }
    }

    /** The columns of targets' parts ({@link io.github.perfeval.grid.layout.SplitTargetColumns}) from a sheet column on, styled. */
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
                text(r, first + i, headers.get(i), Styles.Kind.HEADER);
                sheet.setColumnWidth(first + i, 12 * 256);
            }
        }

        void values(Indicator ind, int r) {
            if (layout.size() == 0) {
                return;
            }
            fill(r, first, first + layout.size() - 1, Styles.Kind.TEXT_CENTER);
            List<Optional<LabelledText>> parts = layout.partsOf(ind);
            for (int i = 0; i < parts.size(); i++) {
                int c = first + i;
                parts.get(i).ifPresent(v -> text(r, c, v.getText(), Styles.Kind.TEXT_CENTER));
            }
        }
    }
}
