package io.github.perfeval.core.report;

import io.github.perfeval.core.form.Labels;

import java.util.Optional;

/**
 * What a labelled part of a self-evaluation report (自评报告) is, with the label of Hunan's template
 * ({@code 专项名称}, {@code 年度预算金额}, …) and the other spellings published reports use. A label perfeval
 * does not know is kept as written, as {@link #OTHER}.
 *
 * <pre>{@code
 * ReportItem.fromLabel("年度预算金额");   // Optional[BUDGET_AMOUNT]
 * ReportItem.BUDGET_AMOUNT.label();      // 年度预算金额
 * }</pre>
 */
public enum ReportItem {
    /** 专项名称 (项目名称): the project the report is about. */
    PROJECT_NAME("专项名称", "部门概况", "项目名称", "专项资金名称"),
    /** 年度预算金额: the year's budget, an amount with its unit ({@code 54万元}). */
    BUDGET_AMOUNT("年度预算金额", "部门概况", "预算金额", "年度预算数", "项目资金", "资金总额", "年度预算"),
    /** 项目主管部门 (主管部门): the competent department. */
    DEPARTMENT("项目主管部门", "部门概况", "主管部门", "项目实施单位", "实施单位"),
    /** 项目立项目的 (立项目的, 项目概况): why the project exists. */
    PURPOSE("项目立项目的", "部门概况", "立项目的", "项目概况", "项目基本情况", "立项依据"),
    /** 项目支出管理和使用基本情况: how the money was managed and spent (预算执行). */
    MANAGEMENT("项目支出管理和使用基本情况", "绩效情况", "资金使用情况", "资金管理和使用情况", "预算执行情况", "项目资金使用情况"),
    /** 项目绩效目标完成情况: the numbered analyses of 产出, 效益, 满意度. */
    ACHIEVEMENT("项目绩效目标完成情况", "绩效情况", "绩效目标完成情况", "绩效目标实现情况", "目标完成情况"),
    /** 偏差及原因: why results differ from the targets (a part of the drafts; published reports fold it into the analyses). */
    DEVIATION("偏差原因分析", "绩效情况", "偏差及原因", "偏差原因", "偏差情况"),
    /** 存在的问题. */
    PROBLEMS("存在的问题", "存在的问题分析及改进措施", "存在问题", "主要问题", "存在的主要问题"),
    /** 改进措施. */
    IMPROVEMENTS("改进措施", "存在的问题分析及改进措施", "改进意见", "下一步改进措施", "整改措施"),
    /** 自评结论: the score and grade the unit gives itself. */
    CONCLUSION("自评结论", "绩效情况", "评价结论", "自评得分", "结论"),
    /** 其他需要说明问题. */
    OTHER_NOTES("其他需要说明问题", "存在的问题分析及改进措施", "其他需要说明的问题", "其他需要说明事项", "其他说明"),
    /** A label perfeval does not know, kept as written. */
    OTHER("", "");

    private final String label;
    private final String group;
    private final String[] synonyms;

    ReportItem(String label, String group, String... synonyms) {
        this.label = label;
        this.group = group;
        this.synonyms = synonyms;
    }

    /** The label of Hunan's template, e.g. {@code 年度预算金额}; empty for {@link #OTHER}. */
    public String label() {
        return label;
    }

    /** The group of Hunan's template the item stands in, e.g. {@code 部门概况}; empty for {@link #OTHER}. */
    public String group() {
        return group;
    }

    /**
     * The item a label names, white space, full-width forms and a trailing colon ignored.
     *
     * @param text a label as written, may be null
     * @return the item, empty when the label names none
     */
    public static Optional<ReportItem> fromLabel(String text) {
        String t = Labels.normalize(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (ReportItem i : values()) {
            if (i != OTHER && Labels.normalize(i.label).equals(t)) {
                return Optional.of(i);
            }
        }
        for (ReportItem i : values()) {
            for (String s : i.synonyms) {
                if (s.equals(t)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
