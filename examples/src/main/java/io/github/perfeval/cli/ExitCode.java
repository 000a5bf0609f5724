package io.github.perfeval.cli;

/**
 * The exit codes of {@code perfeval}; README lists them. A higher code wins when several apply.
 */
final class ExitCode {

    /** Every file was read and no form has an ERROR diagnostic. */
    static final int OK = 0;
    /** Some form has an ERROR diagnostic (the forms are wrong; perfeval did its job). */
    static final int FORM_ERRORS = 1;
    /**
     * Bad usage (unknown option, missing argument, unknown output extension, output that is the input), an
     * input that cannot be read (missing, unreadable folder or file, not a workbook, bad JSON), or an output
     * that cannot be written (the previous file is then untouched).
     */
    static final int USAGE_OR_UNREADABLE = 2;
    /**
     * perfeval itself failed: an unexpected exception (a bug; please report it) or out of memory (raise
     * {@code -Xmx}). The same code as the JVM's own {@code -XX:+ExitOnOutOfMemoryError}.
     */
    static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
