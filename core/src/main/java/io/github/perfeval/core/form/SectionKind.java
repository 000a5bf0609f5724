package io.github.perfeval.core.form;

/**
 * What a block of text filed with a form is: the parts of a form that are prose, not figures.
 */
public enum SectionKind {
    /** Text of the title block that is not a field: {@code 附件2}, {@code 报表编号：510000_0013zp}, {@code 单位：万元}. */
    CAPTION("标题说明"),
    /** 项目实施内容及过程概述. */
    IMPLEMENTATION("项目实施内容及过程概述"),
    /** 评价结论 / 自评结论. */
    CONCLUSION("评价结论"),
    /** 存在问题 / 存在的问题. */
    PROBLEMS("存在问题"),
    /** 改进措施 / 改进意见. */
    IMPROVEMENTS("改进措施"),
    /** 其他需要说明事项. */
    OTHER_MATTERS("其他需要说明事项"),
    /** A note under the table ({@code 备注：…}, {@code 注：…}, {@code 填表说明：…}). */
    NOTE("备注"),
    /** A labelled text the reader does not recognise; kept with its label. */
    OTHER("其他");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** The usual Chinese label. */
    public String label() {
        return label;
    }
}
