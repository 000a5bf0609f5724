package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.Labels;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A header band: one or more rows of labels over a table (the indicator table or the budget block).
 * Each column is known by the path of labels above it, top to bottom (a parent label merged across its
 * children: {@code 年度指标值 / 指标性质}); its role is that of the most specific label in the path that
 * the vocabulary knows. A column with labels but no known role is an extra column, kept with its header.
 */
final class Band {

    enum Kind { INDICATOR, BUDGET }

    final Kind kind;
    final int top;
    final int bottom;
    /** Per column: the role, or null (no label, or a label the vocabulary does not know). */
    final Role[] roles;
    /** Per column: the labels above it as written, joined with " / "; empty when none. */
    final String[] headers;
    /** Per column: the most specific label (the lowest), as written; empty when none. */
    final String[] labels;
    /** Columns whose role was inferred from their place and content, their label being unknown: {row, column} of the label. */
    final List<int[]> guessed;
    /**
     * Per column: {@link Role#LEVEL1} or {@link Role#LEVEL2} when the column holds that level's points (a 分值 or 权重
     * column right of the level's own column, left of the names: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值), else null.
     */
    final Role[] levelPoints;
    /**
     * The column of a target adjusted during the year (重庆: 年初指标值 | 调整指标值) beside the target's own column,
     * or -1: where filled it is the target the actual is measured against, the first one then kept as an extra.
     */
    final int adjustedTarget;

    private Band(Kind kind, int top, int bottom, Role[] roles, String[] headers, String[] labels, List<int[]> guessed, Role[] levelPoints) {
        this.kind = kind;
        this.top = top;
        this.bottom = bottom;
        this.roles = roles;
        this.headers = headers;
        this.labels = labels;
        this.guessed = List.copyOf(guessed);
        this.levelPoints = levelPoints;
        this.adjustedTarget = kind == Kind.INDICATOR ? adjustedTarget(roles, labels) : -1;
    }

    /** A second target column whose label says it was adjusted (调整指标值, 调整后指标值, 全年（调整）指标值), when there is a first. */
    private static int adjustedTarget(Role[] roles, String[] labels) {
        int targets = 0;
        int adjusted = -1;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.TARGET || roles[c] == Role.TARGET_VALUE) {
                targets++;
                if (adjusted < 0 && targets > 1 && io.github.perfeval.core.form.Labels.normalize(labels[c]).contains("调整")) {
                    adjusted = c;
                }
            }
        }
        return adjusted;
    }

    /** The target's own column (its value, when split into parts), not an adjusted one; -1 when none. */
    int targetColumn(Role role) {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == role && c != adjustedTarget) {
                return c;
            }
        }
        return -1;
    }

    /** Whether any column holds a level's points. */
    boolean hasLevelPoints() {
        for (Role r : levelPoints) {
            if (r != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the column holds a level's points ({@link #levelPoints}). */
    boolean isLevelPoints(int c) {
        return c < levelPoints.length && levelPoints[c] != null;
    }

    /** The most specific label of a column, as written. */
    String label(int c) {
        return c < labels.length ? labels[c] : "";
    }

    /** The columns with a role, left to right. */
    List<Integer> columns(Role role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == role) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first column with a role, or -1. */
    int column(Role role) {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == role) {
                return c;
            }
        }
        return -1;
    }

    boolean has(Role role) {
        return column(role) >= 0;
    }

    /** Whether the column has labels but no known role: an extra column. */
    boolean isExtra(int c) {
        return c < roles.length && roles[c] == null && !headers[c].isEmpty();
    }

    /** The header of a column, as written. */
    String header(int c) {
        return c < headers.length ? headers[c] : "";
    }

    /**
     * Finds every header band of a grid, top to bottom: runs of rows that are mostly labels the
     * vocabulary knows as columns, complete enough to head an indicator table (a name, a target and an
     * actual) or a budget block (an executed amount beside a budget or a rate).
     */
    static List<Band> find(Grid g, Vocabulary v) {
        int rows = g.rowCount();
        boolean[] labelRow = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            labelRow[r] = isLabelRow(g, v, r);
        }
        List<Band> bands = new ArrayList<>();
        int r = 0;
        while (r < rows) {
            if (!labelRow[r]) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < rows && labelRow[end + 1]) {
                end++;
            }
            split(g, v, r, end, bands);
            r = end + 1;
        }
        return bands;
    }

    /** A run of label rows: one band, or two when an indicator band and a budget band touch. */
    private static void split(Grid g, Vocabulary v, int top, int bottom, List<Band> out) {
        Band whole = of(g, v, top, bottom);
        if (whole != null && !(whole.kind == Kind.INDICATOR && budgetRoles(g, v, top, bottom))) {
            out.add(extendUp(g, v, whole));
            return;
        }
        for (int cut = top; cut < bottom; cut++) {
            Band upper = of(g, v, top, cut);
            Band lower = of(g, v, cut + 1, bottom);
            if (upper != null && lower != null && upper.kind != lower.kind) {
                out.add(extendUp(g, v, upper));
                out.add(lower);
                return;
            }
        }
        if (whole != null) {
            out.add(extendUp(g, v, whole));
        }
    }

    private static boolean budgetRoles(Grid g, Vocabulary v, int top, int bottom) {
        Set<Role> found = EnumSet.noneOf(Role.class);
        for (int r = top; r <= bottom; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                if (g.isOrigin(r, c)) {
                    v.roleOf(g.cell(r, c).getText()).ifPresent(found::add);
                }
            }
        }
        return found.contains(Role.EXECUTED) && (found.contains(Role.ADJUSTED) || found.contains(Role.INITIAL));
    }

    /** A row right above a band whose only cells are labels over columns (a lone {@code 绩效指标}) joins it. */
    private static Band extendUp(Grid g, Vocabulary v, Band b) {
        int r = b.top - 1;
        if (r < 0) {
            return b;
        }
        int labels = 0;
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
                continue;
            }
            Role role = columnRole(v, g.cell(r, c));
            if (role == null || role.group() != Role.Group.TABLE_TITLE) {
                return b;
            }
            labels++;
        }
        if (labels == 0) {
            return b;
        }
        Band up = of(g, v, r, b.bottom);
        return up != null && up.kind == b.kind ? up : b;
    }

    /** The band of rows [top, bottom], or null when its labels head no table. */
    static Band of(Grid g, Vocabulary v, int top, int bottom) {
        int cols = g.columnCount();
        Role[] roles = new Role[cols];
        String[] headers = new String[cols];
        String[] labels = new String[cols];
        Set<Role> found = EnumSet.noneOf(Role.class);
        for (int c = 0; c < cols; c++) {
            List<GridCell> path = new ArrayList<>();
            int lastOrigin = -1;
            for (int r = top; r <= bottom; r++) {
                int origin = g.originRow(r, c) * cols + g.originColumn(r, c);
                GridCell cell = g.cell(r, c);
                if (origin != lastOrigin && !cell.isBlank()) {
                    path.add(cell);
                }
                lastOrigin = origin;
            }
            StringBuilder h = new StringBuilder();
            Role role = null;
            Role parent = null;
            for (int i = path.size() - 1; i >= 0; i--) {
                Role r = columnRole(v, path.get(i));
                if (r != null && role == null) {
                    role = r;
                    for (int j = i - 1; j >= 0 && parent == null; j--) {
                        parent = columnRole(v, path.get(j));
                    }
                }
            }
            for (GridCell p : path) {
                if (h.length() > 0) {
                    h.append(" / ");
                }
                h.append(p.getText().strip());
            }
            if (role == Role.TARGET && parent == Role.TARGET) {
                role = Role.TARGET_VALUE;
            }
            roles[c] = role;
            headers[c] = h.toString();
            labels[c] = path.isEmpty() ? "" : path.get(path.size() - 1).getText().strip();
        }
        Role[] levelPoints = levelPoints(roles, headers);
        for (Role role : roles) {
            if (role != null) {
                found.add(role);
            }
        }
        if (found.contains(Role.TARGET_OPERATOR) || found.contains(Role.TARGET_UNIT) || found.contains(Role.TARGET_VALUE)) {
            // a target split into parts: a column still known only as 年度指标值 / 指标值 is the part that is missing
            for (int c = 0; c < cols; c++) {
                if (roles[c] != Role.TARGET) {
                    continue;
                }
                if (!contains(roles, Role.TARGET_VALUE)) {
                    roles[c] = Role.TARGET_VALUE;
                } else if (!contains(roles, Role.TARGET_UNIT) && c > 0 && roles[c - 1] == Role.TARGET_VALUE) {
                    roles[c] = Role.TARGET_UNIT;
                } else if (!contains(roles, Role.TARGET_OPERATOR) && c + 1 < cols && roles[c + 1] == Role.TARGET_VALUE) {
                    roles[c] = Role.TARGET_OPERATOR;
                }
            }
            found.add(Role.TARGET_VALUE);
        }
        boolean target = found.contains(Role.TARGET) || found.contains(Role.TARGET_VALUE);
        List<int[]> guessed = new ArrayList<>();
        if (found.contains(Role.LEVEL3) && target != found.contains(Role.ACTUAL) && isIndicatorTable(found)) {
            // one needed column under a label the vocabulary does not know: its place and content say what it is
            Role missing = target ? Role.ACTUAL : Role.TARGET;
            int c = missing == Role.ACTUAL ? actualByPlace(g, roles, headers, bottom) : targetByPlace(g, roles, headers, bottom);
            if (c >= 0) {
                roles[c] = missing;
                found.add(missing);
                target = true;
                guessed.add(new int[] {labelRow(g, top, bottom, c), c});
            }
        }
        if (found.contains(Role.LEVEL3) && found.contains(Role.ACTUAL) && target
                || isScoringSheet(found, target) && (found.contains(Role.WEIGHT) || pointsInFirstName(g, roles, bottom))) {
            return new Band(Kind.INDICATOR, top, bottom, roles, headers, labels, guessed, levelPoints);
        }
        if (found.contains(Role.EXECUTED) && (found.contains(Role.ADJUSTED) || found.contains(Role.INITIAL) || found.contains(Role.RATE))) {
            return new Band(Kind.BUDGET, top, bottom, roles, headers, labels, List.of(), new Role[roles.length]);
        }
        return null;
    }

    /**
     * A scoring sheet of the 2011 framework (海南's 绩效评价指标评分: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分;
     * 湖南 南县's 自评指标计分表: 一级指标 | 二级指标 | 三级指标 | 自评分, each level's points in its label, 目标内容（4分）):
     * no target and no actual column, but the names under their levels with a score each, their weights in a
     * column or in the names.
     */
    private static boolean isScoringSheet(Set<Role> found, boolean target) {
        return !target && !found.contains(Role.ACTUAL) && found.contains(Role.LEVEL3)
                && found.contains(Role.SCORE) && (found.contains(Role.LEVEL1) || found.contains(Role.LEVEL2));
    }

    /**
     * Whether the first name under the header, in the names' column, carries its points (目标\n内容\n(4分)): a scoring
     * sheet with no 分值 column then gives its weights in the names. A table with neither is no form perfeval knows
     * (an integrator's template whose weight and target columns it does not know: 标准分, 本年目标).
     */
    private static boolean pointsInFirstName(Grid g, Role[] roles, int bottom) {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.LEVEL3) {
                return bottom + 1 < g.rowCount() && Labels.weightIn(g.cell(bottom + 1, c).getText()).isPresent();
            }
        }
        return false;
    }

    /**
     * The columns of a level's points: a weight column left of the names whose nearest labelled column to the
     * left is a level's (一级指标 | 分值, 一级指标 | 权重). Such a column is taken out of the weights (the
     * indicators' own is right of the names) and is an extra column whose header names its level
     * ({@code 一级指标 / 分值}), so that the points are kept on the first indicator under them; null where a
     * column is not one.
     */
    private static Role[] levelPoints(Role[] roles, String[] headers) {
        Role[] points = new Role[roles.length];
        int names = -1;
        for (int c = 0; c < roles.length && names < 0; c++) {
            if (roles[c] == Role.LEVEL3) {
                names = c;
            }
        }
        for (int c = 1; c < names; c++) {
            if (roles[c] != Role.WEIGHT) {
                continue;
            }
            int k = c - 1;
            while (k > 0 && roles[k] == null) {
                k--;
            }
            if (roles[k] == Role.LEVEL1 || roles[k] == Role.LEVEL2) {
                points[c] = roles[k];
                roles[c] = null;
                headers[c] = headers[k] + " / " + headers[c];
            }
        }
        return points;
    }

    /** Whether the roles found are clearly an indicator table's: the name and two more of its own columns (levels, weight, score, reason). */
    private static boolean isIndicatorTable(Set<Role> found) {
        int own = 0;
        for (Role r : new Role[] {Role.LEVEL1, Role.LEVEL2, Role.WEIGHT, Role.SCORE, Role.REASON}) {
            if (found.contains(r)) {
                own++;
            }
        }
        return own >= 2;
    }

    /** The actual's column by place: the first column with an unknown label right after the target's columns. */
    private static int actualByPlace(Grid g, Role[] roles, String[] headers, int bottom) {
        int last = -1;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.TARGET || roles[c] == Role.TARGET_VALUE || roles[c] == Role.TARGET_UNIT) {
                last = c;
            }
        }
        for (int c = last + 1; last >= 0 && c < roles.length; c++) {
            if (roles[c] != null) {
                return -1;
            }
            if (!headers[c].isEmpty() && !headers[c].equals(headers[last]) && figuresBelow(g, bottom, c)) {
                return c;
            }
        }
        return -1;
    }

    /** The target's column by place: the column with an unknown label nearest left of the actual, right of the name. */
    private static int targetByPlace(Grid g, Role[] roles, String[] headers, int bottom) {
        int actual = -1;
        int name = -1;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.ACTUAL && actual < 0) {
                actual = c;
            }
            if (roles[c] == Role.LEVEL3 && name < 0) {
                name = c;
            }
        }
        if (actual < 0 || name < 0 || name >= actual) {
            return -1;
        }
        int found = -1;
        for (int c = actual - 1; c > name; c--) {
            if (roles[c] != null) {
                break;
            }
            if (!headers[c].isEmpty()) {
                found = c;
                // a label merged over several columns: its first column
                if (c - 1 > name && roles[c - 1] == null && headers[c - 1].equals(headers[c])) {
                    continue;
                }
                break;
            }
        }
        return found >= 0 && figuresBelow(g, bottom, found) ? found : -1;
    }

    /**
     * Whether a column's cells under the band look like targets or actuals, not prose: at most half of its
     * filled cells (in the next 40 rows) run longer than 30 characters. A column left blank says nothing against it.
     */
    private static boolean figuresBelow(Grid g, int bottom, int c) {
        int filled = 0;
        int prose = 0;
        for (int r = bottom + 1; r < Math.min(g.rowCount(), bottom + 41); r++) {
            if (!g.isOrigin(r, c) || g.cell(r, c).isBlank()) {
                continue;
            }
            filled++;
            if (g.cell(r, c).getText().strip().length() > 30) {
                prose++;
            }
        }
        return prose * 2 <= filled;
    }

    /** The lowest row of a band holding a column's own label. */
    private static int labelRow(Grid g, int top, int bottom, int c) {
        for (int r = bottom; r >= top; r--) {
            if (!g.cell(r, c).isBlank()) {
                return g.originRow(r, c);
            }
        }
        return top;
    }

    /**
     * What the rows most like an indicator table's header hold, on a grid where no table was found: the
     * row, the column labels it holds (as written) and the roles that a table needs and it lacks.
     * Empty when no row holds even two column labels of an indicator table.
     */
    static java.util.Optional<Partial> closest(Grid g, Vocabulary v) {
        Partial best = null;
        for (int r = 0; r < g.rowCount(); r++) {
            Set<Role> found = EnumSet.noneOf(Role.class);
            List<String> seen = new ArrayList<>();
            for (int rr = r; rr <= Math.min(r + 1, g.rowCount() - 1); rr++) {
                for (int c = 0; c < g.columnCount(); c++) {
                    if (!g.isOrigin(rr, c) || g.cell(rr, c).isBlank()) {
                        continue;
                    }
                    Role role = columnRole(v, g.cell(rr, c));
                    if (role != null && (role.group() == Role.Group.INDICATOR_COLUMN || role.group() == Role.Group.SHARED_COLUMN)
                            && found.add(role)) {
                        seen.add(g.cell(rr, c).getText().strip());
                    }
                }
            }
            boolean starts = !seen.isEmpty() && rowHolds(g, v, r, seen.get(0));
            if (starts && found.size() >= 2 && (best == null || found.size() > best.found.size())) {
                List<Role> missing = new ArrayList<>();
                boolean target = found.contains(Role.TARGET) || found.contains(Role.TARGET_VALUE);
                if (!found.contains(Role.LEVEL3)) {
                    missing.add(Role.LEVEL3);
                }
                if (!target) {
                    missing.add(Role.TARGET);
                }
                if (!found.contains(Role.ACTUAL)) {
                    missing.add(Role.ACTUAL);
                }
                best = new Partial(r, found, seen, missing);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Whether row r itself holds a label (a header starts there, not in the row above it). */
    private static boolean rowHolds(Grid g, Vocabulary v, int r, String label) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.isOrigin(r, c) && g.cell(r, c).getText().strip().equals(label)) {
                return true;
            }
        }
        return false;
    }

    /** The header row closest to an indicator table's on a grid holding none. */
    static final class Partial {
        final int row;
        final Set<Role> found;
        final List<String> labels;
        final List<Role> missing;

        Partial(int row, Set<Role> found, List<String> labels, List<Role> missing) {
            this.row = row;
            this.found = found;
            this.labels = labels;
            this.missing = missing;
        }
    }

    private static boolean contains(Role[] roles, Role role) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** A cell's column role, when its text is a short label the vocabulary knows as a column. */
    static Role columnRole(Vocabulary v, GridCell cell) {
        String t = cell.getText();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        Role r = v.columnRoleOf(t).orElse(null);
        return r != null && r.isColumn() ? r : null;
    }

    /** Whether a row is mostly labels over columns: at least two, and no more other cells than labels. */
    private static boolean isLabelRow(Grid g, Vocabulary v, int r) {
        int labels = 0;
        int others = 0;
        boolean afterLabel = false;
        for (int c = 0; c < g.columnCount(); c++) {
            GridCell cell = g.cell(r, c);
            if (cell.isBlank()) {
                continue;
            }
            if (!g.isOrigin(r, c)) {
                continue;
            }
            if (afterLabel && cell.getNumber().isPresent()) {
                // a label with its figure beside it (银川's head: 自评得分 | 98 | 财政审核评分 | …): fields, no header
                return false;
            }
            afterLabel = columnRole(v, cell) != null;
            if (afterLabel) {
                labels++;
            } else {
                others++;
            }
        }
        return labels >= 2 && others <= labels;
    }
}
