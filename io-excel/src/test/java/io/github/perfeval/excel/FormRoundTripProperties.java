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
import io.github.perfeval.core.fixtures.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated forms: form → xlsx → model → json → model → xlsx → model, all equal, with raw text,
 * declared and parsed values intact, and places kept through JSON. Seeded generators, one seed an
 * invocation (the display name shows it; {@code -Dperfeval.seed=N} replays it).
 */
class FormRoundTripProperties {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    private static final String[] LEVEL1 = {"产出指标", "产出指标 （50分）", "效益指标", "满意度\n指标\n（10分）", "成本指标", "特色指标"};
    private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "经济效益指标", "可持续\n影响指\n标", "服务对象满意度指标", "其他"};
    private static final String[] NAMES = {"培训场次", "灾情上报", "重大负面舆情发生", "群众满意度", "视频互联互通年租金", "=SUM(A1)",
        "-风险", "@每月巡查", "数量"};
    private static final String[] VALUES = {"≥4次", "≧9次", "≦2小时", "=12月", "90%", "0起", "提升", "显著提升", "稳定有序", "",
        "考核4次，巡查2次", "1-12月", ">=149040元", "$\\geq 3000$ 元", "0.5万元元/部", "5*4=20万元", "＞20次", "???", "-3次",
        "=30000元", "+5", "1,244", "　95　"};
    private static final String[] FIGURES = {"5", "2.5", "0", "10", "0.10", "３", "五", "12.50"};

    static Stream<Long> seeds() {
        return Seeds.of(60);
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static Figure figureOrNull(Random r, double nullProbability) {
        return r.nextDouble() < nullProbability ? null : Figure.parse(pick(r, FIGURES));
    }

    static Indicator indicator(Random r) {
        var b = Indicator.builder().level1Label(pick(r, LEVEL1)).level2Label(pick(r, LEVEL2)).name(pick(r, NAMES))
                .target(IndicatorValue.parse(pick(r, VALUES))).actual(IndicatorValue.parse(pick(r, VALUES)));
        Figure w = figureOrNull(r, 0.3);
        Figure s = figureOrNull(r, 0.3);
        if (w != null) {
            b.weight(w);
        }
        if (s != null) {
            b.declaredScore(s);
        }
        if (r.nextDouble() >= 0.6) {
            b.deviationReason(r.nextBoolean() ? "经费未下达" : "极端天气");
        }
        return b.build();
    }

    static Budget budget(Random r) {
        String adj = pick(r, new String[] {"57.04", "4759.76", "0", "1,000"});
        String exe = pick(r, new String[] {"56.96", "4753.18", "0"});
        String rate = pick(r, new String[] {"99.86%", "0.9986", "100%", "x"});
        return Budget.builder()
                .addLines(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")
                        .adjusted(Figure.parse(adj)).executed(Figure.parse(exe)).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                        .initial(Figure.parse("1908.59")).adjusted(Figure.parse(adj)).executed(Figure.parse(exe))
                        .declaredRate(Figure.parsePercent(rate)).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.GENERAL_PUBLIC_BUDGET).label("其中：一般公共预算：4754.76")
                        .labelAmount(Figure.parse("4754.76")).build())
                .addLines(BudgetLine.builder().kind(BudgetLineKind.PROJECT_EXPENDITURE).label("项目支出：2705.95")
                        .labelAmount(Figure.parse("2705.95")).build())
                .weight(Figure.of(10)).declaredScore(Figure.parse("9.99")).build();
    }

    static Form form(Random r) {
        FormKind kind = pick(r, FormKind.values());
        int year = 2015 + r.nextInt(16);
        List<Indicator> inds = new ArrayList<>();
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            inds.add(indicator(r));
        }
        Form.Builder f = Form.builder().kind(kind).year(year).title(kind.label()).indicators(inds)
                .goals(Goals.builder().expected("1、目标一\n2、目标二").achieved("已完成").build())
                .footer(Footer.parse("填表人：（略）  填表日期：2025年6月12日"));
        if (kind == FormKind.PROJECT) {
            f.projectName("应急管理类综合管理项目").implementingUnit("柳河县应急管理局").supervisingDepartment("柳河县人民政府");
        } else {
            f.department("岳阳市应急管理局");
        }
        if (r.nextDouble() >= 0.2) {
            f.budget(budget(r));
        }
        if (r.nextDouble() >= 0.3) {
            f.declaredTotal(Figure.parse(pick(r, new String[] {"97.99", "100", "x"}))).declaredWeightTotal(Figure.of(100));
        }
        return f.build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void xlsxJsonXlsxRoundTripsAreLossless(long seed) throws IOException {
        Form generated = form(new Random(seed));
        byte[] written = write(generated);
        WorkbookFuzzProperties.assertEveryCellAccountedFor(written, "seed " + seed);
        Form a = read(written);
        assertThat(a).as("seed %d", seed).isEqualTo(generated);
        String json = PerfevalJson.write(a);
        Form b = PerfevalJson.readForm(json);
        assertThat(b).as("seed %d", seed).isEqualTo(a);
        assertThat(b.getIndicators().get(0).getTarget().getSource()).isEqualTo(a.getIndicators().get(0).getTarget().getSource());
        Form c = read(write(b));
        assertThat(c).as("seed %d", seed).isEqualTo(a);
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
