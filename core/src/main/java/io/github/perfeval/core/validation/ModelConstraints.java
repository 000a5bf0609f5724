package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The constraints {@link Form} and the types it cascades to ({@code @Valid}) declare by their annotations, as a table,
 * each with the rule that checks it: what {@link BuiltInConstraints} walks instead of Hibernate Validator.
 * {@code ModelConstraintsTest} asserts that this table is what Hibernate Validator reads from the annotations
 * (types, properties, constraints with their attributes and message templates, cascades), so a constraint added to,
 * changed on or taken off the model fails the build until it is here too. perfeval's own rules are
 * {@link ConstraintRules}', which their {@code ConstraintValidator}s call as well; Bean Validation's built-in
 * constraints are checked here as the specification defines them.
 */
final class ModelConstraints {

    private ModelConstraints() {
    }

    /** A constraint as its annotation declares it, and its rule (given the value; null for none, which passes unless said). */
    static final class Constraint {
        /** The annotation type, by name. */
        final String annotation;
        /** The annotation's own attributes as {@code (name=value, …)}, empty for none. */
        final String attributes;
        /** The message template. */
        final String template;
        private final Predicate<Object> holds;
        private final MessageArgument message;

        Constraint(String annotation, String attributes, String template, Predicate<Object> holds) {
            this.annotation = annotation;
            this.attributes = attributes;
            this.template = template;
            this.holds = holds;
            this.message = MessageArgument.message("constraint." + Violation.templateKey(template));
        }

        void check(Object value, String path, List<Violation> out) {
            if (!holds.test(value)) {
                out.add(new Violation(path, annotation, message));
            }
        }

        /** {@code jakarta.validation.constraints.Min(value=1990) {io.github.perfeval.year.message}}. */
        @Override
        public String toString() {
            return annotation + attributes + " " + template;
        }
    }

    /** A property: its constraints, those on an {@code Optional}'s value, and whether its value or items cascade. */
    static final class Property<T> {
        /** The property's name, as Bean Validation names the getter ({@code getWeight} → {@code weight}). */
        final String name;
        private final Function<T, ?> getter;
        /** Constraints on the getter itself. */
        final List<Constraint> onValue;
        /** Constraints on an {@code Optional}'s value ({@code Optional<@NonNegative Figure>}). */
        final List<Constraint> onElement;
        /** The type an {@code Optional}'s value or a {@code List}'s items are validated as ({@code @Valid}), or null. */
        final Bean<?> cascade;
        /** Whether the property is a {@code List} (else a value, or an {@code Optional} when it has element constraints or cascades). */
        final boolean list;

        private Property(String name, Function<T, ?> getter, List<Constraint> onValue, List<Constraint> onElement, Bean<?> cascade,
                boolean list) {
            this.name = name;
            this.getter = getter;
            this.onValue = onValue;
            this.onElement = onElement;
            this.cascade = cascade;
            this.list = list;
        }

        void check(T bean, String parent, List<Violation> out) {
            String path = parent.isEmpty() ? name : parent + "." + name;
            Object value = getter.apply(bean);
            for (Constraint c : onValue) {
                c.check(value, path, out);
            }
            if (value == null) {
                return; // a null container has no elements, and nothing cascades from null
            }
            if (list) {
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    if (item != null && !isEarlierItem(items, i)) {
                        cascade.checkAny(item, path + "[" + i + "]", out);
                    }
                }
            } else if (!onElement.isEmpty() || cascade != null) {
                Object element = ((Optional<?>) value).orElse(null);
                for (Constraint c : onElement) {
                    c.check(element, path, out);
                }
                if (cascade != null && element != null) {
                    cascade.checkAny(element, path, out);
                }
            }
        }
    }

    /**
     * Whether the list's item is the very object of an earlier item. Hibernate Validator (8.0) validates an object
     * once in a list, at its first place (the same object in another list, or under another parent, is validated there
     * too); so does this walk. Lists of a form are short: a look back is cheaper than a set.
     */
    private static boolean isEarlierItem(List<?> items, int index) {
        Object item = items.get(index);
        for (int i = 0; i < index; i++) {
            if (items.get(i) == item) {
                return true;
            }
        }
        return false;
    }

    /** A model type: its own (class-level) constraints and its constrained properties. */
    static final class Bean<T> {
        /** The type. */
        final Class<T> type;
        /** Class-level constraints. */
        final List<Constraint> own;
        /** Properties with constraints or cascades. */
        final List<Property<T>> properties;

        @SafeVarargs
        Bean(Class<T> type, List<Constraint> own, Property<T>... properties) {
            this.type = type;
            this.own = own;
            this.properties = List.of(properties);
        }

        void check(T bean, String path, List<Violation> out) {
            for (Constraint c : own) {
                c.check(bean, path, out);
            }
            for (Property<T> p : properties) {
                p.check(bean, path, out);
            }
        }

        void checkAny(Object bean, String path, List<Violation> out) {
            check(type.cast(bean), path, out);
        }
    }

    /** A property with constraints on its getter. */
    static <T> Property<T> value(String name, Function<T, ?> getter, Constraint... constraints) {
        return new Property<>(name, getter, List.of(constraints), List.of(), null, false);
    }

    /** An {@code Optional} property with constraints on its value. */
    static <T> Property<T> optional(String name, Function<T, ? extends Optional<?>> getter, Constraint... constraints) {
        return new Property<>(name, getter, List.of(), List.of(constraints), null, false);
    }

    /** An {@code Optional<@Valid X>} property. */
    static <T> Property<T> optionalValid(String name, Function<T, ? extends Optional<?>> getter, Bean<?> cascade) {
        return new Property<>(name, getter, List.of(), List.of(), cascade, false);
    }

    /** A {@code List<@Valid X>} property. */
    static <T> Property<T> listValid(String name, Function<T, ? extends List<?>> getter, Bean<?> cascade) {
        return new Property<>(name, getter, List.of(), List.of(), cascade, true);
    }

    /** {@code @NotNull}. */
    static final Constraint NOT_NULL = new Constraint("jakarta.validation.constraints.NotNull", "",
            "{jakarta.validation.constraints.NotNull.message}", v -> v != null);
    /** {@code @NotBlank}: not null, and not only whitespace ({@code String.trim()}, as Hibernate Validator's check). */
    static final Constraint NOT_BLANK = new Constraint("jakarta.validation.constraints.NotBlank", "",
            "{jakarta.validation.constraints.NotBlank.message}", v -> v != null && !v.toString().trim().isEmpty());
    /** {@code @Min(value = 1990, message = "{io.github.perfeval.year.message}")} on a fiscal year. */
    static final Constraint YEAR_MIN = new Constraint("jakarta.validation.constraints.Min", "(value=1990)",
            "{io.github.perfeval.year.message}", v -> v == null || ((Integer) v) >= 1990);
    /** {@code @Max(value = 2100, message = "{io.github.perfeval.year.message}")} on a fiscal year. */
    static final Constraint YEAR_MAX = new Constraint("jakarta.validation.constraints.Max", "(value=2100)",
            "{io.github.perfeval.year.message}", v -> v == null || ((Integer) v) <= 2100);
    /** {@link NonNegative}. */
    static final Constraint NON_NEGATIVE = new Constraint(NonNegative.class.getName(), "",
            "{io.github.perfeval.NonNegative.message}", v -> ConstraintRules.nonNegative((Figure) v));
    /** {@link ScoreWithinWeight}. */
    static final Constraint SCORE_WITHIN_WEIGHT = new Constraint(ScoreWithinWeight.class.getName(), "",
            "{io.github.perfeval.ScoreWithinWeight.message}", v -> ConstraintRules.scoreWithinWeight((Indicator) v));

    static final Bean<LabelledText> LABELLED_TEXT = new Bean<>(LabelledText.class, List.of(),
            value("label", LabelledText::getLabel, NOT_NULL),
            value("text", LabelledText::getText, NOT_NULL));

    static final Bean<TextSection> TEXT_SECTION = new Bean<>(TextSection.class, List.of(),
            value("kind", TextSection::getKind, NOT_NULL),
            value("label", TextSection::getLabel, NOT_NULL),
            value("text", TextSection::getText, NOT_NULL));

    static final Bean<SplitTarget> SPLIT_TARGET = new Bean<>(SplitTarget.class, List.of());

    static final Bean<BudgetLine> BUDGET_LINE = new Bean<>(BudgetLine.class, List.of(),
            optional("initial", BudgetLine::getInitial, NON_NEGATIVE),
            optional("adjusted", BudgetLine::getAdjusted, NON_NEGATIVE),
            optional("executed", BudgetLine::getExecuted, NON_NEGATIVE),
            optional("declaredRate", BudgetLine::getDeclaredRate, NON_NEGATIVE),
            optional("labelAmount", BudgetLine::getLabelAmount, NON_NEGATIVE));

    static final Bean<Budget> BUDGET = new Bean<>(Budget.class, List.of(),
            listValid("lines", Budget::getLines, BUDGET_LINE),
            optional("weight", Budget::getWeight, NON_NEGATIVE),
            optional("declaredScore", Budget::getDeclaredScore, NON_NEGATIVE));

    static final Bean<Indicator> INDICATOR = new Bean<>(Indicator.class, List.of(SCORE_WITHIN_WEIGHT),
            value("name", Indicator::getName, NOT_BLANK),
            optional("weight", Indicator::getWeight, NON_NEGATIVE),
            optional("declaredScore", Indicator::getDeclaredScore, NON_NEGATIVE),
            optionalValid("splitTarget", Indicator::getSplitTarget, SPLIT_TARGET),
            listValid("extras", Indicator::getExtras, LABELLED_TEXT),
            listValid("comments", Indicator::getComments, LABELLED_TEXT));

    static final Bean<Form> FORM = new Bean<>(Form.class, List.of(),
            value("kind", Form::getKind, NOT_NULL),
            optional("year", Form::getYear, YEAR_MIN, YEAR_MAX),
            listValid("headerFields", Form::getHeaderFields, LABELLED_TEXT),
            optionalValid("budget", Form::getBudget, BUDGET),
            listValid("indicators", Form::getIndicators, INDICATOR),
            optional("declaredWeightTotal", Form::getDeclaredWeightTotal, NON_NEGATIVE),
            optional("declaredTotal", Form::getDeclaredTotal, NON_NEGATIVE),
            optionalValid("declaredGrade", Form::getDeclaredGrade, LABELLED_TEXT),
            listValid("textSections", Form::getTextSections, TEXT_SECTION));

    /** Every type in the table, the form first. */
    static final List<Bean<?>> ALL = List.of(FORM, INDICATOR, BUDGET, BUDGET_LINE, LABELLED_TEXT, TEXT_SECTION, SPLIT_TARGET);
}
