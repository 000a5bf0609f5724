package io.github.perfeval.cli.args;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the arguments gave one command: its options' values, its parameters, whether help or the version was
 * asked for, and the arguments it could not place (reported only when no help was asked for).
 *
 * <pre>{@code
 * Format format = parsed.value(FORMAT, Format.text);
 * List<Path> files = parsed.paths("FILE");
 * }</pre>
 */
public final class ParsedCommand {

    /** An argument no option or parameter took, with its index among all the arguments. */
    static final class Unmatched {
        final String arg;
        final int index;

        Unmatched(String arg, int index) {
            this.arg = arg;
            this.index = index;
        }
    }

    private final CommandSpec spec;
    private final Map<OptionSpec, Object> values = new HashMap<>();
    private final Map<String, List<Path>> paths = new HashMap<>();
    private final List<Unmatched> unmatched = new ArrayList<>();

    ParsedCommand(CommandSpec spec) {
        this.spec = spec;
    }

    /** @return the command these arguments were for */
    public CommandSpec spec() {
        return spec;
    }

    /**
     * The value an option was given.
     *
     * @param option one of this command's options
     * @param otherwise its default
     * @param <T> its type
     * @return the value given, or the default
     */
    @SuppressWarnings("unchecked")
    public <T> T value(OptionSpec option, T otherwise) {
        Object v = values.get(option);
        return v == null ? otherwise : (T) v;
    }

    /**
     * @param flag one of this command's flags
     * @return whether it was given (and not as {@code =false})
     */
    public boolean isSet(OptionSpec flag) {
        return Boolean.TRUE.equals(values.get(flag));
    }

    /**
     * @param label a parameter's label
     * @return the paths it was given, in their order (empty when none)
     */
    public List<Path> paths(String label) {
        return paths.getOrDefault(label, List.of());
    }

    /**
     * @param label a parameter that takes one place
     * @return its path, or null when not given
     */
    public Path path(String label) {
        List<Path> p = paths(label);
        return p.isEmpty() ? null : p.get(0);
    }

    /** @return whether {@code -h} or {@code --help} was given */
    public boolean isHelpRequested() {
        return isSet(CommandSpec.HELP);
    }

    /** @return whether {@code -V} or {@code --version} was given */
    public boolean isVersionRequested() {
        return isSet(CommandSpec.VERSION);
    }

    boolean has(OptionSpec option) {
        return values.containsKey(option);
    }

    void put(OptionSpec option, Object value) {
        values.put(option, value);
    }

    void add(String label, Path path) {
        paths.computeIfAbsent(label, k -> new ArrayList<>()).add(path);
    }

    void unmatched(String arg, int index) {
        unmatched.add(new Unmatched(arg, index));
    }

    List<Unmatched> unmatched() {
        return unmatched;
    }
}
