package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of checking one basic-data table: the table, the figures derived from it, and every
 * diagnostic the checks and the user's rules found.
 *
 * <pre>{@code
 * BasicDataEvaluation e = BasicDataChecker.create().evaluate(table);
 * e.derived(DerivedMeasure.THREE_PUBLIC_CONTROL_RATE);    // Optional[0.8384]
 * e.diagnostics(BasicDataCode.BASIC_DATA_OVERSPENT);      // lines whose 决算 exceeds their 预算
 * e.hasErrors();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BasicDataEvaluation {

    private final BasicData table;
    private final Map<DerivedMeasure, DerivedFigure> derived;
    private final List<Diagnostic> diagnostics;

    BasicDataEvaluation(BasicData table, Map<DerivedMeasure, DerivedFigure> derived, List<Diagnostic> diagnostics) {
        this.table = table;
        this.derived = java.util.Collections.unmodifiableMap(new EnumMap<>(derived));
        this.diagnostics = List.copyOf(diagnostics);
    }

    BasicDataEvaluation withMoreDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new BasicDataEvaluation(table, derived, all);
    }

    /** The table checked. */
    public BasicData getBasicData() {
        return table;
    }

    /** Every derived figure, in {@link DerivedMeasure} order (each present, its value empty when it cannot be computed). */
    public Map<DerivedMeasure, DerivedFigure> getDerived() {
        return derived;
    }

    /** One derived figure. */
    public DerivedFigure derivedFigure(DerivedMeasure measure) {
        return derived.get(measure);
    }

    /** The value of one derived figure, a fraction; empty when it cannot be computed. */
    public Optional<BigDecimal> derived(DerivedMeasure measure) {
        return derived.get(measure).getValue();
    }

    /** Every diagnostic, in the order found. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** The diagnostics of one code. */
    public List<Diagnostic> diagnostics(DiagnosticCode code) {
        return diagnostics.stream().filter(d -> d.is(code)).collect(Collectors.toUnmodifiableList());
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "BasicDataEvaluation" + derived.values() + " with " + diagnostics.size() + " diagnostics";
    }
}
