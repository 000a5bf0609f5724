package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Labels;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The labels people write on forms, and the {@link Role} each names: the dictionary the form parser
 * reads a grid's structure with. {@link #standard()} holds the labels of the Ministry's table and of the
 * provinces' variants perfeval knows; integrators add their own province's labels without forking:
 *
 * <pre>{@code
 * Vocabulary mine = Vocabulary.standard().toBuilder()
 *         .add(Role.TARGET, "本年度目标值")                       // a column name of your template
 *         .add(Role.FOOTER, "复核人")                             // a footer field
 *         .addBudgetLine(BudgetLineKind.FISCAL_FUNDS, "一般财政资金") // a budget row
 *         .build();
 * ExcelFormReader reader = ExcelFormReader.builder().vocabulary(mine).build();
 * }</pre>
 *
 * <p>Labels are compared by {@link #key(String)}: white space, full-width forms, a leading number
 * ({@code 2.}, {@code 一、}), a trailing colon and trailing notes in brackets ({@code （万元）}, {@code (B/A)},
 * {@code （50分）}, {@code （盖章）}) do not matter. A label names one role; adding a label another role
 * already has moves it. Immutable and thread-safe.
 */
public final class Vocabulary {

    private static final Vocabulary STANDARD = standardBuilder().build();

    private final Map<String, Role> roles;
    private final Map<Role, Set<String>> labels;
    private final Map<String, BudgetLineKind> budgetLines;

    private Vocabulary(Builder b) {
        this.roles = Map.copyOf(b.roles);
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        for (Map.Entry<String, Role> e : b.roles.entrySet()) {
            byRole.computeIfAbsent(e.getValue(), r -> new LinkedHashSet<>()).add(e.getKey());
        }
        Map<Role, Set<String>> frozen = new EnumMap<>(Role.class);
        byRole.forEach((r, s) -> frozen.put(r, Collections.unmodifiableSet(s)));
        this.labels = Collections.unmodifiableMap(frozen);
        this.budgetLines = Map.copyOf(b.budgetLines);
    }

    /** perfeval's labels: the Ministry's 2020 table and the provinces' variants (云南, 四川, 安徽, 上海, 河北, 湖南, 吉林). */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /** An empty builder: a vocabulary of your own labels only. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this vocabulary's labels, to add to. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.roles.putAll(roles);
        b.budgetLines.putAll(budgetLines);
        return b;
    }

    /**
     * The role a label names.
     *
     * @param label a label as written ({@code 年度指标值}, {@code 全年执行数（B）}, {@code 2.项目实施内容及过程概述})
     * @return the role, or empty when the vocabulary does not know the label
     */
    public Optional<Role> roleOf(String label) {
        String k = key(label);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Role r = roles.get(k);
        if (r == null && k.startsWith("偏差原因")) {
            r = Role.REASON;
        }
        return Optional.ofNullable(r);
    }

    /**
     * The role a label over a table column names: {@link #roleOf} first; then, for a label the vocabulary
     * does not know, the same label without notes in brackets inside it ({@code 全年（调整）预算数} is
     * {@code 全年预算数}); then a known column label of at least two characters that it ends with, after a
     * short qualifier ({@code 年初指标值}, {@code 全年实际值}, {@code 指标权重（分）}, {@code 执行率得分}: a
     * qualifier of at most four characters, no digits, no punctuation). Units (分, 万元, %) in brackets are
     * notes: {@code 指标得分（分）} is a score. Only column roles are matched this way; fields, totals,
     * footers and sections need their own label.
     *
     * @param label a label as written over a column
     * @return the role, or empty when the label names no column the vocabulary knows
     */
    public Optional<Role> columnRoleOf(String label) {
        Optional<Role> exact = roleOf(label);
        if (exact.isPresent()) {
            return exact;
        }
        String k = key(label);
        String bare = withoutBrackets(k);
        if (!bare.equals(k) && !bare.isEmpty()) {
            Role r = roles.get(bare);
            if (r != null) {
                return Optional.of(r);
            }
        }
        Role best = null;
        int bestLength = 0;
        for (int start = 1; start <= Math.min(4, bare.length() - 2); start++) {
            String suffix = bare.substring(start);
            Role r = roles.get(suffix);
            if (r != null && suffix.length() > bestLength && qualifiesColumn(r) && isQualifier(bare.substring(0, start))) {
                best = r;
                bestLength = suffix.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Roles whose labels may follow a qualifier: the columns of the tables (not 单位, too common a word). */
    private static boolean qualifiesColumn(Role r) {
        return r.isColumn() && r != Role.TARGET_UNIT && r != Role.TARGET_OPERATOR;
    }

    private static boolean isQualifier(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String withoutBrackets(String k) {
        StringBuilder sb = new StringBuilder(k.length());
        int depth = 0;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The labels (in key form) that name a role. */
    public Set<String> labels(Role role) {
        return labels.getOrDefault(role, Set.of());
    }

    /**
     * The kind of a budget row: your own labels first, then {@link BudgetLineKind#fromLabel}.
     *
     * @param label the row's label as written ({@code 其中：财政资金})
     * @param context the breakdown the row sits under
     * @return the kind, or empty
     */
    public Optional<BudgetLineKind> budgetLine(String label, BudgetLineKind.Breakdown context) {
        if (!budgetLines.isEmpty()) {
            String k = key(label);
            for (String prefix : new String[] {"其中:", "其中", ""}) {
                if (k.startsWith(prefix)) {
                    BudgetLineKind own = budgetLines.get(k.substring(prefix.length()));
                    if (own != null) {
                        return Optional.of(own);
                    }
                }
            }
        }
        return BudgetLineKind.fromLabel(label, context);
    }

    /**
     * The form in which labels are compared: {@link Labels#normalize(String)}, then without a leading
     * number ({@code 1.}, {@code 2、}, {@code 一、}, {@code （一）}) or trailing notes in brackets.
     *
     * @param label a label as written, may be null
     * @return the key, empty for null or blank
     */
    public static String key(String label) {
        String s = Labels.normalize(label);
        s = stripNumbering(s);
        for (int guard = 0; guard < 3 && s.endsWith(")"); guard++) {
            int open = s.lastIndexOf('(');
            if (open <= 0) {
                break;
            }
            s = s.substring(0, open);
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The text in brackets at the end of a label ({@code 项目资金（万元）} → {@code 万元}), if any. */
    static Optional<String> bracketNote(String label) {
        String s = Labels.normalize(label);
        int close = s.lastIndexOf(')');
        int open = s.lastIndexOf('(');
        if (open >= 0 && close > open) {
            return Optional.of(s.substring(open + 1, close));
        }
        return Optional.empty();
    }

    private static String stripNumbering(String s) {
        int i = 0;
        int n = s.length();
        if (n == 0) {
            return s;
        }
        if (s.charAt(0) == '(') {
            int close = s.indexOf(')');
            if (close > 1 && close <= 4 && isNumeral(s, 1, close)) {
                return s.substring(close + 1);
            }
            return s;
        }
        while (i < n && isNumeralChar(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < n && i <= 3 && (s.charAt(i) == '.' || s.charAt(i) == '、' || s.charAt(i) == ')')) {
            return s.substring(i + 1);
        }
        return s;
    }

    private static boolean isNumeral(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isNumeralChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumeralChar(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static Builder standardBuilder() {
        return new Builder()
                .add(Role.LEVEL1, "一级指标", "一级指标名称")
                .add(Role.LEVEL2, "二级指标", "二级指标名称")
                .add(Role.LEVEL3, "三级指标", "指标名称", "三级指标名称", "绩效指标名称")
                .add(Role.TARGET, "年度指标值", "目标值", "指标值", "年度目标值", "全年指标值", "预期指标值", "计划指标值",
                        "年度绩效目标值", "绩效目标值", "指标目标值",
                        "年初目标值", "年初指标值")
                .add(Role.TARGET_OPERATOR, "指标性质", "指标值性质", "计算符号", "符号", "运算符")
                .add(Role.TARGET_UNIT, "度量单位", "计量单位", "单位")
                .add(Role.ACTUAL, "实际完成值", "完成值", "全年实际完成值", "实际值", "全年完成值", "年度完成值", "实际完成指标值",
                        "完成指标值", "实际完成情况值", "全年实际值")
                .add(Role.WEIGHT, "分值", "权重", "指标分值", "权重分值", "标准分值", "分数", "指标权重")
                .add(Role.SCORE, "得分", "自评得分", "评分", "实际得分", "指标得分")
                .add(Role.REASON, "偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "偏差原因及改进措施", "未完成原因分析",
                        "原因分析及改进措施", "偏差原因分析和改进措施", "未完成原因分析及改进措施", "原因", "原因分析",
                        "偏差原因分析及整改措施", "未完成原因及拟采取的改进措施", "未完成原因及改进措施")
                .add(Role.COMPUTED_SCORE, "计算得分")
                .add(Role.GRADE, "自评等级", "等级", "评价等级", "绩效等级", "评定等级", "自评结果等级")
                .add(Role.INDICATOR_TABLE, "绩效指标", "年度绩效目标完成情况", "绩效指标完成情况", "年度绩效指标完成情况",
                        "绩效目标完成情况")
                .add(Role.BUDGET_BLOCK, "项目资金", "年度预算申请", "资金情况", "预算执行情况", "年度预算数", "项目资金情况",
                        "预算资金情况", "资金来源", "部门预算资金")
                .add(Role.INITIAL, "年初预算数", "年初预算", "年初预算金额", "年初预算安排")
                .add(Role.ADJUSTED, "全年预算数", "调整后预算数", "全年预算", "调整后预算", "预算数", "调整预算数", "全年预算金额")
                .add(Role.EXECUTED, "全年执行数", "执行数", "全年执行", "实际执行数", "全年支出数", "预算执行数", "全年执行金额",
                        "实际支出数")
                .add(Role.RATE, "执行率", "预算执行率", "资金执行率", "预算执行进度")
                .add(Role.PROJECT_NAME, "项目名称", "专项名称", "项目(专项)名称")
                .add(Role.DEPARTMENT, "预算部门名称", "部门名称", "市级预算部门名称", "县级预算部门名称", "省级预算部门名称",
                        "部门(单位)名称", "单位名称", "预算单位名称", "预算单位", "预算部门", "区级预算部门名称")
                .add(Role.SUPERVISING_DEPARTMENT, "主管部门", "主管部门名称", "项目主管部门", "主管单位")
                .add(Role.IMPLEMENTING_UNIT, "实施单位", "实施单位名称", "项目实施单位")
                .add(Role.YEAR, "年度", "评价年度", "所属年度", "预算年度")
                .add(Role.GOALS, "年度总体目标", "总体目标", "年度目标", "项目基本情况", "项目年度目标完成情况", "年度绩效目标",
                        "项目绩效目标", "当年绩效目标")
                .add(Role.GOAL_EXPECTED, "预期目标", "项目年度目标", "年初设定目标", "年度预期目标", "年初绩效目标")
                .add(Role.GOAL_ACHIEVED, "实际完成情况", "年度目标完成情况", "目标实际完成情况", "实际完成", "完成情况",
                        "绩效目标实际完成情况", "年度总体目标完成情况", "目标完成情况",
                        "年度总体目标完成情况综述", "全年目标实际完成情况")
                .add(Role.TOTAL, "总分", "合计", "总计", "总得分", "合计得分", "得分合计", "自评总分", "总分合计")
                .add(Role.FOOTER, "填表人", "填表日期", "联系电话", "单位负责人", "项目负责人", "财务负责人", "审核人", "制表人",
                        "填报人", "填报日期", "经办人", "分管领导", "联系人", "负责人", "填表单位", "审核日期")
                .add(Role.SECTION_IMPLEMENTATION, "项目实施内容及过程概述", "项目实施情况", "实施内容及过程概述")
                .add(Role.SECTION_CONCLUSION, "评价结论", "自评结论", "绩效评价结论", "总体评价结论", "评价结果")
                .add(Role.SECTION_PROBLEMS, "存在问题", "存在的问题", "存在的主要问题", "主要问题", "存在问题及原因")
                .add(Role.SECTION_IMPROVEMENTS, "改进措施", "改进意见", "整改措施", "下一步改进措施", "改进措施及建议",
                        "下一步工作措施")
                .add(Role.SECTION_OTHER_MATTERS, "其他需要说明事项", "其他需要说明的事项", "其他需说明的事项", "其他需要说明的问题",
                        "其他需要说明问题", "其他说明事项", "其他说明")
                .add(Role.NOTE, "备注", "注", "说明", "填表说明", "注释", "附注");
    }

    /** Builds a {@link Vocabulary}. Not thread-safe. */
    public static final class Builder {

        private final Map<String, Role> roles = new HashMap<>();
        private final Map<String, BudgetLineKind> budgetLines = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds labels that name a role.
         *
         * @param role the role
         * @param labelsAsWritten labels as your template writes them
         * @return this builder
         */
        public Builder add(Role role, String... labelsAsWritten) {
            Objects.requireNonNull(role, "role");
            for (String l : labelsAsWritten) {
                String k = key(l);
                if (k.isEmpty()) {
                    throw new IllegalArgumentException("a blank label names nothing");
                }
                roles.put(k, role);
            }
            return this;
        }

        /**
         * Adds labels of a budget row ({@code 一般财政资金} for {@link BudgetLineKind#FISCAL_FUNDS}); a
         * {@code 其中} before the label is allowed.
         *
         * @param kind the row's kind
         * @param labelsAsWritten labels as your template writes them
         * @return this builder
         */
        public Builder addBudgetLine(BudgetLineKind kind, String... labelsAsWritten) {
            Objects.requireNonNull(kind, "kind");
            for (String l : labelsAsWritten) {
                String k = key(l);
                if (k.isEmpty()) {
                    throw new IllegalArgumentException("a blank label names nothing");
                }
                budgetLines.put(k, kind);
            }
            return this;
        }

        /** The vocabulary. */
        public Vocabulary build() {
            return new Vocabulary(this);
        }
    }
}
