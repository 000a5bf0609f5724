package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.MessageTexts;
import io.github.perfeval.core.form.Form;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Bean Validation of forms, with perfeval's constraints and any the user adds, reporting each
 * violation as a {@link Diagnostic} in Chinese and English.
 *
 * <p>Users add their own rule as a Bean Validation constraint (an annotation and its
 * {@code ConstraintValidator}) and attach it to a model type through Hibernate Validator's programmatic
 * mapping, since the model classes are not theirs to annotate:
 *
 * <pre>{@code
 * FormValidator validator = FormValidator.builder()
 *         .addMapping(m -> m.type(Form.class).constraint(new GenericConstraintDef<>(CostIndicatorsAtMost.class)))
 *         .build();
 * List<Diagnostic> found = validator.validate(form);
 * }</pre>
 *
 * <p>Building a validator is costly (tens of milliseconds in a fresh JVM): it also works out the constraints of
 * {@link Form} and of every type it cascades to, so that the first validation does not. Build one and share it.
 * Immutable and thread-safe. A {@code META-INF/validation.xml} on the class path does not configure it.
 *
 * <p>With perfeval's constraints only, {@link BuiltInConstraints#check(Form)} gives the same diagnostics without
 * Hibernate Validator's bootstrap (what the command line uses, where that bootstrap was most of a one-form run).
 */
public final class FormValidator {

    private final Validator zh;
    private final Validator en;

    private FormValidator(List<Consumer<ConstraintMapping>> mappings) {
        // one factory, so the constraint metadata of the model is worked out once for both languages
        // (a second factory doubled Hibernate Validator's bootstrap, the larger part of a command line's start)
        ValidatorFactory factory = build(mappings);
        this.zh = validator(factory, Locale.SIMPLIFIED_CHINESE);
        this.en = validator(factory, Locale.ENGLISH);
        prepare(zh, Form.class, new HashSet<>());
    }

    /** A validator with perfeval's constraints only. */
    public static FormValidator create() {
        return builder().build();
    }

    /** A builder, to add the user's constraints. */
    public static Builder builder() {
        return new Builder();
    }

    private static ValidatorFactory build(List<Consumer<ConstraintMapping>> mappings) {
        // the provider named, not looked up through ServiceLoader; no validation.xml looked for and parsed
        HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator())).configure();
        cfg.ignoreXmlConfiguration();
        cfg.beanMetaDataClassNormalizer(new ModelTypeNormalizer());
        cfg.messageInterpolator(new FixedLocaleInterpolator(new ParameterMessageInterpolator(), Locale.SIMPLIFIED_CHINESE));
        for (Consumer<ConstraintMapping> m : mappings) {
            ConstraintMapping mapping = cfg.createConstraintMapping();
            m.accept(mapping);
            cfg.addMapping(mapping);
        }
        return cfg.buildValidatorFactory();
    }

    /**
     * Has the validator work out the constraints of a type and of every type it cascades to ({@code @Valid}), once:
     * in a fresh JVM this reflection is most of the first validation's cost, and here it is paid where the validator
     * is built (the command line builds it on a second thread while the first file is read).
     */
    private static void prepare(Validator validator, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (property.isCascaded()) {
                prepare(validator, property.getElementClass(), seen);
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded()) {
                    prepare(validator, element.getElementClass(), seen);
                }
            }
        }
    }

    private static Validator validator(ValidatorFactory factory, Locale locale) {
        return factory.usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(new ParameterMessageInterpolator(), locale))
                .getValidator();
    }

    /** The underlying Jakarta validator (Chinese messages), for callers that want the violations. */
    public Validator validator() {
        return zh;
    }

    /**
     * Validates a form.
     *
     * @param form the form
     * @return one {@code CONSTRAINT_VIOLATION} diagnostic per violation (or the code the constraint's
     *     payload names), located at the indicator or figure it concerns; empty when valid
     */
    public List<Diagnostic> validate(Form form) {
        Set<ConstraintViolation<Form>> zhViolations = zh.validate(form);
        if (zhViolations.isEmpty()) {
            return List.of();
        }
        List<ConstraintViolation<Form>> zhList = sorted(zhViolations);
        List<ConstraintViolation<Form>> enList = sorted(en.validate(form));
        List<Violation> out = new ArrayList<>(zhList.size());
        for (int i = 0; i < zhList.size(); i++) {
            ConstraintViolation<Form> v = zhList.get(i);
            String enMessage = i < enList.size() ? enList.get(i).getMessage() : v.getMessage();
            out.add(new Violation(v.getPropertyPath().toString(), constraint(v),
                    constraintMessage(v.getMessageTemplate(), v.getMessage(), enMessage)));
        }
        return Violation.diagnostics(form, out);
    }

    /**
     * A constraint's message as a key of the diagnostic bundles ({@code {io.github.perfeval.NonNegative.message}}
     * → {@code constraint.io.github.perfeval.NonNegative.message}), so that any language's bundle words it,
     * when the bundles say what the validator said; else (a user's constraint, another Hibernate Validator
     * version's wording) the Chinese and English the validator gave.
     */
    private static MessageArgument constraintMessage(String template, String zh, String en) {
        String key = Violation.templateKey(template);
        if (key != null) {
            MessageArgument keyed = MessageArgument.message("constraint." + key);
            if (keyed.render(Locale.CHINESE, MessageTexts.bundled()).equals(zh) && keyed.render(Locale.ROOT, MessageTexts.bundled()).equals(en)) {
                return keyed;
            }
        }
        return MessageArgument.bilingual(zh, en);
    }

    private static String constraint(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getName();
    }

    private static List<ConstraintViolation<Form>> sorted(Set<ConstraintViolation<Form>> set) {
        List<ConstraintViolation<Form>> list = new ArrayList<>(set);
        list.sort((a, b) -> Violation.compare(a.getPropertyPath().toString(), constraint(a), b.getPropertyPath().toString(), constraint(b)));
        return list;
    }

    /** Collects the user's constraint mappings. */
    public static final class Builder {
        private final List<Consumer<ConstraintMapping>> mappings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds constraints through Hibernate Validator's programmatic API.
         *
         * @param mapping configures one mapping, e.g.
         *     {@code m -> m.type(Form.class).constraint(new GenericConstraintDef<>(MyRule.class))}
         * @return this builder
         */
        public Builder addMapping(Consumer<ConstraintMapping> mapping) {
            mappings.add(mapping);
            return this;
        }

        /** The validator. */
        public FormValidator build() {
            return new FormValidator(List.copyOf(mappings));
        }
    }
}
