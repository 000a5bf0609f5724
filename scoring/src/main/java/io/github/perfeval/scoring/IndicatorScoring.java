package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.UnitKind;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ParseIssue;
import io.github.perfeval.core.value.QualitativeTerm;
import io.github.perfeval.core.value.ValueKind;
import io.github.perfeval.scoring.policy.ScoringPolicy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scores one indicator by the policy: quantitative (at least / at most / equal, zero targets),
 * qualitative (text agreement and evaluator bands), and what cannot be scored.
 */
final class IndicatorScoring {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final ScoringPolicy policy;

    IndicatorScoring(ScoringPolicy policy) {
        this.policy = policy;
    }

    IndicatorResult score(Indicator ind, BigDecimal weight, boolean assigned, List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        remarks(ind, target, true, out);
        remarks(ind, actual, false, out);
        Optional<BigDecimal> declared = ind.getDeclaredScore().flatMap(f -> f.getValue());

        if (target.isEmpty() || actual.isEmpty()) {
            return carried(ind, weight, assigned, declared, target.isEmpty() ? "未填写指标值" : "未填写完成值",
                    target.isEmpty() ? "no target" : "no actual");
        }
        if (target.getKind() == ValueKind.QUALITATIVE) {
            return qualitative(ind, weight, assigned, declared, out);
        }
        if (target.getKind() == ValueKind.RANGE) {
            if (normal(target.getRaw()).equals(normal(actual.getRaw()))) {
                return result(ind, weight, assigned, weight, IndicatorStatus.MET, BigDecimal.ONE,

                        () -> "完成值与指标值“" + target.getRaw() + "”一致，得满分" + Plain.of(weight),

                        () -> "actual matches the target range " + target.getRaw() + ": full " + Plain.of(weight));
            }
            return carried(ind, weight, assigned, declared, "区间型指标值需人工比对", "range target needs a person to compare");
        }
        if (!target.isQuantitative()) {
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_TARGET, place(ind, target),
                    "“" + ind.getName() + "”的指标值“" + target.getRaw() + "”无法读作数值" + issues(target, true),
                    "target \"" + target.getRaw() + "\" of \"" + ind.getName() + "\" is not a readable number" + issues(target, false)));
            return carried(ind, weight, assigned, declared, "指标值无法解析", "target could not be read");
        }
        if (!actual.isQuantitative()) {
            String offered = actual.getCandidates().isEmpty() ? "" : "（文中数字：" + actual.getCandidates() + "）";
            out.add(Diagnostic.of(StandardCode.UNPARSEABLE_ACTUAL, place(ind, actual),
                    "“" + ind.getName() + "”的完成值“" + actual.getRaw() + "”无法读作数值" + offered,
                    "actual \"" + actual.getRaw() + "\" of \"" + ind.getName() + "\" is not a readable number"
                            + (actual.getCandidates().isEmpty() ? "" : " (numbers in it: " + actual.getCandidates() + ")")));
            return carried(ind, weight, assigned, declared, "完成值无法解析", "actual could not be read");
        }
        return quantitative(ind, weight, assigned, out);
    }

    private IndicatorResult quantitative(Indicator ind, BigDecimal weight, boolean assigned, List<Diagnostic> out) {
        Quantity tq = ind.getTarget().getQuantity().orElseThrow();
        Quantity aq = ind.getActual().getQuantity().orElseThrow();
        if (tq.unit().kind() == UnitKind.NONE) {
            out.add(Diagnostic.of(StandardCode.MISSING_UNIT, place(ind, ind.getTarget()),
                    "“" + ind.getName() + "”的指标值“" + ind.getTarget().getRaw() + "”未写计量单位",
                    "target \"" + ind.getTarget().getRaw() + "\" of \"" + ind.getName() + "\" has no unit"));
        }
        if (tq.unit().kind() == UnitKind.PERCENT && aq.unit().kind() == UnitKind.NONE
                && aq.value().compareTo(BigDecimal.ONE) <= 0 && tq.value().compareTo(BigDecimal.ONE) > 0) {
            // 0.95 against 90%: a fraction from a number cell, or 0.95%? Not ours to guess.
            out.add(Diagnostic.of(StandardCode.UNIT_MISMATCH, place(ind, ind.getActual()),
                    "“" + ind.getName() + "”完成值“" + ind.getActual().getRaw() + "”没有单位，指标值为百分数“" + ind.getTarget().getRaw()
                            + "”：可能是小数形式的百分比（如0.95即95%），请写明单位",
                    "\"" + ind.getName() + "\": actual \"" + ind.getActual().getRaw() + "\" has no unit against the percentage target \""
                            + ind.getTarget().getRaw() + "\"; it may be a fraction (0.95 = 95%): write the unit"));
            return carried(ind, weight, assigned, ind.getDeclaredScore().flatMap(f -> f.getValue()),
                    "完成值单位不明", "the actual's unit is unclear");
        }
        Optional<BigDecimal> converted = aq.in(tq.unit());
        if (converted.isEmpty()) {
            out.add(Diagnostic.of(StandardCode.UNIT_MISMATCH, place(ind, ind.getActual()),
                    "“" + ind.getName() + "”完成值单位“" + aq.unit() + "”与指标值单位“" + tq.unit() + "”不一致",
                    "\"" + ind.getName() + "\": actual unit " + aq.unit() + " does not compare with target unit " + tq.unit()));
            return carried(ind, weight, assigned, ind.getDeclaredScore().flatMap(f -> f.getValue()),
                    "计量单位不一致", "units do not compare");
        }
        BigDecimal t = tq.value();
        BigDecimal a = converted.get().signum() < 0 ? BigDecimal.ZERO : converted.get();
        Comparison op = ind.getTarget().getComparison().orElse(null);
        Direction direction = ind.getDirection();
        String tr = ind.getTarget().getRaw();
        String ar = ind.getActual().getRaw();

        BigDecimal share;
        boolean met;
        BigDecimal ratio;
        if (direction == Direction.AT_LEAST) {
            if (t.signum() == 0) {
                // "= 0" (or "≥ 0"): met when nothing happened / always met
                met = op != Comparison.EQUAL || a.signum() == 0;
                share = met ? BigDecimal.ONE : BigDecimal.ZERO;
                ratio = null;
            } else {
                met = op == Comparison.MORE_THAN ? a.compareTo(t) > 0 : a.compareTo(t) >= 0;
                ratio = a.divide(t, MC);
                share = met ? BigDecimal.ONE : ratio.min(BigDecimal.ONE);
                if (ratio.compareTo(policy.overAchievementThreshold()) >= 0) {
                    out.add(Diagnostic.of(StandardCode.OVER_ACHIEVEMENT, place(ind, ind.getActual()),
                            "“" + ind.getName() + "”完成值" + ar + "为指标值" + tr + "的" + Plain.of(ratio.setScale(2, RoundingMode.HALF_UP))
                                    + "倍，指标值可能设定偏低",
                            "\"" + ind.getName() + "\": actual " + ar + " is " + Plain.of(ratio.setScale(2, RoundingMode.HALF_UP))
                                    + "× the target " + tr + "; the target may be set too low"));
                }
            }
        } else {
            met = op == Comparison.LESS_THAN ? a.compareTo(t) < 0 : a.compareTo(t) <= 0;
            ratio = a.signum() == 0 ? (t.signum() == 0 ? BigDecimal.ONE : null) : t.divide(a, MC);
            if (met) {
                share = BigDecimal.ONE;
            } else if (t.signum() == 0) {
                share = BigDecimal.ZERO;
            } else if (a.compareTo(t) == 0) {
                share = BigDecimal.ONE; // strictly-less target reached exactly: nothing over to deduct
            } else {
                share = policy.atMostRule().share(t, a).max(BigDecimal.ZERO).min(BigDecimal.ONE);
            }
        }
        BigDecimal score = policy.round(weight.multiply(share));
        IndicatorStatus status = met ? IndicatorStatus.MET
                : score.signum() > 0 ? IndicatorStatus.PARTLY_MET : IndicatorStatus.NOT_MET;
        BigDecimal shownRatio = ratio == null ? null : ratio.setScale(4, RoundingMode.HALF_UP);
        boolean isMet = met;
        Supplier<String> zh = () -> isMet ? "完成值" + ar + "达到指标值" + tr + "，得满分" + Plain.of(score)
                : "完成值" + ar + "未达到指标值" + tr + (shownRatio == null ? "" : "，完成比例" + Plain.percent(shownRatio))
                        + "，得" + Plain.of(score);
        Supplier<String> en = () -> isMet ? "actual " + ar + " meets target " + tr + ": full " + Plain.of(score)
                : "actual " + ar + " misses target " + tr + (shownRatio == null ? "" : ", ratio " + Plain.of(shownRatio))
                        + ": " + Plain.of(score);
        return result(ind, weight, assigned, score, status, shownRatio, zh, en);
    }

    private IndicatorResult qualitative(Indicator ind, BigDecimal weight, boolean assigned, Optional<BigDecimal> declared,
                                        List<Diagnostic> out) {
        IndicatorValue target = ind.getTarget();
        IndicatorValue actual = ind.getActual();
        QualitativeTerm.Agreement agreement;
        if (target.getTerm().isPresent() && actual.getTerm().isPresent()) {
            agreement = target.getTerm().get().agreement(actual.getTerm().get());
        } else if (normal(target.getRaw()).equals(normal(actual.getRaw()))) {
            agreement = QualitativeTerm.Agreement.AGREES;
        } else if (actual.getTerm().map(t -> t.trend() == io.github.perfeval.core.value.Trend.NOT_ACHIEVED).orElse(false)) {
            agreement = QualitativeTerm.Agreement.DISAGREES;
        } else {
            agreement = QualitativeTerm.Agreement.UNKNOWN;
        }
        BigDecimal achievedFloor = weight.multiply(policy.qualitativeBands().achieved());
        BigDecimal partlyFloor = weight.multiply(policy.qualitativeBands().partly());
        String tr = target.getRaw();
        String ar = actual.getRaw();
        switch (agreement) {
            case AGREES: {
                if (declared.isPresent() && declared.get().compareTo(achievedFloor) >= 0 && declared.get().compareTo(weight) <= 0) {
                    BigDecimal s = policy.round(declared.get());
                    return result(ind, weight, assigned, s, IndicatorStatus.MET, BigDecimal.ONE,

                            () -> "完成情况“" + ar + "”达到“" + tr + "”，采用评价人在达成档内的得分" + Plain.of(s),

                            () -> "\"" + ar + "\" reaches \"" + tr + "\": the evaluator's score " + Plain.of(s) + " in the achieved band is kept");
                }
                BigDecimal s = policy.round(weight);
                return result(ind, weight, assigned, s, IndicatorStatus.MET, BigDecimal.ONE,

                        () -> "完成情况“" + ar + "”达到“" + tr + "”，得满分" + Plain.of(s),

                        () -> "\"" + ar + "\" reaches \"" + tr + "\": full " + Plain.of(s));
            }
            case DISAGREES: {
                if (declared.isPresent() && declared.get().signum() >= 0 && declared.get().compareTo(partlyFloor) < 0) {
                    BigDecimal s = policy.round(declared.get());
                    return result(ind, weight, assigned, s, IndicatorStatus.NOT_MET, BigDecimal.ZERO,

                            () -> "完成情况“" + ar + "”与“" + tr + "”相反，采用评价人在未达成档内的得分" + Plain.of(s),

                            () -> "\"" + ar + "\" is the opposite of \"" + tr + "\": the evaluator's score " + Plain.of(s)
                                    + " in the not-achieved band is kept");
                }
                return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NOT_MET, BigDecimal.ZERO,

                        () -> "完成情况“" + ar + "”与“" + tr + "”相反，未达成，得0",

                        () -> "\"" + ar + "\" is the opposite of \"" + tr + "\": not met, 0");
            }
            default: {
                if (declared.isPresent() && declared.get().signum() >= 0 && declared.get().compareTo(weight) <= 0) {
                    BigDecimal s = policy.round(declared.get());
                    return result(ind, weight, assigned, s, IndicatorStatus.NEEDS_JUDGEMENT, null,

                            () -> "定性指标“" + tr + "”/“" + ar + "”需评价人判断，采用填报得分" + Plain.of(s),

                            () -> "qualitative \"" + tr + "\" / \"" + ar + "\" needs judgement: the declared " + Plain.of(s) + " is kept");
                }
                out.add(Diagnostic.of(StandardCode.NEEDS_JUDGEMENT, ind.location(),
                        "“" + ind.getName() + "”指标值“" + tr + "”与完成值“" + ar + "”需评价人判断；未填得分，暂计0分",
                        "\"" + ind.getName() + "\": target \"" + tr + "\" and actual \"" + ar
                                + "\" need the evaluator's judgement; no declared score, counted as 0 for now"));
                return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NEEDS_JUDGEMENT, null,

                        () -> "需评价人判断，暂计0分", () -> "needs the evaluator's judgement; 0 for now");
            }
        }
    }

    /** Not scorable: the declared score is carried when there is one (within the weight), else 0. */
    private IndicatorResult carried(Indicator ind, BigDecimal weight, boolean assigned, Optional<BigDecimal> declared,
                                    String whyZh, String whyEn) {
        if (declared.isPresent() && declared.get().signum() >= 0) {
            BigDecimal s = policy.round(declared.get().min(weight));
            return result(ind, weight, assigned, s, IndicatorStatus.NOT_SCORABLE, null,

                    () -> whyZh + "，沿用填报得分" + Plain.of(s), () -> whyEn + "; the declared " + Plain.of(s) + " is carried");
        }
        return result(ind, weight, assigned, policy.round(BigDecimal.ZERO), IndicatorStatus.NOT_SCORABLE, null,

                () -> whyZh + "，无法计分，计0分", () -> whyEn + "; not scorable, counted as 0");
    }

    private static IndicatorResult result(Indicator ind, BigDecimal weight, boolean assigned, BigDecimal score,
                                          IndicatorStatus status, BigDecimal ratio, Supplier<String> zh, Supplier<String> en) {
        BigDecimal bounded = score.max(BigDecimal.ZERO).min(weight.max(BigDecimal.ZERO));
        return new IndicatorResult(ind, weight, assigned, bounded.setScale(score.scale(), RoundingMode.HALF_UP), status, ratio, zh, en);
    }

    /** Remarks on how a value was read (typo, arithmetic, worded operator) and values that could not be read. */
    private static void remarks(Indicator ind, IndicatorValue v, boolean isTarget, List<Diagnostic> out) {
        if (v.getKind() == ValueKind.UNPARSED) {
            out.add(Diagnostic.of(isTarget ? StandardCode.UNPARSEABLE_TARGET : StandardCode.UNPARSEABLE_ACTUAL, place(ind, v),
                    "“" + ind.getName() + "”的" + (isTarget ? "指标值" : "完成值") + "“" + v.getRaw() + "”无法解析" + issues(v, true),
                    (isTarget ? "target" : "actual") + " \"" + v.getRaw() + "\" of \"" + ind.getName() + "\" could not be read"
                            + issues(v, false)));
            return;
        }
        for (ParseIssue issue : v.getIssues()) {
            if (issue.isBlocking() || issue == ParseIssue.NUMBERS_IN_PROSE) {
                continue;
            }
            out.add(Diagnostic.of(StandardCode.VALUE_REMARK, Severity.INFO, place(ind, v),
                    "“" + ind.getName() + "”的" + (isTarget ? "指标值" : "完成值") + "“" + v.getRaw() + "”：" + issue.messageZh()
                            + "（读作" + v.getQuantity().map(Quantity::toString).orElse("-") + "）",
                    (isTarget ? "target" : "actual") + " \"" + v.getRaw() + "\" of \"" + ind.getName() + "\": " + issue.messageEn()
                            + " (read as " + v.getQuantity().map(Quantity::toString).orElse("-") + ")"));
        }
        if (v.getIssues().contains(ParseIssue.ARITHMETIC_WRONG)) {
            out.add(Diagnostic.of(isTarget ? StandardCode.UNPARSEABLE_TARGET : StandardCode.UNPARSEABLE_ACTUAL, place(ind, v),
                    "“" + ind.getName() + "”的算式“" + v.getRaw() + "”结果不正确",
                    "the arithmetic \"" + v.getRaw() + "\" of \"" + ind.getName() + "\" does not add up"));
        }
    }

    private static String issues(IndicatorValue v, boolean zh) {
        if (v.getIssues().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(zh ? "（" : " (");
        for (int i = 0; i < v.getIssues().size(); i++) {
            if (i > 0) {
                sb.append(zh ? "；" : "; ");
            }
            sb.append(zh ? v.getIssues().get(i).messageZh() : v.getIssues().get(i).messageEn());
        }
        return sb.append(zh ? "）" : ")").toString();
    }

    static Location place(Indicator ind, IndicatorValue v) {
        return v.getSource().map(s -> s.withIndicator(ind.getPath())).orElseGet(ind::location);
    }

    private static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '。' && c != '.' && c != '；' && c != ';') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
