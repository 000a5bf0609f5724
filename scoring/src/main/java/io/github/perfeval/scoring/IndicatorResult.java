package io.github.perfeval.scoring;

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
    private final String explanationZh;
    private final String explanationEn;

    IndicatorResult(Indicator indicator, BigDecimal weight, boolean weightAssigned, BigDecimal score,
                    IndicatorStatus status, BigDecimal ratio, String explanationZh, String explanationEn) {
        this.indicator = Objects.requireNonNull(indicator);
        this.weight = Objects.requireNonNull(weight);
        this.weightAssigned = weightAssigned;
        this.score = Objects.requireNonNull(score);
        this.status = Objects.requireNonNull(status);
        this.ratio = ratio;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
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

    /** The one-line explanation in Chinese. */
    public String getExplanationZh() {
        return explanationZh;
    }

    /** The one-line explanation in English. */
    public String getExplanationEn() {
        return explanationEn;
    }

    /** The explanation in a language: English for {@code en*} locales, Chinese otherwise. */
    public String explanation(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? explanationEn : explanationZh;
    }

    @Override
    public String toString() {
        return indicator.getName() + ": " + status + " " + score.toPlainString() + "/" + weight.toPlainString();
    }
}
