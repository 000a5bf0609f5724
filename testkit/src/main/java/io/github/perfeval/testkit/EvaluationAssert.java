package io.github.perfeval.testkit;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.policy.Grade;
import org.assertj.core.api.AbstractAssert;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on an {@link Evaluation}. */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /** The grade is the one given. */
    public EvaluationAssert hasGrade(Grade grade) {
        isNotNull();
        if (actual.getGrade() != grade) {
            failWithMessage("Expected grade %s (%s) but was %s (%s); computed total %s", grade, grade.label(),
                    actual.getGrade(), actual.getGrade().label(), actual.getScore().toPlainString());
        }
        return this;
    }

    /** The computed total equals the given decimal (compared by value: 93.99 equals 93.990). */
    public EvaluationAssert hasScore(String total) {
        isNotNull();
        if (actual.getScore().compareTo(new BigDecimal(total)) != 0) {
            failWithMessage("Expected computed total %s but was %s%nindicator scores:%n%s", total, actual.getScore().toPlainString(),
                    actual.getIndicators().stream().map(r -> "  " + r).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /**
     * There is at least one diagnostic with this code; continue with {@link DiagnosticsAssert#at(String)}.
     *
     * @param code the code
     * @return assertions on the diagnostics with that code
     */
    public DiagnosticsAssert hasDiagnostic(DiagnosticCode code) {
        isNotNull();
        List<Diagnostic> found = actual.diagnostics(code);
        if (found.isEmpty()) {
            failWithMessage("Expected a diagnostic %s but found none; the diagnostics were:%n%s", code.name(), list(actual.getDiagnostics()));
        }
        return new DiagnosticsAssert(found, code, actual.getDiagnostics());
    }

    /** There is no diagnostic with this code. */
    public EvaluationAssert hasNoDiagnostic(DiagnosticCode code) {
        isNotNull();
        List<Diagnostic> found = actual.diagnostics(code);
        if (!found.isEmpty()) {
            failWithMessage("Expected no diagnostic %s but found %d:%n%s", code.name(), found.size(), list(found));
        }
        return this;
    }

    /** No diagnostic is an ERROR. */
    public EvaluationAssert hasNoErrors() {
        isNotNull();
        List<Diagnostic> errors = actual.getDiagnostics().stream().filter(d -> d.getSeverity() == Severity.ERROR)
                .collect(Collectors.toList());
        if (!errors.isEmpty()) {
            failWithMessage("Expected no errors but found %d:%n%s", errors.size(), list(errors));
        }
        return this;
    }

    /** Assertions on the indicator with this name (the first, if names repeat). */
    public IndicatorResultAssert indicator(String name) {
        isNotNull();
        for (IndicatorResult r : actual.getIndicators()) {
            if (r.getIndicator().getName().equals(name)) {
                return new IndicatorResultAssert(r);
            }
        }
        failWithMessage("Expected an indicator named \"%s\"; the indicators are:%n%s", name,
                actual.getIndicators().stream().map(r -> "  " + r.getIndicator().getName()).collect(Collectors.joining("\n")));
        return null;
    }

    static String list(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "  (none)";
        }
        return diagnostics.stream().map(d -> "  " + d.getSeverity() + " " + d.getCode()
                + (d.getWhere().isEmpty() ? "" : " @ " + d.getWhere()) + ": " + d.getMessageZh())
                .collect(Collectors.joining("\n"));
    }
}
