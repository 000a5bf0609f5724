package io.github.perfeval.cli;

import io.github.perfeval.cli.args.CommandRunner;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code java -jar perfeval.jar check|convert|export|report …}: see {@link PerfevalCommand}; exit codes in
 * {@link ExitCode}.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        quietLibraries();
        StartupWarmUp.startFor(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        quietLibraries();
        try {
            return CommandRunner.run(PerfevalCommand.SPEC, args, Main::internalError);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            return internalError(e);
        }
    }

    /** One line on stderr for a failure of perfeval itself, and {@link ExitCode#INTERNAL_ERROR}. */
    static int internalError(Throwable e) {
        err().println(internalMessage(e));
        return ExitCode.INTERNAL_ERROR;
    }

    /** What to say about a failure of perfeval itself. */
    static String internalMessage(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "perfeval: 内存不足 / out of memory (" + FormFiles.oneLine(e.getMessage()) + "); give the JVM more with -Xmx";
        }
        return "perfeval: 内部错误 / internal error: " + e.getClass().getName() + ": " + FormFiles.oneLine(e.getMessage())
                + at(e) + " (please report it)";
    }

    private static String at(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    /** The one-line reason an output could not be written (the previous file is untouched). */
    static String cannotWrite(Path out, Exception e) {
        return out + ": 无法写入，原文件未改动 / cannot be written, the previous file is untouched: "
                + (e instanceof java.io.IOException ? FormFiles.ioReason((java.io.IOException) e) : FormFiles.oneLine(e.getMessage()));
    }

    /** Standard error in UTF-8, whatever the platform's encoding. */
    static PrintStream err() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }

    /**
     * POI logs through log4j-api, and Hibernate Validator through JBoss Logging, pointed at log4j-api here too (it
     * chose it anyway, after probing for other back ends): a command line prints neither. java.util.logging is never
     * started (its LogManager took about 15 ms of every start, docs/PERFORMANCE.md).
     */
    static void quietLibraries() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "log4j2");
        }
    }
}
