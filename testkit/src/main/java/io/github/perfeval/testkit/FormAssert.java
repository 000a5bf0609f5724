package io.github.perfeval.testkit;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import org.assertj.core.api.AbstractAssert;

import java.util.stream.Collectors;

/** Assertions on a {@link Form}. */
public final class FormAssert extends AbstractAssert<FormAssert, Form> {

    FormAssert(Form actual) {
        super(actual, FormAssert.class);
    }

    /** The form has this many indicators. */
    public FormAssert hasIndicatorCount(int count) {
        isNotNull();
        if (actual.getIndicators().size() != count) {
            failWithMessage("Expected %d indicators but the form has %d:%n%s", count, actual.getIndicators().size(), names());
        }
        return this;
    }

    /** The form has an indicator with this level-3 name. */
    public FormAssert hasIndicator(String name) {
        isNotNull();
        if (actual.getIndicators().stream().noneMatch(i -> i.getName().equals(name))) {
            failWithMessage("Expected an indicator named \"%s\"; the form has:%n%s", name, names());
        }
        return this;
    }

    /** The indicator with this name has this target, as written. */
    public FormAssert hasTarget(String name, String target) {
        Indicator i = actual.getIndicators().stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
        if (i == null) {
            failWithMessage("Expected an indicator named \"%s\"; the form has:%n%s", name, names());
        } else if (!i.getTarget().getRaw().equals(target)) {
            failWithMessage("Expected \"%s\" to have target \"%s\" but it has \"%s\"", name, target, i.getTarget().getRaw());
        }
        return this;
    }

    private String names() {
        return actual.getIndicators().stream().map(i -> "  " + i.getPath() + "  " + i.getTarget().getRaw() + " → " + i.getActual().getRaw())
                .collect(Collectors.joining("\n"));
    }
}
