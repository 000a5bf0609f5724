package io.github.perfeval.report.html;

/** The page's own words, in Chinese and English (the form's texts stay as written). */
enum Word {
    PAGE_TITLE("预算绩效自评表检查报告", "Budget performance self-evaluation: check report"),
    GENERATED_BY("由 perfeval 生成。表中文字均按原表照录；得分（计算）为 perfeval 按财预〔2020〕10号规则计算。",
            "Made by perfeval. The form's texts are shown as written; computed scores follow the Ministry of Finance rules (财预〔2020〕10号)."),
    INDEX("目录", "Contents"),
    FILE("文件", "File"),
    FORM("表", "Form"),
    UNIT("单位", "Unit"),
    SCORE("计算总分", "Computed total"),
    GRADE("等级", "Grade"),
    DECLARED_TOTAL("填报总分", "Declared total"),
    WEIGHTS("分值合计", "Weights in total"),
    UNREADABLE("无法读取", "Unreadable"),
    NO_FORMS("文件中没有找到自评表", "No form found in the file"),
    FILES("文件", "files"),
    FORMS("张表", "forms"),
    FORMS_WITH_ERRORS("张表有错误", "forms with errors"),
    UNREADABLE_FILES("个文件无法读取", "unreadable files"),
    LEGEND("图例", "Legend"),
    LEGEND_MARK("有诊断的单元格：底色、边框线型和符号标明级别，编号对应表下的诊断说明（鼠标悬停亦可查看）。",
            "Cells with a finding: tint, border style and symbol give the severity; the number points to the finding under the form (also shown on hover)."),
    LEGEND_ASSIGNED("斜体分值：表中未填，按权重方案分配。", "Weights in italics: not on the form, assigned by the weight scheme."),
    LEGEND_DIFFERS("≠：填报得分与计算得分不同。", "≠: the declared score differs from the computed one."),
    // the form
    PROJECT_NAME("项目名称", "Project"),
    SUPERVISING("主管部门", "Supervising department"),
    IMPLEMENTING("实施单位", "Implementing unit"),
    DEPARTMENT("预算部门名称", "Budget department"),
    YEAR("年度", "Year"),
    FUNDS("资金情况", "Funds"),
    FUNDS_LINE("项目资金", "Funds"),
    INITIAL("年初预算数", "Initial budget"),
    ADJUSTED("全年预算数", "Adjusted budget"),
    EXECUTED("全年执行数", "Executed"),
    WEIGHT("分值", "Weight"),
    RATE("执行率", "Execution rate"),
    DECLARED_SCORE("得分（填报）", "Score (declared)"),
    COMPUTED_SCORE("得分（计算）", "Score (computed)"),
    BY_INCOME("按收入性质分：", "By income nature:"),
    BY_EXPENDITURE("按支出性质分：", "By expenditure nature:"),
    GOALS("年度总体目标", "Annual goals"),
    EXPECTED("预期目标", "Expected"),
    ACHIEVED("实际完成情况", "Achieved"),
    INDICATORS("绩效指标", "Performance indicators"),
    LEVEL1("一级指标", "Level 1"),
    LEVEL2("二级指标", "Level 2"),
    LEVEL3("三级指标", "Indicator"),
    TARGET("年度指标值", "Target"),
    ACTUAL("实际完成值", "Actual"),
    REASON("偏差原因分析及改进措施", "Deviation reason and measures"),
    TOTAL("总分", "Total"),
    DECLARED_GRADE("自评等级", "Declared grade"),
    COMPUTED_RATE("计算", "computed"),
    COMMENT("批注", "Comment"),
    // findings
    FINDINGS("诊断", "Findings"),
    NO_FINDINGS("未发现问题。", "Nothing found."),
    WHOLE_FORM("全表", "whole form"),
    NOT_DRAWN("（所指单元格不在上表中）", "(the cell it names is not drawn above)"),
    BACK_TO_CELL("回到单元格", "back to the cell"),
    // chart
    CHART("一级指标得分与分值", "Scores by level 1 against their weights"),
    CHART_BUDGET("预算执行", "Budget execution"),
    CHART_LABEL_SAYS("标注", "label says"),
    CHART_OF("分值", "of"),
    COUNTS("诊断数", "Findings");

    private final String zh;
    private final String en;

    Word(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String in(boolean english) {
        return english ? en : zh;
    }
}
