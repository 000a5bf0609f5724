package io.github.perfeval.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One option of a command: its names ({@code -h}, {@code --help}), and for an option that takes a value its
 * label in messages ({@code <format>}, {@code N}) and how the value is read.
 *
 * <pre>{@code
 * OptionSpec.oneOf(Format.class, "<format>", "--format")
 * }</pre>
 */
public final class OptionSpec {

    private final List<String> names;
    private final String paramLabel;
    private final Function<String, Object> converter;

    private OptionSpec(List<String> names, String paramLabel, Function<String, Object> converter) {
        this.names = names;
        this.paramLabel = paramLabel;
        this.converter = converter;
    }

    /**
     * An option without a value ({@code --indicators}); {@code --indicators=false} is accepted too.
     *
     * @param names its names, shortest first
     * @return the option
     */
    public static OptionSpec flag(String... names) {
        return new OptionSpec(List.of(names), null, null);
    }

    /**
     * An option whose value is one of an enum's constants, matched ignoring case.
     *
     * @param type the enum
     * @param paramLabel the value's label in messages
     * @param names the option's names
     * @param <E> the enum
     * @return the option
     */
    public static <E extends Enum<E>> OptionSpec oneOf(Class<E> type, String paramLabel, String... names) {
        E[] constants = type.getEnumConstants();
        List<String> allowed = new ArrayList<>();
        for (E e : constants) {
            allowed.add(e.name());
        }
        return new OptionSpec(List.of(names), paramLabel, value -> {
            for (E e : constants) {
                if (e.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new IllegalArgumentException("expected one of " + allowed + " (case-insensitive) but was '" + value + "'");
        });
    }

    /**
     * An option whose value is a decimal {@code int}.
     *
     * @param paramLabel the value's label in messages
     * @param names the option's names
     * @return the option
     */
    public static OptionSpec integer(String paramLabel, String... names) {
        return new OptionSpec(List.of(names), paramLabel, value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not an int", e);
            }
        });
    }

    /** @return the names, as declared */
    public List<String> names() {
        return names;
    }

    /** @return the longest name, the one messages use */
    public String longestName() {
        String longest = names.get(0);
        for (String n : names) {
            if (n.length() > longest.length()) {
                longest = n;
            }
        }
        return longest;
    }

    /** @return whether the option takes a value */
    public boolean takesValue() {
        return converter != null;
    }

    /** @return how the option is named in messages: {@code '--format' (<format>)} */
    String describe() {
        return "'" + longestName() + "'" + (paramLabel == null ? "" : " (" + paramLabel + ")");
    }

    /** @return the value's label, or null for a flag */
    String paramLabel() {
        return paramLabel;
    }

    /**
     * Reads a value given to this option.
     *
     * @throws IllegalArgumentException saying why it is not one (the text after {@code Invalid value for option '…': })
     */
    Object convert(String value) {
        if (converter == null) {
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("'" + value + "' is not a boolean");
        }
        return converter.apply(value);
    }
}
