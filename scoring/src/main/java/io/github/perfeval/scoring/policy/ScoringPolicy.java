package io.github.perfeval.scoring.policy;

import io.github.perfeval.core.form.DirectionRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Every choice the scoring rules leave open, with the defaults of 财预〔2020〕10号 as deployed systems
 * apply them. Change one setting with a {@code with…} method:
 *
 * <pre>{@code
 * ScoringPolicy hunan = ScoringPolicy.ministry2020()
 *         .withGradeScale(GradeScale.of(80, 70, 60))
 *         .withAtMostRule(AtMostRule.INVERSE_RATIO)
 *         .withOverAchievementThreshold(new BigDecimal("1.3"))
 *         .withDirectionRules(DirectionRules.standard().withName("设备完好台数", Direction.AT_LEAST))
 *         .withStrictBoundary(StrictBoundary.RATIO);
 * }</pre>
 *
 * <p>Defaults: weight scheme {@link WeightScheme#ministry2020()}; at-most rule
 * {@link AtMostRule#LINEAR_DECAY}; over-achievement flagged at 1.2 × target; qualitative bands 0.8/0.6;
 * grades 90/80/60; scores rounded to 2 places HALF_UP; declared and computed figures compared with a
 * tolerance of 0.01; execution score capped at its weight; directions of bare targets by
 * {@link DirectionRules#standard()}; an actual equal to a strict target by {@link StrictBoundary#NEXT_STEP}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringPolicy {

    private static final ScoringPolicy MINISTRY_2020 = new ScoringPolicy(WeightScheme.ministry2020(), AtMostRule.LINEAR_DECAY,
            new BigDecimal("1.2"), QualitativeBands.ministry(), GradeScale.ministry(), 2, RoundingMode.HALF_UP,
            new BigDecimal("0.01"), true, DirectionRules.standard(), StrictBoundary.NEXT_STEP);

    private final WeightScheme weightScheme;
    private final AtMostRule atMostRule;
    private final BigDecimal overAchievementThreshold;
    private final QualitativeBands qualitativeBands;
    private final GradeScale gradeScale;
    private final int scale;
    private final RoundingMode roundingMode;
    private final BigDecimal tolerance;
    private final boolean capExecution;
    private final DirectionRules directionRules;
    private final StrictBoundary strictBoundary;
    /** Zero at the policy's scale: every score of 0 (not scorable, not met) is this one object. */
    private final BigDecimal zero;

    private ScoringPolicy(WeightScheme weightScheme, AtMostRule atMostRule, BigDecimal overAchievementThreshold,
                          QualitativeBands qualitativeBands, GradeScale gradeScale, int scale, RoundingMode roundingMode,
                          BigDecimal tolerance, boolean capExecution, DirectionRules directionRules,
                          StrictBoundary strictBoundary) {
        this.weightScheme = Objects.requireNonNull(weightScheme);
        this.atMostRule = Objects.requireNonNull(atMostRule);
        this.overAchievementThreshold = Objects.requireNonNull(overAchievementThreshold);
        this.qualitativeBands = Objects.requireNonNull(qualitativeBands);
        this.gradeScale = Objects.requireNonNull(gradeScale);
        if (scale < 0 || scale > 6) {
            throw new IllegalArgumentException("Score scale must be 0..6, was " + scale);
        }
        this.scale = scale;
        this.roundingMode = Objects.requireNonNull(roundingMode);
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("Tolerance must not be negative");
        }
        this.tolerance = tolerance;
        this.capExecution = capExecution;
        this.directionRules = Objects.requireNonNull(directionRules);
        this.strictBoundary = Objects.requireNonNull(strictBoundary);
        this.zero = BigDecimal.ZERO.setScale(scale, roundingMode);
    }

    /** The Ministry of Finance's rules (财预〔2020〕10号) with the defaults above. */
    public static ScoringPolicy ministry2020() {
        return MINISTRY_2020;
    }

    public WeightScheme weightScheme() {
        return weightScheme;
    }

    public AtMostRule atMostRule() {
        return atMostRule;
    }

    /** An at-least actual at or above this multiple of its target is flagged as over-achievement. */
    public BigDecimal overAchievementThreshold() {
        return overAchievementThreshold;
    }

    public QualitativeBands qualitativeBands() {
        return qualitativeBands;
    }

    public GradeScale gradeScale() {
        return gradeScale;
    }

    /** Decimal places of every score. */
    public int scale() {
        return scale;
    }

    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /** Declared and computed figures further apart than this are reported. */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /** Whether the execution score is capped at its weight when more than the budget was spent. */
    public boolean capExecution() {
        return capExecution;
    }

    /** The rules deciding which way a target written without an operator points. */
    public DirectionRules directionRules() {
        return directionRules;
    }

    /** How an actual exactly equal to a strict target (＞, ＜) scores. */
    public StrictBoundary strictBoundary() {
        return strictBoundary;
    }

    /** Rounds a score by this policy. */
    public BigDecimal round(BigDecimal score) {
        return score == BigDecimal.ZERO ? zero : score.setScale(scale, roundingMode);
    }

    public ScoringPolicy withWeightScheme(WeightScheme v) {
        return new ScoringPolicy(v, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, scale, roundingMode,
                tolerance, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withAtMostRule(AtMostRule v) {
        return new ScoringPolicy(weightScheme, v, overAchievementThreshold, qualitativeBands, gradeScale, scale, roundingMode,
                tolerance, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withOverAchievementThreshold(BigDecimal v) {
        return new ScoringPolicy(weightScheme, atMostRule, v, qualitativeBands, gradeScale, scale, roundingMode, tolerance,
                capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withQualitativeBands(QualitativeBands v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, v, gradeScale, scale, roundingMode,
                tolerance, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withGradeScale(GradeScale v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, v, scale, roundingMode,
                tolerance, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withRounding(int newScale, RoundingMode mode) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, newScale,
                mode, tolerance, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withTolerance(BigDecimal v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, scale,
                roundingMode, v, capExecution, directionRules, strictBoundary);
    }

    public ScoringPolicy withCapExecution(boolean v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, scale,
                roundingMode, tolerance, v, directionRules, strictBoundary);
    }

    public ScoringPolicy withDirectionRules(DirectionRules v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, scale,
                roundingMode, tolerance, capExecution, v, strictBoundary);
    }

    public ScoringPolicy withStrictBoundary(StrictBoundary v) {
        return new ScoringPolicy(weightScheme, atMostRule, overAchievementThreshold, qualitativeBands, gradeScale, scale,
                roundingMode, tolerance, capExecution, directionRules, v);
    }
}
