package io.github.perfeval.cli.args;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A command as data: its name, its usage text (printed as written for {@code --help} and after a usage error),
 * its version text, its options (every command has {@code -h, --help} and {@code -V, --version}), its
 * parameters, its subcommands and how it is made from what was parsed.
 *
 * <pre>{@code
 * CommandSpec.named("convert", USAGE, ConvertCommand::new)
 *         .parameter(PositionalSpec.one("IN")).parameter(PositionalSpec.one("OUT"));
 * }</pre>
 */
public final class CommandSpec {

    /** {@code -h, --help}: every command's. */
    public static final OptionSpec HELP = OptionSpec.flag("-h", "--help");
    /** {@code -V, --version}: every command's. */
    public static final OptionSpec VERSION = OptionSpec.flag("-V", "--version");

    private final String name;
    private final String usage;
    private final Function<ParsedCommand, Callable<Integer>> factory;
    private final List<OptionSpec> options = new ArrayList<>(List.of(HELP, VERSION));
    private final List<PositionalSpec> parameters = new ArrayList<>();
    private final Map<String, CommandSpec> subcommands = new LinkedHashMap<>();
    private String version = "";

    private CommandSpec(String name, String usage, Function<ParsedCommand, Callable<Integer>> factory) {
        this.name = name;
        this.usage = usage;
        this.factory = factory;
    }

    /**
     * A command; add its options, parameters and subcommands before parsing with it.
     *
     * @param name the name it is called by
     * @param usage its usage text, lines ending in {@code \n}
     * @param factory makes the command to run from what was parsed
     * @return the command
     */
    public static CommandSpec named(String name, String usage, Function<ParsedCommand, Callable<Integer>> factory) {
        return new CommandSpec(name, usage, factory);
    }

    /**
     * @param option an option besides help and version
     * @return this
     */
    public CommandSpec option(OptionSpec option) {
        options.add(option);
        return this;
    }

    /**
     * @param parameter the next parameter by place
     * @return this
     */
    public CommandSpec parameter(PositionalSpec parameter) {
        parameters.add(parameter);
        return this;
    }

    /**
     * @param subcommand a subcommand, called by its name after this command's options
     * @return this
     */
    public CommandSpec subcommand(CommandSpec subcommand) {
        subcommands.put(subcommand.name, subcommand);
        return this;
    }

    /**
     * @param text what {@code --version} prints (nothing when not set)
     * @return this
     */
    public CommandSpec version(String text) {
        this.version = text;
        return this;
    }

    /** @return the name it is called by */
    public String name() {
        return name;
    }

    /** @return the usage text, lines ending in {@code \n} */
    public String usage() {
        return usage;
    }

    /** @return the version text, empty when it has none */
    public String versionText() {
        return version;
    }

    /** @return the options, help and version first */
    public List<OptionSpec> options() {
        return Collections.unmodifiableList(options);
    }

    /** @return the parameters by place */
    public List<PositionalSpec> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** @return the subcommands by name, in their order */
    public Map<String, CommandSpec> subcommands() {
        return Collections.unmodifiableMap(subcommands);
    }

    /** @return the option with this name, or null */
    OptionSpec option(String optionName) {
        for (OptionSpec o : options) {
            if (o.names().contains(optionName)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Makes the command to run.
     *
     * @param parsed what was parsed for this command
     * @return the command
     */
    public Callable<Integer> create(ParsedCommand parsed) {
        return factory.apply(parsed);
    }
}
