package io.github.perfeval.scoring.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.BuildingControl;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.basicdata.SpendingColumn;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.Scorer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a department's basic-data table (部门整体支出绩效评价基础数据表) and derives the figures an
 * evaluation uses from it.
 *
 * <p>Checks, each located at the cell concerned ({@link BasicDataCode}): every sum against its parts
 * (三公经费, 公务用车购置和维护经费, 项目支出, 专项资金) in every column; every declared rate against its
 * figures (控制率, 规模控制率, 投资概算控制率); every line whose 本年决算数 exceeds its 本年预算数 (a
 * warning with the excess); required figures left blank; years of the labels that do not fit together;
 * figures that are not numbers ({@code UNPARSEABLE_FIGURE}); rows of the template that are missing
 * ({@code MISSING_PART}). Then the user's {@link BasicDataRule}s.
 *
 * <p>Derived figures ({@link DerivedMeasure}): 在职人员控制率, 三公经费控制率 (决算/预算), 三公经费变动率
 * (本年决算/上年决算 − 1), 公用经费控制率, 项目支出执行率, 政府采购执行率, 规模控制率, 投资概算控制率.
 * Each is the exact quotient (at {@link MathContext#DECIMAL64}) rounded to {@value #RATE_SCALE} decimal
 * places HALF_UP: a fraction, 0.9556 for 95.56%. A zero denominator or a missing figure gives an empty
 * value and a {@code BASIC_DATA_RATE_UNDEFINED} diagnostic, never an exception.
 *
 * <p>Sums are compared within a tolerance (0.01 by default: amounts are usually 万元 to two places);
 * a blank part counts as 0 and the message says so. A declared rate is accepted when the exact quotient
 * rounded (HALF_UP) or truncated to the declared rate's own precision (at least whole percent) equals it.
 * A placeholder such as {@code %}, {@code /} or {@code -} counts as blank.
 *
 * <pre>{@code
 * BasicDataEvaluation e = BasicDataChecker.create().evaluate(table);
 * e.derived(DerivedMeasure.STAFFING_RATE);     // Optional[0.9556]
 * e.getDiagnostics();                           // sums, rates, overspending, blanks
 * BasicDataChecker mine = BasicDataChecker.builder().tolerance(BigDecimal.ZERO).addRule(myRule).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class BasicDataChecker {

    /** Decimal places of every derived figure (a fraction, so a percentage to two places). */
    public static final int RATE_SCALE = 4;
    /** The default tolerance of sums: 0.01 (of the table's money unit). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

    private static final BasicDataChecker DEFAULT = new BasicDataChecker(DEFAULT_TOLERANCE, List.of(), List.of());

    private final BigDecimal tolerance;
    private final List<BasicDataRule> rules;
    private final List<FilingRule> filingRules;

    private BasicDataChecker(BigDecimal tolerance, List<BasicDataRule> rules, List<FilingRule> filingRules) {
        this.tolerance = tolerance;
        this.rules = List.copyOf(rules);
        this.filingRules = List.copyOf(filingRules);
    }

    /** A checker with the default tolerance and no rules of the user's. */
    public static BasicDataChecker create() {
        return DEFAULT;
    }

    /** A builder for a tolerance and rules of the user's own. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tolerance of sums. */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * Checks a table and derives its figures.
     *
     * @param table the table
     * @return the evaluation; never throws on a table's content
     */
    public BasicDataEvaluation evaluate(BasicData table) {
        Objects.requireNonNull(table, "table");
        List<Diagnostic> out = new ArrayList<>();
        TableChecks checks = new TableChecks(table, tolerance, out);
        checks.run();
        Map<DerivedMeasure, DerivedFigure> derived = derive(table, out);
        BasicDataEvaluation e = new BasicDataEvaluation(table, derived, out);
        List<Diagnostic> more = new ArrayList<>();
        for (BasicDataRule rule : rules) {
            more.addAll(rule.check(e));
        }
        return e.withMoreDiagnostics(more);
    }

    /**
     * Scores a department's form, checks its basic-data table, then runs the {@link FilingRule}s on the two.
     *
     * @param filing the form and its table
     * @param scorer the scorer of the form
     * @return the three results
     */
    public FilingEvaluation evaluate(DepartmentFiling filing, Scorer scorer) {
        Evaluation form = scorer.evaluate(filing.getForm());
        BasicDataEvaluation table = evaluate(filing.getBasicData());
        List<Diagnostic> found = new ArrayList<>();
        for (FilingRule rule : filingRules) {
            found.addAll(rule.check(form, table));
        }
        return new FilingEvaluation(filing, form, table, found);
    }

    // ----- derived figures

    private static Map<DerivedMeasure, DerivedFigure> derive(BasicData table, List<Diagnostic> out) {
        Map<DerivedMeasure, DerivedFigure> m = new EnumMap<>(DerivedMeasure.class);
        Optional<Staffing> staffing = table.getStaffing();
        m.put(DerivedMeasure.STAFFING_RATE, quotient(DerivedMeasure.STAFFING_RATE,
                staffing.flatMap(Staffing::getActual), staffing.flatMap(Staffing::getAuthorized), false,
                staffing.isPresent(), staffing.flatMap(Staffing::getSource).orElse(null), out));
        Optional<SpendingControl> spending = table.getSpending();
        spendingRate(m, DerivedMeasure.THREE_PUBLIC_CONTROL_RATE, spending, SpendingItem.THREE_PUBLIC, SpendingColumn.BUDGET, false, out);
        spendingRate(m, DerivedMeasure.THREE_PUBLIC_CHANGE_RATE, spending, SpendingItem.THREE_PUBLIC, SpendingColumn.PRIOR_ACTUAL, true, out);
        spendingRate(m, DerivedMeasure.PUBLIC_FUNDS_CONTROL_RATE, spending, SpendingItem.PUBLIC_FUNDS, SpendingColumn.BUDGET, false, out);
        spendingRate(m, DerivedMeasure.PROJECT_EXECUTION_RATE, spending, SpendingItem.PROJECT_SPENDING, SpendingColumn.BUDGET, false, out);
        spendingRate(m, DerivedMeasure.PROCUREMENT_EXECUTION_RATE, spending, SpendingItem.GOVERNMENT_PROCUREMENT, SpendingColumn.BUDGET, false, out);
        Optional<BuildingControl> b = table.getBuildings();
        Location bAt = b.flatMap(BuildingControl::getSource).orElse(null);
        m.put(DerivedMeasure.SCALE_CONTROL_RATE, quotient(DerivedMeasure.SCALE_CONTROL_RATE, b.flatMap(BuildingControl::getActualScale),
                b.flatMap(BuildingControl::getApprovedScale), false, b.isPresent(), bAt, out));
        m.put(DerivedMeasure.INVESTMENT_CONTROL_RATE, quotient(DerivedMeasure.INVESTMENT_CONTROL_RATE,
                b.flatMap(BuildingControl::getActualInvestment), b.flatMap(BuildingControl::getBudgetInvestment), false,
                b.isPresent(), bAt, out));
        return m;
    }

    private static void spendingRate(Map<DerivedMeasure, DerivedFigure> m, DerivedMeasure measure, Optional<SpendingControl> spending,
                                     SpendingItem item, SpendingColumn denominator, boolean minusOne, List<Diagnostic> out) {
        Optional<SpendingLine> line = spending.flatMap(s -> s.line(item));
        m.put(measure, quotient(measure, line.flatMap(SpendingLine::getActual), line.flatMap(l -> l.figure(denominator)), minusOne,
                line.isPresent(), line.flatMap(SpendingLine::getSource).orElse(null), out));
    }

    private static DerivedFigure quotient(DerivedMeasure measure, Optional<Figure> numerator, Optional<Figure> denominator,
                                          boolean minusOne, boolean report, Location at, List<Diagnostic> out) {
        BigDecimal n = numerator.flatMap(Figure::getValue).orElse(null);
        BigDecimal d = denominator.flatMap(Figure::getValue).orElse(null);
        if (n == null || d == null || d.signum() == 0) {
            if (report) {
                boolean zero = n != null && d != null;
                out.add(Diagnostic.of(BasicDataCode.BASIC_DATA_RATE_UNDEFINED, at, MessageArgument.message("measure." + measure.name()),
                        MessageArgument.text(measure.formula()),
                        MessageArgument.message(zero ? "fragment.denominatorZero" : "fragment.figureMissing")));
            }
            return new DerivedFigure(measure, n, d, null);
        }
        BigDecimal q = n.divide(d, MathContext.DECIMAL64);
        if (minusOne) {
            q = q.subtract(BigDecimal.ONE);
        }
        return new DerivedFigure(measure, n, d, q.setScale(RATE_SCALE, RoundingMode.HALF_UP));
    }

    /** Builds a {@link BasicDataChecker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private BigDecimal tolerance = DEFAULT_TOLERANCE;
        private final List<BasicDataRule> rules = new ArrayList<>();
        private final List<FilingRule> filingRules = new ArrayList<>();

        private Builder() {
        }

        /** The tolerance of sums, in the table's money unit (0 for exact sums). */
        public Builder tolerance(BigDecimal value) {
            if (Objects.requireNonNull(value, "tolerance").signum() < 0) {
                throw new IllegalArgumentException("the tolerance must not be negative: " + value);
            }
            this.tolerance = value;
            return this;
        }

        /** A rule of the user's own on each table. */
        public Builder addRule(BasicDataRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** A rule of the user's own comparing a department's form with its table. */
        public Builder addFilingRule(FilingRule rule) {
            filingRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** The checker. */
        public BasicDataChecker build() {
            return new BasicDataChecker(tolerance, rules, filingRules);
        }
    }
}
