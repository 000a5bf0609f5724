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
import java.util.ArrayList;
import java.util.List;

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
        Location blockSource = budget.getSource().orElse(null);
        BudgetLine total = budget.total().orElse(null);
        BigDecimal adjusted = total == null ? null : DeclaredFigure.valueOf(total.getAdjusted());
        BigDecimal executed = total == null ? null : DeclaredFigure.valueOf(total.getExecuted());
        Figure declaredFigure = budget.getDeclaredScore().orElse(null);
        BigDecimal declaredScore = declaredFigure == null || !declaredFigure.isParsed() ? null : declaredFigure.decimal();
        List<BudgetLine> lines = budget.getLines();
        for (int i = 0; i < lines.size(); i++) {
            checkRate(lines.get(i), out);
        }
        if (total != null) {
            checkBreakdowns(budget, total, out);
        }

        BigDecimal rate = null;
        BigDecimal score;
        if (total == null || adjusted == null || executed == null) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "budgetTotal", blockPlace(blockSource)));
            score = policy.round(BigDecimal.ZERO);
        } else if (adjusted.signum() == 0) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "adjustedZero", place(total, blockSource)));
            score = policy.round(BigDecimal.ZERO);
        } else {
            BigDecimal exact = executed.divide(adjusted, MathContext.DECIMAL64);
            rate = exact.setScale(4, RoundingMode.HALF_UP);
            BigDecimal raw = weight.multiply(exact).max(BigDecimal.ZERO);
            if (executed.compareTo(adjusted) > 0) {
                out.add(Diagnostic.of(StandardCode.BUDGET_OVERSPENT, place(total, blockSource), MessageArgument.number(executed),
                        MessageArgument.number(adjusted)));
                if (policy.capExecution()) {
                    raw = raw.min(weight);
                }
            }
            score = policy.round(raw);
        }
        if (declaredScore != null) {
            Location at = declaredFigure.getSource().orElse(null);
            at = at != null ? at : blockPlace(blockSource);
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

    /** The block's place; a block read from no file is named by its indicator path (made only when a diagnostic needs it). */
    private static Location blockPlace(Location source) {
        return source != null ? source : Location.indicator("预算执行/budget");
    }

    private static Location place(BudgetLine line, Location blockSource) {
        Location at = line.getSource().orElse(null);
        return at != null ? at : blockPlace(blockSource);
    }

    /**
     * A declared rate is accepted when it differs from executed/adjusted by less than one unit of its last
     * shown digit ({@code 99.86%} is within 0.01% of the quotient; {@code 100%} within 1%), and never by
     * 1% or more: rounding and truncation to what the form shows are not mistakes.
     */
    private void checkRate(BudgetLine line, List<Diagnostic> out) {
        Figure rate = line.getDeclaredRate().orElse(null);
        if (rate == null || !rate.isParsed()) {
            return;
        }
        BigDecimal declared = rate.decimal();
        BigDecimal adjusted = DeclaredFigure.valueOf(line.getAdjusted());
        BigDecimal executed = DeclaredFigure.valueOf(line.getExecuted());
        if (adjusted == null || executed == null) {
            return;
        }
        if (adjusted.signum() == 0) {
            if (executed.signum() != 0 || declared.signum() != 0) {
                report(line, declared, null, out);
            }
            return;
        }
        BigDecimal exact = executed.divide(adjusted, MathContext.DECIMAL64);
        BigDecimal unit = lastShownDigit(rate);
        if (exact.subtract(declared).abs().compareTo(unit) >= 0) {
            report(line, declared, exact.setScale(4, RoundingMode.HALF_UP), out);
        }
    }

    /** One unit of the last digit a rate shows, as a fraction: {@code 99.86%} → 0.0001; {@code 0.9986} → 0.0001; at most 0.01. */
    static BigDecimal lastShownDigit(Figure rate) {
        String raw = rate.getRaw().strip();
        boolean percent = raw.endsWith("%") || raw.endsWith("％");
        int end = percent ? raw.length() - 1 : raw.length();
        int point = raw.indexOf('.');
        int places = (point < 0 ? 0 : end - point - 1) + (percent ? 2 : 0);
        if (places <= 2) {
            return HUNDREDTH;
        }
        return places < DIGITS.length ? DIGITS[places] : BigDecimal.ONE.movePointLeft(places);
    }

    /** At most one hundredth, the unit a rate is checked to. */
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    /** One unit of the last digit, by the places shown: 10^-n, made once. */
    private static final BigDecimal[] DIGITS = new BigDecimal[20];

    static {
        for (int n = 0; n < DIGITS.length; n++) {
            DIGITS[n] = BigDecimal.ONE.movePointLeft(n);
        }
    }

    private static void report(BudgetLine line, BigDecimal declared, BigDecimal computed, List<Diagnostic> out) {
        Location at = line.getDeclaredRate().flatMap(Figure::getSource).or(line::getSource)
                .orElse(Location.indicator("预算/" + line.getLabel()));
        MessageArgument c = computed == null ? MessageArgument.message("fragment.rateUndefined")
                : MessageArgument.message("fragment.percent", MessageArgument.number(computed.movePointRight(2)));
        out.add(Diagnostic.of(StandardCode.EXECUTION_RATE_MISMATCH, at, MessageArgument.text(line.getLabel()),
                MessageArgument.number(declared.movePointRight(2)), c));
    }

    /** A column of the budget's table. */
    private enum Column {
        INITIAL, ADJUSTED, EXECUTED;

        MessageArgument title() {
            switch (this) {
                case INITIAL:
                    return MessageArgument.message("fragment.initial");
                case ADJUSTED:
                    return MessageArgument.message("fragment.adjusted");
                default:
                    return MessageArgument.message("fragment.executed");
            }
        }

        Figure of(BudgetLine line) {
            switch (this) {
                case INITIAL:
                    return line.getInitial().orElse(null);
                case ADJUSTED:
                    return line.getAdjusted().orElse(null);
                default:
                    return line.getExecuted().orElse(null);
            }
        }
    }

    /**
     * Rows by source must add up to the total in each column; the amounts written inside labels (by
     * income or expenditure nature) must add up to one of the total's columns, since the form does not
     * say which.
     */
    private void checkBreakdowns(Budget budget, BudgetLine total, List<Diagnostic> out) {
        List<BudgetLine> sources = null;
        List<BudgetLine> lines = budget.getLines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            if (l.getKind().breakdown() == BudgetLineKind.Breakdown.SOURCE) {
                sources = sources == null ? new ArrayList<>() : sources;
                sources.add(l);
            }
        }
        if (sources != null) {
            List<MessageArgument> missing = null;
            for (Column column : Column.values()) {
                MessageArgument m = compareColumn(column, sources, total, out);
                if (m != null) {
                    missing = missing == null ? new ArrayList<>() : missing;
                    missing.add(m);
                }
            }
            if (missing != null) {
                out.add(Diagnostic.of(StandardCode.BUDGET_TOTAL_MISSING, total.getSource().orElse(Location.indicator("预算/" + total.getLabel())),
                        MessageArgument.text(total.getLabel()), MessageArgument.list("list.semicolon", missing)));
            }
        }
        natureBreakdown(budget, total, BudgetLineKind.Breakdown.INCOME_NATURE, out);
        natureBreakdown(budget, total, BudgetLineKind.Breakdown.EXPENDITURE_NATURE, out);
    }

    private void natureBreakdown(Budget budget, BudgetLine total, BudgetLineKind.Breakdown nature, List<Diagnostic> out) {
        BigDecimal sum = null;
        List<BudgetLine> lines = budget.getLines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            BigDecimal amount = l.getKind().breakdown() == nature ? DeclaredFigure.valueOf(l.getLabelAmount()) : null;
            if (amount != null) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(amount);
            }
        }
        if (sum == null) {
            return;
        }
        boolean matches = within(DeclaredFigure.valueOf(total.getInitial()), sum) || within(DeclaredFigure.valueOf(total.getAdjusted()), sum)
                || within(DeclaredFigure.valueOf(total.getExecuted()), sum);
        if (!matches) {
            String zh = nature == BudgetLineKind.Breakdown.INCOME_NATURE ? "按收入性质分" : "按支出性质分";
            MessageArgument what = MessageArgument.message(nature == BudgetLineKind.Breakdown.INCOME_NATURE ? "fragment.byIncomeNature"
                    : "fragment.byExpenditureNature");
            out.add(Diagnostic.variant(StandardCode.BUDGET_BREAKDOWN_MISMATCH, "nature", total.getSource().orElse(Location.indicator("预算/" + zh)),
                    what, MessageArgument.number(sum)));
        }
    }

    private boolean within(BigDecimal value, BigDecimal sum) {
        return value != null && value.subtract(sum).abs().compareTo(policy.tolerance()) <= 0;
    }

    /**
     * The rows by source against the total in one column. A blank row (or one marked {@code /}) is not
     * filled: it counts as nothing, and never stops the check. A total of 0 or blank while the rows hold
     * amounts is not a breakdown that disagrees but a total that is missing: it is returned, to be
     * reported once for every column; else null.
     */
    private MessageArgument compareColumn(Column column, List<BudgetLine> rows, BudgetLine total, List<Diagnostic> out) {
        BigDecimal sum = BigDecimal.ZERO;
        int filled = 0;
        int unfilled = 0;
        for (BudgetLine r : rows) {
            Figure f = column.of(r);
            if (f == null || notApplicable(f)) {
                unfilled++;
            } else if (!f.isParsed()) {
                return null; // not a number: reported as such, the sum cannot be known
            } else {
                sum = sum.add(f.decimal());
                filled++;
            }
        }
        if (filled == 0) {
            return null;
        }
        Figure totalFigure = column.of(total);
        boolean totalApplies = totalFigure != null && !notApplicable(totalFigure);
        if (totalApplies && !totalFigure.isParsed()) {
            return null;
        }
        BigDecimal t = totalApplies ? totalFigure.decimal() : null;
        MessageArgument columnName = column.title();
        if ((t == null || t.signum() == 0) && sum.abs().compareTo(policy.tolerance()) > 0) {
            return MessageArgument.message("fragment.columnMissing", columnName,
                    t == null ? MessageArgument.message("fragment.blank") : MessageArgument.text("0"), MessageArgument.number(sum));
        }
        if (t != null && sum.subtract(t).abs().compareTo(policy.tolerance()) > 0) {
            MessageArgument note = unfilled == 0 ? MessageArgument.text("") : MessageArgument.message("fragment.rowsNotFilled", MessageArgument.number(unfilled));
            Location at = totalFigure.getSource().orElse(null);
            at = at != null ? at : total.getSource().orElse(null);
            out.add(Diagnostic.of(StandardCode.BUDGET_BREAKDOWN_MISMATCH, at != null ? at : Location.indicator("预算/" + total.getLabel()),
                    columnName, MessageArgument.number(sum), note, MessageArgument.text(total.getLabel()), MessageArgument.number(t)));
        }
        return null;
    }

    /** A cell that says it does not apply: {@code /}, {@code —}, {@code -}. */
    static boolean notApplicable(Figure f) {
        String raw = f.getRaw().strip();
        if (raw.isEmpty() || f.isParsed()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if ("/／\\—－-–_".indexOf(raw.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

}
