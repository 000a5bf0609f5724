package io.github.perfeval.grid.form;

import io.github.perfeval.core.form.Labels;

/**
 * The column headers of the form's tables, with the synonyms provinces use. Headers are compared in
 * {@link Labels#normalize(String) normal form}, exactly (得分 is not 计算得分).
 */
enum Header {
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标", "指标名称", "三级指标名称"),
    TARGET("年度指标值", "目标值", "指标值", "年度目标值", "全年指标值", "预期指标值", "计划指标值"),
    ACTUAL("实际完成值", "完成值", "全年实际完成值", "实际值", "全年完成值", "年度完成值"),
    WEIGHT("分值", "权重", "指标分值", "权重分值"),
    SCORE("得分", "自评得分", "评分"),
    REASON("偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "偏差原因及改进措施", "未完成原因分析", "原因分析及改进措施",
            "偏差原因分析和改进措施"),
    INITIAL("年初预算数", "年初预算", "年初预算金额"),
    ADJUSTED("全年预算数", "调整后预算数", "全年预算", "调整后预算", "预算数"),
    EXECUTED("全年执行数", "执行数", "全年执行", "实际执行数", "全年支出数"),
    RATE("执行率", "预算执行率");

    private static final java.util.Map<String, Header> BY_LABEL = new java.util.HashMap<>();

    static {
        for (Header h : values()) {
            for (String l : h.labels) {
                BY_LABEL.putIfAbsent(l, h);
            }
        }
    }

    private final String[] labels;

    Header(String... labels) {
        this.labels = labels;
    }

    /**
     * The header a label in normal form names, or null.
     *
     * @param normalized a cell's text in {@link Labels#normalize(String)} form
     * @return the header, or null
     */
    static Header of(String normalized) {
        Header h = BY_LABEL.get(normalized);
        if (h == null && normalized.startsWith("偏差原因")) {
            return REASON;
        }
        if (h == null && normalized.endsWith(")")) {
            // a trailing note in brackets: 全年执行数(B), 执行率(B/A), 权重(%)
            int open = normalized.lastIndexOf('(');
            if (open > 0) {
                h = BY_LABEL.get(normalized.substring(0, open));
            }
        }
        return h;
    }

    /** The canonical header, as perfeval writes it. */
    String label() {
        return labels[0];
    }
}
