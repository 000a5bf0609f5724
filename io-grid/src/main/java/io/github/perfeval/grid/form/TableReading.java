package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.form.Level2;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The indicator table and what follows it. Each row's kind is decided from the whole row's shape, never
 * from a word inside a cell: an indicator (a name, a target, an actual, figures), a level band (only
 * level labels), an unfilled template row (placeholders only), a total (a total label in the leading
 * columns and figures, not a target and an actual), a note, a text section, the footer (label-colon
 * fields), or the start of the next form (its title, a header field, its goals).
 */
final class TableReading {

    enum RowKind { TABLE, TOTAL, FOOTER, NOTE, SECTION, HEADER, STOP }

    /** Grades as forms write them beside a total. */
    private static final Set<String> GRADES = Set.of("优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差", "一般",
            "及格", "不及格");

    private final Grid g;
    private final Vocabulary v;
    private final Claims claims;
    private final Cells cells;
    private final Form.Builder form;
    private final List<Diagnostic> out;
    private Band band;
    private int valueStart;
    private String level1 = "";
    private String level2 = "";
    private int[] level1Cell;
    private int[] level2Cell;
    private final List<int[]> levelCells = new ArrayList<>();
    private final List<Integer> templates = new ArrayList<>();
    private final List<String> footerLines = new ArrayList<>();
    private final List<TextSection> tail = new ArrayList<>();
    private final List<Integer> tailRows = new ArrayList<>();
    private final List<Boolean> tailLoose = new ArrayList<>();
    private boolean total;
    private boolean computedScores;
    /** The last indicator read, built when the next one is (or at the end): rows of its parts (其中…) may follow it. */
    private Indicator.Builder pending;
    private String pendingName;
    private String pendingLevels;
    private boolean pendingWeighted;
    private final List<Integer> partRows = new ArrayList<>();
    private final StringBuilder partNames = new StringBuilder();
    private boolean footer;
    private int indicators;
    private BigDecimal weights = BigDecimal.ZERO;
    private BigDecimal scores = BigDecimal.ZERO;
    private int end;

    TableReading(Grid g, Vocabulary v, Claims claims, Cells cells, Form.Builder form, List<Diagnostic> out) {
        this.g = g;
        this.v = v;
        this.claims = claims;
        this.cells = cells;
        this.form = form;
        this.out = out;
    }

    /**
     * Reads rows from {@code from} up to {@code limit} (exclusive) under a band.
     *
     * @return the first row not part of this form: the next form's title block, or {@code limit}
     */
    int read(Band b, int from, int limit) {
        this.band = b;
        this.valueStart = valueStart(b);
        for (int r = from; r < limit; r++) {
            List<Integer> own = cells.own(r);
            if (own.isEmpty()) {
                continue;
            }
            RowKind kind = classify(r, own);
            switch (kind) {
                case STOP:
                    return giveBackLooseNotes(r);
                case HEADER:
                    for (int c : own) {
                        cells.claim(r, c);
                    }
                    break;
                case FOOTER:
                    footer(r, own);
                    break;
                case TOTAL:
                    total(r, own);
                    break;
                case NOTE:
                    note(r, own);
                    break;
                case SECTION:
                    r = section(r, own, limit);
                    break;
                default:
                    if (!total && !footer) {
                        row(r);
                    }
            }
        }
        return limit;
    }

    /** Whether a band after this table's last row repeats its header: the table goes on (a page break). */
    boolean continuesAt(Band next) {
        return !total && !footer && tail.isEmpty() && next.kind == Band.Kind.INDICATOR;
    }

    /** The first column of the table's values (target or actual): the columns before it are the leading columns. */
    private static int valueStart(Band b) {
        int start = Integer.MAX_VALUE;
        for (Role r : new Role[] {Role.TARGET, Role.TARGET_OPERATOR, Role.TARGET_VALUE, Role.ACTUAL}) {
            int c = b.column(r);
            if (c >= 0) {
                start = Math.min(start, c);
            }
        }
        return start == Integer.MAX_VALUE ? b.roles.length : start;
    }

    private RowKind classify(int r, List<Integer> own) {
        int first = own.get(0);
        Role firstRole = cells.role(r, first).orElse(null);
        if (isRepeatedHeader(r, own)) {
            return RowKind.HEADER;
        }
        if (own.size() == 1 && isTitle(r, first)) {
            return RowKind.STOP;
        }
        if (firstRole != null && (firstRole.group() == Role.Group.HEADER_FIELD || firstRole.group() == Role.Group.GOALS)
                && first < valueStart && own.size() >= 1 && !isIndicatorShaped(r)) {
            return RowKind.STOP;
        }
        if (isFooter(r, own)) {
            return RowKind.FOOTER;
        }
        if (isTotal(r, own)) {
            return RowKind.TOTAL;
        }
        if (noteLabel(g.cell(r, first).getText()) != null && (own.size() == 1 || firstRole == Role.NOTE && own.size() == 2)) {
            return RowKind.NOTE;
        }
        if (firstRole != null && firstRole.group() == Role.Group.SECTION && first < valueStart) {
            return RowKind.SECTION;
        }
        if (own.size() == 1 && isLoose(r, first)) {
            return RowKind.NOTE;
        }
        return RowKind.TABLE;
    }

    /** A row that repeats the band's labels (a table continued on a new page). */
    private boolean isRepeatedHeader(int r, List<Integer> own) {
        int labels = 0;
        for (int c : own) {
            Role role = Band.columnRole(v, g.cell(r, c));
            if (role == null) {
                return false;
            }
            labels++;
        }
        return labels >= 2;
    }

    /** Whether the row has an indicator's shape: a name, and a target or an actual of its own. */
    private boolean isIndicatorShaped(int r) {
        boolean name = ownIn(r, Role.LEVEL3);
        boolean values = ownIn(r, Role.TARGET) || ownIn(r, Role.TARGET_VALUE) || ownIn(r, Role.ACTUAL);
        return name && values;
    }

    private boolean ownIn(int r, Role role) {
        for (int c : band.columns(role)) {
            if (cells.ownText(r, c)) {
                return true;
            }
        }
        return false;
    }

    /** A single cell naming a 表 of 绩效/自评/评价: the next form's title. */
    private boolean isTitle(int r, int c) {
        String k = Vocabulary.key(g.cell(r, c).getText());
        int open = k.indexOf('(');
        String bare = open > 0 ? k.substring(0, open) : k;
        return bare.endsWith("表") && (k.contains("绩效") || k.contains("自评") || k.contains("评价")) && k.length() <= 60;
    }

    /**
     * A single cell that is not in a table column of its own: text spanning the table (a note without a
     * label), not a level label.
     */
    private boolean isLoose(int r, int c) {
        String text = g.cell(r, c).getText();
        if (isLevelLabel(text)) {
            return false;
        }
        int last = c;
        while (last + 1 < g.columnCount() && g.originRow(r, last + 1) == r && g.originColumn(r, last + 1) == c) {
            last++;
        }
        boolean wide = last - c + 1 >= Math.max(3, band.roles.length / 2);
        Role role = c < band.roles.length ? band.roles[c] : null;
        boolean levelColumn = role == Role.LEVEL1 || role == Role.LEVEL2 || role == Role.LEVEL3;
        return wide && (!levelColumn || c == 0) || total || footer;
    }

    /** The label of a note ({@code 备注}, {@code 注}, {@code 说明}) a text starts with, or null. */
    private String noteLabel(String text) {
        String n = Labels.normalize(text);
        for (String label : v.labels(Role.NOTE)) {
            if (n.equals(label)) {
                return label;
            }
            if (n.startsWith(label) && n.length() > label.length()) {
                char next = n.charAt(label.length());
                if (next == ':' || next == '、' || Character.isDigit(next) || next == '(') {
                    return label;
                }
            }
        }
        return null;
    }

    /** The footer label a text starts with, followed by a colon, a space or nothing; or null. */
    private String footerLabel(String text) {
        String n = Labels.normalize(text);
        for (String label : v.labels(Role.FOOTER)) {
            if (n.startsWith(label) && (n.length() == label.length() || n.charAt(label.length()) == ':')) {
                return label;
            }
        }
        // a line of fields separated by spaces: 填表人  张三
        String t = text.strip();
        for (String label : v.labels(Role.FOOTER)) {
            if (t.startsWith(label) && t.length() > label.length() && Character.isWhitespace(t.charAt(label.length()))) {
                return label;
            }
        }
        return null;
    }

    /** Label-colon fields: every cell a footer field, or the value right after a bare field label. */
    private boolean isFooter(int r, List<Integer> own) {
        boolean afterBareLabel = false;
        for (int i = 0; i < own.size(); i++) {
            String text = g.cell(r, own.get(i)).getText();
            String label = footerLabel(text);
            if (label != null) {
                afterBareLabel = Labels.normalize(text).equals(label);
                continue;
            }
            if (i > 0 && afterBareLabel) {
                afterBareLabel = false;
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * A total row: a total label as the first cell, in the leading columns, and no indicator of its own
     * (no name beside the label; a target and an actual only when its figures are the sums of the rows
     * above, the arithmetic being the evidence).
     */
    private boolean isTotal(int r, List<Integer> own) {
        int first = own.get(0);
        Role role = cells.role(r, first).orElse(null);
        if (role != Role.TOTAL || first >= valueStart) {
            return false;
        }
        for (int c : band.columns(Role.LEVEL3)) {
            if (c != first && cells.ownText(r, c) && g.originColumn(r, c) != first) {
                return false;
            }
        }
        boolean values = false;
        for (Role vr : new Role[] {Role.TARGET, Role.TARGET_VALUE, Role.ACTUAL}) {
            for (int c : band.columns(vr)) {
                values |= cells.ownText(r, c) && g.originColumn(r, c) != first && g.cell(r, c).getNumber().isEmpty()
                        && io.github.perfeval.core.quantity.Decimals.parse(g.cell(r, c).getText()).isEmpty();
            }
        }
        return !values || sums(r);
    }

    /**
     * Whether a row's figures are the sums of the indicators' above it: its weight and its score (each
     * the form has), over at least two indicators, so that one coincidence proves nothing.
     */
    private boolean sums(int r) {
        BigDecimal tolerance = new BigDecimal("0.01");
        if (indicators < 2) {
            return false;
        }
        boolean any = false;
        for (Role role : new Role[] {Role.WEIGHT, Role.SCORE}) {
            int c = band.column(role);
            if (c < 0) {
                continue;
            }
            BigDecimal x = g.cell(r, c).getNumber()
                    .or(() -> io.github.perfeval.core.quantity.Decimals.parse(g.cell(r, c).getText())).orElse(null);
            BigDecimal sum = role == Role.WEIGHT ? weights : scores;
            if (x == null || x.subtract(sum).abs().compareTo(tolerance) > 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a text is a level-1 or level-2 label, numbered or not ({@code 一、产出指标（50分）}). */
    private static boolean isLevelLabel(String text) {
        String k = Vocabulary.key(text);
        return Level1.fromLabel(text).isPresent() || Level2.fromLabel(text).isPresent() || Level1.fromLabel(k).isPresent()
                || Level2.fromLabel(k).isPresent();
    }

    private void row(int r) {
        List<Integer> own = cells.own(r);
        if (own.size() == 1 && !band.columns(Role.LEVEL1).contains(own.get(0)) && Level1.fromLabel(Vocabulary.key(text(r, own.get(0))))
                .isPresent() && spans(r, own.get(0)) >= 3) {
            // a level-1 band written across the table: 一、产出指标（50分）
            level1 = g.cell(r, own.get(0)).getText();
            level1Cell = new int[] {r, own.get(0)};
            level2 = "";
            level2Cell = null;
            levelCells.add(level1Cell);
            return;
        }
        String l1 = columnText(r, Role.LEVEL1);
        String l2 = columnText(r, Role.LEVEL2);
        // a blank level cell says "as above", unless it holds an empty value on purpose (="", as perfeval writes a blank label)
        if (!l1.isBlank() || explicitlyBlank(r, Role.LEVEL1)) {
            level1 = l1;
            level1Cell = originOf(r, Role.LEVEL1);
            int l2col = band.column(Role.LEVEL2);
            if (l2col >= 0 && !g.continuesFromAbove(r, l2col) && l2.isBlank()) {
                level2 = "";
                level2Cell = null;
            }
        }
        if (!l2.isBlank() || explicitlyBlank(r, Role.LEVEL2)) {
            level2 = l2;
            level2Cell = originOf(r, Role.LEVEL2);
        }
        rememberLevelCell(r, Role.LEVEL1);
        rememberLevelCell(r, Role.LEVEL2);
        boolean ownValues = false;
        for (int c = 0; c < band.roles.length; c++) {
            Role role = band.roles[c];
            if (role == Role.LEVEL1 || role == Role.LEVEL2 || role == Role.INDICATOR_TABLE || band.isLevelPoints(c)) {
                continue;
            }
            if ((role != null || band.isExtra(c)) && cells.ownText(r, c) && !g.continuesFromLeft(r, c)) {
                ownValues = true;
            }
        }
        if (!ownValues) {
            return;
        }
        String name = columnText(r, Role.LEVEL3);
        if (isTemplate(r, name)) {
            templates.add(r);
            for (int c : cells.own(r)) {
                cells.claim(r, c);
            }
            return;
        }
        if (part(r, name)) {
            return;
        }
        indicator(r, name);
    }

    /**
     * Whether row r is a part of the indicator above it, read as that indicator's extras: its name starts with 其中,
     * it has no weight and no score of its own, and the indicator above, under the same level labels, has a weight
     * (安徽 萧县: ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20, then 其中桃树种植面积 | | 1.5亩 | 1.5亩 |).
     * Each of its cells is kept as an extra labelled with its name and its column's header.
     */
    private boolean part(int r, String name) {
        String key = Labels.normalize(name);
        if (pending == null || !pendingWeighted || !key.startsWith("其中") || key.length() <= 2 || !band.has(Role.WEIGHT)
                || !pendingLevels.equals(level1 + "\u0000" + level2)) {
            return false;
        }
        int wc = band.column(Role.WEIGHT);
        int sc = band.column(Role.SCORE);
        if (!g.cell(r, wc).isBlank() || sc >= 0 && !g.cell(r, sc).isBlank()) {
            return false;
        }
        claimColumn(r, Role.LEVEL3);
        for (int c = 0; c < band.roles.length; c++) {
            Role role = band.roles[c];
            if (role == Role.LEVEL1 || role == Role.LEVEL2 || role == Role.LEVEL3 || role == Role.INDICATOR_TABLE
                    || !cells.ownText(r, c) || cells.claimed(r, c) || g.continuesFromLeft(r, c)) {
                continue;
            }
            pending.addExtras(FormReading.labelled(name.strip() + " / " + band.header(c), Cells.shown(g.cell(r, c)).strip(), g.place(r, c)));
            cells.claim(r, c);
        }
        partRows.add(r);
        if (partNames.length() < 60) {
            partNames.append(partNames.length() == 0 ? "" : " ").append(name.strip().replaceAll("[ \t\u3000]*\\R\\s*", ""));
        }
        return true;
    }

    /** Adds the last indicator read to the form, with a remark naming the rows read as its parts. */
    private void flush() {
        if (pending == null) {
            return;
        }
        form.addIndicators(pending.build());
        if (!partRows.isEmpty()) {
            List<MessageArgument> rows = new ArrayList<>(partRows.size());
            partRows.forEach(p -> rows.add(MessageArgument.number(p + 1)));
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "breakdown", g.place(partRows.get(0), Math.max(0, band.column(Role.LEVEL3))),
                    MessageArgument.text(pendingName), MessageArgument.list("list.rows", rows), MessageArgument.text(partNames.toString())));
        }
        pending = null;
        partRows.clear();
        partNames.setLength(0);
    }

    private String text(int r, int c) {
        return g.cell(r, c).getText();
    }

    /** How many columns the cell at (r, c) spans. */
    private int spans(int r, int c) {
        int last = c;
        while (last + 1 < g.columnCount() && g.originRow(r, last + 1) == r && g.originColumn(r, last + 1) == c) {
            last++;
        }
        return last - c + 1;
    }

    private void rememberLevelCell(int r, Role role) {
        for (int c : band.columns(role)) {
            if (cells.ownText(r, c)) {
                levelCells.add(new int[] {r, c});
            }
        }
    }

    /** Whether a level column's own cell on row r holds an empty value on purpose: a formula whose value is empty ({@code =""}). */
    private boolean explicitlyBlank(int r, Role role) {
        for (int c : band.columns(role)) {
            if (g.isOrigin(r, c) && g.cell(r, c).isBlank() && g.cell(r, c).getFormula().isPresent()) {
                cells.keepFormula(r, c);
                return true;
            }
        }
        return false;
    }

    private int[] originOf(int r, Role role) {
        for (int c : band.columns(role)) {
            if (!g.cell(r, c).isBlank()) {
                return new int[] {g.originRow(r, c), g.originColumn(r, c)};
            }
        }
        return null;
    }

    /** A row of placeholders only: 指标1:, ……, / in the name and nothing filled beside it. */
    private boolean isTemplate(int r, String name) {
        if (!Cells.placeholder(name)) {
            return false;
        }
        for (int c = 0; c < band.roles.length; c++) {
            Role role = band.roles[c];
            if (role == Role.LEVEL1 || role == Role.LEVEL2 || role == Role.LEVEL3 || role == Role.INDICATOR_TABLE) {
                continue;
            }
            if (cells.ownText(r, c) && !Cells.placeholder(g.cell(r, c).getText())) {
                return false;
            }
        }
        return true;
    }

    private void indicator(int r, String name) {
        flush();
        int nameCol = band.column(Role.LEVEL3);
        Location rowPlace = g.place(r, Math.max(nameCol, 0));
        if (name.isBlank()) {
            out.add(Diagnostic.variant(StandardCode.INCOMPLETE_INDICATOR, "noName", rowPlace, MessageArgument.number(r + 1)));
        }
        claimColumn(r, Role.LEVEL3);
        if (level1Cell != null) {
            cells.claim(level1Cell[0], level1Cell[1]);
        }
        if (level2Cell != null) {
            cells.claim(level2Cell[0], level2Cell[1]);
        }
        Indicator.Builder ind = Indicator.builder().level1Label(level1).level2Label(level2).name(name.strip()).source(rowPlace);
        // each level label at its own cell (the merge's first), so that a finding about a label points there
        if (level1Cell != null) {
            ind.level1LabelSource(g.place(level1Cell[0], level1Cell[1]));
        }
        if (level2Cell != null) {
            ind.level2LabelSource(g.place(level2Cell[0], level2Cell[1]));
        }
        int adjusted = adjustedTarget(r, name);
        // target: one column, or its parts joined
        if (band.has(Role.TARGET_VALUE) || band.has(Role.TARGET_OPERATOR) || band.has(Role.TARGET_UNIT)) {
            SplitTarget.Builder parts = SplitTarget.builder();
            boolean any = false;
            Location at = null;
            for (Role part : new Role[] {Role.TARGET_OPERATOR, Role.TARGET_VALUE, Role.TARGET_UNIT}) {
                int c = part == Role.TARGET_VALUE && adjusted >= 0 ? adjusted : band.targetColumn(part);
                if (c < 0 || g.cell(r, c).isBlank()) {
                    continue;
                }
                LabelledText text = FormReading.labelled(band.label(c), Cells.shown(g.cell(r, c)).strip(), g.place(r, c));
                cells.claim(r, c);
                any = true;
                if (part == Role.TARGET_OPERATOR) {
                    parts.operator(text);
                } else if (part == Role.TARGET_VALUE) {
                    parts.value(text);
                    at = g.place(r, c);
                } else {
                    parts.unit(text);
                }
                if (at == null) {
                    at = g.place(r, c);
                }
            }
            if (any) {
                SplitTarget split = parts.build();
                // a unit with no value (计量单位 % beside a blank 指标值) is no target: the target is missing, its parts kept
                boolean valued = split.getValue().isPresent() || split.getOperator().map(o -> !o.getText().isBlank()
                        && !split.joined().equals(split.getUnit().map(u -> u.getText().strip()).orElse(""))).orElse(false);
                ind.splitTarget(split).target(IndicatorValue.parse(valued ? split.joined() : "", at));
            } else {
                int c = band.column(Role.TARGET_VALUE) >= 0 ? band.column(Role.TARGET_VALUE) : Math.max(0, band.column(Role.TARGET_OPERATOR));
                ind.target(IndicatorValue.parse("", g.place(r, c)));
            }
        } else if (band.has(Role.TARGET)) {
            int c = adjusted >= 0 ? adjusted : band.targetColumn(Role.TARGET);
            cells.claim(r, c);
            ind.target(IndicatorValue.parse(Cells.shown(g.cell(r, c)), g.place(r, c)));
        }
        if (band.has(Role.ACTUAL)) {
            int c = band.column(Role.ACTUAL);
            cells.claim(r, c);
            ind.actual(IndicatorValue.parse(Cells.shown(g.cell(r, c)), g.place(r, c)));
        }
        int wc = band.column(Role.WEIGHT);
        BigDecimal weight = null;
        if (wc >= 0 && !g.cell(r, wc).isBlank() && !cells.unfilledPlaceholder(r, wc)) {
            Figure w = cells.figure(r, wc, "分");
            ind.weight(w);
            weight = w.getValue().orElse(null);
            if (weight != null) {
                weights = weights.add(weight);
            }
        } else if (wc < 0 && !band.has(Role.TARGET) && !band.has(Role.TARGET_VALUE) && nameCol >= 0) {
            // a scoring sheet with no 分值 column writes each name's points in it (南县: 目标\n内容\n(4分)): its weight
            BigDecimal inName = Labels.weightIn(name).orElse(null);
            if (inName != null) {
                ind.weight(Figure.of(inName.toPlainString(), inName, g.place(r, nameCol)));
                weight = inName;
                weights = weights.add(weight);
            }
        }
        if (band.hasLevelPoints()) {
            levelPoints(r, weight);
        }
        int sc = band.column(Role.SCORE);
        if (sc >= 0 && !g.cell(r, sc).isBlank() && !cells.unfilledPlaceholder(r, sc)) {
            Figure s = cells.figure(r, sc, "分");
            ind.declaredScore(s);
            s.getValue().ifPresent(x -> scores = scores.add(x));
        }
        int rc = band.column(Role.REASON);
        if (rc >= 0 && !g.cell(r, rc).isBlank()) {
            cells.claim(r, rc);
            ind.deviationReason(g.cell(r, rc).getText().strip());
        }
        int computed = band.column(Role.COMPUTED_SCORE);
        if (computed >= 0 && cells.ownText(r, computed)) {
            cells.claim(r, computed);
            computedScores = true;
        }
        // every other column with a header: the row's extras
        for (int c = 0; c < band.roles.length; c++) {
            if (!cells.ownText(r, c) || cells.claimed(r, c) || g.continuesFromLeft(r, c)) {
                continue;
            }
            Role role = band.roles[c];
            if (role == Role.LEVEL1 || role == Role.LEVEL2) {
                continue;
            }
            if (role == null && !band.isExtra(c)) {
                continue;
            }
            ind.addExtras(FormReading.labelled(band.header(c), g.cell(r, c).getText().strip(), g.place(r, c)));
            cells.claim(r, c);
            cells.claimHeader(band, c);
        }
        comments(r, ind);
        if (g.isRowHidden(r)) {
            ind.hidden(true);
        }
        pending = ind;
        pendingName = name.strip();
        pendingLevels = level1 + "\u0000" + level2;
        pendingWeighted = weight != null;
        indicators++;
    }

    /**
     * The column of the row's target adjusted during the year, when the band has one and the row fills it; -1
     * when the row's target is in the target's own column. The target first filed is then kept as an extra,
     * and where the two differ a remark says which one the row is scored against.
     */
    private int adjustedTarget(int r, String name) {
        int a = band.adjustedTarget;
        if (a < 0 || !cells.ownText(r, a) || g.continuesFromLeft(r, a)) {
            return -1;
        }
        int first = band.targetColumn(Role.TARGET_VALUE) >= 0 ? band.targetColumn(Role.TARGET_VALUE) : band.targetColumn(Role.TARGET);
        if (first >= 0 && cells.ownText(r, first)) {
            String before = Cells.shown(g.cell(r, first)).strip();
            String after = Cells.shown(g.cell(r, a)).strip();
            if (!before.equals(after)) {
                out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "adjustedTarget", g.place(r, a), MessageArgument.text(name.strip()),
                        MessageArgument.text(band.label(first)), MessageArgument.text(before), MessageArgument.text(band.label(a)),
                        MessageArgument.text(after)));
            }
        }
        return a;
    }

    /**
     * The comments on the row's own cells, labelled with the attribute whose cell they are on (or the extra
     * column's header); a comment on a column the model keeps nothing of stays unkept (and is reported).
     */
    private void comments(int r, Indicator.Builder ind) {
        for (int c = 0; c < band.roles.length && c < g.columnCount(); c++) {
            java.util.Optional<String> comment = g.ownCell(r, c).getComment();
            if (comment.isEmpty()) {
                continue;
            }
            String attribute = attribute(band.roles[c], c);
            if (attribute != null) {
                ind.addComments(FormReading.labelled(attribute, comment.get(), g.place(r, c)));
                cells.keepComment(r, c);
            }
        }
    }

    /** The attribute a column's cells are read into, by its JSON name, or the extra column's header; null for none. */
    private String attribute(Role role, int c) {
        if (role == null) {
            return band.isExtra(c) ? band.header(c) : null;
        }
        switch (role) {
            case LEVEL1:
                return "level1Label";
            case LEVEL2:
                return "level2Label";
            case LEVEL3:
                return "name";
            case TARGET: case TARGET_OPERATOR: case TARGET_VALUE: case TARGET_UNIT:
                return "target";
            case ACTUAL:
                return "actual";
            case WEIGHT:
                return "weight";
            case SCORE:
                return "declaredScore";
            case REASON:
                return "deviationReason";
            default:
                return null;
        }
    }

    private void claimColumn(int r, Role role) {
        for (int c : band.columns(role)) {
            if (!g.cell(r, c).isBlank()) {
                cells.claim(r, c);
            }
        }
    }

    /** The text of a role's columns on a row, seen through merges (the first non-blank). */
    private String columnText(int r, Role role) {
        for (int c : band.columns(role)) {
            if (!g.cell(r, c).isBlank()) {
                return g.cell(r, c).getText();
            }
        }
        return "";
    }

    private void total(int r, List<Integer> own) {
        total = true;
        int labelCol = own.get(0);
        String label = g.cell(r, labelCol).getText().strip();
        cells.claim(r, labelCol);
        List<Integer> loose = new ArrayList<>();
        boolean weightSet = false;
        boolean totalSet = false;
        for (int k = 1; k < own.size(); k++) {
            int c = own.get(k);
            String text = g.cell(r, c).getText().strip();
            Role role = c < band.roles.length ? band.roles[c] : null;
            String grade = grade(text);
            if (grade != null || role == Role.GRADE) {
                int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
                String gradeLabel = colon > 0 ? text.substring(0, colon).strip() : role == Role.GRADE ? band.header(c) : "";
                String gradeText = colon > 0 ? text.substring(colon + 1).strip() : text;
                form.declaredGrade(FormReading.labelled(gradeLabel, gradeText, g.place(r, c)));
                cells.claim(r, c);
            } else if (role == Role.COMPUTED_SCORE) {
                cells.claim(r, c);
                computedScores = true;
            } else if (role == Role.WEIGHT && !weightSet) {
                form.declaredWeightTotal(cells.figure(r, c, "分"));
                weightSet = true;
            } else if (role == Role.SCORE && !totalSet) {
                form.declaredTotal(cells.figure(r, c, "分"));
                totalSet = true;
            } else if (g.cell(r, c).getNumber().isPresent()
                    || io.github.perfeval.core.quantity.Decimals.parse(text.endsWith("分") ? text.substring(0, text.length() - 1) : text).isPresent()) {
                loose.add(c);
            } else {
                tail.add(FormReading.section(SectionKind.OTHER, label, text, g.place(r, c)));
                tailRows.add(r);
                tailLoose.add(false);
                cells.claim(r, c);
            }
        }
        // figures that are not under 分值 / 得分 (a label merged differently): by their order
        for (int c : loose) {
            Figure f = cells.figure(r, c, "分");
            if (!weightSet && (loose.size() > 1 || !totalSet && f.getValue().map(x -> x.compareTo(BigDecimal.valueOf(100)) == 0
                    && weights.signum() > 0).orElse(false))) {
                form.declaredWeightTotal(f);
                weightSet = true;
            } else if (!totalSet) {
                form.declaredTotal(f);
                totalSet = true;
            } else {
                tail.add(FormReading.section(SectionKind.OTHER, label, f.getRaw(), g.place(r, c)));
                tailRows.add(r);
                tailLoose.add(false);
            }
        }
    }

    /** The grade a text declares ({@code 优}, {@code 等级：优}, {@code 自评等级：良好}), or null. */
    private String grade(String text) {
        String n = Labels.normalize(text);
        if (GRADES.contains(n)) {
            return n;
        }
        int colon = n.indexOf(':');
        if (colon > 0 && v.roleOf(n.substring(0, colon)).orElse(null) == Role.GRADE && GRADES.contains(n.substring(colon + 1))) {
            return n.substring(colon + 1);
        }
        return null;
    }

    private void footer(int r, List<Integer> own) {
        footer = true;
        StringBuilder line = new StringBuilder();
        for (int c : own) {
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(g.cell(r, c).getText());
            cells.claim(r, c);
        }
        footerLines.add(line.toString());
    }

    private void note(int r, List<Integer> own) {
        int c = own.get(0);
        String text = g.cell(r, c).getText().strip();
        cells.claim(r, c);
        boolean labelled = noteLabel(text) != null;
        if (own.size() == 2) {
            int body = own.get(1);
            cells.claim(r, body);
            tail.add(FormReading.section(SectionKind.NOTE, text, g.cell(r, body).getText().strip(), g.place(r, body)));
        } else {
            tail.add(FormReading.section(SectionKind.NOTE, "", text, g.place(r, c)));
        }
        tailRows.add(r);
        tailLoose.add(!labelled);
    }

    /** A section: its label, its text beside it (or in the row below when the label stands alone). */
    private int section(int r, List<Integer> own, int limit) {
        int labelCol = own.get(0);
        String label = g.cell(r, labelCol).getText().strip();
        SectionKind kind = Head.sectionKind(cells.role(r, labelCol).orElseThrow());
        cells.claim(r, labelCol);
        if (own.size() > 1) {
            StringBuilder text = new StringBuilder();
            for (int k = 1; k < own.size(); k++) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(g.cell(r, own.get(k)).getText().strip());
                cells.claim(r, own.get(k));
            }
            tail.add(FormReading.section(kind, label, text.toString(), g.place(r, own.get(1))));
            tailRows.add(r);
            tailLoose.add(false);
            return r;
        }
        int below = r + 1;
        if (below < limit) {
            List<Integer> next = cells.own(below);
            if (next.size() == 1 && cells.role(below, next.get(0)).isEmpty()) {
                cells.claim(below, next.get(0));
                tail.add(FormReading.section(kind, label, g.cell(below, next.get(0)).getText().strip(), g.place(below, next.get(0))));
                tailRows.add(r);
                tailLoose.add(false);
                return below;
            }
        }
        tail.add(FormReading.section(kind, label, "", g.place(r, labelCol)));
        tailRows.add(r);
        tailLoose.add(false);
        return r;
    }

    /**
     * Unlabelled notes right above the next form's title belong to it (its 附件 line): they are given back,
     * and this form ends at the first of them.
     */
    private int giveBackLooseNotes(int stop) {
        int endRow = stop;
        while (!tail.isEmpty() && tailLoose.get(tail.size() - 1)) {
            int row = tailRows.get(tail.size() - 1);
            boolean onlyBlankBetween = true;
            for (int r = row + 1; r < endRow; r++) {
                onlyBlankBetween &= cells.own(r).isEmpty();
            }
            if (!onlyBlankBetween) {
                break;
            }
            for (int c : cells.own(row)) {
                claims.unclaim(row, c);
            }
            tail.remove(tail.size() - 1);
            tailRows.remove(tailRows.size() - 1);
            tailLoose.remove(tailLoose.size() - 1);
            endRow = row;
        }
        return endRow;
    }

    /** The points of one level in a column of their own, and the weights of the indicators under them so far. */
    private static final class Points {
        final int row;
        final int column;
        final String label;
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;

        Points(int row, int column, String label) {
            this.row = row;
            this.column = column;
            this.label = label;
        }
    }

    /** Per level-points column: the group the last indicator was in. */
    private final java.util.Map<Integer, Points> points = new java.util.TreeMap<>();

    /** Adds an indicator's weight to the level points it lies under (a merged 分值 beside its level), closing the group before. */
    private void levelPoints(int r, BigDecimal weight) {
        for (int c = 0; c < band.levelPoints.length; c++) {
            if (!band.isLevelPoints(c)) {
                continue;
            }
            int row = g.originRow(r, c);
            int col = g.originColumn(r, c);
            Points open = points.get(c);
            if (open == null || open.row != row || open.column != col) {
                if (open != null) {
                    close(open);
                }
                open = new Points(row, col, band.levelPoints[c] == Role.LEVEL1 ? level1 : level2);
                points.put(c, open);
            }
            if (weight == null) {
                open.complete = false;
            } else {
                open.sum = open.sum.add(weight);
            }
        }
    }

    /**
     * A level's points (kept as an extra of the first indicator under them) checked against the weights under
     * them: a difference is a SUBTOTAL_MISMATCH naming the cell. Points that are no number, or over an indicator
     * without a weight, are not checked.
     */
    private void close(Points p) {
        GridCell cell = g.cell(p.row, p.column);
        if (cell.isBlank() || !p.complete) {
            return;
        }
        String text = cell.getText().strip();
        BigDecimal x = cell.getNumber().or(() -> io.github.perfeval.core.quantity.Decimals.parse(
                text.endsWith("分") ? text.substring(0, text.length() - 1).strip() : text)).orElse(null);
        if (x != null && x.compareTo(p.sum) != 0) {
            out.add(Diagnostic.variant(StandardCode.SUBTOTAL_MISMATCH, "levelColumn", g.place(p.row, p.column),
                    MessageArgument.text(Labels.normalize(p.label)), MessageArgument.number(x), MessageArgument.number(p.sum)));
        }
    }

    /** Adds what was collected: the tail's sections, the footer, the template rows (one INFO), a missing total. */
    void finish() {
        flush();
        for (Points p : points.values()) {
            close(p);
        }
        points.clear();
        form.addAllTextSections(tail);
        if (!footerLines.isEmpty()) {
            form.footer(Footer.parse(String.join("\n", footerLines)));
        }
        // level labels no indicator used are part of the unfilled template
        for (int[] cell : levelCells) {
            if (!cells.claimed(cell[0], cell[1])) {
                cells.claim(cell[0], cell[1]);
                if (!templates.contains(cell[0])) {
                    templates.add(cell[0]);
                }
            }
        }
        if (!templates.isEmpty()) {
            templates.sort(Integer::compare);
            List<MessageArgument> rows = new ArrayList<>(templates.size());
            StringBuilder texts = new StringBuilder();
            for (int r : templates) {
                rows.add(MessageArgument.number(r + 1));
                for (int c : cells.own(r)) {
                    // one line: a label broken over lines in its cell (生态效益\n指标) is joined as it reads
                    String t = g.cell(r, c).getText().strip().replaceAll("[ \t\u3000]*\\R\\s*", "");
                    if (texts.length() < 60) {
                        texts.append(texts.length() == 0 ? "" : " ").append(t);
                    }
                }
            }
            int first = templates.get(0);
            int col = cells.own(first).isEmpty() ? 0 : cells.own(first).get(0);
            out.add(Diagnostic.of(StandardCode.TEMPLATE_ROWS, g.place(first, col), MessageArgument.number(templates.size()),
                    MessageArgument.list("list.rows", rows), MessageArgument.text(texts.toString())));
        }
        if (computedScores) {
            int c = band.column(Role.COMPUTED_SCORE);
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "computedScores", g.place(band.bottom, c), MessageArgument.text(band.header(c))));
        }
        if (!total && band != null && band.has(Role.SCORE)) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "totalRow", g.place()));
        }
    }

}
