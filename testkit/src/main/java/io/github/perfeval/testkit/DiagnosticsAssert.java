package io.github.perfeval.testkit;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.stream.Collectors;

/** Assertions on the diagnostics of one code. */
public final class DiagnosticsAssert extends AbstractAssert<DiagnosticsAssert, List<Diagnostic>> {

    private final DiagnosticCode code;
    private final List<Diagnostic> all;

    DiagnosticsAssert(List<Diagnostic> found, DiagnosticCode code, List<Diagnostic> all) {
        super(found, DiagnosticsAssert.class);
        this.code = code;
        this.all = all;
    }

    /**
     * One of them is at this place: {@code sheet!cell}, or an indicator path such as
     * {@code 效益指标/可持续影响指标/应急救援装备水平}.
     */
    public DiagnosticsAssert at(String where) {
        boolean any = actual.stream().anyMatch(d -> d.getWhere().equals(where)
                || d.getLocation().flatMap(l -> l.getIndicator()).map(where::equals).orElse(false));
        if (!any) {
            failWithMessage("Expected %s at %s but it is at:%n%s", code.name(), where,
                    actual.stream().map(d -> "  " + (d.getWhere().isEmpty() ? "(the whole form)" : d.getWhere()))
                            .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** One of them has a message (Chinese or English) containing this text. */
    public DiagnosticsAssert withMessageContaining(String text) {
        boolean any = actual.stream().anyMatch(d -> d.getMessageZh().contains(text) || d.getMessageEn().contains(text));
        if (!any) {
            failWithMessage("Expected a %s message containing \"%s\"; the messages were:%n%s", code.name(), text,
                    EvaluationAssert.list(actual));
        }
        return this;
    }

    /** All of them have this severity. */
    public DiagnosticsAssert withSeverity(Severity severity) {
        List<Diagnostic> other = actual.stream().filter(d -> d.getSeverity() != severity).collect(Collectors.toList());
        if (!other.isEmpty()) {
            failWithMessage("Expected every %s to be %s; these are not:%n%s", code.name(), severity, EvaluationAssert.list(other));
        }
        return this;
    }

    /** There are exactly this many. */
    public DiagnosticsAssert times(int count) {
        if (actual.size() != count) {
            failWithMessage("Expected %d × %s but found %d:%n%s", count, code.name(), actual.size(), EvaluationAssert.list(actual));
        }
        return this;
    }

    /** All diagnostics of the evaluation, for context in custom checks. */
    public List<Diagnostic> all() {
        return all;
    }
}
