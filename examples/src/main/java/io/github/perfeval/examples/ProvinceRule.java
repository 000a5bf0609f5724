package io.github.perfeval.examples;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.DiagnosticCode;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.FormRule;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.Scorer;
import io.github.perfeval.scoring.policy.GradeScale;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import io.github.perfeval.testkit.SampleForms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: a province's own rules beside the built-in ones. This province grades 80/70/60, flags
 * over-achievement from 1.3 × target, and requires every indicator scored below its weight to give a
 * deviation reason of at least 10 characters.
 */
public final class ProvinceRule {

    /** The province's own diagnostic codes. */
    public enum ProvinceCode implements DiagnosticCode {
        /** A score below the weight with a reason under 10 characters. */
        SHORT_DEVIATION_REASON;

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }
    }

    /** The reason rule: a {@link FormRule} sees the form and what was computed. */
    public static final FormRule REASON_OF_TEN_CHARACTERS = ProvinceRule::shortReasons;

    private ProvinceRule() {
    }

    /** The province's scorer: its policy and its rule. Build once, share across threads. */
    public static Scorer scorer() {
        ScoringPolicy policy = ScoringPolicy.ministry2020()
                .withGradeScale(GradeScale.of(80, 70, 60))
                .withOverAchievementThreshold(new BigDecimal("1.3"));
        return Scorer.builder().policy(policy).addRule(REASON_OF_TEN_CHARACTERS).build();
    }

    private static List<Diagnostic> shortReasons(Evaluation evaluation) {
        List<Diagnostic> found = new ArrayList<>();
        for (IndicatorResult r : evaluation.getIndicators()) {
            BigDecimal standing = r.getIndicator().getDeclaredScore().flatMap(Figure::getValue).orElse(r.getScore());
            int reason = r.getIndicator().getDeviationReason().map(String::strip).map(String::length).orElse(0);
            if (standing.compareTo(r.getWeight()) < 0 && reason < 10) {
                found.add(Diagnostic.of(ProvinceCode.SHORT_DEVIATION_REASON, r.getIndicator().location(),
                        "“" + r.getIndicator().getName() + "”扣分，偏差原因须不少于10个字（现" + reason + "字）",
                        "\"" + r.getIndicator().getName() + "\" lost points; the reason needs 10 characters (has " + reason + ")"));
            }
        }
        return found;
    }

    /** Runs the province's scorer on the yueyang form. */
    public static void main(String[] args) {
        Evaluation e = scorer().evaluate(SampleForms.yueyang2024());
        System.out.println(e);
        e.diagnostics(ProvinceCode.SHORT_DEVIATION_REASON).forEach(System.out::println);
    }
}
