package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;

import java.util.List;

/**
 * A check of the user's own, run after perfeval's built-in checks on every evaluation. It sees the
 * form and what was computed, and returns its findings.
 *
 * <pre>{@code
 * FormRule reasonLength = evaluation -> evaluation.getIndicators().stream()
 *         .filter(r -> r.getScore().compareTo(r.getWeight()) < 0)
 *         .filter(r -> r.getIndicator().getDeviationReason().map(String::length).orElse(0) < 10)
 *         .map(r -> Diagnostic.of(MyCodes.SHORT_REASON, r.getIndicator().location(), "偏差原因不足10字", "reason under 10 characters"))
 *         .collect(Collectors.toList());
 * Scorer scorer = Scorer.builder().addRule(reasonLength).build();
 * }</pre>
 *
 * <p>A rule's messages are literal, Chinese and English as above: such a diagnostic has no message key,
 * and every language but Chinese reads the English. (perfeval's own diagnostics carry keys and
 * arguments instead, worded by message bundles; see {@link Diagnostic}.)
 *
 * <p>Rules must be thread-safe: one scorer is shared by many threads.
 */
@FunctionalInterface
public interface FormRule {

    /**
     * Checks one evaluated form.
     *
     * @param evaluation the form and its computed scores, with the built-in diagnostics
     * @return the findings; empty when all is well
     */
    List<Diagnostic> check(Evaluation evaluation);
}
