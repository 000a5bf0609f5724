package io.github.perfeval.spring.web;

import io.github.perfeval.core.diagnostic.Diagnostic;

import java.util.List;

/** A posted form breaks a constraint of the model; {@link PerfevalProblems} answers with the diagnostics. */
public class InvalidFormException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * The failure.
     *
     * @param diagnostics what the validator found
     */
    public InvalidFormException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " constraint violation(s)");
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * What the validator found.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }
}
