package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one form: its title block, budget and goals above its indicator band, then its table and what
 * follows it. Knows where the form starts (the end of the previous one) and finds where it ends.
 */
final class FormReading {

    private final Grid g;
    private final Vocabulary v;
    private final Claims claims;
    private final List<Band> bands;
    private final List<Band> tables;
    private final int tableIndex;
    private final int start;
    private final Cells cells;
    private final List<Diagnostic> out = new ArrayList<>();
    private final Form.Builder form = Form.builder();
    private int end;
    private int nextTable;
    private Form built;

    FormReading(Grid g, Vocabulary v, Claims claims, List<Band> bands, List<Band> tables, int tableIndex, int start) {
        this.g = g;
        this.v = v;
        this.claims = claims;
        this.bands = bands;
        this.tables = tables;
        this.tableIndex = tableIndex;
        this.start = start;
        this.cells = new Cells(g, v, claims);
    }

    int start() {
        return start;
    }

    /** The first row after this form. */
    int end() {
        return end;
    }

    /** The index of the next indicator band that starts a form of its own. */
    int nextTable() {
        return nextTable;
    }

    Form form() {
        return built;
    }

    List<Diagnostic> diagnostics() {
        return out;
    }

    void read() {
        Band table = tables.get(tableIndex);
        g.getSheet().ifPresent(form::sheet);
        Head head = new Head(g, v, cells, form, out);
        head.read(start, table.top, budgetBands(start, table.top));
        cells.claimBand(table);
        sayGuesses(table);
        TableReading rows = new TableReading(g, v, claims, cells, form, out);
        int next = tableIndex + 1;
        Band current = table;
        int r = table.bottom + 1;
        int limit = limitAfter(current, next);
        while (true) {
            r = rows.read(current, r, limit);
            // a band that repeats the header (a table continued after a page break) goes on with this form
            if (r == limit && next < tables.size() && limit == tables.get(next).top && rows.continuesAt(tables.get(next))) {
                current = tables.get(next);
                cells.claimBand(current);
                sayGuesses(current);
                r = current.bottom + 1;
                next++;
                limit = limitAfter(current, next);
                continue;
            }
            break;
        }
        rows.finish();
        if (!cells.placeholders().isEmpty()) {
            List<MessageArgument> places = new ArrayList<>();
            cells.placeholders().forEach(p -> places.add(MessageArgument.message("fragment.cellText", MessageArgument.place(p),
                    MessageArgument.text(cells.placeholderText(p)))));
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "unfilledPlaceholders", cells.placeholders().get(0),
                    MessageArgument.number(places.size()), MessageArgument.list(places)));
        }
        if (!current.has(Role.WEIGHT) && !current.has(Role.SCORE)) {
            out.add(Diagnostic.of(StandardCode.NO_SCORE_COLUMNS, g.place(table.bottom, Math.max(0, table.column(Role.LEVEL3)))));
        }
        this.end = r;
        this.nextTable = next;
        form.sheetHidden(g.isHidden());
        built = form.build();
        notKept(built);
        sideLabel(table);
    }

    /**
     * The label down the table's left side (年度绩效目标（80分）, merged over the header and the rows): structure,
     * and when it states points that the level-1 labels' points do not add up to, an error the form made.
     */
    private void sideLabel(Band table) {
        int levelStart = table.column(Role.LEVEL1) >= 0 ? table.column(Role.LEVEL1) : Math.max(0, table.column(Role.LEVEL3));
        for (int c = 0; c < levelStart; c++) {
            int r = g.originRow(table.bottom, c);
            if (r < table.top || g.originColumn(table.bottom, c) != c || g.cell(r, c).isBlank() || cells.claimed(r, c)
                    || table.bottom + 1 >= g.rowCount() || !g.continuesFromAbove(table.bottom + 1, c)) {
                continue;
            }
            String label = g.cell(r, c).getText().strip();
            java.math.BigDecimal points = io.github.perfeval.core.form.Labels.weightIn(label).orElse(null);
            java.util.Map<String, java.math.BigDecimal> level1 = new java.util.LinkedHashMap<>();
            boolean all = !built.getIndicators().isEmpty();
            for (io.github.perfeval.core.form.Indicator ind : built.getIndicators()) {
                all &= ind.getDeclaredLevel1Weight().isPresent();
                ind.getDeclaredLevel1Weight().ifPresent(w -> level1.putIfAbsent(ind.getLevel1Label(), w));
            }
            java.math.BigDecimal sum = level1.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            if (points != null && all && points.compareTo(sum) != 0) {
                // named by the diagnostic; a side label that says nothing checkable stays among the unread cells
                cells.claim(r, c);
                out.add(Diagnostic.variant(StandardCode.SUBTOTAL_MISMATCH, "tableLabel", g.place(r, c), MessageArgument.text(label),
                        MessageArgument.number(points), MessageArgument.number(sum)));
            }
        }
    }

    /**
     * Reports what the model has no place for on the form's rows: a comment or a formula on a cell whose
     * comment or formula is not kept, a hidden row that is not a hidden indicator, a hidden column that holds
     * something.
     */
    private void notKept(Form f) {
        java.util.Set<io.github.perfeval.core.source.Location> hiddenIndicators = new java.util.HashSet<>();
        for (io.github.perfeval.core.form.Indicator ind : f.getIndicators()) {
            if (ind.isHidden()) {
                ind.getSource().ifPresent(hiddenIndicators::add);
            }
        }
        for (int r = start; r < end && r < g.rowCount(); r++) {
            boolean content = false;
            boolean hiddenIndicator = false;
            for (int c = 0; c < g.columnCount(); c++) {
                io.github.perfeval.grid.GridCell own = g.ownCell(r, c);
                content |= !own.isBlank();
                hiddenIndicator |= !hiddenIndicators.isEmpty() && hiddenIndicators.contains(g.place(r, c));
                if (own.getComment().isPresent() && !cells.commentKept(r, c)) {
                    out.add(Diagnostic.variant(StandardCode.NOT_KEPT, "comment", g.place(r, c),
                            MessageArgument.text(own.getComment().get())));
                }
                if (own.getFormula().isPresent() && !own.getFormula().get().equals(own.getText()) && !cells.formulaKept(r, c)) {
                    out.add(Diagnostic.variant(StandardCode.NOT_KEPT, "formula", g.place(r, c),
                            MessageArgument.text(own.getFormula().get()), MessageArgument.text(own.getText())));
                }
            }
            if (content && g.isRowHidden(r) && !hiddenIndicator) {
                out.add(Diagnostic.variant(StandardCode.NOT_KEPT, "hiddenRow", g.place(r, 0), MessageArgument.number(r + 1)));
            }
        }
        // a hidden column's cells are read like any other, but the model keeps no hidden flag for a column
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.isColumnHidden(c)) {
                continue;
            }
            for (int r = start; r < end && r < g.rowCount(); r++) {
                if (!g.ownCell(r, c).isBlank()) {
                    out.add(Diagnostic.variant(StandardCode.NOT_KEPT, "hiddenColumn", g.place(r, c), MessageArgument.number(c + 1)));
                    break;
                }
            }
        }
    }

    /** A column whose label the vocabulary does not know, read by its place and content: its label is structure, the guess is said. */
    private void sayGuesses(Band b) {
        for (int[] at : b.guessed) {
            cells.claim(at[0], at[1]);
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "columnGuessed", g.place(at[0], at[1]),
                    MessageArgument.text(g.cell(at[0], at[1]).getText().strip()), MessageArgument.text(b.roles[at[1]].label())));
        }
    }

    /** Where the rows of a table may go on to: the next indicator band or the next budget band, whichever comes first. */
    private int limitAfter(Band current, int next) {
        int limit = next < tables.size() ? tables.get(next).top : g.rowCount();
        for (Band b : bands) {
            if (b.kind == Band.Kind.BUDGET && b.top > current.bottom && b.top < limit) {
                limit = b.top;
            }
        }
        return limit;
    }

    /** The budget bands between two rows. */
    private List<Band> budgetBands(int from, int to) {
        List<Band> found = new ArrayList<>();
        for (Band b : bands) {
            if (b.kind == Band.Kind.BUDGET && b.top >= from && b.bottom < to) {
                found.add(b);
            }
        }
        return found;
    }

    /** Text sections in reading order, shared by the head and the table's tail. */
    static TextSection section(SectionKind kind, String label, String text, io.github.perfeval.core.source.Location at) {
        return TextSection.builder().kind(kind).label(label).text(text).source(at).build();
    }

    static LabelledText labelled(String label, String text, io.github.perfeval.core.source.Location at) {
        return LabelledText.builder().label(label).text(text).source(at).build();
    }

    /** The kind a title names: 项目支出 before 部门 (四川's 部门预算项目支出绩效自评表 is a project form). */
    static Optional<FormKind> kindOf(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String k = Vocabulary.key(title);
        if (k.contains("项目支出") || k.contains("项目绩效")) {
            return Optional.of(FormKind.PROJECT);
        }
        if (k.contains("部门") || k.contains("整体支出")) {
            return Optional.of(FormKind.DEPARTMENT);
        }
        return Optional.empty();
    }
}
