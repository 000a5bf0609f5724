package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.DirectionDecision;
import io.github.perfeval.core.form.DirectionRules;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.Unit;
import io.github.perfeval.core.quantity.UnitConvention;
import io.github.perfeval.core.quantity.UnitKind;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ParseIssue;
import io.github.perfeval.core.value.QualitativeTerm;
import io.github.perfeval.core.value.Trend;
import io.github.perfeval.core.value.ValueKind;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import io.github.perfeval.scoring.policy.StrictBoundary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores one indicator by the policy: quantitative (at least / at most / equal, zero and negative
 * targets, strict bounds, units and their conventions, the direction by the policy's rules), ranges,
 * qualitative (text agreement, figures with a qualitative word, zero-like words, evaluator bands), and
 * what cannot be scored.
 */
final class IndicatorScoring {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final ScoringPolicy policy;

    IndicatorScoring(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param declared the indicator's declared score when it is a number, else null
     */
    IndicatorResult score(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared, List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        remarks(ind, target, true, out);
        remarks(ind, actual, false, out);

        if (target.isEmpty() || actual.isEmpty()) {
            return carried(ind, weight, assigned, declared, target.isEmpty() ? "未填写指标值" : "未填写完成值",
                    target.isEmpty() ? "no target" : "no actual");
        }
        if (target.getKind() == ValueKind.QUALITATIVE) {
            return qualitativeTarget(ind, weight, assigned, declared, out);
        }
        if (target.getKind() == ValueKind.RANGE) {
            return rangeTarget(ind, weight, assigned, declared, out);
        }
        if (!target.isQuantitative()) {
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_TARGET, place(ind, target), MessageArgument.text(ind.getName()),
                    MessageArgument.text(target.getRaw()), issues(target)));
            return carried(ind, weight, assigned, declared, "指标值无法解析", "target could not be read");
        }
        return quantityTarget(ind, weight, assigned, declared, out);
    }

    // ---- quantities -------------------------------------------------------------------------------------

    private IndicatorResult quantityTarget(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared,
                                           List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        Quantity tq = target.getQuantity().orElseThrow();
        if (tq.unit().kind() == UnitKind.NONE) {
            out.add(Diagnostic.of(StandardCode.MISSING_UNIT, place(ind, target), MessageArgument.text(ind.getName()),
                    MessageArgument.text(target.getRaw())));
        }
        Measured measured = new Measured();
        Quantity aq = actual.getQuantity().orElse(null);
        BigDecimal a;
        if (isZeroLike(actual)) {
            // 无, 未发生, 零 against 0起 (or against ≤2起): nothing happened, a zero in the target's unit
            a = BigDecimal.ZERO;
            measured.add("“" + actual.getRaw() + "”按0" + tq.unit().symbol() + "计", "\"" + actual.getRaw() + "\" read as 0" + tq.unit().symbol());
        } else if (actual.isQuantitative() && aq.unit().kind() == UnitKind.NONE
                && aq.value().signum() == 0 && tq.unit().kind() != UnitKind.NONE) {
            // a bare 0 against 3%: nothing, in any unit (a 0.95 against 90% stays unclear, a 0 does not)
            a = BigDecimal.ZERO;
            measured.add("“" + actual.getRaw() + "”按0" + tq.unit().symbol() + "计", "\"" + actual.getRaw() + "\" read as 0" + tq.unit().symbol());
        } else if (!actual.isQuantitative()) {
            MessageArgument offered = actual.getCandidates().isEmpty() ? MessageArgument.text("")
                    : MessageArgument.message("fragment.numbersInIt", MessageArgument.text(actual.getCandidates().toString()));
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_ACTUAL, place(ind, actual), MessageArgument.text(ind.getName()),
                    MessageArgument.text(actual.getRaw()), offered));
            return carried(ind, weight, assigned, declared, "完成值无法解析", "actual could not be read");
        } else {
            if (tq.unit().kind() == UnitKind.PERCENT && aq.unit().kind() == UnitKind.NONE
                    && aq.value().compareTo(BigDecimal.ONE) <= 0 && tq.value().compareTo(BigDecimal.ONE) > 0) {
                // 0.95 against 90%: a fraction from a number cell, or 0.95%? Not ours to guess.
                out.add(Diagnostic.variant(StandardCode.UNIT_MISMATCH, "fractionPercent", place(ind, actual), MessageArgument.text(ind.getName()),
                        MessageArgument.text(actual.getRaw()), MessageArgument.text(target.getRaw())));
                return carried(ind, weight, assigned, declared, "完成值单位不明", "the actual's unit is unclear");
            }
            Optional<BigDecimal> converted = convert(ind, aq, tq.unit(), measured, out);
            if (converted.isEmpty()) {
                return carried(ind, weight, assigned, declared, "计量单位不一致", "units do not compare");
            }
            a = converted.get();
            Optional<QualitativeTerm> tm = target.getMeasure().flatMap(QualitativeTerm::ofMeasure);
            Optional<QualitativeTerm> am = actual.getMeasure().flatMap(QualitativeTerm::ofMeasure);
            if (tm.isPresent() && am.isPresent() && opposite(tm.get().trend(), am.get().trend())) {
                // 下降5% against 上升3%: a rise of 3 is a fall of -3
                a = a.negate();
                measured.add("“" + am.get().label() + "”与“" + tm.get().label() + "”方向相反，按" + Plain.of(a) + tq.unit().symbol() + "计",
                        "\"" + am.get().label() + "\" is the opposite of \"" + tm.get().label() + "\": read as " + Plain.of(a)
                                + tq.unit().symbol());
            }
        }
        return compared(ind, weight, assigned, tq, a, measured, out);
    }

    /** The actual in the target's unit, with a remark for a convention; empty (and reported) when it does not convert. */
    private static Optional<BigDecimal> convert(Indicator ind, Quantity aq, Unit to, Notes notes, List<Diagnostic> out) {
        if (!aq.unit().isCompatibleWith(to)) {
            out.add(Diagnostic.of(StandardCode.UNIT_MISMATCH, place(ind, ind.getActual()), MessageArgument.text(ind.getName()),
                    MessageArgument.text(String.valueOf(aq.unit())), MessageArgument.text(String.valueOf(to))));
            return Optional.empty();
        }
        Optional<BigDecimal> converted = aq.in(to);
        if (converted.isEmpty()) {
            out.add(Diagnostic.variant(StandardCode.UNPARSEABLE_ACTUAL, "outOfRange", place(ind, ind.getActual()),
                    MessageArgument.text(ind.getName()), MessageArgument.text(ind.getActual().getRaw()), MessageArgument.text(String.valueOf(to))));
            return Optional.empty();
        }
        Optional<UnitConvention> convention = aq.unit().conventionTo(to);
        if (convention.isPresent()) {
            String zh = aq + "按" + Plain.of(converted.get()) + to + "计（" + convention.get().label() + "）";
            String en = aq + " read as " + Plain.of(converted.get()) + to + " (" + convention.get().english() + ")";
            notes.add(zh, en);
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "convention", place(ind, ind.getActual()), MessageArgument.text(ind.getName()),
                    MessageArgument.message("fragment.convention", MessageArgument.text(String.valueOf(aq)), MessageArgument.number(converted.get()),
                            MessageArgument.text(String.valueOf(to)), MessageArgument.message("unitConvention." + convention.get().name())))
                    .withSeverity(Severity.INFO));
        }
        return converted;
    }

    private IndicatorResult compared(Indicator ind, BigDecimal weight, boolean assigned, Quantity tq, BigDecimal a, Measured o,
                                     List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        String tr = target.getRaw();
        String ar = ind.getActual().getRaw();
        BigDecimal t = tq.value();
        Comparison op = target.getComparison().orElse(null);
        // the standard rules' decision is worked out once per indicator; a policy's own rules decide each time
        DirectionDecision decision = policy.directionRules() == DirectionRules.standard() ? ind.getDirectionDecision()
                : policy.directionRules().decide(ind);
        Direction direction = decision.getDirection();
        boolean money = tq.unit().kind() == UnitKind.MONEY || tq.unit().symbol().contains("元");
        if (decision.isCost() && money && (op == Comparison.AT_LEAST || op == Comparison.MORE_THAN)) {
            out.add(Diagnostic.of(StandardCode.COST_OPERATOR_REVERSED, place(ind, target), MessageArgument.text(ind.getName()),
                    MessageArgument.text(tr), MessageArgument.text(op.symbol())));
        }
        if (!decision.getBasis().isWritten()) {
            out.add(Diagnostic.of(StandardCode.DIRECTION_INFERRED, place(ind, target), MessageArgument.text(ind.getName()),
                    MessageArgument.text(tr), MessageArgument.bilingual(decision.explanationZh(), decision.explanationEn())));
            o.add(decision.explanationZh(), decision.explanationEn());
        }

        compare(o, t, a, op, direction);
        // a share of one is the whole weight: weight × 1 has the weight's value and scale, so it is not multiplied
        BigDecimal score = policy.round(o.share == BigDecimal.ONE ? weight : weight.multiply(o.share));
        if (o.boundary) {
            MessageArgument against = policy.strictBoundary() == StrictBoundary.NEXT_STEP
                    ? MessageArgument.message("fragment.scoredAgainst", MessageArgument.text(direction == Direction.AT_LEAST ? "≥" : "≤"),
                            MessageArgument.number(o.against), MessageArgument.text(tq.unit().symbol()))
                    : MessageArgument.text("");
            out.add(Diagnostic.of(StandardCode.STRICT_BOUNDARY, place(ind, ind.getActual()), MessageArgument.text(ind.getName()),
                    MessageArgument.text(ar), MessageArgument.text(tr), against, MessageArgument.number(score)));
        }
        if (direction == Direction.AT_LEAST && t.signum() > 0 && !decision.isCost() && o.ratio != null
                && o.ratio.compareTo(policy.overAchievementThreshold()) >= 0) {
            out.add(Diagnostic.of(StandardCode.OVER_ACHIEVEMENT, place(ind, ind.getActual()), MessageArgument.text(ind.getName()),
                    MessageArgument.text(ar), MessageArgument.text(tr), MessageArgument.number(o.ratio.setScale(2, RoundingMode.HALF_UP))));
        }
        if (decision.isCost() && direction == Direction.AT_MOST && !o.met) {
            out.add(Diagnostic.of(StandardCode.COST_OVERRUN, place(ind, ind.getActual()), MessageArgument.text(ind.getName()),
                    MessageArgument.text(ar), MessageArgument.text(tr), MessageArgument.number(score)));
        }
        IndicatorStatus status = o.met ? IndicatorStatus.MET
                : score.signum() > 0 ? IndicatorStatus.PARTLY_MET : IndicatorStatus.NOT_MET;
        BigDecimal shownRatio = o.ratio == null ? null : o.ratio.setScale(4, RoundingMode.HALF_UP);
        o.explained(ar, tr, score, shownRatio);
        return result(ind, weight, assigned, score, status, shownRatio, decision, o);
    }

    /**
     * An actual compared with a target: met, at a strict bound, the share of the weight earned, the ratio, the
     * notes on how the values were read, and the explanation of the score. One object per compared indicator
     * (the notes, the outcome and the explanation were three): filled in while the indicator is scored, never
     * changed once its result holds it.
     */
    private static final class Measured extends Notes implements Explanation {
        boolean met;
        boolean boundary;
        BigDecimal share;
        BigDecimal against;
        BigDecimal ratio;
        private String ar;
        private String tr;
        private BigDecimal score;
        private BigDecimal shownRatio;

        void explained(String actualRaw, String targetRaw, BigDecimal scored, BigDecimal ratioShown) {
            this.ar = actualRaw;
            this.tr = targetRaw;
            this.score = scored;
            this.shownRatio = ratioShown;
        }

        @Override
        public String in(boolean english) {
            return english
                    ? (met ? "actual " + ar + " meets target " + tr + ": full " + Plain.of(score)
                            : boundary ? "actual " + ar + " equals the bound of " + tr + ", not passed: " + Plain.of(score)
                            : "actual " + ar + " misses target " + tr + (shownRatio == null ? "" : ", ratio " + Plain.of(shownRatio))
                                    + ": " + Plain.of(score)) + en()
                    : (met ? "完成值" + ar + "达到指标值" + tr + "，得满分" + Plain.of(score)
                            : boundary ? "完成值" + ar + "等于指标值" + tr + "的界值，未达到，得" + Plain.of(score)
                            : "完成值" + ar + "未达到指标值" + tr + (shownRatio == null ? "" : "，完成比例" + Plain.percent(shownRatio))
                                    + "，得" + Plain.of(score)) + zh();
        }
    }

    /**
     * The Ministry's formulas: met → the whole weight; at least → 完成值/指标值; at most → the policy's
     * {@link io.github.perfeval.scoring.policy.AtMostRule}; a target of zero or below → linear in the distance
     * relative to |target| (nothing for a zero target); an actual equal to a strict target → the policy's
     * {@link StrictBoundary}.
     */
    private void compare(Measured o, BigDecimal t, BigDecimal a, Comparison op, Direction d) {
        o.against = t;
        boolean strict = op == Comparison.MORE_THAN || op == Comparison.LESS_THAN;
        if (strict && a.compareTo(t) == 0) {
            o.boundary = true;
            switch (policy.strictBoundary()) {
                case RATIO:
                    o.share = BigDecimal.ONE;
                    break;
                case NOTHING:
                    o.share = BigDecimal.ZERO;
                    break;
                default:
                    BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, t.scale()));
                    o.against = d == Direction.AT_LEAST ? t.add(step) : t.subtract(step);
                    o.share = share(o.against, a, d);
                    break;
            }
        } else {
            o.met = d == Direction.AT_LEAST ? a.compareTo(t) >= 0 : a.compareTo(t) <= 0;
            o.share = o.met ? BigDecimal.ONE : share(t, a, d);
        }
        if (d == Direction.AT_LEAST) {
            o.ratio = t.signum() > 0 ? a.divide(t, MC) : null;
        } else {
            o.ratio = a.signum() > 0 && t.signum() > 0 ? t.divide(a, MC) : a.signum() == 0 && t.signum() == 0 ? BigDecimal.ONE : null;
        }
    }

    private BigDecimal share(BigDecimal t, BigDecimal a, Direction d) {
        if (d == Direction.AT_LEAST ? a.compareTo(t) >= 0 : a.compareTo(t) <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal s;
        if (t.signum() > 0) {
            s = d == Direction.AT_LEAST ? a.divide(t, MC)
                    : Objects.requireNonNull(policy.atMostRule().share(t, a), "the policy's AtMostRule returned null");
        } else if (t.signum() == 0) {
            s = BigDecimal.ZERO;
        } else {
            BigDecimal gap = (d == Direction.AT_LEAST ? t.subtract(a) : a.subtract(t)).divide(t.abs(), MC);
            s = BigDecimal.ONE.subtract(gap);
        }
        return s.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static boolean opposite(Trend x, Trend y) {
        return x == Trend.UP && y == Trend.DOWN || x == Trend.DOWN && y == Trend.UP;
    }

    /** 无, 未发生, 零, 没有…: nothing happened. */
    private static boolean isZeroLike(IndicatorValue v) {
        return v.getKind() == ValueKind.QUALITATIVE && trendOf(v) == Trend.ABSENT;
    }

    /** The trend of a value's qualitative term, or null when it has none. */
    private static Trend trendOf(IndicatorValue v) {
        QualitativeTerm t = v.getTerm().orElse(null);
        return t == null ? null : t.trend();
    }

    // ---- ranges -----------------------------------------------------------------------------------------

    /**
     * A range target ({@code 90%-95%}, {@code 1-12月}): an actual inside it (or a range inside it) is met;
     * below it scores as at least its lower end, above it as at most its upper end. A period (a range of
     * months or years) has no "more" or "less": an actual outside it needs the evaluator.
     */
    private IndicatorResult rangeTarget(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared,
                                        List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        String tr = target.getRaw();
        String ar = actual.getRaw();
        if (sameWords(tr, ar)) {
            return result(ind, weight, assigned, weight, IndicatorStatus.MET, BigDecimal.ONE,
                    english -> english
                            ? "actual matches the target range " + tr + ": full " + Plain.of(weight)
                            : "完成值与指标值“" + tr + "”一致，得满分" + Plain.of(weight));
        }
        Quantity lowQ = target.getQuantity().orElse(null);
        Quantity highQ = target.getUpper().orElse(null);
        Optional<BigDecimal> lowIn = lowQ == null || highQ == null ? Optional.empty() : lowQ.in(highQ.unit());
        if (lowIn.isEmpty()) {
            return carried(ind, weight, assigned, declared, "区间型指标值需人工比对", "range target needs a person to compare");
        }
        Unit u = highQ.unit();
        BigDecimal lo = lowIn.get().min(highQ.value());
        BigDecimal hi = lowIn.get().max(highQ.value());
        String range = Plain.of(lo) + "-" + Plain.of(hi) + u.symbol();
        if (actual.getKind() == ValueKind.RANGE) {
            Optional<BigDecimal> alo = actual.getQuantity().flatMap(q -> q.in(u));
            Optional<BigDecimal> ahi = actual.getUpper().flatMap(q -> q.in(u));
            if (alo.isPresent() && ahi.isPresent() && alo.get().min(ahi.get()).compareTo(lo) >= 0
                    && alo.get().max(ahi.get()).compareTo(hi) <= 0) {
                return result(ind, weight, assigned, policy.round(weight), IndicatorStatus.MET, BigDecimal.ONE,
                        english -> english
                                ? "the actual range " + ar + " lies within the target " + tr + ": full " + Plain.of(weight)
                                : "完成区间“" + ar + "”在指标区间“" + tr + "”内，得满分" + Plain.of(weight));
            }
            return carried(ind, weight, assigned, declared, "完成区间超出指标区间，需人工比对", "the actual range leaves the target range");
        }
        if (!actual.isQuantitative()) {
            return carried(ind, weight, assigned, declared, "区间型指标值需人工比对", "range target needs a person to compare");
        }
        Notes notes = new Notes();
        Optional<BigDecimal> converted = convert(ind, actual.getQuantity().orElseThrow(), u, notes, out);
        if (converted.isEmpty()) {
            return carried(ind, weight, assigned, declared, "计量单位不一致", "units do not compare");
        }
        BigDecimal a = converted.get();
        if (a.compareTo(lo) >= 0 && a.compareTo(hi) <= 0) {
            BigDecimal s = policy.round(weight);
            return result(ind, weight, assigned, s, IndicatorStatus.MET, BigDecimal.ONE,
                    english -> english
                            ? "actual " + ar + " lies within " + range + ": full " + Plain.of(s) + notes.en()
                            : "完成值" + ar + "在区间" + range + "内，得满分" + Plain.of(s) + notes.zh());
        }
        if (u.kind() == UnitKind.DURATION) {
            return carried(ind, weight, assigned, declared, "完成值不在期间" + range + "内，需人工比对",
                    "the actual lies outside the period " + range);
        }
        boolean below = a.compareTo(lo) < 0;
        BigDecimal share = below ? share(lo, a, Direction.AT_LEAST) : share(hi, a, Direction.AT_MOST);
        BigDecimal score = policy.round(weight.multiply(share));
        IndicatorStatus status = score.signum() > 0 ? IndicatorStatus.PARTLY_MET : IndicatorStatus.NOT_MET;
        return result(ind, weight, assigned, score, status, null,
                english -> english
                        ? "actual " + ar + (below ? " below " : " above ") + range + ", scored as " + (below ? "≥" + Plain.of(lo) : "≤" + Plain.of(hi))
                                + u.symbol() + ": " + Plain.of(score) + notes.en()
                        : "完成值" + ar + (below ? "低于" : "高于") + "区间" + range + "，按" + (below ? "≥" + Plain.of(lo) : "≤" + Plain.of(hi))
                                + u.symbol() + "计，得" + Plain.of(score) + notes.zh());
    }

    // ---- qualitative --------------------------------------------------------------------------------------

    /**
     * A qualitative target: words against words; against a figure, 无/未发生/零 is met by a zero, and
     * 提升 by 提升5% (the same way, above zero).
     */
    private IndicatorResult qualitativeTarget(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared,
                                              List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        QualitativeTerm tt = target.getTerm().orElse(null);
        QualitativeTerm at = actual.getTerm().orElse(null);
        QualitativeTerm.Agreement agreement;
        if (actual.isQuantitative() && tt != null) {
            Quantity aq = actual.getQuantity().orElseThrow();
            Optional<QualitativeTerm> am = actual.getMeasure().flatMap(QualitativeTerm::ofMeasure);
            if (tt.trend() == Trend.ABSENT && am.isEmpty()) {
                agreement = aq.value().signum() == 0 ? QualitativeTerm.Agreement.AGREES : QualitativeTerm.Agreement.DISAGREES;
            } else if (am.isPresent()) {
                agreement = tt.agreement(am.get());
                if (agreement == QualitativeTerm.Agreement.AGREES && (tt.trend() == Trend.UP || tt.trend() == Trend.DOWN)
                        && aq.value().signum() <= 0) {
                    agreement = QualitativeTerm.Agreement.DISAGREES; // 提升0% or 提升-3% is no rise
                }
            } else {
                agreement = QualitativeTerm.Agreement.UNKNOWN;
            }
        } else if (tt != null && at != null) {
            agreement = tt.agreement(at);
        } else if (sameWords(target.getRaw(), actual.getRaw())) {
            agreement = QualitativeTerm.Agreement.AGREES;
        } else if (tt == null && at != null && at.trend() == Trend.ACHIEVED) {
            // 严格执行相关制度规定 / 达成预期指标: the form says the target was reached
            agreement = QualitativeTerm.Agreement.AGREES;
        } else if (at != null && at.trend() == Trend.NOT_ACHIEVED) {
            agreement = QualitativeTerm.Agreement.DISAGREES;
        } else {
            agreement = QualitativeTerm.Agreement.UNKNOWN;
        }
        return qualitative(ind, weight, assigned, declared, agreement, out);
    }

    /**
     * Notes added to an explanation: conventions, equivalences, how the direction was decided. Kept as parts
     * and joined only when an explanation is read.
     */
    private static class Notes {
        private String[] parts;
        private int count;

        void add(String noteZh, String noteEn) {
            if (parts == null) {
                parts = new String[4];
            } else if (count + 2 > parts.length) {
                parts = java.util.Arrays.copyOf(parts, parts.length * 2);
            }
            parts[count++] = noteZh;
            parts[count++] = noteEn;
        }

        String zh() {
            return join(0, '；', "");
        }

        String en() {
            return join(1, ';', " ");
        }

        private String join(int offset, char separator, String space) {
            if (count == 0) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = offset; i < count; i += 2) {
                sb.append(separator).append(space).append(parts[i]);
            }
            return sb.toString();
        }
    }

    private IndicatorResult qualitative(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared,
                                        QualitativeTerm.Agreement agreement, List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        String tr = target.getRaw();
        String ar = actual.getRaw();
        switch (agreement) {
            case AGREES: {
                if (declared != null && declared.compareTo(weight.multiply(policy.qualitativeBands().achieved())) >= 0
                        && declared.compareTo(weight) <= 0) {
                    BigDecimal s = policy.round(declared);
                    return result(ind, weight, assigned, s, IndicatorStatus.MET, BigDecimal.ONE,
                            english -> english
                                    ? "\"" + ar + "\" reaches \"" + tr + "\": the evaluator's score " + Plain.of(s) + " in the achieved band is kept"
                                    : "完成情况“" + ar + "”达到“" + tr + "”，采用评价人在达成档内的得分" + Plain.of(s));
                }
                BigDecimal s = policy.round(weight);
                return result(ind, weight, assigned, s, IndicatorStatus.MET, BigDecimal.ONE,
                        english -> english
                                ? "\"" + ar + "\" reaches \"" + tr + "\": full " + Plain.of(s)
                                : "完成情况“" + ar + "”达到“" + tr + "”，得满分" + Plain.of(s));
            }
            case DISAGREES: {
                if (declared != null && declared.signum() >= 0
                        && declared.compareTo(weight.multiply(policy.qualitativeBands().partly())) < 0) {
                    BigDecimal s = policy.round(declared);
                    return result(ind, weight, assigned, s, IndicatorStatus.NOT_MET, BigDecimal.ZERO,
                            english -> english
                                    ? "\"" + ar + "\" is the opposite of \"" + tr + "\": the evaluator's score " + Plain.of(s)
                                            + " in the not-achieved band is kept"
                                    : "完成情况“" + ar + "”与“" + tr + "”相反，采用评价人在未达成档内的得分" + Plain.of(s));
                }
                return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NOT_MET, BigDecimal.ZERO,
                        english -> english
                                ? "\"" + ar + "\" is the opposite of \"" + tr + "\": not met, 0"
                                : "完成情况“" + ar + "”与“" + tr + "”相反，未达成，得0");
            }
            default: {
                if (declared != null && declared.signum() >= 0 && declared.compareTo(weight) <= 0) {
                    BigDecimal s = policy.round(declared);
                    return result(ind, weight, assigned, s, IndicatorStatus.NEEDS_JUDGEMENT, null,
                            english -> english
                                    ? "qualitative \"" + tr + "\" / \"" + ar + "\" needs judgement: the declared " + Plain.of(s) + " is kept"
                                    : "定性指标“" + tr + "”/“" + ar + "”需评价人判断，采用填报得分" + Plain.of(s));
                }
                if (declared != null) {
                    // a score is filled, but outside [0, weight]: say so, not that none was filled
                    out.add(Diagnostic.variant(StandardCode.NEEDS_JUDGEMENT, "declaredOutsideWeight", ind.location(),
                            MessageArgument.text(ind.getName()), MessageArgument.text(tr), MessageArgument.text(ar),
                            MessageArgument.number(declared), MessageArgument.number(weight)));
                } else {
                    out.add(Diagnostic.of(StandardCode.NEEDS_JUDGEMENT, ind.location(), MessageArgument.text(ind.getName()),
                            MessageArgument.text(tr), MessageArgument.text(ar)));
                }
                return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NEEDS_JUDGEMENT, null,
                        english -> english
                                ? "needs the evaluator's judgement; 0 for now"
                                : "需评价人判断，暂计0分");
            }
        }
    }

    /** Not scorable: the declared score is carried when there is one (within the weight), else 0. */
    private IndicatorResult carried(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal declared,
                                    String whyZh, String whyEn) {
        if (declared != null && declared.signum() >= 0) {
            BigDecimal s = policy.round(declared.min(weight));
            return result(ind, weight, assigned, s, IndicatorStatus.NOT_SCORABLE, null,
                    english -> english
                            ? whyEn + "; the declared " + Plain.of(s) + " is carried"
                            : whyZh + "，沿用填报得分" + Plain.of(s));
        }
        return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NOT_SCORABLE, null,
                english -> english
                        ? whyEn + "; not scorable, counted as 0"
                        : whyZh + "，无法计分，计0分");
    }

    private static IndicatorResult result(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal score,
                                          IndicatorStatus status, BigDecimal ratio, Explanation explanation) {
        return result(ind, weight, assigned, score, status, ratio, null, explanation);
    }

    private static IndicatorResult result(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal score,
                                          IndicatorStatus status, BigDecimal ratio, DirectionDecision direction,
                                          Explanation explanation) {
        BigDecimal bounded = score.max(BigDecimal.ZERO).min(weight.max(BigDecimal.ZERO));
        return new IndicatorResult(ind, weight, assigned, bounded.setScale(score.scale(), RoundingMode.HALF_UP), status, ratio,
                direction, explanation);
    }

    /** Remarks on how a value was read (typo, arithmetic, worded operator) and values that could not be read. */
    private static void remarks(Indicator ind, IndicatorValue v, boolean isTarget, List<Diagnostic> out) {
        if (v.getKind() == ValueKind.UNPARSED) {
            out.add(Diagnostic.variant(isTarget ? StandardCode.UNPARSEABLE_TARGET : StandardCode.UNPARSEABLE_ACTUAL, "unparsed", place(ind, v),
                    MessageArgument.text(ind.getName()), MessageArgument.text(v.getRaw()), issues(v)));
            return;
        }
        for (ParseIssue issue : v.getIssues()) {
            if (issue.isBlocking() || issue == ParseIssue.NUMBERS_IN_PROSE) {
                continue;
            }
            out.add(Diagnostic.variant(StandardCode.VALUE_REMARK, "parseIssue", place(ind, v), MessageArgument.text(ind.getName()),
                    MessageArgument.message(isTarget ? "fragment.target" : "fragment.actual"), MessageArgument.text(v.getRaw()),
                    MessageArgument.message("parseIssue." + issue.name()),
                    MessageArgument.text(v.getQuantity().map(Quantity::toString).orElse("-"))).withSeverity(Severity.INFO));
        }
        if (v.getIssues().contains(ParseIssue.ARITHMETIC_WRONG)) {
            out.add(Diagnostic.variant(isTarget ? StandardCode.UNPARSEABLE_TARGET : StandardCode.UNPARSEABLE_ACTUAL, "arithmetic", place(ind, v),
                    MessageArgument.text(ind.getName()), MessageArgument.text(v.getRaw())));
        }
    }

    /** The parse issues of a value, in brackets, or nothing. */
    private static MessageArgument issues(IndicatorValue v) {
        if (v.getIssues().isEmpty()) {
            return MessageArgument.text("");
        }
        List<MessageArgument> items = new ArrayList<>(v.getIssues().size());
        for (ParseIssue issue : v.getIssues()) {
            items.add(MessageArgument.message("parseIssue." + issue.name()));
        }
        return MessageArgument.message("fragment.issues", MessageArgument.list("list.semicolon", items));
    }

    static Location place(Indicator ind, IndicatorValue v) {
        Location at = v.getSource().orElse(null);
        return at != null ? at.withIndicator(ind.getPath()) : ind.location();
    }

    /** Whether two texts are the same once spaces, full stops and semicolons are left out (compared in place, nothing built). */
    static boolean sameWords(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && ignored(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && ignored(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    private static boolean ignored(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '。' || c == '.' || c == '；' || c == ';';
    }
}
