package io.github.perfeval.cli.args;

/**
 * A bad use of a command: an unknown option, a missing or bad value, a missing parameter. The command line prints
 * the message, then either the suggestions (when an unknown name resembles a known one) or the command's usage,
 * on standard error, and exits with 2.
 *
 * <pre>{@code
 * throw new UsageException(spec, "--jobs 至少为1 / --jobs must be at least 1");
 * }</pre>
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CommandSpec spec;
    private final String suggestions;

    /**
     * @param spec the command whose usage follows the message
     * @param message what is wrong
     */
    public UsageException(CommandSpec spec, String message) {
        this(spec, message, null);
    }

    UsageException(CommandSpec spec, String message, String suggestions) {
        super(message, null, false, false);
        this.spec = spec;
        this.suggestions = suggestions;
    }

    /** @return the command whose usage follows the message */
    public CommandSpec spec() {
        return spec;
    }

    /** @return the line of suggestions printed instead of the usage, or null */
    public String suggestions() {
        return suggestions;
    }
}
