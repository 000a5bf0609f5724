package io.github.perfeval.core.json;

import io.github.perfeval.core.fixtures.RandomForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure comes back from JSON as it was: its raw text exactly, and its value the same value, or no value when
 * its text was not read as a number. A figure kept unparsed as {@code "99.86%"} had been written with its raw text
 * alone and read again from it as 0.9986.
 */
class FigureJsonTest {

    /** Every way a rate or figure is written on a form, read or not by the figure's own parsers. */
    private static final String[] NOTATIONS = {
        "99.86%", "99.86％", "９９．８６％", " 99.86 % ", "99.86 %", "9.986‰", "9.986 ‰", "百分之99.86", "百分之九十九点八六",
        "-0.5%", "－0.5％", "-12.3", "0.9986", "1", "100%", "1,244.50", "  7 ", "１０", "/", "", "约99%", "≥99%", "%",
        "99.86%%", "1E+2", "五"};

    private static final Location AT = Location.cell("项目支出绩效自评表", "F6");

    static Stream<String> notations() {
        return Stream.of(NOTATIONS);
    }

    /** The figures a reader may make from one text: parsed as a number or a rate, kept unparsed, or given a value. */
    private static List<Figure> figuresOf(String raw) {
        List<Figure> all = new ArrayList<>();
        all.add(Figure.parse(raw));
        all.add(Figure.parse(raw, AT));
        all.add(Figure.parsePercent(raw, AT));
        all.add(Figure.of(raw, null, AT));
        all.add(Figure.of(raw, null, null));
        all.add(Figure.of(raw, new BigDecimal("0.9986"), AT));
        all.add(Figure.of(raw, new BigDecimal("-12.30"), null));
        all.add(Figure.of(raw, null, AT).withFormula("=E6/D6"));
        all.add(Figure.parsePercent(raw, null).withFormula("=E6/D6"));
        return all;
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("notations")
    void aFigureComesBackWithItsTextAndItsValueUnderEveryMapper(String raw) throws Exception {
        for (Figure f : figuresOf(raw)) {
            // Jackson 2 and 3 through an application's mapper, and PerfevalJson's: the same JSON, read back equal
            String json = JsonContract.assertSameJsonUnderBothJacksons(f, Figure.class);
            Figure back = PerfevalJson.mapper().readValue(json, Figure.class);
            assertThat(back).as(json).isEqualTo(f);
            assertThat(back.getRaw()).isEqualTo(raw);
            assertThat(back.getValue()).isEqualTo(f.getValue());
            assertThat(back.getSource()).isEqualTo(f.getSource());
            assertThat(back.getFormula()).isEqualTo(f.getFormula());
            assertThat(PerfevalJson.newMapper(false).readValue(json, Figure.class)).isEqualTo(f);
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("notations")
    void aFormsFiguresComeBackAsTheyWereWherever(String raw) throws Exception {
        Form f = Form.builder().kind(FormKind.PROJECT)
                .budget(Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额")
                                .executed(Figure.parse(raw, AT)).declaredRate(Figure.of(raw, null, AT)).build())
                        .weight(Figure.parse(raw)).declaredScore(Figure.parsePercent(raw, AT)).build())
                .addIndicators(Indicator.builder().level1Label("产出指标").level2Label("数量指标").name("完成率")
                        .target(IndicatorValue.parse(raw)).actual(IndicatorValue.parse(raw, AT))
                        .weight(Figure.parse(raw, AT)).declaredScore(Figure.of(raw, null, null)).build())
                .declaredTotal(Figure.parsePercent(raw, null)).declaredWeightTotal(Figure.of(raw, null, AT))
                .build();
        String json = PerfevalJson.write(f);
        Form back = PerfevalJson.readForm(json);
        assertThat(back).isEqualTo(f);
        assertThat(back.getBudget().orElseThrow().getLines().get(0).getDeclaredRate().orElseThrow().isParsed()).isFalse();
        assertThat(back.getIndicators().get(0).getDeclaredScore().orElseThrow().isParsed()).isFalse();
        assertThat(PerfevalJson.write(back)).isEqualTo(json);
        assertThat(JsonContract.jackson3().readValue(json, Form.class)).isEqualTo(f);
    }

    /** The defect itself: "99.86%" kept as text came back from JSON as the number 0.9986. */
    @Test
    void aRateKeptAsTextIsNotReadAsANumberOnTheWayBack() throws Exception {
        Figure kept = Figure.parse("99.86%", AT);
        assertThat(kept.isParsed()).isFalse();
        String json = PerfevalJson.mapper().writeValueAsString(kept);
        assertThat(json).contains("\"raw\":\"99.86%\"").contains("\"value\":null");
        Figure back = PerfevalJson.mapper().readValue(json, Figure.class);
        assertThat(back.isParsed()).isFalse();
        assertThat(back).isEqualTo(kept);
    }

    /** What people write by hand is still read leniently: a raw text without a value is read as a rate or number. */
    @Test
    void aHandWrittenFigureWithoutAValueIsStillReadFromItsText() throws Exception {
        assertThat(PerfevalJson.mapper().readValue("{\"raw\":\"99.86%\"}", Figure.class).decimal()).isEqualByComparingTo("0.9986");
        assertThat(PerfevalJson.mapper().readValue("\"99.86％\"", Figure.class).decimal()).isEqualByComparingTo("0.9986");
        assertThat(PerfevalJson.mapper().readValue("{\"raw\":\"1,244.50\"}", Figure.class).decimal()).isEqualByComparingTo("1244.5");
        // an explicit null is the writer's word that the text is not a number, whatever a parser finds in it
        Figure stated = PerfevalJson.mapper().readValue("{\"raw\":\"12\",\"value\":null}", Figure.class);
        assertThat(stated.isParsed()).isFalse();
        assertThat(stated.getRaw()).isEqualTo("12");
        assertThat(JsonContract.jackson3().readValue("{\"raw\":\"12\",\"value\":null}", Figure.class)).isEqualTo(stated);
    }

    static Stream<Long> seeds() {
        return Seeds.of(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomFormComesBackEqual(long seed) throws Exception {
        Form f = RandomForms.form(new Random(seed));
        String json = PerfevalJson.write(f);
        assertThat(PerfevalJson.readForm(json)).isEqualTo(f);
        assertThat(JsonContract.jackson2().readValue(json, Form.class)).isEqualTo(f);
        assertThat(JsonContract.jackson3().readValue(json, Form.class)).isEqualTo(f);
    }
}
