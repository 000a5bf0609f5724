package io.github.perfeval.report.html;

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
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.report.BudgetReport;
import io.github.perfeval.scoring.report.FormReport;
import io.github.perfeval.scoring.report.IndicatorReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form laid out as on paper: the title block's captions, the header fields (the model's and those it
 * keeps as written), the budget block with its lines' extra columns ({@code 原因}…), the goals, the indicator
 * table with level-1 and level-2 labels spanning their rows and the form's extra columns after its own, the
 * 总分 row with the declared grade, then the text sections filed with the form (评价结论, 存在问题, notes…) and
 * the footer, as written. Each indicator row and the budget total show the declared score beside the computed
 * one; a cell comment (a reviewer's 评审意见) is shown under the text of the cell it was on ({@code 批注：…}), a
 * target filed in parts shows the parts the joined target leaves out. Every value the form holds is on the page.
 *
 * <p>Columns: 0 the block's label; 1 level 1 (a budget line's label spans 1–2); 2 level 2; 3 the
 * indicator (年初预算数); 4 target (全年预算数); 5 actual (全年执行数; the declared grade on the 总分 row);
 * 6 weight; 7 declared score; 8 computed score; 9 deviation reason (执行率); then the extra columns: the
 * indicators' ({@code 指标解释}, {@code 评分标准}…) and, in the budget block, the budget lines' ({@code 原因},
 * {@code 权重}…), each headed by its header as written; the table with fewer has its last cell span the rest.
 */
final class PaperForm {

    /** The columns every form has; its extra columns come after them. */
    static final int COLUMNS = 10;
    /** The path scoring gives a finding about the budget block of a form with no places. */
    static final String BUDGET_PATH = "预算执行/budget";
    /** The path scoring gives a finding about one budget line of a form with no places, before the line's label. */
    static final String BUDGET_LINE_PATH = "预算/";

    private final FormReport report;
    private final Form form;
    private final boolean english;
    private final Placer placer;
    /** The indicators' extra columns ({@code 指标解释}, {@code 评分标准}…) and the budget lines' ({@code 原因}…). */
    private final ExtraColumns indicatorExtras;
    private final ExtraColumns budgetExtras;
    /** How many extra columns the drawn form has: as many as the indicators' or the budget lines', whichever is more. */
    private final int extras;
    /** How many columns the drawn form has: {@link #COLUMNS} and its extra columns. */
    final int columns;
    final List<List<Cell>> rows = new ArrayList<>();

    private PaperForm(FormReport report, boolean english, Placer placer) {
        this.report = report;
        this.form = report.getForm();
        this.english = english;
        this.placer = placer;
        List<List<LabelledText>> indicatorRows = new ArrayList<>();
        for (Indicator ind : form.getIndicators()) {
            indicatorRows.add(ind.getExtras());
        }
        List<List<LabelledText>> budgetRows = new ArrayList<>();
        form.getBudget().ifPresent(b -> b.getLines().forEach(l -> budgetRows.add(l.getExtras())));
        this.indicatorExtras = new ExtraColumns(indicatorRows);
        this.budgetExtras = new ExtraColumns(budgetRows);
        this.extras = Math.max(indicatorExtras.size(), budgetExtras.size());
        this.columns = COLUMNS + extras;
    }

    /** Lays out a form, registering every drawn cell with the placer. */
    static PaperForm of(FormReport report, boolean english, Placer placer) {
        PaperForm p = new PaperForm(report, english, placer);
        p.sections(true);
        p.header();
        p.form.getBudget().ifPresent(p::budget);
        p.form.getGoals().ifPresent(p::goals);
        p.indicators();
        p.sections(false);
        p.form.getFooter().flatMap(Footer::getRaw).filter(f -> !f.isBlank())
                .ifPresent(f -> p.row(Cell.text(f).span(p.columns).role("footer")));
        return p;
    }

    private String w(Word word) {
        return word.in(english);
    }

    private List<Cell> row(Cell... cells) {
        List<Cell> r = new ArrayList<>(List.of(cells));
        rows.add(r);
        for (Cell c : cells) {
            placer.cell(c);
        }
        return r;
    }

    private void header() {
        // the year is on the page in the form's title; a title that does not name it gets a row of its own
        form.getYear().map(String::valueOf).filter(y -> !FormSection.title(report, english).contains(y))
                .ifPresent(y -> field(Word.YEAR, y));
        if (form.getKind() == FormKind.PROJECT) {
            field(Word.PROJECT_NAME, form.getProjectName().orElse(""));
        }
        form.getSupervisingDepartment().ifPresent(v -> field(Word.SUPERVISING, v));
        form.getImplementingUnit().ifPresent(v -> field(Word.IMPLEMENTING, v));
        form.getDepartment().ifPresent(v -> field(Word.DEPARTMENT, v));
        for (LabelledText f : form.getHeaderFields()) {
            row(Cell.header(f.getLabel()).role("header-field"),
                    Cell.text(f.getText()).span(columns - 1).from(f.getSource()));
        }
    }

    private void field(Word label, String value) {
        row(Cell.header(w(label)), Cell.text(value).span(columns - 1));
    }

    /**
     * The text sections as filed: the title block's captions ({@code 附件2}, {@code 单位：万元}) above the
     * header, the others (评价结论, 存在问题, 备注…) below the table. A section with a label has it in
     * the first column; one whose text holds its own label spans the row.
     */
    private void sections(boolean captions) {
        for (TextSection t : form.getTextSections()) {
            if ((t.getKind() == SectionKind.CAPTION) != captions) {
                continue;
            }
            String role = "section " + t.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (t.getLabel().isEmpty()) {
                row(Cell.text(t.getText()).span(columns).from(t.getSource()).role(role));
            } else {
                row(Cell.header(t.getLabel()), Cell.text(t.getText()).span(columns - 1).from(t.getSource()).role(role));
            }
        }
    }

    private void budget(Budget b) {
        Optional<BudgetReport> result = report.getBudget();
        List<BudgetLine> amounts = new ArrayList<>();
        List<BudgetLine> income = new ArrayList<>();
        List<BudgetLine> expenditure = new ArrayList<>();
        for (BudgetLine line : b.getLines()) {
            boolean labelOnly = line.getInitial().isEmpty() && line.getAdjusted().isEmpty() && line.getExecuted().isEmpty()
                    && line.getDeclaredRate().isEmpty() && line.getExtras().isEmpty();
            BudgetLineKind.Breakdown by = line.getKind().breakdown();
            if (labelOnly && by == BudgetLineKind.Breakdown.INCOME_NATURE) {
                income.add(line);
            } else if (labelOnly && by == BudgetLineKind.Breakdown.EXPENDITURE_NATURE) {
                expenditure.add(line);
            } else {
                amounts.add(line);
            }
        }
        int span = 1 + amounts.size() + (income.isEmpty() ? 0 : 1 + income.size())
                + (expenditure.isEmpty() ? 0 : 1 + expenditure.size());
        Cell block = Cell.header(w(Word.FUNDS) + (english ? " (" + b.getUnit().label() + ")" : "（" + b.getUnit().label() + "）"))
                .rows(span).from(b.getSource());
        // on a form with no places (built in code, from JSON), scoring names the budget by these paths
        placer.indicator(BUDGET_PATH, block);
        List<Cell> head = new ArrayList<>(List.of(block, Cell.header(w(Word.FUNDS_LINE)).span(2), Cell.header(w(Word.INITIAL)),
                Cell.header(w(Word.ADJUSTED)), Cell.header(w(Word.EXECUTED)), Cell.header(w(Word.WEIGHT)),
                Cell.header(w(Word.DECLARED_SCORE)), Cell.header(w(Word.COMPUTED_SCORE)), Cell.header(w(Word.RATE))));
        budgetExtras.headers(head);
        row(widen(head, budgetExtras));
        for (BudgetLine line : amounts) {
            boolean total = line.getKind() == BudgetLineKind.TOTAL;
            Cell label = Cell.label(label(line)).span(2).from(line.getSource());
            placer.indicator(BUDGET_LINE_PATH + line.getLabel(), label);
            line.getLabelAmount().flatMap(Figure::getSource).ifPresent(label.sources::add);
            Cell weight = total ? figure(b.getWeight()) : Cell.number("");
            if (total && b.getWeight().isEmpty() && result.isPresent()) {
                weight = Cell.number(plain(result.get().getWeight()));
                weight.assigned = result.get().isWeightAssigned();
            }
            Cell declared = total ? figure(b.getDeclaredScore()) : Cell.number("");
            Cell computed = Cell.computed(total ? result.map(r -> plain(r.getScore())).orElse("") : "");
            if (total && result.isPresent()) {
                computed.differs = differs(result.get().getDeclaredScore(), result.get().getScore());
            }
            Cell rate = figure(line.getDeclaredRate());
            if (total) {
                result.flatMap(BudgetReport::getRate).ifPresent(r -> rate.note(w(Word.COMPUTED_RATE) + " " + percent(r)));
            }
            List<Cell> cells = new ArrayList<>(List.of(label, figure(line.getInitial()), figure(line.getAdjusted()),
                    figure(line.getExecuted()), weight, declared, computed, rate));
            budgetExtras.values(line.getExtras(), cells);
            row(widen(cells, budgetExtras));
        }
        natureLines(Word.BY_INCOME, income);
        natureLines(Word.BY_EXPENDITURE, expenditure);
    }

    private static String label(BudgetLine line) {
        String label = line.getLabel();
        Optional<Figure> amount = line.getLabelAmount();
        if (amount.isPresent() && !label.endsWith(amount.get().getRaw())) {
            label = label + "：" + amount.get().getRaw();
        }
        return label;
    }

    private void natureLines(Word header, List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        row(Cell.text(w(header)).span(columns - 1));
        for (BudgetLine line : lines) {
            Cell c = Cell.text(label(line)).span(columns - 1).from(line.getSource());
            placer.indicator(BUDGET_LINE_PATH + line.getLabel(), c);
            line.getLabelAmount().flatMap(Figure::getSource).ifPresent(c.sources::add);
            row(c);
        }
    }

    private void goals(Goals g) {
        row(Cell.header(w(Word.GOALS)).rows(2), Cell.header(w(Word.EXPECTED)).span(4),
                Cell.header(w(Word.ACHIEVED)).span(5 + extras));
        row(Cell.text(g.getExpected()).span(4).from(g.getSource()), Cell.text(g.getAchieved()).span(5 + extras));
    }

    private void indicators() {
        List<Indicator> inds = form.getIndicators();
        List<IndicatorReport> lines = report.getIndicators();
        List<Cell> head = new ArrayList<>(List.of(Cell.header(w(Word.INDICATORS)).rows(1 + inds.size()),
                Cell.header(w(Word.LEVEL1)), Cell.header(w(Word.LEVEL2)),
                Cell.header(w(Word.LEVEL3)), targetHeader(inds), Cell.header(w(Word.ACTUAL)),
                Cell.header(w(Word.WEIGHT)), Cell.header(w(Word.DECLARED_SCORE)), Cell.header(w(Word.COMPUTED_SCORE)),
                Cell.header(w(Word.REASON))));
        indicatorExtras.headers(head);
        row(widen(head, indicatorExtras));
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            IndicatorReport line = i < lines.size() ? lines.get(i) : null;
            List<Cell> cells = new ArrayList<>(COLUMNS + extras);
            // the cells of the row's attributes, by the JSON name a comment on one is labelled with
            Map<String, Cell> byAttribute = new HashMap<>();
            boolean new1 = i == 0 || !inds.get(i - 1).getLevel1Label().equals(ind.getLevel1Label());
            boolean new2 = new1 || !inds.get(i - 1).getLevel2Label().equals(ind.getLevel2Label());
            if (new1) {
                int span = 1;
                while (i + span < inds.size() && inds.get(i + span).getLevel1Label().equals(ind.getLevel1Label())) {
                    span++;
                }
                cells.add(attribute(byAttribute, "level1Label", Cell.label(ind.getLevel1Label()).rows(span).role("level1")));
            }
            if (new2) {
                int span = 1;
                while (i + span < inds.size() && inds.get(i + span).getLevel1Label().equals(ind.getLevel1Label())
                        && inds.get(i + span).getLevel2Label().equals(ind.getLevel2Label())) {
                    span++;
                }
                cells.add(attribute(byAttribute, "level2Label", Cell.label(ind.getLevel2Label()).rows(span).role("level2")));
            }
            Cell name = attribute(byAttribute, "name", Cell.text(ind.getName()).from(ind.getSource()).role("name"));
            cells.add(name);
            Cell target = attribute(byAttribute, "target", Cell.text(ind.getTarget().getRaw()).from(ind.getTarget().getSource()));
            ind.getSplitTarget().ifPresent(parts -> splitTarget(target, parts));
            cells.add(target);
            cells.add(attribute(byAttribute, "actual", Cell.text(ind.getActual().getRaw()).from(ind.getActual().getSource())));
            Cell weight = figure(ind.getWeight());
            if (ind.getWeight().isEmpty() && line != null) {
                weight = Cell.number(plain(line.getWeight()));
                weight.assigned = line.isWeightAssigned();
            }
            cells.add(attribute(byAttribute, "weight", weight));
            cells.add(attribute(byAttribute, "declaredScore", figure(ind.getDeclaredScore())));
            Cell computed = Cell.computed(line == null ? "" : plain(line.getScore()));
            if (line != null) {
                computed.title(line.getExplanation());
                computed.differs = differs(line.getDeclaredScore(), line.getScore());
            }
            cells.add(computed);
            cells.add(attribute(byAttribute, "deviationReason", Cell.text(ind.getDeviationReason().orElse(""))));
            Cell[] extraCells = indicatorExtras.values(ind.getExtras(), cells);
            comments(ind, byAttribute, extraCells, name);
            row(widen(cells, indicatorExtras));
            placer.indicator(ind.getPath(), name);
        }
        Cell weights = figure(form.getDeclaredWeightTotal());
        if (form.getDeclaredWeightTotal().isEmpty()) {
            weights = Cell.number(plain(report.getTotals().getWeights()));
            weights.assigned = report.getTotals().isWeightsAssigned();
        }
        Cell computed = Cell.computed(plain(report.getTotals().getScore()));
        computed.differs = differs(report.getTotals().getDeclaredTotal(), report.getTotals().getScore());
        String grade = w(Word.GRADE) + (english ? ": " + report.getGrade().english() : "：" + report.getGrade().label());
        Cell computedGrade = Cell.label(grade).span(1 + extras).role("grade");
        Optional<LabelledText> declaredGrade = form.getDeclaredGrade();
        if (declaredGrade.isPresent()) {
            LabelledText g = declaredGrade.get();
            String label = g.getLabel().isEmpty() ? w(Word.DECLARED_GRADE) : g.getLabel();
            Cell declared = Cell.label(label + (english ? ": " : "：") + g.getText()).from(g.getSource()).role("declared-grade");
            row(Cell.header(w(Word.TOTAL)).span(5), declared, weights, figure(form.getDeclaredTotal()), computed, computedGrade);
        } else {
            row(Cell.header(w(Word.TOTAL)).span(6), weights, figure(form.getDeclaredTotal()), computed, computedGrade);
        }
    }

    private static Cell attribute(Map<String, Cell> byAttribute, String name, Cell cell) {
        byAttribute.put(name, cell);
        return cell;
    }

    /**
     * The cell comments of a row (a reviewer's 评审意见), each shown on the cell it was on, under its text, as
     * {@code 批注：…}; one on a cell not drawn on this row (a level label drawn on a row above) is shown on the
     * indicator's name, with the header of the column it was on.
     */
    private void comments(Indicator ind, Map<String, Cell> byAttribute, Cell[] extraCells, Cell name) {
        for (LabelledText comment : ind.getComments()) {
            Cell on = byAttribute.get(comment.getLabel());
            if (on == null) {
                int k = indicatorExtras.columnOf(comment.getLabel());
                on = k >= 0 ? extraCells[k] : null;
            }
            if (on != null) {
                on.comments.add(w(Word.COMMENT) + (english ? ": " : "：") + comment.getText());
            } else {
                name.comments.add(w(Word.COMMENT) + (english ? " (" + header(comment.getLabel()) + "): " : "（" + header(comment.getLabel()) + "）：")
                        + comment.getText());
            }
        }
    }

    /** The column header a comment's label names: the page's own word for an attribute, else the extra column's header. */
    private String header(String label) {
        switch (label) {
            case "level1Label":
                return w(Word.LEVEL1);
            case "level2Label":
                return w(Word.LEVEL2);
            default:
                return label;
        }
    }

    /**
     * A target filed in parts ({@code 指标性质 | 指标值 | 度量单位}) shows the parts under the joined target when the
     * joined text leaves one out (定性 names a kind of target, not a comparison, and is not joined).
     */
    private void splitTarget(Cell target, SplitTarget parts) {
        String shown = target.text.replaceAll("\\s", "");
        List<LabelledText> all = new ArrayList<>(3);
        parts.getOperator().ifPresent(all::add);
        parts.getValue().ifPresent(all::add);
        parts.getUnit().ifPresent(all::add);
        boolean missing = false;
        for (LabelledText p : all) {
            missing |= !shown.contains(p.getText().replaceAll("\\s", ""));
        }
        if (!missing) {
            return;
        }
        StringBuilder note = new StringBuilder();
        for (LabelledText p : all) {
            if (note.length() > 0) {
                note.append(english ? "; " : "；");
            }
            note.append(p.getLabel()).append(english ? ": " : "：").append(p.getText());
        }
        target.note(note.toString());
    }

    /**
     * The target's header; when the form files targets in parts, the headers of the parts under it as the form
     * wrote them ({@code 指标性质 | 指标值 | 度量单位}).
     */
    private Cell targetHeader(List<Indicator> inds) {
        Cell header = Cell.header(w(Word.TARGET));
        java.util.Set<String> parts = new java.util.LinkedHashSet<>();
        for (Indicator ind : inds) {
            ind.getSplitTarget().ifPresent(t -> {
                t.getOperator().map(LabelledText::getLabel).filter(l -> !l.isBlank()).ifPresent(parts::add);
                t.getValue().map(LabelledText::getLabel).filter(l -> !l.isBlank()).ifPresent(parts::add);
                t.getUnit().map(LabelledText::getLabel).filter(l -> !l.isBlank()).ifPresent(parts::add);
            });
        }
        if (!parts.isEmpty()) {
            header.note(String.join(" | ", parts));
        }
        return header;
    }

    /** A row of a table drawn as wide as the form: its last cell spans the extra columns the table has none of. */
    private Cell[] widen(List<Cell> cells, ExtraColumns table) {
        Cell last = cells.get(cells.size() - 1);
        last.span(last.colspan + extras - table.size());
        return cells.toArray(new Cell[0]);
    }

    private static Cell figure(Optional<Figure> f) {
        return Cell.number(f.map(Figure::getRaw).orElse("")).from(f.flatMap(Figure::getSource));
    }

    private static boolean differs(Optional<BigDecimal> declared, BigDecimal computed) {
        return declared.isPresent() && declared.get().compareTo(computed) != 0;
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : Decimals.normalize(v).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return Decimals.normalize(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)).toPlainString() + "%";
    }

    /**
     * The extra columns of a table (the indicators' or the budget lines'), in the order they first appear: each
     * header as written, a header a row repeats getting a column per repetition.
     */
    private static final class ExtraColumns {
        private final List<String> labels = new ArrayList<>();
        private final List<Integer> occurrences = new ArrayList<>();

        ExtraColumns(List<List<LabelledText>> rows) {
            Map<String, Integer> known = new LinkedHashMap<>();
            for (List<LabelledText> row : rows) {
                Map<String, Integer> onRow = new HashMap<>();
                for (LabelledText extra : row) {
                    int occurrence = onRow.merge(extra.getLabel(), 1, Integer::sum);
                    if (known.getOrDefault(extra.getLabel(), 0) < occurrence) {
                        known.put(extra.getLabel(), occurrence);
                        labels.add(extra.getLabel());
                        occurrences.add(occurrence);
                    }
                }
            }
        }

        int size() {
            return labels.size();
        }

        /** The column of a header's first occurrence, or -1. */
        int columnOf(String label) {
            for (int k = 0; k < labels.size(); k++) {
                if (labels.get(k).equals(label) && occurrences.get(k) == 1) {
                    return k;
                }
            }
            return -1;
        }

        void headers(List<Cell> cells) {
            for (String label : labels) {
                cells.add(Cell.header(label).role("extra"));
            }
        }

        /** Adds the row's extra cells, one under each column's header (empty where the row has none), and returns them. */
        Cell[] values(List<LabelledText> extras, List<Cell> cells) {
            Map<String, Integer> onRow = new HashMap<>();
            Cell[] placed = new Cell[labels.size()];
            for (LabelledText extra : extras) {
                int occurrence = onRow.merge(extra.getLabel(), 1, Integer::sum);
                for (int k = 0; k < labels.size(); k++) {
                    if (labels.get(k).equals(extra.getLabel()) && occurrences.get(k) == occurrence) {
                        placed[k] = Cell.text(extra.getText()).from(extra.getSource()).role("extra");
                        break;
                    }
                }
            }
            for (int k = 0; k < placed.length; k++) {
                if (placed[k] == null) {
                    placed[k] = Cell.text("").role("extra");
                }
                cells.add(placed[k]);
            }
            return placed;
        }
    }
}
