package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.scoring.Evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A department's filing checked: the form's evaluation, the table's evaluation, and what the user's
 * {@link FilingRule}s found comparing them.
 *
 * <pre>{@code
 * FilingEvaluation e = checker.evaluate(filing, Scorer.create());
 * e.getForm().getScore();
 * e.getTable().derived(DerivedMeasure.STAFFING_RATE);
 * e.getDiagnostics();          // the filing rules' findings
 * e.allDiagnostics();          // the form's, the table's and the rules', in that order
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FilingEvaluation {

    private final DepartmentFiling filing;
    private final Evaluation form;
    private final BasicDataEvaluation table;
    private final List<Diagnostic> diagnostics;

    FilingEvaluation(DepartmentFiling filing, Evaluation form, BasicDataEvaluation table, List<Diagnostic> diagnostics) {
        this.filing = filing;
        this.form = form;
        this.table = table;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The filing checked. */
    public DepartmentFiling getFiling() {
        return filing;
    }

    /** The form's evaluation. */
    public Evaluation getForm() {
        return form;
    }

    /** The table's evaluation. */
    public BasicDataEvaluation getTable() {
        return table;
    }

    /** What the filing rules found. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** The form's diagnostics, the table's, then the filing rules'. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(form.getDiagnostics());
        all.addAll(table.getDiagnostics());
        all.addAll(diagnostics);
        return List.copyOf(all);
    }

    /** Whether any of {@link #allDiagnostics()} is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return allDiagnostics().stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
    }
}
