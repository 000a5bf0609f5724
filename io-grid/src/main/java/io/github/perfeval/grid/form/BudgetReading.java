package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget block: its band of labels (项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
 * 得分, or Sichuan's 预算执行情况 | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 |
 * 得分 | 原因) and its rows: rows with amounts (总额, 其中：财政资金, 当年财政拨款…), and rows that write an
 * amount inside the label (其中：一般公共预算：4754.76) under 按收入性质分 / 按支出性质分. Amounts are in the
 * unit the block's labels name (万元 unless they say 元).
 */
final class BudgetReading {

    private static final Role[] AMOUNTS = {Role.INITIAL, Role.ADJUSTED, Role.EXECUTED};

    private final Grid g;
    private final Vocabulary v;
    private final Cells cells;
    private final List<Diagnostic> out;
    private final Budget.Builder budget = Budget.builder();
    private final List<BudgetLine> ordinary = new ArrayList<>();
    private final List<BudgetLine> income = new ArrayList<>();
    private final List<BudgetLine> expenditure = new ArrayList<>();
    private Band band;
    private MoneyUnit unit = MoneyUnit.WAN_YUAN;
    /** The row whose 分值 and 得分 are the block's when it has no total row; -1 when it has one. */
    private int scoresRow = -1;

    BudgetReading(Grid g, Vocabulary v, Cells cells, List<Diagnostic> out) {
        this.g = g;
        this.v = v;
        this.cells = cells;
        this.out = out;
    }

    void read(Band b, int end) {
        this.band = b;
        cells.claimBand(b);
        int titleCol = -1;
        boolean unitNamed = false;
        for (int r = b.top; r <= b.bottom; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (!g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
                    continue;
                }
                String t = g.cell(r, c).getText();
                if (titleCol < 0 && b.roles[c] == Role.BUDGET_BLOCK) {
                    titleCol = c;
                }
                if (!unitNamed && t.contains("元")) {
                    unit = MoneyUnit.fromLabel(t);
                    unitNamed = true;
                }
            }
        }
        int firstValueCol = Integer.MAX_VALUE;
        for (int c = 0; c < b.roles.length; c++) {
            Role role = b.roles[c];
            if (role != null && role != Role.BUDGET_BLOCK && role.group() != Role.Group.INDICATOR_COLUMN) {
                firstValueCol = Math.min(firstValueCol, c);
            }
        }
        budget.unit(unit).source(g.place(b.top, Math.max(titleCol, 0)));
        // the block's points written in its title (预算执行情况（万元）（20分）) when no column gives them
        if (titleCol >= 0 && !b.has(Role.WEIGHT)) {
            int titleRow = b.top;
            for (int r = b.top; r <= b.bottom; r++) {
                if (g.isOrigin(r, titleCol) && !g.cell(r, titleCol).isBlank()) {
                    titleRow = r;
                    break;
                }
            }
            String title = g.cell(titleRow, titleCol).getText();
            Location at = g.place(titleRow, titleCol);
            io.github.perfeval.core.form.Labels.weightIn(title).ifPresent(w -> budget.weight(Figure.of(w.toPlainString(), w, at)));
        }
        Map<Integer, BudgetLineKind.Breakdown> context = new HashMap<>();
        List<Integer> amountRows = new ArrayList<>();
        boolean anyTotal = false;
        for (int r = b.bottom + 1; r < end; r++) {
            List<Integer> own = cells.own(r);
            boolean values = false;
            for (int c : own) {
                values |= c >= firstValueCol && figureLike(r, c);
            }
            if (values) {
                amountRows.add(r);
                anyTotal |= v.budgetLine(label(r, own, firstValueCol), BudgetLineKind.Breakdown.SOURCE)
                        .filter(k -> k == BudgetLineKind.TOTAL).isPresent();
            }
        }
        // a block with no total row gives its weight and score on its first row with amounts
        scoresRow = anyTotal || amountRows.isEmpty() ? -1 : amountRows.get(0);
        for (int r = b.bottom + 1; r < end; r++) {
            List<Integer> own = cells.own(r);
            if (own.isEmpty()) {
                continue;
            }
            if (amountRows.contains(r) || proseOnly(r, own, firstValueCol, context)) {
                amountRow(r, own, firstValueCol);
            } else {
                labelRow(r, own, context);
            }
        }
        budget.addAllLines(ordinary).addAllLines(income).addAllLines(expenditure);
    }

    Budget build() {
        return budget.build();
    }

    /** The label of a row with amounts: its own cells left of the amounts, joined. */
    private String label(int r, List<Integer> own, int firstValueCol) {
        StringBuilder label = new StringBuilder();
        for (int c : own) {
            if (c < firstValueCol) {
                label.append(g.cell(r, c).getText().strip());
            }
        }
        return label.toString();
    }

    /** A row with amounts: its label left of the amounts, its figures by column. */
    private void amountRow(int r, List<Integer> own, int firstValueCol) {
        StringBuilder label = new StringBuilder();
        int labelCol = -1;
        for (int c : own) {
            if (c < firstValueCol) {
                if (labelCol < 0) {
                    labelCol = c;
                }
                label.append(g.cell(r, c).getText().strip());
                cells.claim(r, c);
            }
        }
        String text = label.toString();
        Location place = g.place(r, labelCol >= 0 ? labelCol : Math.max(0, firstValueCol - 1));
        BudgetLineKind kind = v.budgetLine(text, BudgetLineKind.Breakdown.SOURCE).orElse(null);
        if (kind == null && ordinary.isEmpty() && isTotalLike(text)) {
            // the block's first row of amounts, named a total (年度财政资金总额) or not named at all: the total
            kind = BudgetLineKind.TOTAL;
            if (text.isBlank()) {
                out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "unnamedBudgetTotal", place, MessageArgument.number(r + 1)));
            }
        }
        if (kind == null) {
            out.add(Diagnostic.of(StandardCode.UNKNOWN_BUDGET_LINE, place, MessageArgument.text(text)));
            kind = BudgetLineKind.OTHER;
        }
        BudgetLine.Builder line = BudgetLine.builder().kind(kind).label(text).source(place);
        boolean total = kind == BudgetLineKind.TOTAL;
        for (int c : own) {
            if (c < firstValueCol) {
                continue;
            }
            Role role = band.roles[c];
            if (role == null && g.continuesFromLeft(r, c)) {
                continue;
            }
            if (cells.unfilledPlaceholder(r, c)) {
                continue;
            }
            if (role == Role.INITIAL && firstOf(c, role)) {
                line.initial(amount(r, c));
            } else if (role == Role.ADJUSTED && firstOf(c, role)) {
                line.adjusted(amount(r, c));
            } else if (role == Role.EXECUTED && firstOf(c, role)) {
                line.executed(amount(r, c));
            } else if (role == Role.RATE && firstOf(c, role)) {
                line.declaredRate(cells.rate(r, c, out));
            } else if (role == Role.COMPUTED_SCORE) {
                cells.claim(r, c); // perfeval's own computed score: recomputed when scored
            } else if (role == Role.WEIGHT && blockScores(total, r, c) && firstOf(c, role)) {
                budget.weight(cells.figure(r, c, "分"));
            } else if (role == Role.SCORE && blockScores(total, r, c) && firstOf(c, role)) {
                budget.declaredScore(cells.figure(r, c, "分"));
            } else {
                line.addExtras(FormReading.labelled(band.header(c), g.cell(r, c).getText().strip(), g.place(r, c)));
                cells.claim(r, c);
                cells.claimHeader(band, c);
            }
        }
        ordinary.add(line.build());
    }

    /**
     * Whether a row with no figures is a line whose only values are prose under the block's columns (上年结转资金 | … |
     * 原因: 年中追加预算): its label stands left of the amounts and is no breakdown heading, and every other text stands right of it under a
     * header of the block that is no amount or rate, in a column no breakdown heading opened, and names no line of its
     * own. Such a row is read as a line with those values as its extras, not as one line per cell.
     */
    private boolean proseOnly(int r, List<Integer> own, int firstValueCol, Map<Integer, BudgetLineKind.Breakdown> context) {
        if (own.size() < 2 || own.get(0) >= firstValueCol || context.containsKey(own.get(0))) {
            return false;
        }
        String label = label(r, own, firstValueCol);
        if (Vocabulary.key(label).isEmpty() || Vocabulary.key(label).startsWith("按")) {
            return false;
        }
        boolean value = false;
        for (int c : own) {
            if (c < firstValueCol) {
                continue;
            }
            String text = g.cell(r, c).getText().strip();
            String k = Vocabulary.key(text);
            Role role = band.roles[c];
            if (band.header(c).isBlank() || role == Role.RATE || java.util.Arrays.asList(AMOUNTS).contains(role)
                    || context.containsKey(c) || k.startsWith("按收入性质") || k.startsWith("按支出性质")
                    || v.budgetLine(text, BudgetLineKind.Breakdown.SOURCE).isPresent()
                    || v.budgetLine(text, BudgetLineKind.Breakdown.INCOME_NATURE).isPresent()
                    || v.budgetLine(text, BudgetLineKind.Breakdown.EXPENDITURE_NATURE).isPresent()) {
                return false;
            }
            value = true;
        }
        return value;
    }

    /**
     * Whether a 分值 or 得分 cell is the block's: on the total row, or, in a block with no total row, on its
     * first row with amounts unless it says "not applicable" ({@code /}: then it is that row's own).
     */
    private boolean blockScores(boolean total, int r, int c) {
        return total || r == scoresRow && !Cells.notApplicable(g.cell(r, c).getText());
    }

    /** A row label that names a total, or no label at all: 年度财政资金总额, 资金合计. */
    private static boolean isTotalLike(String label) {
        String k = Vocabulary.key(label);
        return k.isEmpty() || k.endsWith("总额") || k.endsWith("合计") || k.endsWith("总计");
    }

    /** Whether a cell holds a number, a rate or a mark of not applicable (not a label with an amount inside). */
    private boolean figureLike(int r, int c) {
        String t = g.cell(r, c).getText().strip();
        if (Cells.unitOnly(t)) {
            return true;
        }
        if (g.cell(r, c).getNumber().isPresent() || Cells.notApplicable(t)) {
            return true;
        }
        String s = t.endsWith("%") || t.endsWith("％") ? t.substring(0, t.length() - 1) : t;
        if (s.endsWith(unit.label())) {
            s = s.substring(0, s.length() - unit.label().length());
        }
        return io.github.perfeval.core.quantity.Decimals.parse(s).isPresent();
    }

    /** Whether c is the first column of its role (a header spanning two columns reads its first). */
    private boolean firstOf(int c, Role role) {
        return band.column(role) == c;
    }

    private Figure amount(int r, int c) {
        return cells.figure(r, c, unit.label(), "元");
    }

    /** A row with no amounts: breakdown headings and amounts written inside labels. */
    private void labelRow(int r, List<Integer> own, Map<Integer, BudgetLineKind.Breakdown> context) {
        for (int c : own) {
            String text = g.cell(r, c).getText().strip();
            String n = Vocabulary.key(text);
            cells.claim(r, c);
            if (n.startsWith("按收入性质")) {
                context.put(c, BudgetLineKind.Breakdown.INCOME_NATURE);
                continue;
            }
            if (n.startsWith("按支出性质")) {
                context.put(c, BudgetLineKind.Breakdown.EXPENDITURE_NATURE);
                continue;
            }
            BudgetLineKind.Breakdown ctx = context.getOrDefault(c, BudgetLineKind.Breakdown.SOURCE);
            BudgetLineKind kind = v.budgetLine(text, ctx).orElse(null);
            if (kind == null && ctx == BudgetLineKind.Breakdown.SOURCE && ordinary.isEmpty() && !n.isEmpty() && isTotalLike(text)) {
                // the block's first row, naming a total (年度财政资金总额), its figures left blank: the total, unfilled
                kind = BudgetLineKind.TOTAL;
            }
            if (kind == null) {
                out.add(Diagnostic.of(StandardCode.UNKNOWN_BUDGET_LINE, g.place(r, c), MessageArgument.text(text)));
                kind = BudgetLineKind.OTHER;
            }
            BudgetLine.Builder line = BudgetLine.builder().kind(kind).label(text).source(g.place(r, c));
            int colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
            if (colon >= 0 && colon < text.length() - 1) {
                line.labelAmount(Figure.parse(text.substring(colon + 1).strip(), g.place(r, c)));
            }
            BudgetLine built = line.build();
            switch (built.getKind().breakdown()) {
                case INCOME_NATURE:
                    income.add(built);
                    break;
                case EXPENDITURE_NATURE:
                    expenditure.add(built);
                    break;
                default:
                    ordinary.add(built);
            }
        }
    }
}
