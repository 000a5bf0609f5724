package io.github.perfeval.cli.args;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * Runs a command line: parses it, prints help or the version when asked (exit 0), refuses a bad use with its message
 * and the command's usage on standard error (exit 2), or makes the command and returns its exit code.
 *
 * <pre>{@code
 * int code = CommandRunner.run(root, args, failure -> 3);
 * }</pre>
 */
public final class CommandRunner {

    /** The exit code of a bad use. */
    public static final int USAGE = 2;

    private CommandRunner() {
    }

    /**
     * @param root the top command
     * @param args the arguments
     * @param failure the exit code of a command that threw (other than a {@link UsageException})
     * @return the exit code
     */
    public static int run(CommandSpec root, String[] args, ToIntFunction<Exception> failure) {
        try {
            List<ParsedCommand> chain = ArgumentParser.parse(root, args);
            for (ParsedCommand p : chain) {
                if (p.isHelpRequested()) {
                    PrintStream out = stream(System.out);
                    out.print(lines(p.spec().usage()));
                    out.flush();
                    return 0;
                }
                if (p.isVersionRequested()) {
                    PrintStream out = stream(System.out);
                    if (!p.spec().versionText().isEmpty()) {
                        out.println(p.spec().versionText());
                    }
                    out.flush();
                    return 0;
                }
            }
            for (ParsedCommand p : chain) {
                ArgumentParser.validate(p);
            }
            ParsedCommand command = chain.get(chain.size() - 1);
            Callable<Integer> callable = command.spec().create(command);
            return callable.call();
        } catch (UsageException e) {
            PrintStream err = stream(System.err);
            err.println(e.getMessage());
            if (e.suggestions() != null) {
                err.println(e.suggestions());
            } else {
                err.print(lines(e.spec().usage()));
            }
            err.flush();
            return USAGE;
        } catch (Exception e) {
            return failure.applyAsInt(e);
        }
    }

    private static String lines(String text) {
        String separator = System.lineSeparator();
        return "\n".equals(separator) ? text : text.replace("\n", separator);
    }

    /** In UTF-8, as everything else perfeval prints (picocli wrote in the platform's encoding). */
    private static PrintStream stream(PrintStream stream) {
        return new PrintStream(stream, false, StandardCharsets.UTF_8);
    }
}
