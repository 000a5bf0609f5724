package io.github.perfeval.grid.report;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.report.StatedAmount;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a project's self-evaluation report (项目支出绩效自评报告) from a {@link Grid}, whatever the grid came
 * from (a sheet, a Word table, an HTML table), by its labels: a column of labels ({@code 专项名称},
 * {@code 年度预算金额}, {@code 项目支出管理和使用基本情况}, …) with each section's text to its right and, to its
 * left, the group it stands in ({@code 部门概况}, often merged down over its rows).
 * {@link io.github.perfeval.grid.form.FormParser} runs it on every grid that holds no form, so every reader of
 * grids finds reports beside the forms.
 *
 * <pre>{@code
 * for (ValueWithDiagnostics<SelfEvaluationReport> r : ReportParser.create().parse(grid)) {
 *     r.getValue().projectName();   // Optional[非税收入]
 *     r.getDiagnostics();           // sections it did not know, cells it could not place
 * }
 * }</pre>
 *
 * <p>A grid holds a report when its label column names at least three of the template's items, among them
 * one that says what the project is (专项名称, 年度预算金额, 项目主管部门, 项目立项目的) and one of the report's
 * narrative (项目支出管理和使用基本情况, 项目绩效目标完成情况): the labels of a form's own text sections
 * (存在问题, 改进措施) alone never make a report. Every non-empty cell of the report's rows ends in the report
 * (title, group, label, text, a note) or in a diagnostic naming it: a row with a label perfeval does not know
 * is a section kept as written ({@code REPORT_UNKNOWN_SECTION}); a cell that is none of these is
 * {@code REPORT_UNREAD_CELL}. Never throws on a grid's content. Thread-safe.
 */
public final class ReportParser {

    private static final ReportParser DEFAULT = new ReportParser();
    private static final Set<ReportItem> WHAT = EnumSet.of(ReportItem.PROJECT_NAME, ReportItem.BUDGET_AMOUNT,
            ReportItem.DEPARTMENT, ReportItem.PURPOSE);
    private static final Set<ReportItem> NARRATIVE = EnumSet.of(ReportItem.MANAGEMENT, ReportItem.ACHIEVEMENT);
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final int LONGEST_LABEL = 30;

    private ReportParser() {
    }

    /** The parser with perfeval's labels ({@link ReportItem}). */
    public static ReportParser create() {
        return DEFAULT;
    }

    /**
     * Reads the report a grid holds.
     *
     * @param grid the grid
     * @return the report with what was noticed reading it; empty when the grid holds none
     */
    public List<ValueWithDiagnostics<SelfEvaluationReport>> parse(Grid grid) {
        return read(grid).getReports();
    }

    /**
     * Reads the report a grid holds, and says which cells it accounts for.
     *
     * @param grid the grid
     * @return the report and the cells it accounts for
     */
    public Reading read(Grid grid) {
        int labelColumn = labelColumn(grid);
        if (labelColumn < 0) {
            return new Reading(grid, List.of(), new boolean[0][0]);
        }
        One one = new One(grid, labelColumn);
        ValueWithDiagnostics<SelfEvaluationReport> report = one.read();
        return new Reading(grid, List.of(report), one.taken);
    }

    /** The column where the template's labels stand, when enough of them do to make a report; else -1. */
    private static int labelColumn(Grid g) {
        for (int c = 0; c < g.columnCount(); c++) {
            Set<ReportItem> items = EnumSet.noneOf(ReportItem.class);
            for (int r = 0; r < g.rowCount(); r++) {
                if (g.isOrigin(r, c)) {
                    label(g, r, c).ifPresent(items::add);
                }
            }
            if (items.size() >= 3 && items.stream().anyMatch(WHAT::contains) && items.stream().anyMatch(NARRATIVE::contains)) {
                return c;
            }
        }
        return -1;
    }

    private static Optional<ReportItem> label(Grid g, int r, int c) {
        String t = g.cell(r, c).trimmed();
        return t.isEmpty() || t.length() > LONGEST_LABEL ? Optional.empty() : ReportItem.fromLabel(t);
    }

    /** One grid's reading. */
    private static final class One {
        private final Grid g;
        private final int lc;
        private final boolean[][] taken;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        One(Grid g, int lc) {
            this.g = g;
            this.lc = lc;
            this.taken = new boolean[g.rowCount()][g.columnCount()];
        }

        ValueWithDiagnostics<SelfEvaluationReport> read() {
            int first = -1;
            int last = -1;
            for (int r = 0; r < g.rowCount(); r++) {
                if (g.isOrigin(r, lc) && label(g, r, lc).isPresent()) {
                    first = first < 0 ? r : first;
                    last = r;
                }
            }
            SelfEvaluationReport.Builder b = SelfEvaluationReport.builder();
            g.getSheet().ifPresent(b::sheet);
            String title = null;
            Location titlePlace = null;
            List<String> notes = new ArrayList<>();
            // above the first section: the title, else notes
            for (int r = 0; r < first; r++) {
                String row = rowText(r);
                if (row.isEmpty()) {
                    continue;
                }
                if (title == null && row.contains("报告")) {
                    title = row;
                    titlePlace = g.place(r, firstFilled(r));
                } else {
                    notes.add(row);
                }
                takeRow(r);
            }
            if (title == null) {
                title = g.getContext().flatMap(ReportParser::titleIn).orElse(null);
            }
            if (title != null) {
                b.title(title);
                Matcher y = YEAR.matcher(title);
                if (y.find()) {
                    b.year(Integer.parseInt(y.group(1)));
                }
            }
            // the sections, and rows below the last one that still have a label and a text (an unknown section)
            int end = last;
            while (end + 1 < g.rowCount() && isSectionRow(end + 1)) {
                end++;
            }
            String group = null;
            for (int r = first; r <= end; r++) {
                if (!g.isOrigin(r, lc)) {
                    continue;   // a label merged down over more rows: its text rows are read with it
                }
                String groupHere = lc > 0 ? g.cell(r, lc - 1).trimmed() : "";
                if (lc > 0 && !groupHere.isEmpty()) {
                    group = groupHere;
                    take(r, lc - 1);
                }
                String labelText = g.cell(r, lc).trimmed();
                if (labelText.isEmpty()) {
                    continue;   // a row with no label: its cells are named below unless something took them
                }
                take(r, lc);
                int tc = lc + 1;
                while (tc < g.columnCount() && !g.isOrigin(r, tc) && g.originColumn(r, tc) == g.originColumn(r, lc)) {
                    tc++;   // past the label's own merged width
                }
                StringBuilder text = new StringBuilder();
                Location textPlace = tc < g.columnCount() ? g.place(r, tc) : g.place(r, lc);
                for (int c = tc; c < g.columnCount(); c++) {
                    if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                        text.append(text.length() == 0 ? "" : "\n").append(g.cell(r, c).trimmed());
                        take(r, c);
                    }
                }
                ReportSection.Builder s = ReportSection.builder().label(labelText).text(text.toString()).source(textPlace);
                if (group != null) {
                    s.group(group);
                }
                ReportSection section = s.build();
                if (section.getItem() == ReportItem.OTHER) {
                    diagnostics.add(Diagnostic.of(ReportCode.REPORT_UNKNOWN_SECTION, g.place(r, lc), MessageArgument.text(labelText)));
                }
                b.addSections(section);
                if (section.getItem() == ReportItem.BUDGET_AMOUNT && !section.leftBlank()) {
                    budget(b, section, textPlace);
                }
            }
            // below: notes (a row with one text), anything else is named
            for (int r = end + 1; r < g.rowCount(); r++) {
                String row = rowText(r);
                if (!row.isEmpty() && filledCells(r) == 1) {
                    notes.add(row);
                    takeRow(r);
                }
            }
            b.addAllNotes(notes);
            b.source(titlePlace != null ? titlePlace : g.place().getTable().isPresent() ? g.place() : g.place(first, lc));
            for (int r = 0; r < g.rowCount(); r++) {
                for (int c = 0; c < g.columnCount(); c++) {
                    if (g.isOrigin(r, c) && !taken[r][c] && !g.cell(r, c).isBlank()) {
                        diagnostics.add(Diagnostic.of(ReportCode.REPORT_UNREAD_CELL, g.place(r, c), g.getSheet().isPresent() ? MessageArgument.cell(g.address(r, c)) : MessageArgument.place(g.place(r, c)),
                                MessageArgument.text(shorten(g.cell(r, c).trimmed()))));
                        taken[r][c] = true;
                    }
                }
            }
            return ValueWithDiagnostics.of(b.build(), diagnostics);
        }

        private void budget(SelfEvaluationReport.Builder b, ReportSection section, Location at) {
            Optional<StatedAmount> amount = StatedAmount.budgetIn(section.getText());
            if (amount.isPresent()) {
                b.budgetAmount(Figure.of(section.getText(), amount.get().getMoney().amount(), at))
                        .budgetUnit(amount.get().getMoney().unit());
            } else {
                b.budgetAmount(Figure.of(section.getText(), null, at));
                diagnostics.add(Diagnostic.of(ReportCode.REPORT_BUDGET_UNREADABLE, at, MessageArgument.text(shorten(section.getText()))));
            }
        }

        private boolean isSectionRow(int r) {
            return g.isOrigin(r, lc) && !g.cell(r, lc).isBlank() && g.cell(r, lc).trimmed().length() <= LONGEST_LABEL
                    && lc + 1 < g.columnCount() && filledCells(r) >= 2;
        }

        private void take(int r, int c) {
            taken[r][c] = true;
        }

        private void takeRow(int r) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c)) {
                    taken[r][c] = true;
                }
            }
        }

        private int firstFilled(int r) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                    return c;
                }
            }
            return 0;
        }

        private int filledCells(int r) {
            int n = 0;
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                    n++;
                }
            }
            return n;
        }

        private String rowText(int r) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(g.cell(r, c).trimmed());
                }
            }
            return sb.toString();
        }
    }

    /** The line of a table's context that names a report, else its last line. */
    private static Optional<String> titleIn(String context) {
        String[] lines = context.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("自评报告") || lines[i].contains("绩效报告")) {
                return Optional.of(lines[i].strip());
            }
        }
        return Optional.empty();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The report read from a grid, and the cells it accounts for. Immutable once read; thread-safe. */
    public static final class Reading {
        private final Grid grid;
        private final List<ValueWithDiagnostics<SelfEvaluationReport>> reports;
        private final boolean[][] accounted;

        private Reading(Grid grid, List<ValueWithDiagnostics<SelfEvaluationReport>> reports, boolean[][] accounted) {
            this.grid = grid;
            this.reports = List.copyOf(reports);
            this.accounted = accounted;
        }

        /** The reports, each with what was noticed reading it; empty when the grid holds none. */
        public List<ValueWithDiagnostics<SelfEvaluationReport>> getReports() {
            return reports;
        }

        /**
         * Whether the report accounts for a cell: it is in the report or named by its diagnostics.
         *
         * @param row the row, from 0
         * @param column the column, from 0
         * @return true when the report took the cell
         */
        public boolean accounts(int row, int column) {
            return row >= 0 && column >= 0 && row < accounted.length && column < accounted[row].length && accounted[row][column];
        }
    }
}
