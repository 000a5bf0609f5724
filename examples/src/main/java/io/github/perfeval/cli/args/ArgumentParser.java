package io.github.perfeval.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a command line against a {@link CommandSpec}: options by name ({@code --format json}, {@code --format=json},
 * short flags clustered as {@code -hV}), parameters by place, a subcommand by its name, {@code --} ending the
 * options. A value that cannot be read, a repeated option or an option without its value is refused at once;
 * arguments nothing took and missing parameters are refused by {@link #validate} (after help, which wins).
 *
 * <pre>{@code
 * List<ParsedCommand> chain = ArgumentParser.parse(root, args);   // the root, then the subcommand if one was named
 * }</pre>
 */
public final class ArgumentParser {

    private ArgumentParser() {
    }

    /**
     * @param root the top command
     * @param args the arguments
     * @return what each command in the chain was given: the root's, then its subcommand's when one was named
     * @throws UsageException for a value that cannot be read, a repeated option or an option without its value
     */
    public static List<ParsedCommand> parse(CommandSpec root, String... args) {
        List<ParsedCommand> chain = new ArrayList<>();
        ParsedCommand current = new ParsedCommand(root);
        chain.add(current);
        int parameter = 0;
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!endOfOptions) {
                if ("--".equals(arg)) {
                    endOfOptions = true;
                    continue;
                }
                CommandSpec sub = current.spec().subcommands().get(arg);
                if (sub != null) {
                    current = new ParsedCommand(sub);
                    chain.add(current);
                    parameter = 0;
                    continue;
                }
                if (resemblesOption(arg)) {
                    i = option(current, args, i);
                    continue;
                }
            }
            parameter = parameter(current, arg, i, parameter);
        }
        return chain;
    }

    /**
     * Refuses what a command was given when a parameter is missing or an argument was taken by nothing.
     *
     * @param parsed one command of the chain
     * @throws UsageException saying which
     */
    public static void validate(ParsedCommand parsed) {
        CommandSpec spec = parsed.spec();
        List<String> missing = new ArrayList<>();
        for (PositionalSpec p : spec.parameters()) {
            if (parsed.paths(p.label()).isEmpty()) {
                missing.add(p.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(spec, "Missing required parameter" + (missing.size() > 1 ? "s" : "") + ": " + quoted(missing));
        }
        List<ParsedCommand.Unmatched> unmatched = parsed.unmatched();
        if (unmatched.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>();
        for (ParsedCommand.Unmatched u : unmatched) {
            args.add(u.arg);
        }
        boolean one = args.size() == 1;
        ParsedCommand.Unmatched first = unmatched.get(0);
        String message = resemblesOption(first.arg)
                ? "Unknown option" + (one ? "" : "s") + ": " + quoted(args)
                : "Unmatched argument" + (one ? " at" : "s from") + " index " + first.index + ": " + quoted(args);
        throw new UsageException(spec, message, Suggestions.of(spec, first.arg));
    }

    /** Whether an argument is taken for an option's name: a dash and more, but not a negative number. */
    static boolean resemblesOption(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c < '0' || c > '9') {
                return true;
            }
        }
        return false;
    }

    private static int option(ParsedCommand current, String[] args, int i) {
        String arg = args[i];
        int eq = arg.indexOf('=');
        String name = eq > 0 ? arg.substring(0, eq) : arg;
        String attached = eq > 0 ? arg.substring(eq + 1) : null;
        OptionSpec option = current.spec().option(name);
        if (option != null) {
            return apply(current, option, attached, args, i);
        }
        if (!name.startsWith("--") && name.length() > 2 && current.spec().option(name.substring(0, 2)) != null) {
            // a cluster of short options: -hV
            for (int k = 1; k < name.length(); k++) {
                OptionSpec o = current.spec().option("-" + name.charAt(k));
                if (o == null) {
                    current.unmatched("-" + arg.substring(k), i);
                    return i;
                }
                boolean last = k == name.length() - 1;
                if (o.takesValue() && !last) {
                    return apply(current, o, arg.substring(k + 1), args, i);
                }
                i = apply(current, o, last ? attached : null, args, i);
            }
            return i;
        }
        current.unmatched(arg, i);
        return i;
    }

    private static int apply(ParsedCommand current, OptionSpec option, String attached, String[] args, int i) {
        CommandSpec spec = current.spec();
        if (current.has(option)) {
            throw new UsageException(spec, "option " + option.describe() + " should be specified only once");
        }
        if (!option.takesValue()) {
            current.put(option, attached == null ? Boolean.TRUE : convert(spec, option, attached));
            return i;
        }
        String value = attached;
        int next = i;
        if (value == null) {
            if (i + 1 >= args.length) {
                throw new UsageException(spec, "Missing required parameter for option " + option.describe());
            }
            if (spec.option(args[i + 1]) != null) {
                throw new UsageException(spec, "Expected parameter for option '" + option.longestName() + "' but found '" + args[i + 1] + "'");
            }
            value = args[i + 1];
            next = i + 1;
        }
        current.put(option, convert(spec, option, value));
        return next;
    }

    private static Object convert(CommandSpec spec, OptionSpec option, String value) {
        try {
            return option.convert(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(spec, "Invalid value for option '" + option.longestName() + "': " + e.getMessage());
        }
    }

    private static int parameter(ParsedCommand current, String arg, int i, int parameter) {
        List<PositionalSpec> parameters = current.spec().parameters();
        if (parameter >= parameters.size()) {
            current.unmatched(arg, i);
            return parameter;
        }
        PositionalSpec p = parameters.get(parameter);
        try {
            current.add(p.label(), Path.of(arg));
        } catch (InvalidPathException e) {
            throw new UsageException(current.spec(), "Invalid value for positional parameter at index "
                    + (p.isMany() ? parameter + "..*" : String.valueOf(parameter)) + " (" + p.label() + "): cannot convert '"
                    + arg + "' to Path (" + e + ")");
        }
        return p.isMany() ? parameter : parameter + 1;
    }

    private static String quoted(List<String> values) {
        StringBuilder s = new StringBuilder();
        for (String v : values) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append('\'').append(v).append('\'');
        }
        return s.toString();
    }
}
