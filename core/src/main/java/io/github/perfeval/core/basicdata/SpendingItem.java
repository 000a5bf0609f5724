package io.github.perfeval.core.basicdata;

import io.github.perfeval.core.form.Labels;

import java.util.Optional;

/**
 * What a row of the table's spending control (经费控制情况) is, and where it sits in the table's tree:
 *
 * <pre>
 * 三公经费            = 公务用车购置和维护经费 + 出国经费 + 公务接待
 *   公务用车购置和维护经费 = 公车购置 + 公车运行维护
 * 项目支出            = 业务经费 + 运行维护经费 + 专项资金
 *   专项资金           = the special lines, one a row, any number
 * 公用经费            (its 其中 rows are parts of it, not a breakdown that adds up)
 * 政府采购金额
 * 部门基本支出预算调整
 * </pre>
 *
 * <pre>{@code
 * SpendingItem.OFFICIAL_VEHICLES.parent();     // Optional[THREE_PUBLIC]
 * SpendingItem.THREE_PUBLIC.isSumOfParts();    // true
 * SpendingItem.fromLabel("1、公务用车购置和维护经费", SpendingItem.THREE_PUBLIC);   // Optional[OFFICIAL_VEHICLES]
 * }</pre>
 */
public enum SpendingItem {
    /** 三公经费: the sum of 公务用车购置和维护经费, 出国经费 and 公务接待. */
    THREE_PUBLIC("三公经费", "official vehicles, overseas travel and receptions (the three public expenses)", null, true, false, true),
    /** 公务用车购置和维护经费: the sum of 公车购置 and 公车运行维护. */
    OFFICIAL_VEHICLES("公务用车购置和维护经费", "official vehicle purchase and maintenance", THREE_PUBLIC, true, false, true),
    /** 公车购置. */
    VEHICLE_PURCHASE("公车购置", "vehicle purchase", OFFICIAL_VEHICLES, false, false, true),
    /** 公车运行维护. */
    VEHICLE_OPERATION("公车运行维护", "vehicle operation and maintenance", OFFICIAL_VEHICLES, false, false, true),
    /** 出国经费 (因公出国（境）经费). */
    OVERSEAS_TRAVEL("出国经费", "official overseas travel", THREE_PUBLIC, false, false, true),
    /** 公务接待. */
    OFFICIAL_RECEPTION("公务接待", "official receptions", THREE_PUBLIC, false, false, true),
    /** 项目支出: the sum of 业务经费, 运行维护经费 and 专项资金. */
    PROJECT_SPENDING("项目支出", "project spending", null, true, false, true),
    /** 业务经费. */
    OPERATIONS_FUNDS("业务经费", "operations funds", PROJECT_SPENDING, false, false, true),
    /** 运行维护经费. */
    MAINTENANCE_FUNDS("运行维护经费", "operation and maintenance funds", PROJECT_SPENDING, false, false, true),
    /** 专项资金: the sum of its special lines. */
    SPECIAL_FUNDS("专项资金", "special funds", PROJECT_SPENDING, true, false, true),
    /** One special line of 专项资金 (一个专项一行); its name is the row's label. */
    SPECIAL_LINE("专项", "a special fund", SPECIAL_FUNDS, false, true, true),
    /** 公用经费. */
    PUBLIC_FUNDS("公用经费", "public (office) funds", null, false, false, true),
    /** A 其中 row of 公用经费 (办公经费, 水费、电费、差旅费, 会议费、培训费…); its name is the row's label. */
    PUBLIC_FUNDS_ITEM("其中", "a part of the public funds", PUBLIC_FUNDS, false, true, true),
    /** 政府采购金额. */
    GOVERNMENT_PROCUREMENT("政府采购金额", "government procurement", null, false, false, true),
    /** 部门基本支出预算调整 (blank when there was none). */
    BASIC_BUDGET_ADJUSTMENT("部门基本支出预算调整", "adjustment of the basic-expenditure budget", null, false, false, false),
    /** A row perfeval does not recognise; its label is kept as written. */
    OTHER("其他", "other", null, false, true, false);

    private final String label;
    private final String english;
    private final SpendingItem parent;
    private final boolean sumOfParts;
    private final boolean repeatable;
    private final boolean required;

    SpendingItem(String label, String english, SpendingItem parent, boolean sumOfParts, boolean repeatable, boolean required) {
        this.label = label;
        this.english = english;
        this.parent = parent;
        this.sumOfParts = sumOfParts;
        this.repeatable = repeatable;
        this.required = required;
    }

    /** The Chinese label of the published template. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /** The item this one is a part of, if any. */
    public Optional<SpendingItem> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether the item's figures are the sums of its parts' (三公经费, 公务用车购置和维护经费, 项目支出, 专项资金). */
    public boolean isSumOfParts() {
        return sumOfParts;
    }

    /** Whether a table may hold any number of rows of this item (special lines, 其中 rows, unknown rows). */
    public boolean isRepeatable() {
        return repeatable;
    }

    /** Whether the template requires its three figures (blank ones are reported). */
    public boolean isRequired() {
        return required;
    }

    /**
     * The item a row's label names, given the group the row sits in. Numbering ({@code 1、}, {@code （一）}),
     * a {@code 其中：} prefix, quotes, a trailing colon and a trailing note in brackets
     * ({@code （一个专项一行）}) are ignored. Under 专项资金 every row that is not a top-level item
     * (三公经费, 项目支出, 公用经费, 政府采购金额, 部门基本支出预算调整) is a special line; under 公用经费 every
     * such row is one of its 其中 rows; under {@link #OTHER} (a section of the table's own, such as
     * {@code 二、相关统计数}) only a top-level item is recognised. A label that counts something, with its unit
     * in brackets ({@code 公务用车保有量(辆)}, {@code 公务接待批次(批)}), names no item: the row is not money.
     *
     * @param label the row's label as written
     * @param group the group the row sits in: the last top-level item or 专项资金 above it, or null
     * @return the item, or empty when the label names none
     */
    public static Optional<SpendingItem> fromLabel(String label, SpendingItem group) {
        String s = core(label);
        if (s.isEmpty() || countsSomething(label)) {
            return Optional.empty();
        }
        Optional<SpendingItem> top = topLevel(s);
        if (top.isPresent() || group == OTHER) {
            return top;
        }
        if (group == SPECIAL_FUNDS || group == SPECIAL_LINE) {
            return Optional.of(SPECIAL_LINE);
        }
        if (group == PUBLIC_FUNDS || group == PUBLIC_FUNDS_ITEM) {
            return Optional.of(PUBLIC_FUNDS_ITEM);
        }
        boolean vehicle = s.contains("公务用车") || s.contains("公车") || s.contains("车辆") || s.contains("用车");
        boolean purchase = s.contains("购置");
        boolean running = s.contains("运行") || s.contains("维护") || s.contains("运维");
        if (vehicle && purchase && running) {
            return Optional.of(OFFICIAL_VEHICLES);
        }
        if (vehicle && purchase) {
            return Optional.of(VEHICLE_PURCHASE);
        }
        if (vehicle && running) {
            return Optional.of(VEHICLE_OPERATION);
        }
        if (vehicle && (s.endsWith("费") || s.endsWith("经费") || s.endsWith("支出"))) {
            return Optional.of(OFFICIAL_VEHICLES);   // 公务用车费: purchase and running together
        }
        if (s.contains("出国")) {
            return Optional.of(OVERSEAS_TRAVEL);
        }
        if (s.contains("接待")) {
            return Optional.of(OFFICIAL_RECEPTION);
        }
        if (s.startsWith("专项资金") || s.startsWith("专项经费") || s.equals("专项") || s.equals("专项支出")) {
            return Optional.of(SPECIAL_FUNDS);
        }
        if (s.contains("业务经费") || s.equals("业务费")) {
            return Optional.of(OPERATIONS_FUNDS);
        }
        if (s.equals("运行维护经费") || s.equals("运行维护费") || s.equals("运维经费") || s.equals("运行经费")) {
            return Optional.of(MAINTENANCE_FUNDS);
        }
        if (s.contains("三公")) {
            return Optional.of(THREE_PUBLIC);
        }
        if (s.startsWith("公用经费")) {
            return Optional.of(PUBLIC_FUNDS);
        }
        if (s.startsWith("政府采购")) {
            return Optional.of(GOVERNMENT_PROCUREMENT);
        }
        if (s.startsWith("项目支出")) {
            return Optional.of(PROJECT_SPENDING);
        }
        return Optional.empty();
    }

    /** Count units written after a row's label: the row counts things, it holds no money. */
    private static final java.util.Set<String> COUNT_UNITS = java.util.Set.of("个", "人", "辆", "批", "次", "项", "台", "人次",
            "批次", "家", "件", "户", "套");

    private static boolean countsSomething(String label) {
        String n = Labels.normalize(label);
        if (!n.endsWith(")")) {
            return false;
        }
        int open = n.lastIndexOf('(');
        return open >= 0 && COUNT_UNITS.contains(n.substring(open + 1, n.length() - 1));
    }

    private static Optional<SpendingItem> topLevel(String s) {
        switch (s) {
            case "三公经费": case "三公经费合计": case "三公经费支出": case "三公经费总额": case "三公经费小计":
                return Optional.of(THREE_PUBLIC);
            case "项目支出": case "项目支出合计": case "项目经费": case "项目支出经费": case "项目支出小计":
                return Optional.of(PROJECT_SPENDING);
            case "公用经费": case "公用经费合计": case "公用经费支出": case "基本支出公用经费": case "公用经费小计":
                return Optional.of(PUBLIC_FUNDS);
            case "政府采购金额": case "政府采购": case "政府采购支出": case "政府采购资金": case "政府采购总额":
                return Optional.of(GOVERNMENT_PROCUREMENT);
            case "部门基本支出预算调整": case "基本支出预算调整": case "部门基本支出调整":
                return Optional.of(BASIC_BUDGET_ADJUSTMENT);
            default:
                return Optional.empty();
        }
    }

    /**
     * A row label without what does not name the item: white space, numbering, a 其中 prefix, quotes, a
     * trailing colon, a trailing note in brackets.
     *
     * @param label the label as written, may be null
     * @return the core of the label, e.g. {@code 专项资金} for {@code 3、专项资金（一个专项一行）}
     */
    public static String core(String label) {
        String s = Labels.normalize(label);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '“' && c != '”' && c != '"' && c != '‘' && c != '’' && c != '\'' && c != '「' && c != '」') {
                sb.append(c);
            }
        }
        s = sb.toString();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (s.startsWith("其中")) {
                s = s.substring(2);
                changed = true;
            }
            if (s.startsWith(":")) {
                s = s.substring(1);
                changed = true;
            }
            int n = numbering(s);
            if (n > 0) {
                s = s.substring(n);
                changed = true;
            }
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open > 0) {
                s = s.substring(0, open);
            }
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The length of a numbering prefix: {@code 1、} {@code 1.} {@code 一、} {@code (一)} {@code (1)} {@code 1)}; 0 if none. */
    private static int numbering(String s) {
        if (s.startsWith("(")) {
            int close = s.indexOf(')');
            if (close > 1 && close <= 4 && isNumeral(s.substring(1, close))) {
                return close + 1;
            }
            return 0;
        }
        int i = 0;
        while (i < s.length() && i < 3 && isNumeral(s.substring(i, i + 1))) {
            i++;
        }
        if (i > 0 && i < s.length()) {
            char c = s.charAt(i);
            if (c == '、' || c == '.' || c == ')' || c == '．' || c == ',') {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && "一二三四五六七八九十".indexOf(c) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
