package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormValidatorTest {

    private static final FormValidator VALIDATOR = FormValidator.create();

    @Test
    void publishedFormsAreStructurallyValid() {
        assertThat(VALIDATOR.validate(PublishedForms.yueyang2024())).isEmpty();
        assertThat(VALIDATOR.validate(PublishedForms.liuhe2024Project())).isEmpty();
    }

    @Test
    void aNegativeWeightIsAViolationInChineseAndEnglish() {
        Form form = withIndicator(Indicator.builder().name("培训").weight(Figure.parse("-5"))
                .source(Location.cell("表", "D14")).build());
        List<Diagnostic> found = VALIDATOR.validate(form);
        assertThat(found).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.is(StandardCode.CONSTRAINT_VIOLATION)).isTrue();
        assertThat(d.getMessageZh()).contains("不能为负数").contains("indicators[0].weight");
        assertThat(d.message(Locale.ENGLISH)).contains("must not be negative");
        assertThat(d.getWhere()).isEqualTo("表!D14");
    }

    @Test
    void anApplicationsOwnDefaultValidatorSeesTheConstraintsToo() {
        // what Spring's LocalValidatorFactoryBean builds: a default Hibernate Validator, no perfeval configuration
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            Form form = withIndicator(Indicator.builder().name("培训").weight(Figure.parse("-5")).build());
            assertThat(factory.getValidator().validate(form)).extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("indicators[0].weight");
        }
    }

    @Test
    void aScoreAboveItsWeightIsAViolation() {
        Form form = withIndicator(Indicator.builder().name("培训").weight(Figure.of(3)).declaredScore(Figure.of(4)).build());
        assertThat(VALIDATOR.validate(form)).singleElement()
                .satisfies(d -> assertThat(d.getMessageEn()).contains("must not exceed the weight"));
    }

    @Test
    void aBlankNameAndAnImplausibleYearAreViolations() {
        Form form = Form.builder().from(withIndicator(Indicator.builder().name(" ").build())).year(20240).build();
        assertThat(VALIDATOR.validate(form)).extracting(Diagnostic::getMessageEn)
                .anySatisfy(m -> assertThat(m).contains("indicators[0].name"))
                .anySatisfy(m -> assertThat(m).contains("year").contains("1990"));
    }

    @Test
    void aUserDefinedRuleRunsOnTheFixtures() {
        FormValidator withRule = FormValidator.builder()
                .addMapping(m -> m.type(Form.class).constraint(new GenericConstraintDef<>(CostIndicatorsAtMost.class)))
                .build();
        // liuhe's project form writes cost targets as ">=149040元" and "=30000元"; a cost written with ＝ is
        // read as at most (DirectionRules), so only the ≥ one points the wrong way
        assertThat(withRule.validate(PublishedForms.liuhe2024Project())).extracting(Diagnostic::getMessageZh)
                .containsExactly("indicators[0].target：成本指标“视频互联互通年租金”的目标“>=149040元”不是“小于等于”");
        // its department form: "$\geq 3000$ 元", "=14万元", "$\geq 290$ 万元"
        assertThat(withRule.validate(PublishedForms.liuhe2024Department())).extracting(Diagnostic::getMessageZh)
                .hasSize(2).anySatisfy(m -> assertThat(m).contains("人均工资"))
                .anySatisfy(m -> assertThat(m).contains("$\\geq 290$ 万元"));
        // yueyang's cost indicators are qualitative (无, 支出小于等于预算): nothing to report
        assertThat(withRule.validate(PublishedForms.yueyang2024())).isEmpty();
    }

    @Test
    void aNegativeAmountInABudgetLineIsAViolationOnce() {
        // two levels of cascading (form → budget → its lines), each read from the abstract model type
        Form form = Form.builder().from(PublishedForms.liuhe2024Project()).budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
                .addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额").executed(Figure.parse("-3")).build())
                .build()).build();
        assertThat(VALIDATOR.validate(form)).singleElement()
                .satisfies(d -> assertThat(d.getMessageEn()).contains("budget.lines[0].executed").contains("must not be negative"));
    }

    private static Form withIndicator(Indicator indicator) {
        return Form.builder().from(PublishedForms.liuhe2024Project()).indicators(List.of(indicator)).build();
    }
}
