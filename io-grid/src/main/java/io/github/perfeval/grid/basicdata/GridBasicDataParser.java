package io.github.perfeval.grid.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SavingMeasures;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the basic-data tables on one grid by their section headers and reads each: title, staffing,
 * spending control, office buildings, saving measures, and whatever else the table's area holds (notes,
 * or diagnostics naming the cells). Positions are never fixed: every part is found by what it says.
 */
final class GridBasicDataParser {

    /** The parts of a table, found by their header rows. */
    private enum Part { TITLE, STAFFING, SPENDING, BUILDINGS, SAVING }

    /** The columns of 楼堂馆所控制情况. */
    private enum BuildingColumn { APPROVED_SCALE, ACTUAL_SCALE, SCALE_RATE, BUDGET_INVESTMENT, ACTUAL_INVESTMENT, INVESTMENT_RATE }

    private static final String[] UNIT_LABELS = {"单位名称", "部门名称", "填报单位", "预算单位", "预算部门", "部门(单位)名称",
        "单位(盖章)", "填报单位(盖章)"};
    private static final BigDecimal PERCENT_THRESHOLD = new BigDecimal("1.5");
    private static final int MAX_LABEL = 40;

    private final Grid g;
    private final int cols;
    /** Origin cells put into a table or a diagnostic. */
    private final boolean[] taken;
    /** Rows that belong to a part of a table (header, values, lines). */
    private final boolean[] partRow;

    GridBasicDataParser(Grid grid) {
        this.g = grid;
        this.cols = grid.columnCount();
        this.taken = new boolean[Math.max(1, grid.rowCount() * Math.max(1, cols))];
        this.partRow = new boolean[Math.max(1, grid.rowCount())];
    }

    private static final class Anchor {
        final int row;
        final Part part;

        Anchor(int row, Part part) {
            this.row = row;
            this.part = part;
        }
    }

    List<ValueWithDiagnostics<BasicData>> parse() {
        List<Anchor> anchors = new ArrayList<>();
        boolean any = false;
        for (int r = 0; r < g.rowCount(); r++) {
            if (titleColumn(r) >= 0) {
                anchors.add(new Anchor(r, Part.TITLE));
            }
            if (staffingColumns(r) != null || staffingRows(r) != null) {
                anchors.add(new Anchor(r, Part.STAFFING));
                any = true;
            } else if (spendingColumns(r) != null) {
                anchors.add(new Anchor(r, Part.SPENDING));
                any = true;
            }
            if (buildingColumns(r) != null) {
                anchors.add(new Anchor(r, Part.BUILDINGS));
            }
            if (savingColumn(r) >= 0) {
                anchors.add(new Anchor(r, Part.SAVING));
            }
        }
        if (!any) {
            return List.of();
        }
        List<List<Anchor>> groups = new ArrayList<>();
        for (List<Anchor> grp : group(anchors)) {
            if (isTable(grp)) {
                groups.add(grp);
            }
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ValueWithDiagnostics<BasicData>> tables = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int limit = i + 1 < groups.size() ? groups.get(i + 1).get(0).row : g.rowCount();
            tables.add(read(groups.get(i), limit));
        }
        return tables;
    }

    /**
     * Anchors into tables: a title after a table's parts, or a part seen twice, starts the next table; a
     * group with neither staffing nor spending joins the table before it (or after it, when first).
     */
    /**
     * Whether a group of parts is a basic-data table, not some other table with 决算 and 预算 columns (a
     * 三公经费 disclosure table, a 决算 statement): it has the table's title, its staffing part, or a
     * spending part that is the table's (labelled 经费控制情况, or with rows of at least two of 三公经费,
     * 项目支出, 公用经费 and 政府采购金额).
     */
    private boolean isTable(List<Anchor> grp) {
        for (Anchor a : grp) {
            if (a.part == Part.TITLE || a.part == Part.STAFFING) {
                return true;
            }
        }
        for (int i = 0; i < grp.size(); i++) {
            Anchor a = grp.get(i);
            if (a.part != Part.SPENDING) {
                continue;
            }
            Map<SpendingColumn, Integer> columns = spendingColumns(a.row);
            int first = columns.values().stream().min(Integer::compare).orElse(0);
            int label = labelLeftOf(a.row, first);
            if (label >= 0 && g.cell(a.row, label).normalized().contains("经费控制")) {
                return true;
            }
            int next = i + 1 < grp.size() ? grp.get(i + 1).row : g.rowCount();
            Set<SpendingItem> tops = EnumSet.noneOf(SpendingItem.class);
            for (int r = a.row + 1; r < next && !foreign(r); r++) {
                for (int c = 0; c < first; c++) {
                    if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                        SpendingItem.fromLabel(g.cell(r, c).getText(), null)
                                .filter(it -> it == SpendingItem.THREE_PUBLIC || it == SpendingItem.PROJECT_SPENDING
                                        || it == SpendingItem.PUBLIC_FUNDS || it == SpendingItem.GOVERNMENT_PROCUREMENT)
                                .ifPresent(tops::add);
                        break;
                    }
                }
            }
            if (tops.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Anchor>> group(List<Anchor> anchors) {
        List<List<Anchor>> groups = new ArrayList<>();
        List<Anchor> current = new ArrayList<>();
        Set<Part> seen = EnumSet.noneOf(Part.class);
        for (Anchor a : anchors) {
            boolean hasParts = seen.stream().anyMatch(p -> p != Part.TITLE);
            if (!current.isEmpty() && (a.part == Part.TITLE && hasParts || a.part != Part.TITLE && seen.contains(a.part))) {
                groups.add(current);
                current = new ArrayList<>();
                seen = EnumSet.noneOf(Part.class);
            }
            current.add(a);
            seen.add(a.part);
        }
        groups.add(current);
        List<List<Anchor>> tables = new ArrayList<>();
        List<Anchor> pending = new ArrayList<>();
        for (List<Anchor> grp : groups) {
            boolean main = grp.stream().anyMatch(a -> a.part == Part.STAFFING || a.part == Part.SPENDING);
            if (main) {
                List<Anchor> t = new ArrayList<>(pending);
                t.addAll(grp);
                pending.clear();
                tables.add(t);
            } else if (!tables.isEmpty()) {
                tables.get(tables.size() - 1).addAll(grp);
            } else {
                pending.addAll(grp);
            }
        }
        return tables;
    }

    private ValueWithDiagnostics<BasicData> read(List<Anchor> anchors, int limit) {
        List<Diagnostic> out = new ArrayList<>();
        BasicData.Builder table = BasicData.builder();
        g.getSheet().ifPresent(table::sheet);
        int start = anchors.get(0).row;
        int firstPart = limit;
        Integer titleYear = null;
        Location source = null;
        Integer staffingYear = null;
        Optional<SpendingControl> spending = Optional.empty();
        Set<Part> found = EnumSet.noneOf(Part.class);
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            int next = i + 1 < anchors.size() ? anchors.get(i + 1).row : limit;
            if (a.part != Part.TITLE) {
                firstPart = Math.min(firstPart, a.row);
            }
            found.add(a.part);
            switch (a.part) {
                case TITLE: {
                    int c = titleColumn(a.row);
                    String title = g.cell(a.row, c).trimmed();
                    take(a.row, c);
                    table.title(title);
                    titleYear = year(title);
                    if (source == null) {
                        source = g.place(a.row, c);
                    }
                    break;
                }
                case STAFFING: {
                    Staffing s = staffing(a.row, next, out);
                    staffingYear = s.getActualHeading().map(x -> year(x.getLabel())).orElse(null);
                    table.staffing(s);
                    break;
                }
                case SPENDING:
                    spending = Optional.of(spending(start, a.row, next, out));
                    table.spending(spending.get());
                    break;
                case BUILDINGS:
                    table.buildings(buildings(a.row, next, out));
                    break;
                default:
                    saving(a.row, next).ifPresent(table::savingMeasures);
                    break;
            }
            if (source == null && a.part != Part.TITLE) {
                source = g.place(a.row, firstColumn(a.row));
            }
        }
        if (!found.contains(Part.TITLE)) {
            g.getContext().filter(c -> c.contains("基础数据表")).ifPresent(table::title);
        }
        Location where = source != null ? source : g.place();
        table.source(where);
        for (Part p : new Part[] {Part.STAFFING, Part.SPENDING, Part.BUILDINGS, Part.SAVING}) {
            if (!found.contains(p)) {
                out.add(Diagnostic.variant(StandardCode.MISSING_PART, "basicDataPart", where, MessageArgument.text(partLabel(p))));
            }
        }
        Optional<SpendingControl> read = spending;
        Integer year = read.flatMap(s -> s.year(SpendingColumn.ACTUAL)).or(() -> read.flatMap(s -> s.year(SpendingColumn.BUDGET)))
                .orElse(staffingYear != null ? staffingYear : titleYear);
        if (year != null) {
            table.year(year);
        }
        // the rest of the table's area: a department named above the parts, notes, stray cells
        int end = start;
        for (int r = start; r < limit; r++) {
            if (partRow[r] || rowTaken(r)) {
                end = r;
            }
        }
        for (int r = end + 1; r < limit && !g.isHidden() && !rowBlank(r) && !foreign(r); r++) {
            end = r;
        }
        for (int r = start; r <= end; r++) {
            if (!partRow[r]) {
                department(r).ifPresent(table::department);
            }
        }
        for (int r = start; r <= end; r++) {
            for (int c = 0; c < cols; c++) {
                if (!g.isOrigin(r, c) || g.cell(r, c).isBlank() || isTaken(r, c)) {
                    continue;
                }
                take(r, c);
                String text = g.cell(r, c).trimmed();
                if (partRow[r]) {
                    out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_UNREAD_CELL, g.place(r, c), MessageArgument.text(shorten(text))));
                } else {
                    table.addNotes(text);
                }
            }
        }
        return ValueWithDiagnostics.of(table.build(), out);
    }

    private static String partLabel(Part p) {
        switch (p) {
            case STAFFING:
                return "财政供养人员情况";
            case SPENDING:
                return "经费控制情况";
            case BUILDINGS:
                return "楼堂馆所控制情况";
            default:
                return "厉行节约保障措施";
        }
    }

    // ----- staffing

    /** Columns of 编制数, 实际在职人数 and 控制率 on a staffing header row, or null. */
    private int[] staffingColumns(int r) {
        int auth = -1;
        int actual = -1;
        int rate = -1;
        for (int c = 0; c < cols; c++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).getText().length() > MAX_LABEL) {
                continue;
            }
            String n = g.cell(r, c).normalized();
            if (auth < 0 && authorizedLabel(n)) {
                auth = c;
            } else if (actual < 0 && actualLabel(n)) {
                actual = c;
            } else if (rate < 0 && n.contains("控制率")) {
                rate = c;
            }
        }
        return auth >= 0 && actual >= 0 ? new int[] {auth, actual, rate} : null;
    }

    /**
     * The rows of a staffing part written as a column of labels, each with its figure to its right
     * (财政供养人员情况 | 编制数 | 90, then 实际在职人数 | 86 and 控制率 | 95.56% below it): {label column,
     * 编制数's row, 实际在职人数's row, 控制率's row or -1}, or null when row r does not start one.
     */
    private int[] staffingRows(int r) {
        for (int c = 0; c < cols; c++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).getText().length() > MAX_LABEL || !authorizedLabel(g.cell(r, c).normalized())
                    || valueRightOf(r, c) < 0) {
                continue;
            }
            int actual = -1;
            int rate = -1;
            for (int rr = r + 1; rr < Math.min(g.rowCount(), r + 4); rr++) {
                if (!g.isOrigin(rr, c) || g.cell(rr, c).getText().length() > MAX_LABEL) {
                    continue;
                }
                String n = g.cell(rr, c).normalized();
                if (actual < 0 && actualLabel(n)) {
                    actual = rr;
                } else if (rate < 0 && n.contains("控制率")) {
                    rate = rr;
                }
            }
            return actual >= 0 ? new int[] {c, r, actual, rate} : null;
        }
        return null;
    }

    private static boolean authorizedLabel(String n) {
        return n.contains("编制数") || n.contains("编制人数") || n.equals("编制");
    }

    private static boolean actualLabel(String n) {
        return n.contains("在职人数") || n.contains("实有人数") || n.contains("在职人员数") || n.contains("在编人数");
    }

    /** The column of the first figure right of (r, c)'s region on row r, or -1. */
    private int valueRightOf(int r, int c) {
        int d = c;
        while (d < cols && g.originRow(r, d) == g.originRow(r, c) && g.originColumn(r, d) == c) {
            d++;
        }
        for (; d < cols; d++) {
            if (g.isOrigin(r, d) && !g.cell(r, d).isBlank()) {
                return d;
            }
        }
        return -1;
    }

    private Staffing staffing(int h, int next, List<Diagnostic> out) {
        int[] c = staffingColumns(h);
        if (c == null) {
            return staffingByRows(h, out);
        }
        partRow[h] = true;
        Staffing.Builder s = Staffing.builder();
        int first = Math.min(c[0], c[1]);
        int label = labelLeftOf(h, first);
        if (label >= 0) {
            s.label(g.cell(h, label).trimmed()).source(g.place(h, label));
            take(h, label);
        } else {
            s.source(g.place(h, first));
        }
        take(h, c[0]);
        take(h, c[1]);
        s.authorizedHeading(heading(h, c[0]));
        s.actualHeading(heading(h, c[1]));
        if (c[2] >= 0) {
            take(h, c[2]);
            s.rateHeading(heading(h, c[2]));
        }
        int v = h + 1;
        if (v < next && v < g.rowCount()) {
            partRow[v] = true;
            valueBelow(v, c[0]).ifPresent(cell -> s.authorized(amount(cell, g.place(v, c[0]))));
            valueBelow(v, c[1]).ifPresent(cell -> s.actual(amount(cell, g.place(v, c[1]))));
            if (c[2] >= 0) {
                valueBelow(v, c[2]).ifPresent(cell -> s.declaredRate(rate(cell, g.place(v, c[2]), "控制率", out)));
            }
            for (int k : c) {
                if (k >= 0 && valueBelow(v, k).isPresent()) {
                    take(v, k);
                }
            }
        }
        return s.build();
    }

    /** A staffing part written as a column of labels with the figures to their right. */
    private Staffing staffingByRows(int h, List<Diagnostic> out) {
        int[] at = staffingRows(h);
        int c = at[0];
        Staffing.Builder s = Staffing.builder();
        int label = labelLeftOf(h, c);
        if (label >= 0) {
            s.label(g.cell(h, label).trimmed()).source(g.place(h, label));
            take(h, label);
        } else {
            s.source(g.place(h, c));
        }
        for (int k = 1; k < at.length; k++) {
            int r = at[k];
            if (r < 0) {
                continue;
            }
            partRow[r] = true;
            take(r, c);
            int v = valueRightOf(r, c);
            if (k == 1) {
                s.authorizedHeading(heading(r, c));
            } else if (k == 2) {
                s.actualHeading(heading(r, c));
            } else {
                s.rateHeading(heading(r, c));
            }
            if (v < 0) {
                continue;
            }
            take(r, v);
            Location place = g.place(r, v);
            if (k == 1) {
                s.authorized(amount(g.cell(r, v), place));
            } else if (k == 2) {
                s.actual(amount(g.cell(r, v), place));
            } else {
                s.declaredRate(rate(g.cell(r, v), place, "控制率", out));
            }
        }
        return s.build();
    }

    // ----- spending control

    /** A column label of the spending header: what it measures and when. */
    private static final class ColumnLabel {
        final int column;
        final boolean actual;
        final Integer year;
        final int relative;   // -1 上年, +1 本年, 0 neither

        ColumnLabel(int column, boolean actual, Integer year, int relative) {
            this.column = column;
            this.actual = actual;
            this.year = year;
            this.relative = relative;
        }
    }

    private static ColumnLabel columnLabel(int column, String normalized) {
        boolean actual = normalized.contains("决算") || normalized.contains("实际支出") || normalized.contains("执行数");
        boolean budget = normalized.contains("预算");
        if (actual == budget) {
            return null;
        }
        Integer year = year(normalized);
        int relative = normalized.contains("上年") || normalized.contains("上一年") ? -1
                : normalized.contains("本年") || normalized.contains("当年") ? 1 : 0;
        if (year == null && relative == 0) {
            return null;
        }
        return new ColumnLabel(column, actual, year, relative);
    }

    /** The three columns of a spending header row, or null when the row is not one. */
    private Map<SpendingColumn, Integer> spendingColumns(int r) {
        List<ColumnLabel> labels = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank() && g.cell(r, c).getText().length() <= MAX_LABEL) {
                ColumnLabel l = columnLabel(c, g.cell(r, c).normalized());
                if (l != null) {
                    labels.add(l);
                }
            }
        }
        ColumnLabel budget = labels.stream().filter(l -> !l.actual).findFirst().orElse(null);
        List<ColumnLabel> actuals = new ArrayList<>();
        labels.stream().filter(l -> l.actual).forEach(actuals::add);
        if (budget == null || actuals.isEmpty() || actuals.size() > 2) {
            return null;
        }
        Map<SpendingColumn, Integer> m = new EnumMap<>(SpendingColumn.class);
        m.put(SpendingColumn.BUDGET, budget.column);
        ColumnLabel prior = null;
        ColumnLabel current = null;
        for (ColumnLabel a : actuals) {
            if (a.relative < 0) {
                prior = a;
            } else if (a.relative > 0) {
                current = a;
            }
        }
        for (ColumnLabel a : actuals) {
            if (a == prior || a == current) {
                continue;
            }
            boolean earlier = a.year != null && (budget.year != null ? a.year < budget.year
                    : actuals.stream().anyMatch(o -> o != a && o.year != null && o.year > a.year));
            if (earlier && prior == null) {
                prior = a;
            } else if (current == null) {
                current = a;
            } else if (prior == null) {
                prior = a;
            }
        }
        if (prior != null) {
            m.put(SpendingColumn.PRIOR_ACTUAL, prior.column);
        }
        if (current != null) {
            m.put(SpendingColumn.ACTUAL, current.column);
        }
        return m;
    }

    private SpendingControl spending(int start, int h, int next, List<Diagnostic> out) {
        Map<SpendingColumn, Integer> columns = spendingColumns(h);
        partRow[h] = true;
        SpendingControl.Builder s = SpendingControl.builder();
        int firstAmount = columns.values().stream().min(Integer::compare).orElse(0);
        int label = labelLeftOf(h, firstAmount);
        int labelCol = label >= 0 ? label : Math.max(0, firstAmount - 1);
        String unitText = null;
        if (label >= 0) {
            String t = g.cell(h, label).trimmed();
            s.label(t).source(g.place(h, label));
            take(h, label);
            if (t.contains("元")) {
                unitText = t;
            }
        } else {
            s.source(g.place(h, firstAmount));
        }
        for (Map.Entry<SpendingColumn, Integer> e : columns.entrySet()) {
            String t = g.cell(h, e.getValue()).trimmed();
            take(h, e.getValue());
            if (unitText == null && t.contains("元")) {
                unitText = t;
            }
            ColumnHeader.Builder col = ColumnHeader.builder().column(e.getKey()).label(t).source(g.place(h, e.getValue()));
            Integer y = year(Labels.normalize(t));
            if (y != null) {
                col.year(y);
            }
            s.addColumns(col.build());
        }
        for (int r = h - 1; unitText == null && r >= start; r--) {
            for (int c = 0; c < cols && unitText == null; c++) {
                String n = g.isOrigin(r, c) ? g.cell(r, c).normalized() : "";
                if (n.contains("单位:") && n.endsWith("元") && n.length() <= 12) {
                    unitText = n;   // 单位：元 above the table (the cell itself stays a note)
                }
            }
        }
        if (unitText != null) {
            s.unit(MoneyUnit.fromLabel(unitText.replace("单位:", "(").concat(")")));
        }
        SpendingItem group = null;
        int blanks = 0;
        Boolean[] ahead = new Boolean[Math.max(0, g.rowCount())];
        for (int r = h + 1; r < next; r++) {
            if (foreign(r)) {
                break;
            }
            if (rowBlank(r)) {
                if (++blanks >= 2) {
                    break;
                }
                continue;
            }
            blanks = 0;
            int lc = -1;
            if (!g.cell(r, labelCol).isBlank() && !g.continuesFromAbove(r, labelCol) && g.isOrigin(r, labelCol)) {
                lc = labelCol;
            } else {
                for (int c = 0; c < firstAmount; c++) {
                    if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                        lc = c;
                        break;
                    }
                }
            }
            Map<SpendingColumn, GridCell> figures = new EnumMap<>(SpendingColumn.class);
            for (Map.Entry<SpendingColumn, Integer> e : columns.entrySet()) {
                valueBelow(r, e.getValue()).ifPresent(cell -> figures.put(e.getKey(), cell));
            }
            if (lc < 0 && figures.isEmpty()) {
                partRow[r] = true;   // whatever the row holds is named below
                continue;
            }
            partRow[r] = true;
            String text = lc < 0 ? "" : g.cell(r, lc).trimmed();
            Location place = g.place(r, lc >= 0 ? lc : labelCol);
            if (lc >= 0) {
                take(r, lc);
            }
            Optional<SpendingItem> item = SpendingItem.fromLabel(text, group);
            if (item.isEmpty() && group == null && isGrandTotal(text) && threePublicPartBelow(r + 1, next, labelCol, firstAmount)) {
                item = Optional.of(SpendingItem.THREE_PUBLIC);   // 合计 over 出国, 接待 and 公务用车: a 三公经费 table's total
            }
            if (item.isEmpty() && figures.isEmpty() && !figuresBelow(r + 1, next, columns, ahead)) {
                partRow[r] = false;   // a note under the table (填表人, 说明), not a row of it
                untake(r, lc);
                break;
            }
            if (item.isEmpty()) {
                out.add(text.isEmpty() ? Diagnostic.variant(BasicDataCode.BASIC_DATA_UNKNOWN_LINE, "noLabel", place)
                        : Diagnostic.of(BasicDataCode.BASIC_DATA_UNKNOWN_LINE, place, MessageArgument.text(shorten(text))));
            }
            SpendingItem it = item.orElse(SpendingItem.OTHER);
            if (it.parent().isEmpty() && it != SpendingItem.OTHER || it == SpendingItem.SPECIAL_FUNDS
                    || it == SpendingItem.THREE_PUBLIC || it == SpendingItem.PROJECT_SPENDING || sectionOfItsOwn(text, it)) {
                group = it;
            }
            SpendingLine.Builder line = SpendingLine.builder().item(it).label(text).source(place);
            for (Map.Entry<SpendingColumn, GridCell> f : figures.entrySet()) {
                int c = columns.get(f.getKey());
                Figure fig = amount(f.getValue(), g.place(r, c));
                take(r, c);
                switch (f.getKey()) {
                    case PRIOR_ACTUAL:
                        line.priorActual(fig);
                        break;
                    case BUDGET:
                        line.budget(fig);
                        break;
                    default:
                        line.actual(fig);
                }
            }
            s.addLines(line.build());
        }
        return s.build();
    }

    // ----- office buildings

    private Map<BuildingColumn, Integer> buildingColumns(int r) {
        Map<BuildingColumn, Integer> m = new EnumMap<>(BuildingColumn.class);
        for (int c = 0; c < cols; c++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).getText().length() > MAX_LABEL) {
                continue;
            }
            String n = g.cell(r, c).normalized();
            BuildingColumn k = null;
            if (n.contains("投资") && n.contains("控制率")) {
                k = BuildingColumn.INVESTMENT_RATE;
            } else if (n.contains("规模") && n.contains("控制率")) {
                k = BuildingColumn.SCALE_RATE;
            } else if (n.startsWith("批复规模") || n.startsWith("批准规模") || n.startsWith("核定规模")) {
                k = BuildingColumn.APPROVED_SCALE;
            } else if (n.startsWith("实际规模") || n.startsWith("建设规模")) {
                k = BuildingColumn.ACTUAL_SCALE;
            } else if (n.startsWith("预算投资") || n.startsWith("概算投资") || n.startsWith("批复投资") || n.startsWith("投资概算")) {
                k = BuildingColumn.BUDGET_INVESTMENT;
            } else if (n.startsWith("实际投资")) {
                k = BuildingColumn.ACTUAL_INVESTMENT;
            }
            if (k != null) {
                m.putIfAbsent(k, c);
            }
        }
        boolean scale = m.containsKey(BuildingColumn.APPROVED_SCALE) && m.containsKey(BuildingColumn.ACTUAL_SCALE);
        boolean investment = m.containsKey(BuildingColumn.BUDGET_INVESTMENT) && m.containsKey(BuildingColumn.ACTUAL_INVESTMENT);
        return scale || investment ? m : null;
    }

    private BuildingControl buildings(int h, int next, List<Diagnostic> out) {
        Map<BuildingColumn, Integer> columns = buildingColumns(h);
        partRow[h] = true;
        BuildingControl.Builder b = BuildingControl.builder();
        int first = columns.values().stream().min(Integer::compare).orElse(0);
        int label = labelLeftOf(h, first);
        if (label >= 0) {
            b.label(g.cell(h, label).trimmed()).source(g.place(h, label));
            take(h, label);
        } else {
            b.source(g.place(h, first));
        }
        for (Map.Entry<BuildingColumn, Integer> e : columns.entrySet()) {
            take(h, e.getValue());
            Heading heading = heading(h, e.getValue());
            switch (e.getKey()) {
                case APPROVED_SCALE:
                    b.approvedScaleHeading(heading);
                    break;
                case ACTUAL_SCALE:
                    b.actualScaleHeading(heading);
                    break;
                case SCALE_RATE:
                    b.scaleRateHeading(heading);
                    break;
                case BUDGET_INVESTMENT:
                    b.budgetInvestmentHeading(heading);
                    break;
                case ACTUAL_INVESTMENT:
                    b.actualInvestmentHeading(heading);
                    break;
                default:
                    b.investmentRateHeading(heading);
            }
            String n = g.cell(h, e.getValue()).normalized();
            if (e.getKey() == BuildingColumn.APPROVED_SCALE) {
                int open = n.indexOf('(');
                int close = n.lastIndexOf(')');
                if (open >= 0 && close > open + 1) {
                    b.scaleUnit(n.substring(open + 1, close));
                }
            }
            if (e.getKey() == BuildingColumn.BUDGET_INVESTMENT && n.contains("元")) {
                b.investmentUnit(MoneyUnit.fromLabel(n));
            }
        }
        int v = h + 1;
        if (v < next && v < g.rowCount()) {
            partRow[v] = true;
            for (Map.Entry<BuildingColumn, Integer> e : columns.entrySet()) {
                int c = e.getValue();
                Optional<GridCell> cell = valueBelow(v, c);
                if (cell.isEmpty()) {
                    continue;
                }
                take(v, c);
                Location at = g.place(v, c);
                switch (e.getKey()) {
                    case APPROVED_SCALE:
                        b.approvedScale(amount(cell.get(), at));
                        break;
                    case ACTUAL_SCALE:
                        b.actualScale(amount(cell.get(), at));
                        break;
                    case SCALE_RATE:
                        b.declaredScaleRate(rate(cell.get(), at, "规模控制率", out));
                        break;
                    case BUDGET_INVESTMENT:
                        b.budgetInvestment(amount(cell.get(), at));
                        break;
                    case ACTUAL_INVESTMENT:
                        b.actualInvestment(amount(cell.get(), at));
                        break;
                    default:
                        b.declaredInvestmentRate(rate(cell.get(), at, "投资概算控制率", out));
                }
            }
        }
        return b.build();
    }

    // ----- saving measures

    private int savingColumn(int r) {
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && g.cell(r, c).getText().length() <= MAX_LABEL && g.cell(r, c).normalized().startsWith("厉行节约")) {
                return c;
            }
        }
        return -1;
    }

    private Optional<SavingMeasures> saving(int r, int next) {
        int c = savingColumn(r);
        partRow[r] = true;
        take(r, c);
        SavingMeasures.Builder m = SavingMeasures.builder().label(g.cell(r, c).trimmed());
        for (int k = c + 1; k < cols; k++) {
            if (g.isOrigin(r, k) && !g.cell(r, k).isBlank()) {
                take(r, k);
                return Optional.of(m.text(g.cell(r, k).getText().strip()).source(g.place(r, k)).build());
            }
        }
        int below = r + 1;
        if (below < next && below < g.rowCount() && g.isOrigin(below, c) && !g.cell(below, c).isBlank()) {
            partRow[below] = true;
            take(below, c);
            return Optional.of(m.text(g.cell(below, c).getText().strip()).source(g.place(below, c)).build());
        }
        return Optional.of(m.source(g.place(r, c)).build());
    }

    // ----- title, unit

    private int titleColumn(int r) {
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && g.cell(r, c).getText().length() <= 60 && g.cell(r, c).normalized().contains("基础数据表")) {
                return c;
            }
        }
        return -1;
    }

    /** The department a row names ({@code 单位名称：衡阳市应急管理局}, or the label and its value in two cells). */
    private Optional<String> department(int r) {
        for (int c = 0; c < cols; c++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).isBlank() || isTaken(r, c)) {
                continue;
            }
            String text = g.cell(r, c).trimmed();
            String n = Labels.normalize(text);
            for (String label : UNIT_LABELS) {
                if (!n.startsWith(label)) {
                    continue;
                }
                String rest = n.substring(label.length());
                if (rest.startsWith(":")) {
                    rest = rest.substring(1);
                }
                if (!rest.isEmpty()) {
                    take(r, c);
                    int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
                    return Optional.of(colon >= 0 ? text.substring(colon + 1).strip() : rest);
                }
                for (int k = c + 1; k < cols; k++) {
                    if (g.isOrigin(r, k) && !g.cell(r, k).isBlank()) {
                        take(r, c);
                        take(r, k);
                        return Optional.of(g.cell(r, k).trimmed());
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ----- cells

    /** A row that belongs to something else: a form's title or indicator header. */
    private boolean foreign(int r) {
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                String n = g.cell(r, c).normalized();
                if (n.contains("自评表") || n.equals("三级指标") || n.equals("一级指标") || n.equals("年度指标值")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Heading heading(int r, int c) {
        return Heading.of(g.cell(r, c).trimmed(), g.place(r, c));
    }

    /** The first non-empty cell on a row left of a column: a section's label. */
    private int labelLeftOf(int r, int column) {
        for (int c = 0; c < column; c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private int firstColumn(int r) {
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                return c;
            }
        }
        return 0;
    }

    /** The cell at a position when it holds something of its own on this row (not a merge from above). */
    private Optional<GridCell> valueBelow(int r, int c) {
        if (r >= g.rowCount() || !g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(g.cell(r, c));
    }

    /** An unknown row numbered as a top-level section ({@code 二、相关统计数}): the rows under it are its own. */
    private static boolean sectionOfItsOwn(String label, SpendingItem item) {
        String n = Labels.normalize(label);
        return item == SpendingItem.OTHER && n.length() > 2 && "一二三四五六七八九十".indexOf(n.charAt(0)) >= 0 && n.charAt(1) == '、';
    }

    private static boolean isGrandTotal(String label) {
        String core = SpendingItem.core(label);
        return core.equals("合计") || core.equals("支出合计") || core.equals("总计") || core.equals("小计");
    }

    /** Whether the next labelled row below is a part of 三公经费 (公务用车…, 出国…, 公务接待…). */
    private boolean threePublicPartBelow(int from, int next, int labelCol, int firstAmount) {
        for (int r = from; r < next && !foreign(r); r++) {
            for (int c = 0; c < firstAmount; c++) {
                if (g.isOrigin(r, c) && !g.cell(r, c).isBlank() && !g.continuesFromAbove(r, c)) {
                    return SpendingItem.fromLabel(g.cell(r, c).getText(), SpendingItem.THREE_PUBLIC)
                            .flatMap(SpendingItem::parent).filter(p -> p == SpendingItem.THREE_PUBLIC).isPresent();
                }
            }
        }
        return false;
    }

    /**
     * Whether a row from {@code from} on, before the next blank row, has a figure in the spending columns.
     * Worked out once per section, from the bottom up ({@code ahead}), so a sheet of many label-only rows
     * costs linear time.
     */
    private boolean figuresBelow(int from, int next, Map<SpendingColumn, Integer> columns, Boolean[] ahead) {
        if (from >= next || from >= g.rowCount()) {
            return false;
        }
        if (ahead[from] == null) {
            boolean after = false;
            for (int r = Math.min(next, g.rowCount()) - 1; r >= from; r--) {
                if (ahead[r] != null) {
                    after = ahead[r];
                    continue;
                }
                if (rowBlank(r) || foreign(r)) {
                    after = false;
                } else {
                    boolean here = false;
                    for (int c : columns.values()) {
                        here |= valueBelow(r, c).isPresent();
                    }
                    after = here || after;
                }
                ahead[r] = after;
            }
        }
        return ahead[from];
    }

    private void untake(int r, int c) {
        if (r >= 0 && c >= 0 && r < g.rowCount() && c < cols) {
            taken[g.originRow(r, c) * cols + g.originColumn(r, c)] = false;
        }
    }

    private boolean rowBlank(int r) {
        for (int c = 0; c < cols; c++) {
            if (g.isOrigin(r, c) && !g.cell(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean rowTaken(int r) {
        for (int c = 0; c < cols; c++) {
            if (taken[r * cols + c]) {
                return true;
            }
        }
        return false;
    }

    private void take(int r, int c) {
        if (r >= 0 && c >= 0 && r < g.rowCount() && c < cols) {
            taken[g.originRow(r, c) * cols + g.originColumn(r, c)] = true;
        }
    }

    /** Whether a table took the cell (after {@link #parse()}). */
    boolean accounts(int r, int c) {
        return isTaken(r, c);
    }

    private boolean isTaken(int r, int c) {
        return taken[g.originRow(r, c) * cols + g.originColumn(r, c)];
    }

    private static Figure amount(GridCell t, Location at) {
        if (t.getNumber().isPresent()) {
            return Figure.of(t.getText(), t.getNumber().get(), at);
        }
        return Figure.parse(t.getText(), at);
    }

    /**
     * A rate as a fraction: a percent-formatted number, a fraction, text with %; a bare number above 1.5
     * (stored or typed) is read as a percentage, with a remark.
     */
    private static Figure rate(GridCell t, Location at, String what, List<Diagnostic> out) {
        Figure f;
        boolean percentSign;
        if (t.getNumber().isPresent()) {
            if (t.getFormat().isPercent()) {
                return Figure.of(t.getShown(), t.getNumber().get(), at);
            }
            f = Figure.of(t.getText(), t.getNumber().get(), at);
            percentSign = false;
        } else {
            f = Figure.parsePercent(t.getText(), at);
            String s = t.getText().strip();
            percentSign = s.endsWith("%") || s.endsWith("％");
        }
        if (!percentSign && f.isParsed() && f.decimal().compareTo(PERCENT_THRESHOLD) > 0) {
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "percentWithoutSign", at, MessageArgument.text(what),
                    MessageArgument.text(t.getText().strip())));
            return Figure.of(t.getText(), Decimals.normalize(f.decimal().movePointLeft(2)), at);
        }
        return f;
    }

    /** A four-digit year (1990–2100) in a label, not part of a longer number: {@code 2022 决算数} → 2022. */
    static Integer year(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i + 4 <= s.length(); i++) {
            if ((s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.')) {
                int y = Integer.parseInt(s.substring(i, i + 4));
                if (y >= 1990 && y <= 2100) {
                    return y;
                }
            }
        }
        return null;
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ').replace('\r', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
