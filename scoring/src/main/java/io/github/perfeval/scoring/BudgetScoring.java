package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.policy.ScoringPolicy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Budget execution: rate, score, and the checks of the block's own arithmetic (declared rates, score,
 * overspending, breakdowns that do not add up to the total).
 */
final class BudgetScoring {

    private final ScoringPolicy policy;

    BudgetScoring(ScoringPolicy policy) {
        this.policy = policy;
    }

    BudgetResult score(Budget budget, BigDecimal weight, boolean assigned, List<Diagnostic> out) {
        Location blockPlace = budget.getSource().orElse(Location.indicator("预算执行/budget"));
        Optional<BudgetLine> total = budget.total();
        BigDecimal adjusted = total.flatMap(BudgetLine::getAdjusted).flatMap(Figure::getValue).orElse(null);
        BigDecimal executed = total.flatMap(BudgetLine::getExecuted).flatMap(Figure::getValue).orElse(null);
        BigDecimal declaredScore = budget.getDeclaredScore().flatMap(Figure::getValue).orElse(null);
        for (BudgetLine line : budget.getLines()) {
            checkRate(line, out);
        }
        checkBreakdowns(budget, out);

        BigDecimal rate = null;
        BigDecimal score;
        if (total.isEmpty() || adjusted == null || executed == null) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "budgetTotal", blockPlace));
            score = policy.round(BigDecimal.ZERO);
        } else if (adjusted.signum() == 0) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "adjustedZero", place(total.get(), blockPlace)));
            score = policy.round(BigDecimal.ZERO);
        } else {
            BigDecimal exact = executed.divide(adjusted, MathContext.DECIMAL64);
            rate = exact.setScale(4, RoundingMode.HALF_UP);
            BigDecimal raw = weight.multiply(exact).max(BigDecimal.ZERO);
            if (executed.compareTo(adjusted) > 0) {
                out.add(Diagnostic.of(StandardCode.BUDGET_OVERSPENT, place(total.get(), blockPlace), MessageArgument.number(executed),
                        MessageArgument.number(adjusted)));
                if (policy.capExecution()) {
                    raw = raw.min(weight);
                }
            }
            score = policy.round(raw);
        }
        if (declaredScore != null) {
            Location at = budget.getDeclaredScore().flatMap(Figure::getSource).orElse(blockPlace);
            if (declaredScore.compareTo(weight) > 0) {
                out.add(Diagnostic.variant(StandardCode.SCORE_EXCEEDS_WEIGHT, "budget", at, MessageArgument.number(declaredScore),
                        MessageArgument.number(weight)));
            }
            if (rate != null && declaredScore.subtract(score).abs().compareTo(policy.tolerance()) > 0) {
                out.add(Diagnostic.of(StandardCode.BUDGET_SCORE_MISMATCH, at, MessageArgument.number(declaredScore),
                        MessageArgument.number(rate.movePointRight(2)), MessageArgument.number(score)));
            }
        }
        return new BudgetResult(adjusted, executed, rate, weight, assigned, declaredScore, score);
    }

    /**
     * A declared rate is accepted when it differs from executed/adjusted by less than one unit of its last
     * shown digit ({@code 99.86%} is within 0.01% of the quotient; {@code 100%} within 1%), and never by
     * 1% or more: rounding and truncation to what the form shows are not mistakes.
     */
    private void checkRate(BudgetLine line, List<Diagnostic> out) {
        Optional<BigDecimal> declared = line.getDeclaredRate().flatMap(Figure::getValue);
        Optional<BigDecimal> adjusted = line.getAdjusted().flatMap(Figure::getValue);
        Optional<BigDecimal> executed = line.getExecuted().flatMap(Figure::getValue);
        if (declared.isEmpty() || adjusted.isEmpty() || executed.isEmpty()) {
            return;
        }
        if (adjusted.get().signum() == 0) {
            if (executed.get().signum() != 0 || declared.get().signum() != 0) {
                report(line, declared.get(), null, out);
            }
            return;
        }
        BigDecimal exact = executed.get().divide(adjusted.get(), MathContext.DECIMAL64);
        BigDecimal unit = lastShownDigit(line.getDeclaredRate().get());
        if (exact.subtract(declared.get()).abs().compareTo(unit) >= 0) {
            report(line, declared.get(), exact.setScale(4, RoundingMode.HALF_UP), out);
        }
    }

    /** One unit of the last digit a rate shows, as a fraction: {@code 99.86%} → 0.0001; {@code 0.9986} → 0.0001; at most 0.01. */
    static BigDecimal lastShownDigit(Figure rate) {
        String raw = rate.getRaw().strip();
        boolean percent = raw.endsWith("%") || raw.endsWith("％");
        String digits = percent ? raw.substring(0, raw.length() - 1) : raw;
        int point = digits.indexOf('.');
        int decimals = point < 0 ? 0 : digits.length() - point - 1;
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals + (percent ? 2 : 0));
        BigDecimal most = new BigDecimal("0.01");
        return unit.compareTo(most) > 0 ? most : unit;
    }

    private static void report(BudgetLine line, BigDecimal declared, BigDecimal computed, List<Diagnostic> out) {
        Location at = line.getDeclaredRate().flatMap(Figure::getSource).or(line::getSource)
                .orElse(Location.indicator("预算/" + line.getLabel()));
        MessageArgument c = computed == null ? MessageArgument.message("fragment.rateUndefined")
                : MessageArgument.message("fragment.percent", MessageArgument.number(computed.movePointRight(2)));
        out.add(Diagnostic.of(StandardCode.EXECUTION_RATE_MISMATCH, at, MessageArgument.text(line.getLabel()),
                MessageArgument.number(declared.movePointRight(2)), c));
    }

    /**
     * Rows by source must add up to the total in each column; the amounts written inside labels (by
     * income or expenditure nature) must add up to one of the total's columns, since the form does not
     * say which.
     */
    private void checkBreakdowns(Budget budget, List<Diagnostic> out) {
        Optional<BudgetLine> total = budget.total();
        if (total.isEmpty()) {
            return;
        }
        List<BudgetLine> sources = budget.getLines().stream()
                .filter(l -> l.getKind().breakdown() == BudgetLineKind.Breakdown.SOURCE).collect(java.util.stream.Collectors.toList());
        if (!sources.isEmpty()) {
            List<MessageArgument> missing = new java.util.ArrayList<>();
            compareColumn(MessageArgument.message("fragment.initial"), total.get().getInitial(), sources, BudgetLine::getInitial, total.get(), out)
                    .ifPresent(missing::add);
            compareColumn(MessageArgument.message("fragment.adjusted"), total.get().getAdjusted(), sources, BudgetLine::getAdjusted, total.get(), out)
                    .ifPresent(missing::add);
            compareColumn(MessageArgument.message("fragment.executed"), total.get().getExecuted(), sources, BudgetLine::getExecuted, total.get(), out)
                    .ifPresent(missing::add);
            if (!missing.isEmpty()) {
                out.add(Diagnostic.of(StandardCode.BUDGET_TOTAL_MISSING, place(total.get(), Location.indicator("预算/" + total.get().getLabel())),
                        MessageArgument.text(total.get().getLabel()), MessageArgument.list("list.semicolon", missing)));
            }
        }
        for (BudgetLineKind.Breakdown nature : new BudgetLineKind.Breakdown[] {BudgetLineKind.Breakdown.INCOME_NATURE,
                BudgetLineKind.Breakdown.EXPENDITURE_NATURE}) {
            List<BigDecimal> amounts = budget.getLines().stream().filter(l -> l.getKind().breakdown() == nature)
                    .map(l -> l.getLabelAmount().flatMap(Figure::getValue).orElse(null))
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toList());
            if (amounts.isEmpty()) {
                continue;
            }
            BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean matches = java.util.stream.Stream.of(total.get().getInitial(), total.get().getAdjusted(), total.get().getExecuted())
                    .map(f -> f.flatMap(Figure::getValue))
                    .anyMatch(v -> v.isPresent() && v.get().subtract(sum).abs().compareTo(policy.tolerance()) <= 0);
            if (!matches) {
                String zh = nature == BudgetLineKind.Breakdown.INCOME_NATURE ? "按收入性质分" : "按支出性质分";
                MessageArgument what = MessageArgument.message(nature == BudgetLineKind.Breakdown.INCOME_NATURE ? "fragment.byIncomeNature"
                        : "fragment.byExpenditureNature");
                out.add(Diagnostic.variant(StandardCode.BUDGET_BREAKDOWN_MISMATCH, "nature", place(total.get(), Location.indicator("预算/" + zh)),
                        what, MessageArgument.number(sum)));
            }
        }
    }

    /**
     * The rows by source against the total in one column. A blank row (or one marked {@code /}) is not
     * filled: it counts as nothing, and never stops the check. A total of 0 or blank while the rows hold
     * amounts is not a breakdown that disagrees but a total that is missing: it is returned, to be
     * reported once for every column.
     */
    private Optional<MessageArgument> compareColumn(MessageArgument columnName, Optional<Figure> totalFigure, List<BudgetLine> rows,
                                             java.util.function.Function<BudgetLine, Optional<Figure>> column, BudgetLine total,
                                             List<Diagnostic> out) {
        BigDecimal sum = BigDecimal.ZERO;
        int filled = 0;
        int unfilled = 0;
        for (BudgetLine r : rows) {
            Optional<Figure> f = column.apply(r);
            if (f.isEmpty() || notApplicable(f.get())) {
                unfilled++;
            } else if (f.get().getValue().isEmpty()) {
                return Optional.empty(); // not a number: reported as such, the sum cannot be known
            } else {
                sum = sum.add(f.get().getValue().get());
                filled++;
            }
        }
        if (filled == 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> t = totalFigure.filter(f -> !notApplicable(f)).flatMap(Figure::getValue);
        if (totalFigure.isPresent() && !notApplicable(totalFigure.get()) && t.isEmpty()) {
            return Optional.empty();
        }
        if ((t.isEmpty() || t.get().signum() == 0) && sum.abs().compareTo(policy.tolerance()) > 0) {
            return Optional.of(MessageArgument.message("fragment.columnMissing", columnName,
                    t.isEmpty() ? MessageArgument.message("fragment.blank") : MessageArgument.text("0"), MessageArgument.number(sum)));
        }
        if (t.isPresent() && sum.subtract(t.get()).abs().compareTo(policy.tolerance()) > 0) {
            MessageArgument note = unfilled == 0 ? MessageArgument.text("") : MessageArgument.message("fragment.rowsNotFilled", MessageArgument.number(unfilled));
            out.add(Diagnostic.of(StandardCode.BUDGET_BREAKDOWN_MISMATCH,
                    totalFigure.flatMap(Figure::getSource).or(total::getSource).orElse(Location.indicator("预算/" + total.getLabel())),
                    columnName, MessageArgument.number(sum), note, MessageArgument.text(total.getLabel()), MessageArgument.number(t.get())));
        }
        return Optional.empty();
    }

    /** A cell that says it does not apply: {@code /}, {@code —}, {@code -}. */
    static boolean notApplicable(Figure f) {
        String raw = f.getRaw().strip();
        return !raw.isEmpty() && f.getValue().isEmpty() && raw.chars().allMatch(c -> "/／\\—－-–_".indexOf(c) >= 0);
    }

    private static Location place(BudgetLine line, Location fallback) {
        return line.getSource().orElse(fallback);
    }
}
