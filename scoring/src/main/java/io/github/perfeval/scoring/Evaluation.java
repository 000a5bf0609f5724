package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.scoring.policy.Grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of scoring one form: per-indicator results, the budget result, declared and computed
 * totals, the grade, and every diagnostic.
 *
 * <pre>{@code
 * Evaluation e = Scorer.create().evaluate(form);
 * e.getScore();                                          // computed total, e.g. 93.99
 * e.getGrade();                                          // EXCELLENT
 * e.diagnostics(StandardCode.DECLARED_TOTAL_MISMATCH);   // what the form got wrong
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Evaluation {

    private final Form form;
    private final List<IndicatorResult> indicators;
    private final BudgetResult budget;
    private final BigDecimal weights;
    private final BigDecimal declaredWeights;
    private final BigDecimal declaredScores;
    private final BigDecimal declaredTotal;
    private final BigDecimal score;
    private final Grade grade;
    private final boolean weightsAssigned;
    private final List<Diagnostic> diagnostics;

    /**
     * The lists are the scorer's own, handed over: no one else holds them or adds to them afterwards, so they
     * are shown read-only rather than copied.
     */
    Evaluation(Form form, List<IndicatorResult> indicators, BudgetResult budget, BigDecimal weights,
               BigDecimal declaredWeights, BigDecimal declaredScores, BigDecimal declaredTotal, BigDecimal score,
               Grade grade, boolean weightsAssigned, List<Diagnostic> diagnostics) {
        this.form = form;
        this.indicators = Collections.unmodifiableList(indicators);
        this.budget = budget;
        this.weights = weights;
        this.declaredWeights = declaredWeights;
        this.declaredScores = declaredScores;
        this.declaredTotal = declaredTotal;
        this.score = score;
        this.grade = grade;
        this.weightsAssigned = weightsAssigned;
        this.diagnostics = Collections.unmodifiableList(diagnostics);
    }

    Evaluation withMoreDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Evaluation(form, indicators, budget, weights, declaredWeights, declaredScores, declaredTotal, score,
                grade, weightsAssigned, all);
    }

    /** The form evaluated. */
    public Form getForm() {
        return form;
    }

    /** One result per indicator, in the form's order. */
    public List<IndicatorResult> getIndicators() {
        return indicators;
    }

    /** The budget-execution result, when the form has a budget block. */
    public Optional<BudgetResult> getBudget() {
        return Optional.ofNullable(budget);
    }

    /** The sum of the weights used (indicators and budget): declared or assigned. */
    public BigDecimal getWeights() {
        return weights;
    }

    /** The sum of the weights the form declares (indicators and budget), when it declares any. */
    public Optional<BigDecimal> getDeclaredWeights() {
        return Optional.ofNullable(declaredWeights);
    }

    /** The sum of the declared indicator scores plus the declared budget score, when the form declares any. */
    public Optional<BigDecimal> getDeclaredScores() {
        return Optional.ofNullable(declaredScores);
    }

    /** The total the form declares (总分 得分). */
    public Optional<BigDecimal> getDeclaredTotal() {
        return Optional.ofNullable(declaredTotal);
    }

    /** The computed total: the sum of the rounded scores, never above 100. */
    public BigDecimal getScore() {
        return score;
    }

    /** The grade of the computed total. */
    public Grade getGrade() {
        return grade;
    }

    /** Whether the form had no weights and the scheme supplied them. */
    public boolean isWeightsAssigned() {
        return weightsAssigned;
    }

    /** Every diagnostic: reading, validation, consistency checks and user rules. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** The diagnostics with a code. */
    public List<Diagnostic> diagnostics(DiagnosticCode code) {
        return diagnostics.stream().filter(d -> d.is(code)).collect(Collectors.toList());
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "Evaluation " + form.budgetUnit().orElse("?") + ": " + score.toPlainString() + " " + grade + ", "
                + diagnostics.size() + " diagnostics";
    }
}
