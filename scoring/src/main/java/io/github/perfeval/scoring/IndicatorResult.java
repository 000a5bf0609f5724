package io.github.perfeval.scoring;

import io.github.perfeval.core.form.DirectionDecision;
import io.github.perfeval.core.form.Indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The scoring of one indicator: the weight used, the computed score, the status, the achievement ratio
 * and a one-line explanation in Chinese and English.
 *
 * <pre>{@code
 * IndicatorResult r = evaluation.getIndicators().get(0);
 * r.getStatus();            // MET
 * r.getScore();             // 5.00
 * r.explanation(Locale.ENGLISH);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorResult {

    private final Indicator indicator;
    private final BigDecimal weight;
    private final boolean weightAssigned;
    private final BigDecimal score;
    private final IndicatorStatus status;
    private final BigDecimal ratio;
    private final DirectionDecision direction;
    private final Explanation explanation;
    /** The explanations, built on first use: most callers never read them, and building them costs more than scoring. */
    private volatile String explanationZh;
    private volatile String explanationEn;

    IndicatorResult(Indicator indicator, BigDecimal weight, boolean weightAssigned, BigDecimal score,
                    IndicatorStatus status, BigDecimal ratio, DirectionDecision direction, Explanation explanation) {
        this.indicator = Objects.requireNonNull(indicator);
        this.weight = Objects.requireNonNull(weight);
        this.weightAssigned = weightAssigned;
        this.score = Objects.requireNonNull(score);
        this.status = Objects.requireNonNull(status);
        this.ratio = ratio;
        this.direction = direction;
        this.explanation = Objects.requireNonNull(explanation);
    }

    /** The indicator as on the form. */
    public Indicator getIndicator() {
        return indicator;
    }

    /** The weight used: the form's, or the scheme's when the form has none (see {@link #isWeightAssigned()}). */
    public BigDecimal getWeight() {
        return weight;
    }

    /** Whether the weight came from the weight scheme rather than the form. */
    public boolean isWeightAssigned() {
        return weightAssigned;
    }

    /** The computed score, rounded by the policy; between 0 and the weight. */
    public BigDecimal getScore() {
        return score;
    }

    public IndicatorStatus getStatus() {
        return status;
    }

    /**
     * The achievement ratio (完成值/指标值 for at-least targets, 指标值/完成值 for at-most targets), when
     * both are numbers.
     */
    public Optional<BigDecimal> getRatio() {
        return Optional.ofNullable(ratio);
    }

    /**
     * Which way the target was compared and what decided it (the operator written, a rule of the
     * policy's {@code DirectionRules}, or the default, a guess), when the indicator was compared as
     * numbers.
     *
     * <pre>{@code
     * r.getDirection().map(DirectionDecision::isGuess);   // Optional[true] for 培训场次 5次
     * }</pre>
     */
    public Optional<DirectionDecision> getDirection() {
        return Optional.ofNullable(direction);
    }

    /** The one-line explanation in Chinese. */
    public String getExplanationZh() {
        String s = explanationZh;
        if (s == null) {
            s = explanation.in(false);
            explanationZh = s;
        }
        return s;
    }

    /** The one-line explanation in English. */
    public String getExplanationEn() {
        String s = explanationEn;
        if (s == null) {
            s = explanation.in(true);
            explanationEn = s;
        }
        return s;
    }

    /** The explanation in a language: English for {@code en*} locales, Chinese otherwise. */
    public String explanation(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getExplanationEn() : getExplanationZh();
    }

    @Override
    public String toString() {
        return indicator.getName() + ": " + status + " " + score.toPlainString() + "/" + weight.toPlainString();
    }
}
