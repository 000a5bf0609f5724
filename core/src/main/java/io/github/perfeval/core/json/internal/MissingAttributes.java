package io.github.perfeval.core.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A required model attribute absent from JSON: the generated builder refuses to build
 * ({@code Cannot build Form, some of required attributes are not set [kind]}); the guarded
 * deserializers turn that into a mapping error at the attribute's JSON path, so that a form without
 * {@code kind} is answered "missing property kind at /kind", not with a builder's message at the root.
 */
final class MissingAttributes {

    private static final Pattern NOT_SET = Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^],]+)");

    private MissingAttributes() {
    }

    /** The first missing attribute named in the cause chain, or null. */
    static String in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null) {
                Matcher m = NOT_SET.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    static String message(String attribute) {
        return "Missing required property '" + attribute + "'";
    }
}
