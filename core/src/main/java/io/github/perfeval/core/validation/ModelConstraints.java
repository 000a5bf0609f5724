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

/**
 * The constraints {@link Form} and the types it cascades to ({@code @Valid}) declare by their annotations, as a table,
 * each with the rule that checks it: what {@link BuiltInConstraints} walks instead of Hibernate Validator.
 * {@code ModelConstraintsTest} asserts that this table is what Hibernate Validator reads from the annotations
 * (types, properties, constraints with their attributes and message templates, cascades), so a constraint added to,
 * changed on or taken off the model fails the build until it is here too. perfeval's own rules are
 * {@link ConstraintRules}', which their {@code ConstraintValidator}s call as well; Bean Validation's built-in
 * constraints are checked here as the specification defines them.
 *
 * <p>No lambdas or method references: each one costs its call site's linking (about 0.2 ms in a fresh JVM, 34 of them
 * were 7 ms of a one-form command line), so rules are a switch and getters a switch by property name.
 */
final class ModelConstraints {

    private ModelConstraints() {
    }

    /** What a constraint checks. */
    enum Rule {
        /** {@code @NotNull}. */
        NOT_NULL,
        /** {@code @NotBlank}: not null, and not only whitespace ({@code String.trim()}, as Hibernate Validator's check). */
        NOT_BLANK,
        /** {@code @Min}: a number at least the bound, or none. */
        MIN,
        /** {@code @Max}: a number at most the bound, or none. */
        MAX,
        /** {@link NonNegative}. */
        NON_NEGATIVE,
        /** {@link ScoreWithinWeight}. */
        SCORE_WITHIN_WEIGHT
    }

    /** A constraint as its annotation declares it, and its rule (given the value; null for none, which passes unless said). */
    static final class Constraint {
        /** The annotation type, by name. */
        final String annotation;
        /** The annotation's own attributes as {@code (name=value, …)}, empty for none. */
        final String attributes;
        /** The message template. */
        final String template;
        private final Rule rule;
        private final long bound;
        private final MessageArgument message;

        Constraint(String annotation, String attributes, String template, Rule rule, long bound) {
            this.annotation = annotation;
            this.attributes = attributes;
            this.template = template;
            this.rule = rule;
            this.bound = bound;
            this.message = MessageArgument.message("constraint." + Violation.templateKey(template));
        }

        boolean holds(Object value) {
            switch (rule) {
                case NOT_NULL:
                    return value != null;
                case NOT_BLANK:
                    return value != null && !value.toString().trim().isEmpty();
                case MIN:
                    return value == null || ((Number) value).longValue() >= bound;
                case MAX:
                    return value == null || ((Number) value).longValue() <= bound;
                case NON_NEGATIVE:
                    return ConstraintRules.nonNegative((Figure) value);
                case SCORE_WITHIN_WEIGHT:
                    return ConstraintRules.scoreWithinWeight((Indicator) value);
                default:
                    throw new IllegalStateException("no rule " + rule);
            }
        }

        void check(Object value, String path, List<Violation> out) {
            if (!holds(value)) {
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
    static final class Property {
        /** The property's name, as Bean Validation names the getter ({@code getWeight} → {@code weight}). */
        final String name;
        /** Constraints on the getter itself. */
        final List<Constraint> onValue;
        /** Constraints on an {@code Optional}'s value ({@code Optional<@NonNegative Figure>}). */
        final List<Constraint> onElement;
        /** The type an {@code Optional}'s value or a {@code List}'s items are validated as ({@code @Valid}), or null. */
        final Bean<?> cascade;
        /** Whether the property is a {@code List} (else a value, or an {@code Optional} when it has element constraints or cascades). */
        final boolean list;

        private Property(String name, List<Constraint> onValue, List<Constraint> onElement, Bean<?> cascade, boolean list) {
            this.name = name;
            this.onValue = onValue;
            this.onElement = onElement;
            this.cascade = cascade;
            this.list = list;
        }

        void check(Object value, String parent, List<Violation> out) {
            String path = parent.isEmpty() ? name : parent + "." + name;
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

    /** A model type: its own (class-level) constraints, its constrained properties, and their getters. */
    abstract static class Bean<T> {
        /** The type. */
        final Class<T> type;
        /** Class-level constraints. */
        final List<Constraint> own;
        /** Properties with constraints or cascades. */
        final List<Property> properties;

        Bean(Class<T> type, List<Constraint> own, Property... properties) {
            this.type = type;
            this.own = own;
            this.properties = List.of(properties);
        }

        /** The value of one of {@link #properties}, by its name. */
        abstract Object get(T bean, String property);

        void check(T bean, String path, List<Violation> out) {
            for (Constraint c : own) {
                c.check(bean, path, out);
            }
            for (Property p : properties) {
                p.check(get(bean, p.name), path, out);
            }
        }

        void checkAny(Object bean, String path, List<Violation> out) {
            check(type.cast(bean), path, out);
        }

        static IllegalArgumentException noGetter(Class<?> type, String property) {
            return new IllegalArgumentException("no getter for " + type.getSimpleName() + "." + property);
        }
    }

    /** A property with constraints on its getter. */
    static Property value(String name, Constraint... constraints) {
        return new Property(name, List.of(constraints), List.of(), null, false);
    }

    /** An {@code Optional} property with constraints on its value. */
    static Property optional(String name, Constraint... constraints) {
        return new Property(name, List.of(), List.of(constraints), null, false);
    }

    /** An {@code Optional<@Valid X>} property. */
    static Property optionalValid(String name, Bean<?> cascade) {
        return new Property(name, List.of(), List.of(), cascade, false);
    }

    /** A {@code List<@Valid X>} property. */
    static Property listValid(String name, Bean<?> cascade) {
        return new Property(name, List.of(), List.of(), cascade, true);
    }

    /** {@code @NotNull}. */
    static final Constraint NOT_NULL = new Constraint("jakarta.validation.constraints.NotNull", "",
            "{jakarta.validation.constraints.NotNull.message}", Rule.NOT_NULL, 0);
    /** {@code @NotBlank}. */
    static final Constraint NOT_BLANK = new Constraint("jakarta.validation.constraints.NotBlank", "",
            "{jakarta.validation.constraints.NotBlank.message}", Rule.NOT_BLANK, 0);
    /** {@code @Min(value = 1990, message = "{io.github.perfeval.year.message}")} on a fiscal year. */
    static final Constraint YEAR_MIN = new Constraint("jakarta.validation.constraints.Min", "(value=1990)",
            "{io.github.perfeval.year.message}", Rule.MIN, 1990);
    /** {@code @Max(value = 2100, message = "{io.github.perfeval.year.message}")} on a fiscal year. */
    static final Constraint YEAR_MAX = new Constraint("jakarta.validation.constraints.Max", "(value=2100)",
            "{io.github.perfeval.year.message}", Rule.MAX, 2100);
    /** {@link NonNegative}. */
    static final Constraint NON_NEGATIVE = new Constraint("io.github.perfeval.core.validation.NonNegative", "",
            "{io.github.perfeval.NonNegative.message}", Rule.NON_NEGATIVE, 0);
    /** {@link ScoreWithinWeight}. */
    static final Constraint SCORE_WITHIN_WEIGHT = new Constraint("io.github.perfeval.core.validation.ScoreWithinWeight", "",
            "{io.github.perfeval.ScoreWithinWeight.message}", Rule.SCORE_WITHIN_WEIGHT, 0);

    static final Bean<LabelledText> LABELLED_TEXT = new Bean<>(LabelledText.class, List.of(),
            value("label", NOT_NULL), value("text", NOT_NULL)) {
        @Override
        Object get(LabelledText t, String property) {
            switch (property) {
                case "label":
                    return t.getLabel();
                case "text":
                    return t.getText();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    static final Bean<TextSection> TEXT_SECTION = new Bean<>(TextSection.class, List.of(),
            value("kind", NOT_NULL), value("label", NOT_NULL), value("text", NOT_NULL)) {
        @Override
        Object get(TextSection s, String property) {
            switch (property) {
                case "kind":
                    return s.getKind();
                case "label":
                    return s.getLabel();
                case "text":
                    return s.getText();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    static final Bean<SplitTarget> SPLIT_TARGET = new Bean<>(SplitTarget.class, List.of()) {
        @Override
        Object get(SplitTarget t, String property) {
            throw noGetter(type, property);
        }
    };

    static final Bean<BudgetLine> BUDGET_LINE = new Bean<>(BudgetLine.class, List.of(),
            optional("initial", NON_NEGATIVE), optional("adjusted", NON_NEGATIVE), optional("executed", NON_NEGATIVE),
            optional("declaredRate", NON_NEGATIVE), optional("labelAmount", NON_NEGATIVE)) {
        @Override
        Object get(BudgetLine l, String property) {
            switch (property) {
                case "initial":
                    return l.getInitial();
                case "adjusted":
                    return l.getAdjusted();
                case "executed":
                    return l.getExecuted();
                case "declaredRate":
                    return l.getDeclaredRate();
                case "labelAmount":
                    return l.getLabelAmount();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    static final Bean<Budget> BUDGET = new Bean<>(Budget.class, List.of(),
            listValid("lines", BUDGET_LINE), optional("weight", NON_NEGATIVE), optional("declaredScore", NON_NEGATIVE)) {
        @Override
        Object get(Budget b, String property) {
            switch (property) {
                case "lines":
                    return b.getLines();
                case "weight":
                    return b.getWeight();
                case "declaredScore":
                    return b.getDeclaredScore();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    static final Bean<Indicator> INDICATOR = new Bean<>(Indicator.class, List.of(SCORE_WITHIN_WEIGHT),
            value("name", NOT_BLANK), optional("weight", NON_NEGATIVE), optional("declaredScore", NON_NEGATIVE),
            optionalValid("splitTarget", SPLIT_TARGET), listValid("extras", LABELLED_TEXT), listValid("comments", LABELLED_TEXT)) {
        @Override
        Object get(Indicator i, String property) {
            switch (property) {
                case "name":
                    return i.getName();
                case "weight":
                    return i.getWeight();
                case "declaredScore":
                    return i.getDeclaredScore();
                case "splitTarget":
                    return i.getSplitTarget();
                case "extras":
                    return i.getExtras();
                case "comments":
                    return i.getComments();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    static final Bean<Form> FORM = new Bean<>(Form.class, List.of(),
            value("kind", NOT_NULL), optional("year", YEAR_MIN, YEAR_MAX), listValid("headerFields", LABELLED_TEXT),
            optionalValid("budget", BUDGET), listValid("indicators", INDICATOR), optional("declaredWeightTotal", NON_NEGATIVE),
            optional("declaredTotal", NON_NEGATIVE), optionalValid("declaredGrade", LABELLED_TEXT),
            listValid("textSections", TEXT_SECTION)) {
        @Override
        Object get(Form f, String property) {
            switch (property) {
                case "kind":
                    return f.getKind();
                case "year":
                    return f.getYear();
                case "headerFields":
                    return f.getHeaderFields();
                case "budget":
                    return f.getBudget();
                case "indicators":
                    return f.getIndicators();
                case "declaredWeightTotal":
                    return f.getDeclaredWeightTotal();
                case "declaredTotal":
                    return f.getDeclaredTotal();
                case "declaredGrade":
                    return f.getDeclaredGrade();
                case "textSections":
                    return f.getTextSections();
                default:
                    throw noGetter(type, property);
            }
        }
    };

    /** Every type in the table, the form first. */
    static final List<Bean<?>> ALL = List.of(FORM, INDICATOR, BUDGET, BUDGET_LINE, LABELLED_TEXT, TEXT_SECTION, SPLIT_TARGET);
}
