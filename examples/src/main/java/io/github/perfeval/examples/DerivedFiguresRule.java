package io.github.perfeval.examples;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.Unit;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.basicdata.BasicDataChecker;
import io.github.perfeval.scoring.basicdata.BasicDataEvaluation;
import io.github.perfeval.scoring.basicdata.DerivedMeasure;
import io.github.perfeval.scoring.basicdata.FilingEvaluation;
import io.github.perfeval.scoring.basicdata.FilingRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Example: a rule of the user's own comparing a department's form with its basic-data table. A
 * department form often carries indicators named after the table's derived figures (在职人员控制率,
 * “三公”经费变动率, 政府采购执行率…); this province wants their actuals (实际完成值) to state what the table
 * gives, at the precision the actual is written. perfeval itself defines no check between the two.
 */
public final class DerivedFiguresRule {

    /** The province's own code. */
    public enum FilingCode implements DiagnosticCode {
        /** An indicator named after a derived figure whose actual differs from the table's figure. */
        ACTUAL_DIFFERS_FROM_TABLE;

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }
    }

    /** The rule: a {@link FilingRule} sees the scored form and the checked table. */
    public static final FilingRule RULE = DerivedFiguresRule::check;

    private DerivedFiguresRule() {
    }

    /** A checker that runs the rule on every filing. Build once, share across threads. */
    public static BasicDataChecker checker() {
        return BasicDataChecker.builder().addFilingRule(RULE).build();
    }

    private static List<Diagnostic> check(Evaluation form, BasicDataEvaluation table) {
        List<Diagnostic> found = new ArrayList<>();
        for (IndicatorResult r : form.getIndicators()) {
            String name = plain(r.getIndicator().getName());
            for (DerivedMeasure m : DerivedMeasure.values()) {
                if (!name.contains(plain(m.label()))) {
                    continue;
                }
                Optional<BigDecimal> derived = table.derived(m);
                Optional<Quantity> actual = r.getIndicator().getActual().getQuantity()
                        .filter(q -> q.unit().equals(Unit.PERCENT));
                if (derived.isEmpty() || actual.isEmpty()) {
                    continue;
                }
                BigDecimal written = actual.get().value().movePointLeft(2);
                int scale = Math.max(written.scale(), 2);
                boolean same = derived.get().setScale(scale, RoundingMode.HALF_UP).compareTo(written) == 0
                        || derived.get().setScale(scale, RoundingMode.DOWN).compareTo(written) == 0;
                if (!same) {
                    String shown = table.derivedFigure(m).percent();
                    found.add(Diagnostic.of(FilingCode.ACTUAL_DIFFERS_FROM_TABLE,
                            r.getIndicator().getActual().getSource().orElse(r.getIndicator().location()),
                            "“" + r.getIndicator().getName() + "”完成值" + r.getIndicator().getActual().getRaw() + "，基础数据表算得"
                                    + m.label() + shown,
                            "\"" + r.getIndicator().getName() + "\": actual " + r.getIndicator().getActual().getRaw()
                                    + ", the basic-data table gives " + m.english() + " " + shown));
                }
            }
        }
        return found;
    }

    /** A name without white space and quotes: {@code “三公”经费变动率} → {@code 三公经费变动率}. */
    private static String plain(String s) {
        return Labels.normalize(s).replaceAll("[“”\"‘’']", "");
    }

    /**
     * Checks a filing: scores the form, checks the table, runs the rule.
     *
     * @param form the department's form
     * @param table its basic-data table
     * @return the evaluation, empty when the two do not belong together (other unit or year)
     */
    public static Optional<FilingEvaluation> check(Form form, BasicData table) {
        return DepartmentFiling.link(form, table).map(f -> checker().evaluate(f, Scorer.create()));
    }
}
