package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Form;

import java.util.ArrayList;
import java.util.List;

/**
 * perfeval's own constraints on a form, checked directly, without a Bean Validation provider: the diagnostics
 * {@link FormValidator#create()} gives for the same form (the same violations, property paths, places, messages in
 * every language, and order), without Hibernate Validator's bootstrap and metadata (about 250 ms of CPU in a fresh
 * JVM, most of a one-form command line's start: docs/PERFORMANCE.md). For a command line or another short-lived
 * process that checks forms with perfeval's rules only; users' own rules need {@link FormValidator}.
 *
 * <pre>{@code
 * List<Diagnostic> found = BuiltInConstraints.check(form);   // FormValidator.create().validate(form), without its bootstrap
 * }</pre>
 *
 * <p>The constraints are those the model types declare by their annotations ({@code @NonNegative} figures,
 * {@code @ScoreWithinWeight} indicators, a {@code @NotBlank} indicator name, a fiscal year between 1990 and 2100,
 * {@code @NotNull} kinds and texts) on {@link Form} and on every type it cascades to; a test keeps this check and
 * the annotations the same. Constraints a subclass of a model type adds itself are not seen: validate such values
 * with {@link FormValidator}. Stateless and thread-safe.
 */
public final class BuiltInConstraints {

    private BuiltInConstraints() {
    }

    /**
     * Checks a form against perfeval's own constraints.
     *
     * @param form the form
     * @return one {@code CONSTRAINT_VIOLATION} diagnostic per violation, located at the indicator or the form's sheet,
     *     as {@link FormValidator#validate(Form)} reports them; empty when valid
     */
    public static List<Diagnostic> check(Form form) {
        List<Violation> found = new ArrayList<>(0);
        ModelConstraints.FORM.check(form, "", found);
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Violation.ORDER);
        return Violation.diagnostics(form, found);
    }
}
