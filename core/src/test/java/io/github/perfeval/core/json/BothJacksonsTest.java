package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.standard.KpiRecord;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jackson 2 and Jackson 3 read and write every perfeval type with the same JSON through an
 * application's own mapper and perfeval's module. A type added later without Jackson 3 support, or
 * without a sample here, fails.
 */
class BothJacksonsTest {

    private static final Location AT = Location.of("项目支出绩效自评表", "E16", "产出指标/数量指标/培训场次");

    /** A form that fills every part of the model at least once. */
    static Form everyPart() {
        return Form.builder()
                .kind(FormKind.PROJECT).title("2024年度项目支出绩效自评表").year(2024)
                .department("某某局").supervisingDepartment("某某主管局").implementingUnit("某某中心").projectName("培训项目")
                .sheet("项目支出绩效自评表")
                .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
                        .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                                .initial(Figure.parse("100", Location.cell("项目支出绩效自评表", "C5")))
                                .adjusted(Figure.of("120.50")).executed(Figure.of(new BigDecimal("1.2E+2")))
                                .declaredRate(Figure.parsePercent("99.86%")).labelAmount(Figure.parse("五"))
                                .addExtras(LabelledText.builder().label("原因").text("执行正常").source(Location.cell("项目支出绩效自评表", "J5")).build())
                                .source(Location.cell("项目支出绩效自评表", "A5")).build())
                        .weight(Figure.of(10)).declaredScore(Figure.of("9.99")).source(Location.sheet("项目支出绩效自评表"))
                        .build())
                .goals(Goals.builder().expected("完成培训").achieved("已完成").source(Location.cell("项目支出绩效自评表", "B9")).build())
                .addIndicators(Indicator.builder().level1Label("产出指标 （50分）").level2Label("数量指标").name("培训场次")
                        .target(IndicatorValue.parse("合格率≥80%", AT)).actual(IndicatorValue.parse("80%-90%"))
                        .weight(Figure.of(5)).declaredScore(Figure.of("4.5")).deviationReason("经费不足").source(AT)
                        .level1LabelSource(Location.cell("项目支出绩效自评表", "A14")).level2LabelSource(Location.tableCell(1, 15, 2))
                        .splitTarget(SplitTarget.builder().operator(LabelledText.of("指标性质", "≥")).value(LabelledText.of("指标值", "80"))
                                .unit(LabelledText.of("度量单位", "%")).build())
                        .addExtras(LabelledText.of("指标解释", "全年培训的场次"))
                        .addExtras(LabelledText.of("评分标准", "每低1%扣0.5分"))
                        .addComments(LabelledText.of("declaredScore", "评审意见：扣分合理")).hidden(true).build())
                .addIndicators(Indicator.builder().level1Label("效益指标").level2Label("社会效益指标").name("群众满意")
                        .target(IndicatorValue.parse("提升")).actual(IndicatorValue.parse("生产安全事故80起，同比减少13起，下降14%"))
                        .build())
                .addHeaderFields(LabelledText.of("联系人", "王五"))
                .declaredWeightTotal(Figure.of(100)).declaredTotal(Figure.of("95.5").withFormula("=SUM(H9:H10)"))
                .sheetHidden(true)
                .declaredGrade(LabelledText.of("等级", "优"))
                .addTextSections(TextSection.builder().kind(SectionKind.CONCLUSION).label("评价结论").text("完成较好")
                        .source(Location.tableCell(1, 30, 2).withContext("项目支出绩效自评表")).build())
                .footer(Footer.parse("填表人：张三  填表日期：2025年6月12日  联系电话：0730-1234567  单位负责人：李四"))
                .build();
    }

    /** A diagnostic with a message key and an argument of every kind. */
    static Diagnostic keyed() {
        return Diagnostic.of(StandardCode.CONSTRAINT_VIOLATION, AT, MessageArgument.cell("indicators[0].weight"),
                MessageArgument.list(List.of(MessageArgument.number(new BigDecimal("1.50")), MessageArgument.text("个"),
                        MessageArgument.message("fragment.formOnSheet", MessageArgument.text("表")), MessageArgument.message("fragment.form"),
                        MessageArgument.bilingual("不得为负", "must not be negative"),
                        MessageArgument.list(MessageArgument.LIST_JOINED, List.of(MessageArgument.text("a"))))));
    }

    /** Every sample, one per type an application may read on its own. */
    static List<Object[]> samples() {
        Indicator i = everyPart().getIndicators().get(0);
        return List.of(
                new Object[] {everyPart(), Form.class},
                new Object[] {PublishedForms.yueyang2024(), Form.class},
                new Object[] {i, Indicator.class},
                new Object[] {KpiRecord.of(i), KpiRecord.class},
                new Object[] {Diagnostic.of(StandardCode.SCORE_EXCEEDS_WEIGHT, Severity.ERROR, AT, "得分超过分值", "score above weight"), Diagnostic.class},
                new Object[] {keyed(), Diagnostic.class},
                new Object[] {Quantity.of("20", "万元"), Quantity.class},
                new Object[] {Quantity.of("1.5", "人/亿元").unit(), io.github.perfeval.core.quantity.Unit.class},
                new Object[] {IndicatorValue.parse("5*4=20万元", AT), IndicatorValue.class},
                new Object[] {Figure.parse("约5", Location.tableCell(2, 3, 4).withContext("表2 项目绩效目标")), Figure.class},
                new Object[] {AT, Location.class},
                new Object[] {PublishedBasicData.everyPart(), BasicData.class},
                new Object[] {PublishedBasicData.hengyang2023(), BasicData.class},
                new Object[] {io.github.perfeval.core.fixtures.PublishedReports.everyPart(),
                        io.github.perfeval.core.report.SelfEvaluationReport.class});
    }

    @ParameterizedTest
    @MethodSource("samples")
    void bothJacksonsWriteAndReadTheSameJson(Object sample, Class<?> type) throws Exception {
        String json = JsonContract.assertSameJsonUnderBothJacksons(sample, type);
        // no absent part written as null; a figure whose text is not a number says so ("value":null)
        assertThat(json.replace("\"value\":null", "")).doesNotContain("null").doesNotContain("E+").doesNotContain("Immutable");
    }

    @Test
    void theSamplesUseEveryTypeAndEveryOptionalPart() throws Exception {
        List<Object> all = samples().stream().map(s -> s[0]).collect(Collectors.toList());
        Set<Class<?>> used = JsonContract.assertSamplesUseEveryPart(all);
        // every class of this module that takes part in JSON is among them
        List<Class<?>> json = new ArrayList<>();
        for (Class<?> c : io.github.perfeval.core.form.PublicApiTest.classesOfThisModule()) {
            if (takesPartInJson(c)) {
                json.add(c);
            }
        }
        assertThat(json).isNotEmpty();
        assertThat(used).containsAll(json);
    }

    @Test
    void theFormJsonHoldsTheSchemaUnderBoth() throws Exception {
        String json = JsonContract.assertSameJsonUnderBothJacksons(everyPart(), Form.class);
        List<Error> errors = JsonSchemaTest.schema().validate(json, com.networknt.schema.InputFormat.JSON);
        assertThat(errors).isEmpty();
        JsonNode tree = JsonContract.jackson2().readTree(json);
        assertThat(tree.path("indicators").path(0).path("declaredLevel1Weight").isNumber()).isTrue();
        assertThat(tree.path("indicators").path(0).path("declaredLevel1Weight").asText()).isEqualTo("50");
    }

    @Test
    void aFormWithNothingOptionalWritesNoNulls() throws Exception {
        Form bare = Form.builder().kind(FormKind.DEPARTMENT).build();
        assertThat(JsonContract.assertSameJsonUnderBothJacksons(bare, Form.class)).isEqualTo("{\"kind\":\"DEPARTMENT\",\"indicators\":[]}");
    }

    /** A class with Jackson annotations, or a model type with a generated implementation. */
    private static boolean takesPartInJson(Class<?> c) {
        if (c.getName().contains(".json.") || c.getName().contains(".Immutable") || c.isEnum()
                || c.isAnonymousClass() || c.getEnclosingClass() != null && c.getSimpleName().equals("Json")) {
            return false;
        }
        if (io.github.perfeval.core.json.internal.ModelTypes.implementationOf(c).isPresent() || jackson(c.getAnnotations())) {
            return true;
        }
        return Stream.<AccessibleObject[]>of(c.getDeclaredMethods(), c.getDeclaredConstructors(), c.getDeclaredFields())
                .flatMap(Stream::of).anyMatch(m -> jackson(m.getAnnotations()));
    }

    private static boolean jackson(Annotation[] annotations) {
        return Stream.of(annotations).anyMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson."));
    }
}
