package io.github.perfeval.cli.args;

/**
 * A command's parameter given by place ({@code IN}, {@code OUT}) or all the remaining places ({@code FILE...}),
 * read as a path.
 *
 * <pre>{@code
 * PositionalSpec.many("FILE")   // FILE..., at least one
 * PositionalSpec.one("IN")      // exactly one
 * }</pre>
 */
public final class PositionalSpec {

    private final String label;
    private final boolean many;

    private PositionalSpec(String label, boolean many) {
        this.label = label;
        this.many = many;
    }

    /**
     * A required parameter in one place.
     *
     * @param label its name in messages
     * @return the parameter
     */
    public static PositionalSpec one(String label) {
        return new PositionalSpec(label, false);
    }

    /**
     * One or more values: every remaining place.
     *
     * @param label its name in messages
     * @return the parameter
     */
    public static PositionalSpec many(String label) {
        return new PositionalSpec(label, true);
    }

    /** @return its name in messages and the key its values are found by */
    public String label() {
        return label;
    }

    /** @return whether it takes every remaining place */
    public boolean isMany() {
        return many;
    }
}
