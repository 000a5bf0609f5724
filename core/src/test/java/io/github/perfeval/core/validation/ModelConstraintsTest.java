package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Form;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ModelConstraints}' table is what Hibernate Validator reads from the model's annotations: the same types
 * reached from {@link Form}, the same constrained properties, the same constraints (annotation, attributes, message
 * template, groups, payload) on the same place (the getter or an {@code Optional}'s value), the same cascades; and
 * perfeval's own constraints are validated by the validators that call {@link ConstraintRules}. A constraint added
 * to, changed on or taken off the model fails here until {@link BuiltInConstraints} checks it too.
 */
class ModelConstraintsTest {

    private static final Validator HIBERNATE = FormValidator.create().validator();

    @Test
    void theTableIsWhatHibernateValidatorReadsFromTheAnnotations() {
        assertThat(String.join("\n", table())).isEqualTo(String.join("\n", hibernate()));
    }

    @Test
    void theTableIsNotEmptyAndCoversEveryKindOfConstraintTheModelUses() {
        // a guard against two empty descriptions agreeing
        assertThat(String.join("\n", table())).contains("Form.kind: jakarta.validation.constraints.NotNull")
                .contains("Form.year Optional: jakarta.validation.constraints.Max(value=2100) {io.github.perfeval.year.message}")
                .contains("Indicator: io.github.perfeval.core.validation.ScoreWithinWeight")
                .contains("Indicator.name: jakarta.validation.constraints.NotBlank")
                .contains("BudgetLine.executed Optional: io.github.perfeval.core.validation.NonNegative")
                .contains("Form.indicators List: @Valid Indicator")
                .contains("Form.budget Optional: @Valid Budget");
    }

    @Test
    void perfevalsOwnConstraintsAreValidatedByTheValidatorsThatShareTheirRules() {
        Map<String, List<Class<?>>> by = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Form.class));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            BeanDescriptor bean = HIBERNATE.getConstraintsForClass(type);
            List<ConstraintDescriptor<?>> all = new ArrayList<>(bean.getConstraintDescriptors());
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                all.addAll(p.getConstraintDescriptors());
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    all.addAll(e.getConstraintDescriptors());
                    if (e.isCascaded()) {
                        todo.add(e.getElementClass());
                    }
                }
            }
            for (ConstraintDescriptor<?> d : all) {
                String name = d.getAnnotation().annotationType().getName();
                if (name.startsWith("io.github.perfeval.")) {
                    by.put(name, new ArrayList<>(d.getConstraintValidatorClasses()));
                }
            }
        }
        assertThat(by).containsExactly(
                Map.entry(NonNegative.class.getName(), List.of(NonNegativeValidator.class)),
                Map.entry(ScoreWithinWeight.class.getName(), List.of(ScoreWithinWeightValidator.class)));
    }

    /** The table, one line a constraint or cascade, sorted. */
    private static List<String> table() {
        Set<String> lines = new TreeSet<>();
        for (ModelConstraints.Bean<?> bean : ModelConstraints.ALL) {
            String type = bean.type.getSimpleName();
            lines.add("type " + type);
            for (ModelConstraints.Constraint c : bean.own) {
                lines.add(type + ": " + c);
            }
            for (ModelConstraints.Property p : bean.properties) {
                String at = type + "." + p.name;
                for (ModelConstraints.Constraint c : p.onValue) {
                    lines.add(at + ": " + c);
                }
                String container = at + (p.list ? " List" : " Optional");
                for (ModelConstraints.Constraint c : p.onElement) {
                    lines.add(container + ": " + c);
                }
                if (p.cascade != null) {
                    lines.add(container + ": @Valid " + p.cascade.type.getSimpleName());
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** The same, from Hibernate Validator's metadata of Form and every type it cascades to. */
    private static List<String> hibernate() {
        Set<String> lines = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Form.class));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            String type = t.getSimpleName();
            lines.add("type " + type);
            BeanDescriptor bean = HIBERNATE.getConstraintsForClass(t);
            for (ConstraintDescriptor<?> d : bean.getConstraintDescriptors()) {
                lines.add(type + ": " + describe(d));
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                String at = type + "." + p.getPropertyName();
                for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
                    lines.add(at + ": " + describe(d));
                }
                if (p.isCascaded()) {
                    lines.add(at + ": @Valid on the getter itself " + p.getElementClass().getSimpleName());
                }
                if (!p.getGroupConversions().isEmpty()) {
                    lines.add(at + ": group conversions " + p.getGroupConversions());
                }
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    String container = at + " " + e.getContainerClass().getSimpleName()
                            + (e.getTypeArgumentIndex() == 0 ? "" : "<" + e.getTypeArgumentIndex() + ">");
                    for (ConstraintDescriptor<?> d : e.getConstraintDescriptors()) {
                        lines.add(container + ": " + describe(d));
                    }
                    if (e.isCascaded()) {
                        lines.add(container + ": @Valid " + e.getElementClass().getSimpleName());
                        todo.add(e.getElementClass());
                    }
                    if (!e.getConstrainedContainerElementTypes().isEmpty()) {
                        lines.add(container + ": nested container elements " + e.getConstrainedContainerElementTypes());
                    }
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** {@code jakarta.validation.constraints.Min(value=1990) {io.github.perfeval.year.message}}, and anything unusual. */
    private static String describe(ConstraintDescriptor<?> d) {
        Map<String, Object> attributes = new TreeMap<>(d.getAttributes());
        attributes.keySet().removeAll(Set.of("message", "groups", "payload"));
        StringBuilder sb = new StringBuilder(d.getAnnotation().annotationType().getName());
        if (!attributes.isEmpty()) {
            sb.append(attributes.toString().replace('{', '(').replace('}', ')').replace(", ", ","));
        }
        sb.append(' ').append(d.getMessageTemplate());
        if (!d.getGroups().equals(Set.of(Default.class))) {
            sb.append(" groups ").append(d.getGroups());
        }
        if (!d.getPayload().isEmpty()) {
            sb.append(" payload ").append(d.getPayload());
        }
        if (!d.getComposingConstraints().isEmpty()) {
            sb.append(" composed of ").append(d.getComposingConstraints());
        }
        return sb.toString();
    }
}
