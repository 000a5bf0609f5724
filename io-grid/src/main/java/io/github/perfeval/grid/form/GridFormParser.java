package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the forms on one grid (a sheet, a document table) by their header labels and reads each: title, header fields, budget
 * block, goals, indicator table, total row, footer. Positions are never fixed: every part is found by
 * what it says.
 */
final class GridFormParser {

    private static final String[] DEPARTMENT_LABELS = {"预算部门名称", "部门名称", "市级预算部门名称", "县级预算部门名称",
        "省级预算部门名称", "部门(单位)名称", "单位名称", "预算单位名称", "预算单位"};
    private static final String[] TOTAL_LABELS = {"总分", "合计", "总计", "总得分", "合计得分"};

    private final Grid g;
    /** The headers found on each row, computed once: the row scan, region search and budget search all ask. */
    private final List<Map<Header, Integer>> headersByRow;

    GridFormParser(Grid grid) {
        this.g = grid;
        this.headersByRow = new ArrayList<>(java.util.Collections.nCopies(grid.rowCount(), null));
    }

    /** Every form on the sheet; empty when the sheet holds none. */
    List<ValueWithDiagnostics<Form>> parse() {
        List<int[]> headers = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            Map<Header, Integer> cols = headerColumns(r);
            if (cols.containsKey(Header.LEVEL3) && cols.containsKey(Header.TARGET) && cols.containsKey(Header.ACTUAL)) {
                headers.add(new int[] {r});
            }
        }
        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < headers.size(); i++) {
            int h = headers.get(i)[0];
            int limit = i + 1 < headers.size() ? regionStartBefore(headers.get(i + 1)[0], h) : g.rowCount();
            int[] end = new int[1];
            forms.add(readForm(start, h, limit, end));
            start = end[0];
        }
        return forms;
    }

    /** The first row of the next form's region: its title row, or its budget header, searching back from its table. */
    private int regionStartBefore(int nextHeader, int currentHeader) {
        for (int r = nextHeader - 1; r > currentHeader; r--) {
            if (rowContains(r, "自评表")) {
                return r;
            }
        }
        for (int r = nextHeader - 1; r > currentHeader; r--) {
            Map<Header, Integer> cols = headerColumns(r);
            if (cols.containsKey(Header.ADJUSTED) && cols.containsKey(Header.EXECUTED)) {
                return r;
            }
        }
        return nextHeader;
    }

    private ValueWithDiagnostics<Form> readForm(int start, int h, int limit, int[] endOut) {
        List<Diagnostic> out = new ArrayList<>();
        Form.Builder form = Form.builder();
        g.getSheet().ifPresent(form::sheet);

        // title, kind and year
        String title = null;
        for (int r = start; r < h && title == null; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && g.cell(r, c).getText().contains("自评表")) {
                    title = g.cell(r, c).trimmed();
                    break;
                }
            }
        }
        boolean projectLabel = findLabel(start, h, "项目名称") != null;
        FormKind kind = title != null && title.contains("项目支出") ? FormKind.PROJECT
                : title != null && title.contains("部门") ? FormKind.DEPARTMENT
                : projectLabel ? FormKind.PROJECT : FormKind.DEPARTMENT;
        form.kind(kind);
        if (title != null) {
            form.title(title);
        }
        Integer year = title == null ? null : year(title);
        for (int r = start; r < h && year == null; r++) {
            for (int c = 0; c < g.columnCount() && year == null; c++) {
                if (g.isOrigin(r, c) && g.cell(r, c).getText().contains("年度") && g.cell(r, c).getText().length() < 20) {
                    year = year(g.cell(r, c).getText());
                }
            }
        }
        if (year != null) {
            form.year(year);
        }

        // header fields
        value(start, h, "项目名称").ifPresent(form::projectName);
        value(start, h, "主管部门").or(() -> value(start, h, "主管部门名称")).ifPresent(form::supervisingDepartment);
        value(start, h, "实施单位").or(() -> value(start, h, "实施单位名称")).ifPresent(form::implementingUnit);
        for (String label : DEPARTMENT_LABELS) {
            Optional<String> v = value(start, h, label);
            if (v.isPresent()) {
                form.department(v.get());
                break;
            }
        }

        // budget block
        int budgetHeader = -1;
        for (int r = start; r < h; r++) {
            Map<Header, Integer> cols = headerColumns(r);
            if (cols.containsKey(Header.ADJUSTED) && cols.containsKey(Header.EXECUTED)) {
                budgetHeader = r;
                break;
            }
        }
        int goalsRow = findRowWith(Math.max(start, budgetHeader + 1), h, "预期目标");
        if (budgetHeader >= 0) {
            form.budget(readBudget(budgetHeader, goalsRow >= 0 ? goalsRow : h, out));
        } else {
            out.add(Diagnostic.of(StandardCode.MISSING_PART, g.place(), "未找到预算资金块（全年预算数/全年执行数）",
                    "no budget block (全年预算数/全年执行数) found"));
        }

        // goals
        if (goalsRow >= 0) {
            readGoals(goalsRow, h).ifPresent(form::goals);
        }

        // indicator table
        Map<Header, Integer> cols = headerColumns(h);
        if (!cols.containsKey(Header.WEIGHT) && !cols.containsKey(Header.SCORE)) {
            out.add(Diagnostic.of(StandardCode.NO_SCORE_COLUMNS, g.place(h, cols.get(Header.LEVEL3)),
                    "指标表没有分值/得分列，分值需由权重方案分配", "the indicator table has no weight/score columns; weights must come from a scheme"));
        }
        int r = h + 1;
        String level1 = "";
        String level2 = "";
        int totalRow = -1;
        for (; r < limit; r++) {
            if (isTotalRow(r, cols)) {
                totalRow = r;
                break;
            }
            if (isFooterRow(r) || rowContains(r, "自评表")) {
                break;
            }
            String l1 = text(r, cols.get(Header.LEVEL1));
            String l2 = text(r, cols.get(Header.LEVEL2));
            String name = text(r, cols.get(Header.LEVEL3));
            GridCell target = cell(r, cols.get(Header.TARGET));
            GridCell actual = cell(r, cols.get(Header.ACTUAL));
            GridCell weight = cell(r, cols.get(Header.WEIGHT));
            GridCell score = cell(r, cols.get(Header.SCORE));
            String reason = text(r, cols.get(Header.REASON));
            if (!l1.isBlank()) {
                level1 = l1;
                if (cols.containsKey(Header.LEVEL2) && !g.continuesFromAbove(r, cols.get(Header.LEVEL2)) && l2.isBlank()) {
                    level2 = "";
                }
            }
            if (!l2.isBlank()) {
                level2 = l2;
            }
            boolean ownCells = ownText(r, cols.get(Header.LEVEL3)) || ownText(r, cols.get(Header.TARGET))
                    || ownText(r, cols.get(Header.ACTUAL)) || ownText(r, cols.get(Header.WEIGHT)) || ownText(r, cols.get(Header.SCORE));
            if (!ownCells) {
                continue;
            }
            Location rowPlace = g.place(r, cols.get(Header.LEVEL3));
            if (name.isBlank()) {
                out.add(Diagnostic.of(StandardCode.INCOMPLETE_INDICATOR, rowPlace,
                        "第" + (r + 1) + "行有指标值或分值，但没有三级指标名称", "row " + (r + 1) + " has values but no level-3 name"));
            }
            Indicator.Builder ind = Indicator.builder()
                    .level1Label(level1).level2Label(level2).name(name.strip())
                    .target(IndicatorValue.parse(shown(target), g.place(r, cols.get(Header.TARGET))))
                    .actual(IndicatorValue.parse(shown(actual), g.place(r, cols.get(Header.ACTUAL))))
                    .source(rowPlace);
            if (cols.containsKey(Header.WEIGHT) && !weight.isBlank()) {
                ind.weight(figure(weight, g.place(r, cols.get(Header.WEIGHT))));
            }
            if (cols.containsKey(Header.SCORE) && !score.isBlank()) {
                ind.declaredScore(figure(score, g.place(r, cols.get(Header.SCORE))));
            }
            if (!reason.isBlank()) {
                ind.deviationReason(reason.strip());
            }
            form.addIndicators(ind.build());
        }
        int after = r;
        if (totalRow >= 0) {
            GridCell tw = cell(totalRow, cols.get(Header.WEIGHT));
            GridCell ts = cell(totalRow, cols.get(Header.SCORE));
            if (cols.containsKey(Header.WEIGHT) && !tw.isBlank()) {
                form.declaredWeightTotal(figure(tw, g.place(totalRow, cols.get(Header.WEIGHT))));
            }
            if (cols.containsKey(Header.SCORE) && !ts.isBlank()) {
                form.declaredTotal(figure(ts, g.place(totalRow, cols.get(Header.SCORE))));
            }
            after = totalRow + 1;
        } else if (cols.containsKey(Header.SCORE)) {
            out.add(Diagnostic.of(StandardCode.MISSING_PART, g.place(), "未找到总分行", "no total (总分) row found"));
        }
        // footer: within the next few rows
        int footerEnd = Math.min(limit, after + 4);
        for (int fr = Math.max(h + 1, after - 1); fr < footerEnd; fr++) {
            if (isFooterRow(fr)) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < g.columnCount(); c++) {
                    if (g.isOrigin(fr, c) && !g.cell(fr, c).isBlank()) {
                        if (line.length() > 0) {
                            line.append("  ");
                        }
                        line.append(g.cell(fr, c).getText());
                    }
                }
                form.footer(Footer.parse(line.toString()));
                after = fr + 1;
                break;
            }
        }
        endOut[0] = Math.max(after, Math.min(limit, g.rowCount()));
        return ValueWithDiagnostics.of(form.build(), out);
    }

    private Budget readBudget(int hr, int end, List<Diagnostic> out) {
        Map<Header, Integer> cols = headerColumns(hr);
        int titleCol = -1;
        MoneyUnit unit = MoneyUnit.WAN_YUAN;
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.isOrigin(hr, c) && !g.cell(hr, c).isBlank()) {
                String t = g.cell(hr, c).getText();
                if (titleCol < 0 && Header.of(g.cell(hr, c).normalized()) == null) {
                    titleCol = c;
                }
                if (t.contains("元")) {
                    unit = MoneyUnit.fromLabel(t);
                }
            }
        }
        int firstAmountCol = Integer.MAX_VALUE;
        for (Header a : new Header[] {Header.INITIAL, Header.ADJUSTED, Header.EXECUTED}) {
            if (cols.containsKey(a)) {
                firstAmountCol = Math.min(firstAmountCol, cols.get(a));
            }
        }
        Budget.Builder budget = Budget.builder().unit(unit).source(g.place(hr, Math.max(titleCol, 0)));
        List<BudgetLine> ordinary = new ArrayList<>();
        List<BudgetLine> income = new ArrayList<>();
        List<BudgetLine> expenditure = new ArrayList<>();
        Map<Integer, BudgetLineKind.Breakdown> context = new HashMap<>();
        for (int r = hr + 1; r < end; r++) {
            boolean amounts = false;
            for (Header a : new Header[] {Header.INITIAL, Header.ADJUSTED, Header.EXECUTED}) {
                Integer c = cols.get(a);
                if (c != null && g.isOrigin(r, c)) {
                    GridCell t = g.cell(r, c);
                    amounts |= t.getNumber().isPresent() || Decimals.parse(t.getText()).isPresent();
                }
            }
            if (amounts) {
                String label = "";
                int labelCol = -1;
                for (int c = titleCol + 1; c < Math.min(firstAmountCol, g.columnCount()); c++) {
                    if (!g.cell(r, c).isBlank() && !g.continuesFromAbove(r, c)) {
                        label = g.cell(r, c).trimmed();
                        labelCol = c;
                        break;
                    }
                }
                Location place = g.place(r, labelCol >= 0 ? labelCol : Math.max(0, titleCol + 1));
                Optional<BudgetLineKind> kind = BudgetLineKind.fromLabel(label, BudgetLineKind.Breakdown.SOURCE);
                if (kind.isEmpty()) {
                    out.add(Diagnostic.of(StandardCode.UNKNOWN_BUDGET_LINE, place, "预算行“" + label + "”未识别，按原文保留",
                            "budget row \"" + label + "\" not recognised; kept as written"));
                }
                BudgetLine.Builder line = BudgetLine.builder().kind(kind.orElse(BudgetLineKind.OTHER)).label(label)
                        .source(place);
                amount(r, cols, Header.INITIAL).ifPresent(line::initial);
                amount(r, cols, Header.ADJUSTED).ifPresent(line::adjusted);
                amount(r, cols, Header.EXECUTED).ifPresent(line::executed);
                if (cols.containsKey(Header.RATE) && !cell(r, cols.get(Header.RATE)).isBlank()) {
                    line.declaredRate(rate(cell(r, cols.get(Header.RATE)), g.place(r, cols.get(Header.RATE)), out));
                }
                if (kind.orElse(null) == BudgetLineKind.TOTAL) {
                    amount(r, cols, Header.WEIGHT).ifPresent(budget::weight);
                    amount(r, cols, Header.SCORE).ifPresent(budget::declaredScore);
                }
                ordinary.add(line.build());
                continue;
            }
            for (int c = titleCol + 1; c < g.columnCount(); c++) {
                if (!g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
                    continue;
                }
                String text = g.cell(r, c).trimmed();
                String n = Labels.normalize(text);
                if (n.startsWith("按收入性质")) {
                    context.put(c, BudgetLineKind.Breakdown.INCOME_NATURE);
                    continue;
                }
                if (n.startsWith("按支出性质")) {
                    context.put(c, BudgetLineKind.Breakdown.EXPENDITURE_NATURE);
                    continue;
                }
                BudgetLineKind.Breakdown ctx = context.getOrDefault(c, BudgetLineKind.Breakdown.SOURCE);
                Optional<BudgetLineKind> kind = BudgetLineKind.fromLabel(text, ctx);
                if (kind.isEmpty()) {
                    out.add(Diagnostic.of(StandardCode.UNKNOWN_BUDGET_LINE, g.place(r, c), "预算行“" + text + "”未识别，按原文保留",
                            "budget row \"" + text + "\" not recognised; kept as written"));
                }
                BudgetLine.Builder line = BudgetLine.builder().kind(kind.orElse(BudgetLineKind.OTHER)).label(text)
                        .source(g.place(r, c));
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
        budget.addAllLines(ordinary).addAllLines(income).addAllLines(expenditure);
        return budget.build();
    }

    private Optional<Figure> amount(int r, Map<Header, Integer> cols, Header h) {
        Integer c = cols.get(h);
        if (c == null || !g.isOrigin(r, c) || cell(r, c).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(figure(cell(r, c), g.place(r, c)));
    }

    /**
     * A target or actual as the person filling the form sees it: a percent-formatted number (0.95 shown as
     * 95%) is read as {@code 95%}, not as the fraction Excel stores.
     */
    private static String shown(GridCell t) {
        if (t.getNumber().isPresent() && t.getFormat().isPercent()) {
            return Decimals.normalize(t.getNumber().get().movePointRight(2)).toPlainString() + "%";
        }
        return t.getText();
    }

    private static Figure figure(GridCell t, Location at) {
        if (t.getNumber().isPresent()) {
            return Figure.of(t.getText(), t.getNumber().get(), at);
        }
        return Figure.parse(t.getText(), at);
    }

    /** A rate: a percent-formatted number, a fraction, or text with %; a bare number above 1.5 is read as percent. */
    private static Figure rate(GridCell t, Location at, List<Diagnostic> out) {
        if (t.getNumber().isPresent()) {
            if (!t.getFormat().isPercent() && t.getNumber().get().compareTo(new BigDecimal("1.5")) > 0) {
                out.add(Diagnostic.of(StandardCode.VALUE_REMARK, at, "执行率" + t.getText() + "未带%，按百分数读取",
                        "execution rate " + t.getText() + " has no %; read as a percentage"));
                return Figure.of(t.getText(), t.getNumber().get().movePointLeft(2), at);
            }
            return Figure.of(t.getText(), t.getNumber().get(), at);
        }
        return Figure.parsePercent(t.getText(), at);
    }

    private Optional<Goals> readGoals(int row, int h) {
        int expectedCol = -1;
        int achievedCol = -1;
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.isOrigin(row, c)) {
                continue;
            }
            String n = g.cell(row, c).normalized();
            if (n.equals("预期目标")) {
                expectedCol = c;
            } else if (n.equals("实际完成情况") || n.equals("实际完成") || n.equals("完成情况") || n.equals("目标实际完成情况")) {
                achievedCol = c;
            }
        }
        if (expectedCol < 0 || row + 1 >= h) {
            return Optional.empty();
        }
        String expected = g.cell(row + 1, expectedCol).getText().strip();
        String achieved = achievedCol < 0 ? "" : g.cell(row + 1, achievedCol).getText().strip();
        return Optional.of(Goals.builder().expected(expected).achieved(achieved).source(g.place(row + 1, expectedCol)).build());
    }

    private Map<Header, Integer> headerColumns(int r) {
        Map<Header, Integer> known = headersByRow.get(r);
        if (known == null) {
            known = findHeaders(r);
            headersByRow.set(r, known);
        }
        return known;
    }

    private Map<Header, Integer> findHeaders(int r) {
        Map<Header, Integer> m = new EnumMap<>(Header.class);
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.isOrigin(r, c)) {
                continue;
            }
            GridCell t = g.cell(r, c);
            if (t.getText().isEmpty() || t.getText().length() > 30) {
                continue;
            }
            Header h = Header.of(t.normalized());
            if (h != null && !m.containsKey(h)) {
                m.put(h, c);
            }
        }
        return m;
    }

    private boolean isTotalRow(int r, Map<Header, Integer> cols) {
        int limit = cols.getOrDefault(Header.TARGET, g.columnCount());
        for (int c = 0; c < Math.min(limit, g.columnCount()); c++) {
            if (g.isOrigin(r, c)) {
                String n = g.cell(r, c).normalized();
                for (String t : TOTAL_LABELS) {
                    if (t.equals(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean isFooterRow(int r) {
        return rowContains(r, "填表人") || rowContains(r, "单位负责人") || rowContains(r, "填表日期");
    }

    private boolean rowContains(int r, String s) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.isOrigin(r, c) && g.cell(r, c).getText().contains(s)) {
                return true;
            }
        }
        return false;
    }

    private int findRowWith(int from, int to, String label) {
        for (int r = from; r < to; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && g.cell(r, c).normalized().equals(label)) {
                    return r;
                }
            }
        }
        return -1;
    }

    private int[] findLabel(int from, int to, String label) {
        for (int r = from; r < to; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c) && g.cell(r, c).normalized().equals(label)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /** The text right of a label on its row (the next non-empty cell). */
    private Optional<String> value(int from, int to, String label) {
        int[] at = findLabel(from, to, label);
        if (at == null) {
            return Optional.empty();
        }
        for (int c = at[1] + 1; c < g.columnCount(); c++) {
            if (g.originColumn(at[0], c) != at[1] && !g.cell(at[0], c).isBlank()) {
                return Optional.of(g.cell(at[0], c).trimmed());
            }
        }
        return Optional.empty();
    }

    private GridCell cell(int r, Integer c) {
        return c == null ? GridCell.EMPTY : g.cell(r, c);
    }

    private String text(int r, Integer c) {
        return c == null ? "" : g.cell(r, c).getText();
    }

    /** Whether the cell has text of its own on this row (not a merged region continuing from above). */
    private boolean ownText(int r, Integer c) {
        return c != null && !g.continuesFromAbove(r, c) && !g.cell(r, c).isBlank();
    }

    private static Integer year(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if ((s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                int rest = i + 4;
                while (rest < s.length() && Character.isWhitespace(s.charAt(rest))) {
                    rest++;
                }
                if (rest < s.length() && s.charAt(rest) == '年') {
                    return Integer.parseInt(s.substring(i, i + 4));
                }
            }
        }
        return null;
    }
}
