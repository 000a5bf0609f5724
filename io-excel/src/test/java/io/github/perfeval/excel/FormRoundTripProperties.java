package io.github.perfeval.excel;

import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.write.ExcelFormWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated forms: form → xlsx → model → json → model → xlsx → model, all equal, with raw text,
 * declared and parsed values intact, and places kept through JSON.
 */
class FormRoundTripProperties {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    @Provide
    Arbitrary<Form> forms() {
        Arbitrary<String> level1 = Arbitraries.of("产出指标", "产出指标 （50分）", "效益指标", "满意度\n指标\n（10分）", "成本指标", "特色指标");
        Arbitrary<String> level2 = Arbitraries.of("数量指标", "质量指标", "时效指标", "经济效益指标", "可持续\n影响指\n标", "服务对象满意度指标", "其他");
        Arbitrary<String> names = Arbitraries.of("培训场次", "灾情上报", "重大负面舆情发生", "群众满意度", "视频互联互通年租金", "=SUM(A1)",
                "-风险", "@每月巡查", "数量");
        Arbitrary<String> values = Arbitraries.of("≥4次", "≧9次", "≦2小时", "=12月", "90%", "0起", "提升", "显著提升", "稳定有序", "",
                "考核4次，巡查2次", "1-12月", ">=149040元", "$\\geq 3000$ 元", "0.5万元元/部", "5*4=20万元", "＞20次", "???", "-3次",
                "=30000元", "+5", "1,244", "　95　");
        Arbitrary<Figure> figures = Arbitraries.of("5", "2.5", "0", "10", "0.10", "３", "五", "12.50").map(Figure::parse);
        Arbitrary<Indicator> indicator = Combinators.combine(level1, level2, names, values, values,
                figures.injectNull(0.3), figures.injectNull(0.3), Arbitraries.of("经费未下达", "极端天气").injectNull(0.6))
                .as((l1, l2, n, t, a, w, s, r) -> {
                    var b = Indicator.builder().level1Label(l1).level2Label(l2).name(n)
                            .target(IndicatorValue.parse(t)).actual(IndicatorValue.parse(a));
                    if (w != null) {
                        b.weight(w);
                    }
                    if (s != null) {
                        b.declaredScore(s);
                    }
                    if (r != null) {
                        b.deviationReason(r);
                    }
                    return b.build();
                });
        Arbitrary<Budget> budget = Combinators.combine(Arbitraries.of("57.04", "4759.76", "0", "1,000"),
                Arbitraries.of("56.96", "4753.18", "0"), Arbitraries.of("99.86%", "0.9986", "100%", "x"))
                .as((adj, exe, rate) -> Budget.builder()
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")
                                .adjusted(Figure.parse(adj)).executed(Figure.parse(exe)).build())
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                                .initial(Figure.parse("1908.59")).adjusted(Figure.parse(adj)).executed(Figure.parse(exe))
                                .declaredRate(Figure.parsePercent(rate)).build())
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.GENERAL_PUBLIC_BUDGET).label("其中：一般公共预算：4754.76")
                                .labelAmount(Figure.parse("4754.76")).build())
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.PROJECT_EXPENDITURE).label("项目支出：2705.95")
                                .labelAmount(Figure.parse("2705.95")).build())
                        .weight(Figure.of(10)).declaredScore(Figure.parse("9.99")).build());
        return Combinators.combine(Arbitraries.of(FormKind.values()), Arbitraries.integers().between(2015, 2030),
                indicator.list().ofMinSize(1).ofMaxSize(20), budget.injectNull(0.2), Arbitraries.of("97.99", "100", "x").injectNull(0.3))
                .as((kind, year, inds, b, total) -> {
                    Form.Builder f = Form.builder().kind(kind).year(year).title(kind.label()).indicators(inds)
                            .goals(Goals.builder().expected("1、目标一\n2、目标二").achieved("已完成").build())
                            .footer(Footer.parse("填表人：（略）  填表日期：2025年6月12日"));
                    if (kind == FormKind.PROJECT) {
                        f.projectName("应急管理类综合管理项目").implementingUnit("柳河县应急管理局").supervisingDepartment("柳河县人民政府");
                    } else {
                        f.department("岳阳市应急管理局");
                    }
                    if (b != null) {
                        f.budget(b);
                    }
                    if (total != null) {
                        f.declaredTotal(Figure.parse(total)).declaredWeightTotal(Figure.of(100));
                    }
                    return f.build();
                });
    }

    @Property(tries = 60)
    void xlsxJsonXlsxRoundTripsAreLossless(@ForAll("forms") Form generated) throws IOException {
        Form a = read(write(generated));
        assertThat(a).isEqualTo(generated);
        String json = PerfevalJson.write(a);
        Form b = PerfevalJson.readForm(json);
        assertThat(b).isEqualTo(a);
        assertThat(b.getIndicators().get(0).getTarget().getSource()).isEqualTo(a.getIndicators().get(0).getTarget().getSource());
        Form c = read(write(b));
        assertThat(c).isEqualTo(a);
    }

    private static byte[] write(Form form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelFormWriter.create().write(List.of(form), out);
        return out.toByteArray();
    }

    private static Form read(byte[] bytes) {
        List<Form> forms = READER.read(new ByteArrayInputStream(bytes), "generated.xlsx").forms();
        assertThat(forms).hasSize(1);
        return forms.get(0);
    }
}
