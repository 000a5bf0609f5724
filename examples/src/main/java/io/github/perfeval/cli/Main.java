package io.github.perfeval.cli;

import picocli.CommandLine;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar perfeval.jar check|convert|export …}: see {@link PerfevalCommand}.
 */
public final class Main {

    /** Kept so that the logging level set on it is not collected away. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        quietLibraries();
        return new CommandLine(new PerfevalCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** POI logs through log4j-api and Hibernate Validator through JUL: a command line prints neither. */
    static void quietLibraries() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }
}
