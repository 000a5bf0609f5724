package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.diagnostic.Diagnostic;

import java.util.List;

/**
 * A check of the user's own on a basic-data table, run after perfeval's checks.
 *
 * <pre>{@code
 * BasicDataRule noReceptions = e -> e.getBasicData().getSpending()
 *         .flatMap(s -> s.line(SpendingItem.OFFICIAL_RECEPTION)).flatMap(SpendingLine::getActual)
 *         .filter(f -> f.isParsed() && f.decimal().signum() > 0)
 *         .map(f -> List.of(Diagnostic.of(MyCode.RECEPTIONS, f.getSource().orElse(null), "本单位不应有公务接待", "no receptions expected")))
 *         .orElse(List.of());
 * BasicDataChecker checker = BasicDataChecker.builder().addRule(noReceptions).build();
 * }</pre>
 *
 * <p>A rule's messages are literal, Chinese and English as above (see {@code FormRule}).
 *
 * <p>Rules must be thread-safe: one checker is shared by many threads.
 */
@FunctionalInterface
public interface BasicDataRule {

    /**
     * Checks one table.
     *
     * @param evaluation the table, its derived figures and perfeval's diagnostics
     * @return the findings; empty when all is well
     */
    List<Diagnostic> check(BasicDataEvaluation evaluation);
}
