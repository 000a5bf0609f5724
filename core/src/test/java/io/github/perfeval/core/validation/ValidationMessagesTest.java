package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * perfeval's constraint messages through a plain Hibernate Validator (as Spring builds one, with its
 * default interpolator) in the request's locale: Chinese for {@code zh} as for {@code zh_CN} and
 * {@code zh_TW}, English for {@code en}; whatever the JVM's default locale is.
 */
class ValidationMessagesTest {

    @org.junit.jupiter.api.Test
    void perfevalsConstraintMessagesAreKeysAnyLanguageCanWord() {
        Form form = Form.builder().kind(FormKind.PROJECT).addIndicators(Indicator.builder().name("培训").weight(Figure.parse("-5")).build())
                .build();
        io.github.perfeval.core.diagnostic.Diagnostic d = FormValidator.create().validate(form).get(0);
        assertThat(d.getArguments().get(1).getKey()).contains("constraint.io.github.perfeval.NonNegative.message");
        assertThat(d.getMessageZh()).isEqualTo("indicators[0].weight：不能为负数");
        assertThat(d.getMessageEn()).isEqualTo("indicators[0].weight: must not be negative");
        // src/test/resources/io/github/perfeval/core/diagnostic/Messages_fr.properties, as an application adds it
        assertThat(d.message(Locale.FRENCH)).isEqualTo("indicators[0].weight : ne doit pas être négatif");
    }

    @org.junit.jupiter.api.Test
    void aBlankNameIsKeyedWhenTheBundlesSayWhatTheValidatorSays() {
        Form form = Form.builder().kind(FormKind.PROJECT).addIndicators(Indicator.builder().name(" ").build()).build();
        io.github.perfeval.core.diagnostic.Diagnostic d = FormValidator.create().validate(form).get(0);
        String zh = FormValidator.create().validator().validate(form).iterator().next().getMessage();
        assertThat(d.getMessageZh()).endsWith("：" + zh);
        assertThat(d.getMessageEn()).endsWith(": must not be blank");
        // Hibernate Validator's wording of this version is in the bundles: the argument is a key any language can word
        assertThat(d.getArguments().get(1).getKey()).contains("constraint.jakarta.validation.constraints.NotBlank.message");
    }

    @ParameterizedTest
    @CsvSource({"zh, 不能为负数", "zh-CN, 不能为负数", "zh-TW, 不能为负数", "en, must not be negative", "en-US, must not be negative"})
    void aPlainValidatorAnswersInTheLocalesLanguage(String tag, String expected) {
        Locale locale = Locale.forLanguageTag(tag);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a JVM whose default is neither language must not decide
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .locales(Set.of(locale)).defaultLocale(locale).buildValidatorFactory()) {
            Form form = Form.builder().kind(FormKind.PROJECT).addIndicators(Indicator.builder().name("培训").weight(Figure.parse("-5")).build())
                    .build();
            Set<ConstraintViolation<Form>> found = factory.getValidator().validate(form);
            assertThat(found).extracting(ConstraintViolation::getMessage).containsExactly(expected);
        } finally {
            Locale.setDefault(before);
        }
    }
}
