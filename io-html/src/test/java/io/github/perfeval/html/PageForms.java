package io.github.perfeval.html;

/** Forms as web pages publish them, written by hand for the tests. */
final class PageForms {

    /** A project form as units publish it: title row, spans, {@code <br>} and {@code <p>} in cells, entities. */
    private static final String PROJECT = "<table border=\"1\">\n"
            + "<tr><td colspan=\"8\">项目支出绩效自评表<br>（2024年度）</td></tr>\n"
            + "<tr><td>项目名称</td><td colspan=\"7\">森林防火&nbsp;宣传</td></tr>\n"
            + "<tr><td>主管部门</td><td colspan=\"7\">市应急管理局</td></tr>\n"
            + "<tr><td colspan=\"2\">项目资金<br>（万元）</td><td>年初预算数</td><td>全年<br>预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>\n"
            + "<tr><td></td><td>年度资金总额</td><td>20</td><td>20</td><td>19</td><td>10</td><td>95%</td><td>9.5</td></tr>\n"
            + "<tr><td rowspan=\"2\">年度总体目标</td><td colspan=\"3\">预期目标</td><td colspan=\"4\">实际完成情况</td></tr>\n"
            + "<tr><td colspan=\"3\"><p>1. 开展宣传20次；</p><p>2. 群众满意。</p></td><td colspan=\"4\">开展宣传22次</td></tr>\n"
            + "<tr><th rowspan=\"5\">绩效<br>指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>\n"
            + "<tr><td rowspan=\"2\">产出指标<br>（50分）</td><td>数量指标</td><td>宣传次数</td><td>&ge;20次</td><td>22次</td><td>25</td><td>25</td></tr>\n"
            + "<tr><td>时效指标</td><td>完成时间</td><td>&#8804;12月</td><td>11月</td><td>25</td><td>25</td></tr>\n"
            + "<tr><td>效益指标</td><td>社会效益指标</td><td>群众防火意识</td><td>提升</td><td>提升</td><td>30</td><td>28</td></tr>\n"
            + "<tr><td>满意度　指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>&gt;=90%</td><td>96%</td><td>10</td><td>10</td></tr>\n"
            + "<tr><td colspan=\"6\">总分</td><td>100</td><td>97.5</td></tr>\n"
            + "</table>\n";

    private PageForms() {
    }

    /** A project form: title row, spans, {@code <br>} and {@code <p>} in cells, entities, a full-width space. */
    static String project() {
        return PROJECT;
    }
}
