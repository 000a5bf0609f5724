package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a form above its indicator table: the title and the text around it, the header fields,
 * the budget block, the goals and the sections filed there (项目实施内容及过程概述). Each row is read by
 * its shape: a single cell is the title or a caption; label and value cells are fields; a goals label
 * over two texts is the goals.
 */
final class Head {

    /** The longest text read as a label among the goals' sub-headers. */
    private static final int SHORT_LABEL = 20;

    /** A table's number as publications print it, in its label form: 公开14表, 附表3, 表3-1, 附件2. */
    private static final Pattern TABLE_NUMBER = Pattern.compile(
            "公开[0-9一二三四五六七八九十]+表|(?:附表|表)[0-9一二三四五六七八九十]+(?:-[0-9]+)?|附件[0-9一二三四五六七八九十]*");

    private final Grid g;
    private final Vocabulary v;
    private final Cells cells;
    private final Form.Builder form;
    private final List<Diagnostic> out;
    private String title;
    private Integer year;
    private boolean project;
    private BudgetReading budget;
    /** The header fields and goal texts in reading order, given to the form once every row is read. */
    private final List<Slot> slots = new ArrayList<>();
    private boolean goalsSeen;

    /**
     * A header field, or a goal text (goal is {@link Role#GOAL_EXPECTED} or {@link Role#GOAL_ACHIEVED}) with its
     * label, text and place: read twice, a goal keeps one text and the other stays a header field in its place.
     * A text under a sub-header of its own (预期目标, 实际完成情况) outranks one beside a general label (年度目标).
     */
    private record Slot(LabelledText field, Role goal, boolean subHeader) {
    }

    Head(Grid g, Vocabulary v, Cells cells, Form.Builder form, List<Diagnostic> out) {
        this.g = g;
        this.v = v;
        this.cells = cells;
        this.form = form;
        this.out = out;
    }

    void read(int from, int to, List<Band> budgetBands) {
        // a document table's title, year and names may stand in the paragraphs above it: they name its first form
        List<String> above = from == 0 ? contextLines() : List.of();
        contextFields(above);
        boolean[] done = new boolean[Math.max(0, to - from)];
        for (Band b : budgetBands) {
            budget = new BudgetReading(g, v, cells, out);
            int bodyEnd = budgetEnd(b, to);
            budget.read(b, bodyEnd);
            for (int r = b.top; r < bodyEnd; r++) {
                done[r - from] = true;
            }
            form.budget(budget.build());
        }
        if (budgetBands.isEmpty()) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "budgetBlock", g.place()));
        }
        for (int r = from; r < to; r++) {
            if (done[r - from]) {
                continue;
            }
            List<Integer> own = cells.own(r);
            if (own.isEmpty()) {
                continue;
            }
            int goalsRow = goalsHeader(r, own);
            if (goalsRow >= 0) {
                goalsSeen = true;
                if (goalsRow > r && goalsRow < to) {
                    done[goalsRow - from] = true;
                }
                readGoals(r, own, goalsRow < to ? goalsRow : -1);
                continue;
            }
            if (own.size() == 1) {
                single(r, own.get(0));
                continue;
            }
            fields(r, own);
        }
        fieldsAndGoals();
        contextTitleAndYear(above);
        if (title != null) {
            form.title(title);
        }
        if (year == null && title != null) {
            year = Years.in(title);
        }
        if (year != null) {
            form.year(year);
        }
        FormKind byTitle = FormReading.kindOf(title).orElse(null);
        form.kind(byTitle != null ? byTitle : project ? FormKind.PROJECT : FormKind.DEPARTMENT);
    }

    /** The first row after a budget block's body: a row that starts goals, a field, a section or a title. */
    private int budgetEnd(Band b, int to) {
        for (int r = b.bottom + 1; r < to; r++) {
            List<Integer> own = cells.own(r);
            if (own.isEmpty()) {
                continue;
            }
            int first = own.get(0);
            Role role = cells.role(r, first).orElse(null);
            if (role != null && (role.group() == Role.Group.GOALS || role.group() == Role.Group.HEADER_FIELD
                    || role.group() == Role.Group.SECTION)) {
                return r;
            }
            if (own.size() == 1 && isTitle(r, first)) {
                return r;
            }
            for (int c : own) {
                Role other = cells.role(r, c).orElse(null);
                if (other == Role.GOAL_EXPECTED || other == Role.GOAL_ACHIEVED) {
                    return r;
                }
            }
        }
        return to;
    }

    /**
     * When row r holds goals labels with the texts in the row below (预期目标 | 实际完成情况), the row of
     * the texts; r itself when the texts are on the row (年度目标 | text); -1 when r holds no goals.
     */
    private int goalsHeader(int r, List<Integer> own) {
        boolean goals = false;
        boolean textBeside = false;
        for (int i = 0; i < own.size(); i++) {
            Role role = cells.role(r, own.get(i)).orElse(null);
            if (role != null && role.group() == Role.Group.GOALS) {
                goals = true;
            } else if (goals && (role == null || role.group() != Role.Group.GOALS)) {
                if (role == null || role.group() != Role.Group.SECTION) {
                    textBeside = true;
                }
            }
        }
        if (!goals) {
            return -1;
        }
        boolean subHeaders = false;
        for (int c : own) {
            Role role = cells.role(r, c).orElse(null);
            if (role == Role.GOAL_EXPECTED || role == Role.GOAL_ACHIEVED) {
                subHeaders = true;
            }
        }
        return subHeaders && (!textBeside || textsBelow(r, own)) ? r + 1 : r;
    }

    /**
     * Whether row r is a row of goals sub-headers whose texts stand in the row below, though it also holds a
     * label the vocabulary does not know (重庆: 当年绩效目标 | 年初绩效目标 | 全年（调整）绩效目标 | 全年目标实际完成情况,
     * the three texts below): every cell after the first goals label is a short label with no label of the
     * vocabulary under it, and a sub-header has its text there. A label and its text on one row (预期目标 | text)
     * is not: the text is no short label, or the row below is the next part's labels.
     */
    private boolean textsBelow(int r, List<Integer> own) {
        int below = r + 1;
        if (below >= g.rowCount()) {
            return false;
        }
        boolean started = false;
        boolean text = false;
        for (int c : own) {
            Role role = cells.role(r, c).orElse(null);
            if (!started) {
                started = role != null && role.group() == Role.Group.GOALS;
                continue;
            }
            if (role != null && role.group() != Role.Group.GOALS || !g.isOrigin(below, c)) {
                return false;
            }
            String label = g.cell(r, c).getText().strip();
            if (role == null && (label.length() > SHORT_LABEL || label.indexOf('。') >= 0 || label.indexOf('，') >= 0)) {
                return false;
            }
            String under = g.cell(below, c).getText();
            if (!under.isBlank() && v.roleOf(under).isPresent()) {
                return false;
            }
            if (!under.isBlank() && (role == Role.GOAL_EXPECTED || role == Role.GOAL_ACHIEVED)) {
                text = true;
            }
        }
        return text;
    }

    /**
     * Gives the form its header fields in reading order and its goals: of the texts read for one goal, the last
     * of those under a sub-header of their own (the goals block) or else the last one is the goal; any other
     * (年度目标 | text above the block) stays a header field with its own label and place, never overwritten.
     */
    private void fieldsAndGoals() {
        Slot expected = null;
        Slot achieved = null;
        for (Slot s : slots) {
            if (s.goal() == Role.GOAL_EXPECTED && (expected == null || s.subHeader() || !expected.subHeader())) {
                expected = s;
            } else if (s.goal() == Role.GOAL_ACHIEVED && (achieved == null || s.subHeader() || !achieved.subHeader())) {
                achieved = s;
            }
        }
        for (Slot s : slots) {
            if (s != expected && s != achieved) {
                form.addHeaderFields(s.field());
                Slot taken = s.goal() == Role.GOAL_EXPECTED ? expected : s.goal() == Role.GOAL_ACHIEVED ? achieved : null;
                if (taken != null) {
                    readTwice(s.goal(), taken.field(), s.field());
                }
            }
        }
        if (goalsSeen) {
            Goals.Builder goals = Goals.builder();
            if (expected != null) {
                goals.expected(expected.field().getText()).source(expected.field().getSource());
            }
            if (achieved != null) {
                goals.achieved(achieved.field().getText());
            }
            form.goals(goals.build());
        }
    }

    /** Says that a goal was read twice, where each text stands and which one is the form's goal (the other a header field). */
    private void readTwice(Role goal, LabelledText taken, LabelledText kept) {
        Location at = taken.getSource().orElse(g.place());
        out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "goalReadTwice", at,
                goal == Role.GOAL_ACHIEVED ? MessageArgument.bilingual("实际完成情况", "achieved") : MessageArgument.bilingual("预期目标", "expected"),
                MessageArgument.text(taken.getLabel()), MessageArgument.place(at),
                MessageArgument.text(kept.getLabel()), MessageArgument.place(kept.getSource().orElse(g.place()))));
    }

    private void goal(Role role, Role label, String labelText, String text, Location at) {
        slots.add(new Slot(FormReading.labelled(labelText, text, at), role, label == role));
    }

    private void readGoals(int r, List<Integer> own, int textRow) {
        if (textRow > r) {
            // labels on row r, texts below each sub-header
            boolean afterGoals = false;
            for (int i = 0; i < own.size(); i++) {
                int c = own.get(i);
                Role role = cells.role(r, c).orElse(null);
                cells.claim(r, c);
                boolean extra = role == null && afterGoals;
                afterGoals |= role != null && role.group() == Role.Group.GOALS;
                if (role != Role.GOAL_EXPECTED && role != Role.GOAL_ACHIEVED && !extra) {
                    continue;
                }
                int last = i + 1 < own.size() ? own.get(i + 1) : g.columnCount();
                boolean found = false;
                for (int d = c; d < last; d++) {
                    if (g.isOrigin(textRow, d) && !g.cell(textRow, d).isBlank() && !cells.claimed(textRow, d)) {
                        String text = g.cell(textRow, d).getText().strip();
                        cells.claim(textRow, d);
                        String label = g.cell(r, c).getText().strip();
                        if (role == Role.GOAL_EXPECTED || role == Role.GOAL_ACHIEVED) {
                            goal(role, role, label, text, g.place(textRow, d));
                        } else {
                            // a goals column the model has no attribute for (全年（调整）绩效目标): kept with its label
                            addField(FormReading.labelled(label, text, g.place(textRow, d)));
                        }
                        found = true;
                        break;
                    }
                }
                if (!found && role == null) {
                    addField(FormReading.labelled(g.cell(r, c).getText().strip(), "", g.place(r, c)));
                }
            }
            // a section label on the texts' row (四川: 项目基本情况 | 1.… | text | text) is only structure
            for (int c : cells.own(textRow)) {
                Role role = cells.role(textRow, c).orElse(null);
                if (role != null && role.group() == Role.Group.GOALS) {
                    cells.claim(textRow, c);
                }
            }
            return;
        }
        // label and text on one row
        Role pending = null;
        String pendingLabel = null;
        for (int c : own) {
            Role role = cells.role(r, c).orElse(null);
            if (role != null && role.group() == Role.Group.GOALS) {
                cells.claim(r, c);
                pending = role;
                pendingLabel = g.cell(r, c).getText().strip();
                continue;
            }
            if (pending != null) {
                String text = g.cell(r, c).getText().strip();
                cells.claim(r, c);
                goal(pending == Role.GOAL_ACHIEVED ? Role.GOAL_ACHIEVED : Role.GOAL_EXPECTED, pending, pendingLabel, text, g.place(r, c));
                pending = null;
            }
        }
    }

    /** A row of one cell: the title, a year line, a field written {@code 项目名称：…}, or a caption. */
    private void single(int r, int c) {
        String text = g.cell(r, c).getText();
        Location at = g.place(r, c);
        if (title == null && isTitle(r, c)) {
            title = text.strip();
            cells.claim(r, c);
            return;
        }
        Integer y = Years.in(text);
        if (y != null && Years.onlyYear(text) && (year == null || year.equals(y))) {
            year = y;
            cells.claim(r, c);
            return;
        }
        int colon = colon(text);
        if (colon > 0) {
            String label = text.substring(0, colon).strip();
            Role role = v.roleOf(label).orElse(null);
            if (role != null && role.group() == Role.Group.HEADER_FIELD) {
                field(role, label, text.substring(colon + 1).strip(), at);
                cells.claim(r, c);
                return;
            }
        }
        Role role = cells.role(r, c).orElse(null);
        if (role != null && role.group() == Role.Group.HEADER_FIELD) {
            // a label whose value was left blank
            field(role, text.strip(), "", at);
            cells.claim(r, c);
            return;
        }
        if (role != null && role.group() == Role.Group.SECTION) {
            form.addTextSections(FormReading.section(sectionKind(role), text.strip(), "", at));
            cells.claim(r, c);
            return;
        }
        if (role != null && (role.isColumn() || role.group() == Role.Group.NOTE || role.group() == Role.Group.TOTAL)
                && shortLabel(text) && blankValueBeside(r, c)) {
            // a label that names something else elsewhere beside a value box of its own left blank (备注 | merged blank)
            field(null, text.strip(), "", at);
            cells.claim(r, c);
            return;
        }
        if (role != null && role.isColumn()) {
            // a lone label over a table (绩效指标 in a row of its own)
            cells.claim(r, c);
            return;
        }
        if ((role == null || role.group() == Role.Group.FOOTER) && shortLabel(text) && blankValueBeside(r, c)) {
            // a label beside a value cell of its own left blank (联系电话 | merged blank): a field left blank
            field(role, text.strip(), "", at);
            cells.claim(r, c);
            return;
        }
        form.addTextSections(FormReading.section(SectionKind.CAPTION, "", text.strip(), at));
        cells.claim(r, c);
    }

    /** A key without the notes in brackets inside it (全年(调整)绩效目标 → 全年绩效目标). */
    private static String withoutBrackets(String k) {
        return k.replaceAll("\\([^()]*\\)", "");
    }

    /** Whether a text reads as a field's label: short, no digits, no sentence punctuation (notes in brackets aside). */
    private static boolean shortLabel(String text) {
        String k = withoutBrackets(Vocabulary.key(text));
        if (k.isEmpty() || k.length() > 12) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char ch = k.charAt(i);
            if (Character.isDigit(ch) || "，。；,;:！？!?、-—()".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether right of (r, c)'s region stands a blank cell of its own merged across two columns or more: a value box left empty. */
    private boolean blankValueBeside(int r, int c) {
        int next = c;
        while (next < g.columnCount() && g.originRow(r, next) == g.originRow(r, c) && g.originColumn(r, next) == c) {
            next++;
        }
        if (next + 1 >= g.columnCount() || !g.isOrigin(r, next) || !g.cell(r, next).isBlank()) {
            return false;
        }
        return g.originRow(r, next + 1) == r && g.originColumn(r, next + 1) == next;
    }

    /** Label and value cells: known fields go to the model's attributes, the others to its header fields. */
    private void fields(int r, List<Integer> own) {
        int i = 0;
        while (i < own.size()) {
            int c = own.get(i);
            String text = g.cell(r, c).getText();
            Role role = cells.role(r, c).orElse(null);
            boolean nextIsLabel = i + 1 < own.size() && isLabel(r, own.get(i + 1));
            if (role != null && role.group() == Role.Group.SECTION) {
                String body = "";
                Location at = g.place(r, c);
                cells.claim(r, c);
                if (i + 1 < own.size()) {
                    body = g.cell(r, own.get(i + 1)).getText().strip();
                    at = g.place(r, own.get(i + 1));
                    cells.claim(r, own.get(i + 1));
                    i++;
                }
                form.addTextSections(FormReading.section(sectionKind(role), text.strip(), body, at));
                i++;
                continue;
            }
            int after = i + 1 < own.size() ? own.get(i + 1) : -1;
            if (role != null && (role.isColumn() || role.group() == Role.Group.NOTE || role.group() == Role.Group.TOTAL)
                    && !(role == Role.TOTAL && after >= 0 && numberLike(r, after)) && valueBeside(r, c, after)) {
                // a label that names something else elsewhere (备注, 全年预算数, 自评得分 | 98 in 银川's head) beside a
                // value of its own in the head: a header field under that label, not a column label with its value left unread
                field(null, text.strip(), g.cell(r, after).getText().strip(), g.place(r, after));
                cells.claim(r, c);
                cells.claim(r, after);
                i += 2;
                continue;
            }
            if (role != null && role.isColumn()) {
                cells.claim(r, c);
                i++;
                continue;
            }
            if (role == Role.TOTAL && after >= 0 && numberLike(r, after)) {
                // 自评总分（分） | 97.6 in the header: the declared total
                cells.claim(r, c);
                form.declaredTotal(cells.figure(r, after, "分"));
                i += 2;
                continue;
            }
            if (isLabel(r, c) && blankBeside(r, c)) {
                // a label whose own value cell is left blank: the next label is not its value (主管部门 | (blank) | 财政处室)
                field(role, text.strip(), "", g.place(r, c));
                cells.claim(r, c);
                i++;
                continue;
            }
            if (isLabel(r, c) && i + 1 < own.size() && !nextIsLabel) {
                int value = own.get(i + 1);
                field(role, text.strip(), g.cell(r, value).getText().strip(), g.place(r, value));
                cells.claim(r, c);
                cells.claim(r, value);
                i += 2;
                continue;
            }
            int colon = colon(text);
            if (colon > 0 && colon <= 12) {
                String label = text.substring(0, colon).strip();
                field(v.roleOf(label).orElse(null), label, text.substring(colon + 1).strip(), g.place(r, c));
                cells.claim(r, c);
                i++;
                continue;
            }
            if (isLabel(r, c)) {
                field(role, text.strip(), "", g.place(r, c));
                cells.claim(r, c);
                i++;
                continue;
            }
            if (own.size() == 2 && i == 0 && role == null && shortLabel(text) && !isTitle(r, c)
                    && cells.role(r, own.get(1)).isEmpty() && !isLabel(r, own.get(1))) {
                // a row of a short label the vocabulary does not know and one value (项目概况 | text, 备注 | text):
                // a field, read rather than left as two cells not read
                int value = own.get(1);
                field(null, text.strip(), g.cell(r, value).getText().strip(), g.place(r, value));
                cells.claim(r, c);
                cells.claim(r, value);
                i += 2;
                continue;
            }
            if (role == null && i + 1 == own.size() && i > 0 && shortLabel(text) && blankValueBeside(r, c)) {
                // the row's last label, its value box left blank (银川: … | 财政审核评分 | merged blank): a field left blank
                field(null, text.strip(), "", g.place(r, c));
                cells.claim(r, c);
                i++;
                continue;
            }
            if (title == null && isTitle(r, c)) {
                title = text.strip();
                cells.claim(r, c);
            } else if (isTableNumber(text)) {
                // the number a publication gives the table, beside a field (部门:… | 公开14表): a caption, as on a row of its own
                form.addTextSections(FormReading.section(SectionKind.CAPTION, "", text.strip(), g.place(r, c)));
                cells.claim(r, c);
            }
            i++;
        }
    }

    /** Whether a cell holds a number, as a number or as text. */
    private boolean numberLike(int r, int c) {
        return g.cell(r, c).getNumber().isPresent() || io.github.perfeval.core.quantity.Decimals.parse(g.cell(r, c).getText()).isPresent();
    }

    /**
     * Whether the head cell {@code value} right of the label at (r, c) is that label's value: the next text on the row,
     * no label of the vocabulary or of a field itself, and the label a short one (notes in brackets aside), the only
     * text of its row before it. A row of column labels (绩效指标 | 一级指标 | …) has labels beside each other instead.
     */
    private boolean valueBeside(int r, int c, int value) {
        if (value < 0 || cells.role(r, value).isPresent() || isLabel(r, value) || !shortLabel(g.cell(r, c).getText())) {
            return false;
        }
        for (int d = 0; d < c; d++) {
            if (g.isOrigin(r, d) && !g.cell(r, d).isBlank() && cells.role(r, d).filter(Role::isColumn).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is a table's number as publications print it: 公开14表, 附表3, 表3-1, 附件2. */
    static boolean isTableNumber(String text) {
        return TABLE_NUMBER.matcher(Labels.normalize(text)).matches();
    }

    /** Whether the cell right after (r, c)'s merged region, on row r, is a blank cell of its own: the place a value was left out. */
    private boolean blankBeside(int r, int c) {
        int last = c;
        while (last + 1 < g.columnCount() && g.originRow(r, last + 1) == g.originRow(r, c) && g.originColumn(r, last + 1) == c) {
            last++;
        }
        int next = last + 1;
        return next < g.columnCount() && g.isOrigin(r, next) && g.cell(r, next).isBlank() && labelAfter(r, next);
    }

    /**
     * Whether the first text on row r after column c is another label (a field's or any role's): then the
     * blank before it is a value left out, not a gap between a label and its value.
     */
    private boolean labelAfter(int r, int c) {
        for (int d = c + 1; d < g.columnCount(); d++) {
            if (g.isOrigin(r, d) && !g.cell(r, d).isBlank()) {
                return cells.role(r, d).isPresent() || isLabel(r, d);
            }
        }
        return false;
    }

    /** Whether a cell reads as a field's label: a label the vocabulary knows as a field, or a short text with no sentence in it. */
    private boolean isLabel(int r, int c) {
        Role role = cells.role(r, c).orElse(null);
        if (role != null) {
            return role.group() == Role.Group.HEADER_FIELD || role.group() == Role.Group.FOOTER;
        }
        String k = Vocabulary.key(g.cell(r, c).getText());
        if (k.isEmpty() || k.length() > 10 || g.cell(r, c).getNumber().isPresent()) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char ch = k.charAt(i);
            if (Character.isDigit(ch) || "，。；,;:！？!?、-—".indexOf(ch) >= 0) {
                return false;
            }
        }
        return k.endsWith("名称") || k.endsWith("单位") || k.endsWith("部门") || k.endsWith("人") || k.endsWith("电话")
                || k.endsWith("用途") || k.endsWith("编号") || k.endsWith("编码") || k.endsWith("日期") || k.endsWith("类别")
                || k.endsWith("类型") || k.endsWith("方式") || k.endsWith("周期") || k.endsWith("时间") || k.endsWith("地址")
                || k.endsWith("代码") || k.endsWith("级次") || k.endsWith("性质") || k.endsWith("处室") || k.endsWith("科室");
    }

    private void field(Role role, String label, String value, Location at) {
        if (role == Role.PROJECT_NAME) {
            project = true;
            if (!value.isEmpty()) {
                form.projectName(value);
                return;
            }
        } else if (role == Role.DEPARTMENT && !value.isEmpty()) {
            form.department(value);
            return;
        } else if (role == Role.SUPERVISING_DEPARTMENT && !value.isEmpty()) {
            form.supervisingDepartment(value);
            return;
        } else if (role == Role.IMPLEMENTING_UNIT && !value.isEmpty()) {
            form.implementingUnit(value);
            return;
        } else if (role == Role.YEAR && Years.in(value + "年") != null) {
            year = Years.in(value.endsWith("年") || value.endsWith("年度") ? value : value + "年");
            return;
        }
        addField(FormReading.labelled(label, value, at));
    }

    private void addField(LabelledText field) {
        slots.add(new Slot(field, null, false));
    }

    /** The lines of the text above a document table (its context), stripped, without blank lines. */
    private List<String> contextLines() {
        List<String> lines = new java.util.ArrayList<>();
        g.getContext().ifPresent(c -> c.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add));
        return lines;
    }

    /**
     * The fields written {@code label：value} in the text above the table ({@code 项目名称：森林防火宣传　主管部门：市应急管理局}),
     * read before the table's own cells, which win. Only the header fields perfeval knows are taken: the rest
     * of the text stays in the places' context.
     */
    private void contextFields(List<String> lines) {
        for (String line : lines) {
            for (String part : line.split("[\\s\u3000]+")) {
                int colon = colon(part);
                if (colon <= 0 || colon == part.length() - 1) {
                    continue;
                }
                String label = part.substring(0, colon).strip();
                Role role = v.roleOf(label).orElse(null);
                if (role == Role.PROJECT_NAME || role == Role.DEPARTMENT || role == Role.SUPERVISING_DEPARTMENT
                        || role == Role.IMPLEMENTING_UNIT || role == Role.YEAR) {
                    field(role, label, part.substring(colon + 1).strip(), g.place());
                }
            }
        }
    }

    /** The title and year from the text above the table, when the table has none: the nearest title line above it. */
    private void contextTitleAndYear(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0 && title == null; i--) {
            if (isTitle(lines.get(i))) {
                title = lines.get(i);
            }
        }
        for (int i = lines.size() - 1; i >= 0 && year == null; i--) {
            Integer y = Years.in(lines.get(i));
            if (y != null && (Years.onlyYear(lines.get(i)) || isTitle(lines.get(i)))) {
                year = y;
            }
        }
    }

    /** Whether a cell is a form's title: the only text of its row, naming a 表 of 绩效/自评/评价. */
    boolean isTitle(int r, int c) {
        return isTitle(g.cell(r, c).getText());
    }

    /** Whether a text names a form: a 表 of 绩效/自评/评价, at most 60 characters. */
    private static boolean isTitle(String text) {
        String k = Vocabulary.key(text);
        String bare = k;
        int open = bare.indexOf('(');
        if (open > 0) {
            bare = bare.substring(0, open);
        }
        return bare.endsWith("表") && (k.contains("绩效") || k.contains("自评") || k.contains("评价")) && k.length() <= 60;
    }

    private static int colon(String text) {
        int a = text.indexOf('：');
        int b = text.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    static SectionKind sectionKind(Role role) {
        switch (role) {
            case SECTION_IMPLEMENTATION:
                return SectionKind.IMPLEMENTATION;
            case SECTION_CONCLUSION:
                return SectionKind.CONCLUSION;
            case SECTION_PROBLEMS:
                return SectionKind.PROBLEMS;
            case SECTION_IMPROVEMENTS:
                return SectionKind.IMPROVEMENTS;
            case SECTION_OTHER_MATTERS:
                return SectionKind.OTHER_MATTERS;
            default:
                return SectionKind.OTHER;
        }
    }
}
