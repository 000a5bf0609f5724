package io.github.perfeval.grid.form;

import io.github.perfeval.grid.Grid;

import static io.github.perfeval.grid.form.SpannedRows.n;
import static io.github.perfeval.grid.form.SpannedRows.s;

/**
 * Forms whose head or budget rows use a label the vocabulary knows as something else, rebuilt in code from
 * published pages (the search tool's stored pages; sources in {@code head-row-sources.txt} beside this class).
 * The head-row rules were written against perfeval's own workbook, not these forms.
 */
public final class HeadRowForms {

    private HeadRowForms() {
    }

    /**
     * 宁夏 银川市第六中学, 2021 初中公用经费: the head files 自评得分 | 98 | 财政审核评分 | (blank) as fields (自评得分 is a
     * score column's label elsewhere), a budget block of one total line, goals on one row, the 2011-framework
     * table (项目决策 / 项目产出 with 参考分值). The page is an OCR text: the cells are laid out as its reading order gives them,
     * the table stops after the output rows the page prints legibly. Source in head-row-sources.txt.
     */
    public static Grid yinchuan2021() {
        return SpannedRows.sheet("银川市本级")
                .row(s("银川市本级部门项目支出绩效自评表（2021年）", 1, 8))
                .row("项目名称", s("初中公用经费", 1, 7))
                .row("主管部门", s("银川市教育局", 1, 3), "实施单位", s("银川市第六中学", 1, 3))
                .row("自评得分", s(n("98"), 1, 3), "财政审核评分", s("", 1, 3))
                .row(s("项目资金（万元）", 2, 1), "", "年初预算数", "调整预算数（A）", "全年执行数（B）", s("执行率（B/A）", 1, 3))
                .row("年度资金总额", n("64.8"), n("64.8"), n("64.8"), s("100%", 1, 3))
                .row("年度总体目标", "年初设定目标", s("保障学校正常工作运行", 1, 2), "年度总体目标完成情况", s("", 1, 3))
                .row("一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施")
                .row(s("项目决策（10分）", 2, 1), "项目目标", "完整性", n("4"), "—", "目标明确、内容细化、目标量化", n("4"), "")
                .row("项目立项", "相关性", n("2"), "—", "按照学校管理标准对学校进行管理", n("2"), "")
                .row(s("项目产出（30分）", 3, 1), "数量指标（10分）", "保障人数", n("10"), "2370人", "2370人", n("10"), "")
                .row("质量指标（5分）", "公用经费标准", n("5"), "符合相关文件要求", "符合相关文件要求", n("5"), "")
                .row("时效指标（5分）", "公用经费完成时间", n("5"), "2021年12月完成", "2021年12月完成", n("4"), "")
                .build();
    }

    /**
     * The 四川 template's budget block (青神县发展和改革局 2023, {@link ProvinceForms#sichuanQingshen2023}) as a unit fills
     * it when its 原因 column is one cell a line and a line has no money at all: 其他资金 gives only its reason, no amounts
     * and no / under 权重 and 得分 (the template's note 2 asks for a reason beside any line that changed). Adapted from the
     * published block, which merges 原因 across its lines; head and table cut to what the block needs.
     */
    public static Grid sichuanProseLine2023() {
        return SpannedRows.sheet("510000_0013zp")
                .row(s("部门预算项目支出绩效自评表(2023年度)", 1, 9))
                .row("项目名称", s("51000021R000000019951-工资性支出", 1, 8))
                .row("主管部门", s("青神县发展和改革局本级", 1, 4), "实施单位 (盖章)", s("青神县发展和改革局", 1, 3))
                .row(s("预算执行情况(10分)", 5, 1), "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因")
                .row("总额", "238.93", "251.89", "251.89", "100.00%", "10", "10", "年中追加人员经费12.96万元")
                .row("其中:财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/", "")
                .row("单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", "")
                .row("其他资金", "", "", "", "", "", "", "本年未安排其他资金")
                .row(s("绩效指标(90分)", 3, 1), "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分")
                .row("产出指标", "数量指标", "发放(缴纳)覆盖率", "=100%", "100%", "60", "60")
                .row("效益指标", "社会效益指标", "足额保障率(参保率)", "=100%", "100%", "30", "30")
                .row(s("合计", 1, 6), "100", "100")
                .build();
    }
}
