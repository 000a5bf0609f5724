package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.source.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One violation of a constraint on a form, found by Hibernate Validator ({@link FormValidator}) or directly
 * ({@link BuiltInConstraints}), and what both make of it: the order violations are reported in and the
 * {@code CONSTRAINT_VIOLATION} diagnostic of each, written here once for both.
 */
final class Violation {

    /** Bean Validation's property path ({@code indicators[3].weight}; empty for the form itself). */
    final String path;
    /** The constraint's annotation type, by name. */
    final String constraint;
    /** What the constraint says. */
    final MessageArgument message;

    Violation(String path, String constraint, MessageArgument message) {
        this.path = path;
        this.constraint = constraint;
        this.message = message;
    }

    /**
     * The order violations are reported in: by property path as written ({@code indicators[10]} before
     * {@code indicators[2]}), then by constraint.
     */
    static int compare(String path, String constraint, String otherPath, String otherConstraint) {
        int c = path.compareTo(otherPath);
        return c != 0 ? c : constraint.compareTo(otherConstraint);
    }

    /** {@link #compare} of these violations (a class, not a lambda: see {@link ModelConstraints}). */
    static final Comparator<Violation> ORDER = new Comparator<>() {
        @Override
        public int compare(Violation a, Violation b) {
            return Violation.compare(a.path, a.constraint, b.path, b.constraint);
        }
    };

    /**
     * The key a constraint message template names ({@code {io.github.perfeval.NonNegative.message}} →
     * {@code io.github.perfeval.NonNegative.message}), or null when the template is not one key. The diagnostic bundles
     * word it as {@code constraint.} and the key.
     */
    static String templateKey(String template) {
        if (template != null && template.length() > 2 && template.startsWith("{") && template.endsWith("}")
                && template.indexOf('{', 1) < 0) {
            return template.substring(1, template.length() - 1);
        }
        return null;
    }

    /**
     * The diagnostics of violations of one form, in {@link #ORDER}.
     *
     * @param form the form validated
     * @param sorted its violations, sorted
     */
    static List<Diagnostic> diagnostics(Form form, List<Violation> sorted) {
        List<Diagnostic> out = new ArrayList<>(sorted.size());
        for (Violation v : sorted) {
            out.add(Diagnostic.of(StandardCode.CONSTRAINT_VIOLATION, locate(form, v.path), MessageArgument.text(v.path), v.message));
        }
        return out;
    }

    /** The indicator's place for a path into an indicator, else the form's sheet, else the path. */
    private static Location locate(Form form, String path) {
        if (path.startsWith("indicators[")) {
            int close = path.indexOf(']');
            try {
                int index = Integer.parseInt(path.substring("indicators[".length(), close));
                if (index >= 0 && index < form.getIndicators().size()) {
                    return form.getIndicators().get(index).location();
                }
            } catch (RuntimeException notAnIndex) {
                // fall through to the form's place
            }
        }
        return form.getSheet().map(Location::sheet).orElse(Location.indicator(path.isEmpty() ? "form" : path));
    }
}
