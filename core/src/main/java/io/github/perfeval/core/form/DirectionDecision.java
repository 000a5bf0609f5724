package io.github.perfeval.core.form;

import io.github.perfeval.core.value.Direction;

import java.util.Objects;
import java.util.Optional;

/**
 * Which way an indicator's target points, what decided it, and the evidence: the word of the name
 * ({@code 排除}), the level ({@code 成本指标}), the user's pattern. Also whether the indicator is a cost,
 * whatever its operator says.
 *
 * <pre>{@code
 * DirectionDecision d = DirectionRules.standard().decide(indicator);
 * d.getDirection();       // AT_LEAST
 * d.getBasis();           // GOOD_RATE
 * d.getEvidence();        // Optional[排除]
 * d.explanationZh();      // 未写运算符，按名称中的“排除”（正向比率（达标、完成、满意等））视为越大越好
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DirectionDecision {

    private final Direction direction;
    private final DirectionBasis basis;
    private final String evidence;
    private final boolean cost;
    /** The explanations, built on first use (a decision is kept per indicator and explained in every evaluation). */
    private volatile String zh;
    private volatile String en;

    private DirectionDecision(Direction direction, DirectionBasis basis, String evidence, boolean cost) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.evidence = evidence;
        this.cost = cost;
    }

    /**
     * A decision.
     *
     * @param direction the direction
     * @param basis what decided it
     * @param evidence the word, label or pattern that decided it, or null
     * @param cost whether the indicator is a cost
     * @return the decision
     */
    public static DirectionDecision of(Direction direction, DirectionBasis basis, String evidence, boolean cost) {
        return new DirectionDecision(direction, basis, evidence, cost);
    }

    /** The direction. */
    public Direction getDirection() {
        return direction;
    }

    /** What decided it. */
    public DirectionBasis getBasis() {
        return basis;
    }

    /** The word, label or pattern that decided it, when one did. */
    public Optional<String> getEvidence() {
        return Optional.ofNullable(evidence);
    }

    /**
     * Whether the indicator is a cost (under a cost level, or a cost word with an amount of money), whatever
     * decided its direction: a cost written with ≥ or ＞ is suspicious.
     */
    public boolean isCost() {
        return cost;
    }

    /** Whether the direction is a guess with no evidence ({@link DirectionBasis#DEFAULT}). */
    public boolean isGuess() {
        return basis.isGuess();
    }

    /** How the direction was decided, in Chinese. */
    public String explanationZh() {
        String s = zh;
        if (s == null) {
            s = buildZh();
            zh = s;
        }
        return s;
    }

    /** How the direction was decided, in English. */
    public String explanationEn() {
        String s = en;
        if (s == null) {
            s = buildEn();
            en = s;
        }
        return s;
    }

    private String buildZh() {
        String way = direction == Direction.AT_LEAST ? "越大越好（不低于指标值）" : "越小越好（不高于指标值）";
        if (basis == DirectionBasis.OPERATOR) {
            return "按填写的运算符视为" + way;
        }
        String why = evidence == null ? basis.label() : "“" + evidence + "”（" + basis.label() + "）";
        return "未写明方向，按" + why + "视为" + way + (isGuess() ? "，系推测" : "");
    }

    private String buildEn() {
        String way = direction == Direction.AT_LEAST ? "at least (more is better)" : "at most (less is better)";
        if (basis == DirectionBasis.OPERATOR) {
            return "read as " + way + " by the operator written";
        }
        String why = evidence == null ? basis.english() : "\"" + evidence + "\" (" + basis.english() + ")";
        return "no direction written: read as " + way + " by " + why + (isGuess() ? ", a guess" : "");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DirectionDecision)) {
            return false;
        }
        DirectionDecision d = (DirectionDecision) o;
        return direction == d.direction && basis == d.basis && Objects.equals(evidence, d.evidence) && cost == d.cost;
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, basis, evidence, cost);
    }

    @Override
    public String toString() {
        return direction + " by " + basis + (evidence == null ? "" : " (" + evidence + ")") + (cost ? " cost" : "");
    }
}
