package io.github.perfeval.grid.form;

import io.github.perfeval.grid.Grid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.github.perfeval.grid.form.SpannedRows.n;
import static io.github.perfeval.grid.form.SpannedRows.s;

/**
 * Published forms from places no test resource held before (task O, a reviewer's first try), rebuilt from the
 * text of their stored pages (the {@code search} tool's {@code pages} corpus) row by row as the page's table
 * runs, a cell spanning what the page's layout shows it spanning. Texts and figures are the page's; where a page
 * is an OCR of a printed form, only glyphs the form itself proves are read back (listed in
 * {@code unseen/README.md} beside this class, with the sources and what perfeval made of each form). Where a
 * stored page stops inside a form, the grid stops with the last whole row.
 */
public final class UnseenForms {

    private UnseenForms() {
    }

    /** Every form here by its name, in the README's order. */
    public static Map<String, Supplier<Grid>> all() {
        Map<String, Supplier<Grid>> all = new LinkedHashMap<>();
        all.put("yunnan-lincang-yongde-2022", UnseenForms::yunnanYongde2022);
        all.put("anhui-suzhou-xiaoxian-2023", UnseenForms::anhuiXiaoxian2023);
        all.put("hunan-yiyang-nanxian-2022", UnseenForms::hunanNanxian2022);
        return all;
    }

    /**
     * 云南 临沧市永德县明朗中学, 2022 义务教育营养改善计划专项资金 (公开14表): amounts in 元, 年初预算数 left blank,
     * {@code —} in the rows by source, operators ≧ and ═ (U+2267, U+2550) in their own column, a qualitative
     * row with no operator (有效), 生态效益指标 with nothing beside it, 其他需要说明事项 above the 总分 row, whose
     * declared grade (优) follows the total.
     * Source: https://www.yongde.gov.cn/info/3003/116104.htm
     */
    public static Grid yunnanYongde2022() {
        return SpannedRows.sheet("公开14表")
                .row(s("2022年度项目支出绩效自评表", 1, 10))
                .row(s("部门:临沧市永德县明朗中学", 1, 7), s("公开14表", 1, 3))
                .row("项目名称", s("义务教育营养改善计划专项资金", 1, 9))
                .row("主管部门", s("永德县教育体育局", 1, 4), "实施单位", s("永德县明朗中学", 1, 4))
                .row(s("项目资金\n(元)", 5, 1), s("", 1, 3), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(s("年度资金总额", 1, 3), "", n("387664.62"), n("387664.62"), n("10"), "100%", n("10"))
                .row(s("其中:当年财政\n拨款", 1, 3), "", n("387664.62"), n("387664.62"), "—", "", "—")
                .row(s("上年结转\n资金", 1, 3), "", "", "", "—", "", "—")
                .row(s("其他资金", 1, 3), "—", "—", "—", "—", "", "—")
                .row(s("年度\n总体\n目标", 2, 1), s("预期目标", 1, 5), s("实际完成情况", 1, 4))
                .row(s("确保每一个学生都能享受到国家政策福利,改善学生体质", 1, 5), s("确保每一个学生都能享受到国家政策福利,改善学生体质", 1, 4))
                .row(s("绩效指标", 1, 3), s("年度指标值", 1, 3), s("实际完成值", 2, 1), s("分值", 2, 1), s("得分", 2, 1),
                        s("偏差原因分析及改进措施", 2, 1))
                .row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
                .row(s("产出指标", 4, 1), "数量指标", "学生受资助人数", "≧", n("735"), "人次", n("735"), n("10"), n("10"), "")
                .row("质量指标", "营养改善计划覆盖率", "≧", n("100"), "%", "100%", n("10"), n("10"), "")
                .row("时效指标", "资金到位及时率", "≧", n("100"), "%", "100%", n("10"), n("7"), "")
                .row("成本指标", "生均补助标准达标率", "═", n("100"), "%", "100%", n("10"), n("10"), "")
                .row(s("效益指标", 4, 1), "经济效益\n指标", "减轻贫困学生家庭经济负担", "", "有效", "", "有效", n("10"), n("10"), "")
                .row("社会效益\n指标", "政策知晓率", "═", n("100"), "%", "98%", n("10"), n("9"), "")
                .row("生态效益\n指标", "", "", "", "", "", "", "", "")
                .row("可持续影响\n指标", "促进学校教育事业健康发展", "≧", n("100"), "%", "100%", n("10"), n("10"), "")
                .row(s("满意度指标", 2, 1), s("服务对象满意度指标等", 2, 1), "学生满意度", "≧", n("95"), "%", "100%", n("10"), n("10"), "")
                .row("家长满意度", "≧", n("95"), "%", "100%", n("10"), n("10"), "")
                .row(s("其他需要说明事项", 1, 3), s("无", 1, 7))
                .row(s("总分", 1, 7), n("100"), n("96"), "优")
                .build();
    }

    /**
     * 安徽 宿州市萧县 张庄寨镇人民政府, 2023 河西村特色种养补贴到户项目 (绩效目标自评表, the 衔接资金 template):
     * 资金情况 with 全年预算数(A) | 全年执行数(B) and no 年初预算数, 其中:本年财政拨款 repeating the total's 分值 and
     * 得分, 分值 before 年度指标值, ★ before the indicators that carry points and under each a breakdown
     * (其中桃树种植面积 | | 1.5亩 | 1.5亩) with no points of its own, a level-2 label on a row of its own above its
     * indicators, ……. The stored page stops inside the satisfaction rows: the grid ends with 效益指标.
     * Source: https://www.ahxx.gov.cn/grassroots/279/158998981.html
     */
    public static Grid anhuiXiaoxian2023() {
        return SpannedRows.sheet("绩效目标自评表")
                .row(s("绩效目标自评表", 1, 9))
                .row(s("(2023年度)", 1, 9))
                .row("项目名称", s("河西村特色种养补贴到户项目", 1, 4), s("项目负责人及电话", 1, 2), s("李宁0557-5788003", 1, 2))
                .row("主管部门", s("县农业农村局", 1, 4), s("实施单位", 1, 2), s("张庄寨镇人民政府", 1, 2))
                .row(s("资金情况\n(万元)", 4, 1), s("", 1, 3), "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分")
                .row(s("年度资金总额:", 1, 3), n("9.48"), n("9.48"), n("10"), "100%", n("10"))
                .row(s("其中:本年财政拨款", 1, 3), n("9.48"), n("9.48"), n("10"), "100%", n("10"))
                .row(s("其他资金", 1, 3), "-", "-", "", "", "")
                .row(s("年度总体目标", 2, 1), s("年初设定目标", 1, 4), s("年度总体目标完成情况综述", 1, 4))
                .row(s("落实39户特色种养业奖补政策,增加脱贫户家庭收入", 1, 4), s("落实39户特色种养业奖补政策,增加脱贫户家庭收入", 1, 4))
                .row(s("绩效指标", 23, 1), "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施")
                .row(s("产\n出\n指\n标\n(50分)", 14, 1), s("数量指标", 10, 1), "★补助各类瓜果蔬菜种植面积", n("20"), "29.5亩", "29.5亩", n("20"), "")
                .row("其中桃树种植面积", "", "1.5亩", "1.5亩", "", "")
                .row("其中苹果树种植面积", "", "5亩", "5亩", "", "")
                .row("其中露天蔬菜", "", "20亩", "20亩", "", "")
                .row("其中大棚蔬菜", "", "3亩", "3亩", "", "")
                .row("★补助鱼塘面积", n("10"), "3亩", "3亩", n("10"), "")
                .row("其中鱼塘养殖面积", "", "3亩", "3亩", "", "")
                .row("★补助家畜家禽养殖数量", n("10"), "192只", "192只", n("10"), "")
                .row("其中羊养殖数量", "", "180只", "180只", "", "")
                .row("其中猪养殖数量", "", "12头", "12头", "", "")
                .row(s("质量指标", 4, 1), "", "", "", "", "", "")
                .row("种植作物成活率", n("5"), "95%", "95%", n("5"), "")
                .row("养殖家畜家禽成活率", n("5"), "95%", "100%", n("5"), "")
                .row("……", "", "", "", "", "")
                .row(s("效\n益\n指\n标\n(30分)", 8, 1), s("经济效益\n指标", 2, 1), "", "", "", "", "", "")
                .row("特色产业带动增加受益农户收入(总收入)", n("20"), "≥11.376万元", "12万元", n("20"), "")
                .row(s("社会效益\n指标", 2, 1), "", "", "", "", "", "")
                .row("受益人口数量", n("10"), "90人", "90人", n("10"), "")
                .row(s("生态效益\n指标", 2, 1), "", "", "", "", "", "")
                .row("", "", "", "", "", "")
                .row("可持续影响指标", "", "", "", "", "", "")
                .row("……", "", "", "", "", "", "")
                .build();
    }

    /**
     * 湖南 益阳市南县民政局, 2022年项目支出绩效自评指标计分表 (附件2): the 2011-framework scoring sheet, each level's
     * points written into its label ({@code 项目\n决策\n(20分)}, {@code 目标\n内容\n(4分)}), 自评分 the score, then
     * 具体指标 and 评价标准 as text; no targets or actuals. The stored page stops inside 项目管理: the grid ends with
     * 项目决策's last row.
     * Source: http://nxjw.nanxian.gov.cn/14890/36191/36261/36265/content_1760532.html
     */
    public static Grid hunanNanxian2022() {
        return SpannedRows.sheet("附件2")
                .row("附件2")
                .row(s("2022年项目支出绩效自评指标计分表", 1, 6))
                .row("一级\n指标", "二级\n指标", "三级\n指标", "自评分", "具体指标", "评价标准")
                .row(s("项目\n决策\n(20分)", 5, 1), "项目\n目标\n(4分)", "目标\n内容\n(4分)", n("4"),
                        "设立了项目绩效目标;目标明确;目标细化;目标量化", "设有目标(1分) 目标明确(1分) 目标细化(1分) 目标量化(1分)")
                .row(s("决策\n过程\n(8分)", 2, 1), "决策\n依据\n(4分)", n("4"), "有关法律法规的明确规定;某一经济社会发展规划;某部门年度工作计划;某一实际问题和需求",
                        "符合法律法规(1分)符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)")
                .row("决策\n程序\n(4分)", n("4"), "项目符合申报条件;申报、批复程序符合相关管理办法;项目调整履行了相应手续",
                        "符合申报条件(2分)项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)")
                .row(s("资金\n分配\n(8分)", 2, 1), "分配\n办法\n(3分)", n("3"), "根据需要制定的相关资金管理办法;管理办法中有明确资金分配办法;资金分配因素全面、合理",
                        "有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)")
                .row("分配\n结果\n(5分)", n("5"), "资金分配符合相关管理办法;分配结果公平合理", "符合分配办法(2分) 分配公平合理(3分)")
                .build();
    }
}
