package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.scoring.Evaluation;

import java.util.List;

/**
 * A check of the user's own that compares a department's self-evaluation form with its basic-data
 * table (a {@link io.github.perfeval.core.basicdata.DepartmentFiling}: same unit, same year). perfeval
 * defines no such check itself: the two do not share a scope, and what to compare is the province's call.
 *
 * <pre>{@code
 * FilingRule staffingIndicator = (form, table) -> ...;   // e.g. the form's 在职人员控制率 indicator against the table
 * FilingEvaluation e = BasicDataChecker.builder().addFilingRule(staffingIndicator).build()
 *         .evaluate(filing, Scorer.create());
 * e.getDiagnostics();                                   // what the rule found
 * }</pre>
 *
 * <p>Rules must be thread-safe: one checker is shared by many threads.
 */
@FunctionalInterface
public interface FilingRule {

    /**
     * Compares a scored form with its checked basic-data table.
     *
     * @param form the form's evaluation (the form, its scores, its diagnostics)
     * @param table the table's evaluation (the table, its derived figures, its diagnostics)
     * @return the findings; empty when all is well
     */
    List<Diagnostic> check(Evaluation form, BasicDataEvaluation table);
}
