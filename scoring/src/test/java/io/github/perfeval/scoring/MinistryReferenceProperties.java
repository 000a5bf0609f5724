package io.github.perfeval.scoring;

import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer against a reference implementation of the Ministry's formulas written here, small and
 * sharing no code with {@code scoring}: generated indicators (operators, bare targets whose direction
 * the generator knows from the name it picked, units written differently on both sides, negatives,
 * zeros, strict bounds, ranges, zero-like words, weights that round) are written as text, scored by
 * {@link Scorer}, and compared with what the reference computes from the numbers the generator chose.
 * One seed an invocation (shown in its name); {@code -Dperfeval.seed=N} replays one.
 */
class MinistryReferenceProperties {

    private static final Scorer SCORER = Scorer.create();
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final int SEEDS = 24;
    private static final int FORMS_PER_SEED = 10;
    private static final int INDICATORS_PER_FORM = 50;

    static Stream<Long> seeds() {
        return Seeds.of(SEEDS);
    }

    // ---- the reference ------------------------------------------------------------------------------

    /**
     * The share of the weight earned, by the Ministry's rules as deployed: met, the whole weight; at
     * least, 完成值/指标值; at most, 1 − (完成值 − 指标值)/指标值 down to 0 at twice the target; a target of
     * zero or below, linear in the distance relative to |target| (nothing for zero); an actual equal to a
     * strict target, scored against the next step of the target's last digit.
     */
    static BigDecimal referenceShare(BigDecimal t, BigDecimal a, String op, boolean atLeast) {
        if ((op.equals(">") || op.equals("<")) && a.compareTo(t) == 0) {
            BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, t.stripTrailingZeros().scale()));
            return referenceShare(atLeast ? t.add(step) : t.subtract(step), a, "", atLeast);
        }
        boolean met = atLeast ? a.compareTo(t) >= 0 : a.compareTo(t) <= 0;
        if (met) {
            return BigDecimal.ONE;
        }
        BigDecimal share;
        if (t.signum() == 0) {
            share = BigDecimal.ZERO;
        } else if (t.signum() > 0 && atLeast) {
            share = a.divide(t, EXACT);
        } else {
            BigDecimal distance = atLeast ? t.subtract(a) : a.subtract(t);
            share = BigDecimal.ONE.subtract(distance.divide(t.abs(), EXACT));
        }
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    static BigDecimal referenceScore(BigDecimal weight, BigDecimal share) {
        return weight.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    // ---- the generator --------------------------------------------------------------------------------

    /** A name, its levels, and which way it points when its target is bare. */
    private static final class Name {
        final String level1;
        final String level2;
        final String name;
        final boolean atLeast;
        /** Whether ＝ reads as at most: harm and costs do; time limits, like everything else, read ＝ as at least. */
        final boolean equalAtMost;
        final String[] units;

        Name(String level1, String level2, String name, boolean atLeast, String... units) {
            this.level1 = level1;
            this.level2 = level2;
            this.name = name;
            this.atLeast = atLeast;
            this.equalAtMost = !atLeast && !level2.equals("时效指标");
            this.units = units;
        }
    }

    private static final Name[] NAMES = {
        new Name("产出指标", "数量指标", "培训场次", true, "次"),
        new Name("产出指标", "数量指标", "受益人数", true, "人", "万人"),
        new Name("产出指标", "质量指标", "设备故障排除率", true, "%"),
        new Name("产出指标", "质量指标", "群众知晓率", true, "%"),
        new Name("效益指标", "经济效益指标", "财政收入增长率", true, "%"),
        new Name("产出指标", "成本指标", "预算资金节约率", true, "%"),
        new Name("效益指标", "经济效益指标", "带动就业收入", true, "元", "万元"),
        new Name("效益指标", "社会效益指标", "安全事故起数", false, "起"),
        new Name("效益指标", "社会效益指标", "事故死亡人数", false, "人"),
        new Name("产出指标", "成本指标", "人均培训成本", false, "元", "万元"),
        new Name("产出指标", "时效指标", "应急响应时间", false, "小时", "天", "分钟"),
        new Name("效益指标", "社会效益指标", "投诉发生率", false, "%"),
    };

    /** Factors to a base unit; only conversions that are exact from the actual's unit to the target's are generated. */
    private static BigDecimal factor(String unit) {
        switch (unit) {
            case "万元":
            case "万人":
                return BigDecimal.valueOf(10_000);
            case "天":
                return BigDecimal.valueOf(1_440);
            case "小时":
                return BigDecimal.valueOf(60);
            default:
                return BigDecimal.ONE;
        }
    }

    private static boolean exactFrom(String actualUnit, String targetUnit) {
        BigDecimal ratio = factor(actualUnit).divide(factor(targetUnit), EXACT);
        // 元→万元 (÷10^4) is an exact decimal; 小时→天 (÷24) is not
        return ratio.compareTo(BigDecimal.ONE) >= 0 || factor(targetUnit).remainder(BigDecimal.TEN.pow(4)).signum() == 0;
    }

    private static final String[] OPS = {"≥", ">", "=", "≤", "<", ""};
    private static final String[] WEIGHTS = {"1", "2", "3", "3.33", "4.5", "5", "6.25", "7", "10", "12.5", "15", "20"};

    /** One generated indicator: its text, and what the reference says. */
    private static final class Case {
        Indicator indicator;
        BigDecimal weight;
        BigDecimal expectedScore;
        boolean expectedMet;
        String description;
    }

    private static BigDecimal number(Random r, boolean allowNegative) {
        int scale = r.nextInt(4) == 0 ? r.nextInt(3) : 0;
        long unscaled = r.nextInt(5) == 0 ? r.nextInt(10) : r.nextInt(2000);
        BigDecimal v = BigDecimal.valueOf(unscaled, scale);
        if (allowNegative && r.nextInt(4) == 0) {
            v = v.negate();
        }
        return v;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static Case quantityCase(Random r) {
        Name n = NAMES[r.nextInt(NAMES.length)];
        String op = OPS[r.nextInt(OPS.length)];
        String tUnit = n.units[r.nextInt(n.units.length)];
        boolean percent = tUnit.equals("%");
        BigDecimal t = number(r, percent);
        // the actual: equal, near, far, zero, negative, in base units of the target first
        BigDecimal a;
        switch (r.nextInt(7)) {
            case 0:
                a = t;
                break;
            case 1:
                a = t.add(BigDecimal.ONE.movePointLeft(r.nextInt(3)));
                break;
            case 2:
                a = t.subtract(BigDecimal.ONE.movePointLeft(r.nextInt(3)));
                break;
            case 3:
                a = t.multiply(BigDecimal.valueOf(2 + r.nextInt(3)));
                break;
            case 4:
                a = BigDecimal.ZERO;
                break;
            case 5:
                a = number(r, true);
                break;
            default:
                a = t.multiply(new BigDecimal("1.5"));
                break;
        }
        if (!percent && !n.name.contains("率") && a.signum() < 0 && t.signum() >= 0) {
            a = a.negate();
        }
        // write the actual in another unit of the family when that is exact
        String aUnit = n.units[r.nextInt(n.units.length)];
        if (!exactFrom(aUnit, tUnit)) {
            aUnit = tUnit;
        }
        BigDecimal aWritten = a.multiply(factor(tUnit)).divide(factor(aUnit), EXACT);
        if (aWritten.stripTrailingZeros().scale() > 8) {
            aUnit = tUnit;
            aWritten = a;
        }
        boolean atLeast;
        switch (op) {
            case "≥":
            case ">":
                atLeast = true;
                break;
            case "≤":
            case "<":
                atLeast = false;
                break;
            case "=":
                // ＝ is at least (as deployed), except ＝0, harm and costs
                atLeast = t.signum() != 0 && !n.equalAtMost;
                break;
            default:
                atLeast = n.atLeast;
                if (t.signum() == 0 && !percent && n.atLeast) {
                    atLeast = false; // a bare 0 of a count: none may happen
                }
                break;
        }
        Case c = new Case();
        c.weight = new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)]);
        BigDecimal share = referenceShare(t, a, op, atLeast);
        c.expectedScore = referenceScore(c.weight, share);
        boolean boundary = (op.equals(">") || op.equals("<")) && a.compareTo(t) == 0;
        c.expectedMet = !boundary && (atLeast ? a.compareTo(t) >= 0 : a.compareTo(t) <= 0);
        String target = op + plain(t) + tUnit;
        String actual = plain(aWritten) + aUnit;
        c.description = n.name + " " + target + " / " + actual + " (" + (atLeast ? "at least" : "at most") + ")";
        c.indicator = Indicator.builder().level1Label(n.level1).level2Label(n.level2).name(n.name)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(c.weight)).build();
        return c;
    }

    private static Case rangeCase(Random r) {
        boolean percent = r.nextBoolean();
        String unit = percent ? "%" : "个";
        BigDecimal lo = BigDecimal.valueOf(1 + r.nextInt(90));
        BigDecimal hi = lo.add(BigDecimal.valueOf(1 + r.nextInt(20)));
        BigDecimal a;
        switch (r.nextInt(4)) {
            case 0:
                a = lo.add(hi).divide(BigDecimal.valueOf(2), EXACT);
                break;
            case 1:
                a = r.nextBoolean() ? lo : hi;
                break;
            case 2:
                a = lo.subtract(BigDecimal.valueOf(1 + r.nextInt(50)));
                break;
            default:
                a = hi.add(BigDecimal.valueOf(1 + r.nextInt(120)));
                break;
        }
        Case c = new Case();
        c.weight = new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)]);
        BigDecimal share = a.compareTo(lo) < 0 ? referenceShare(lo, a, "", true)
                : a.compareTo(hi) > 0 ? referenceShare(hi, a, "", false) : BigDecimal.ONE;
        c.expectedScore = referenceScore(c.weight, share);
        c.expectedMet = a.compareTo(lo) >= 0 && a.compareTo(hi) <= 0;
        String target = plain(lo) + (r.nextBoolean() ? unit : "") + "-" + plain(hi) + unit;
        String actual = plain(a) + unit;
        c.description = "range " + target + " / " + actual;
        c.indicator = Indicator.builder().level1Label("产出指标").level2Label("质量指标").name("资金支出进度")
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(c.weight)).build();
        return c;
    }

    private static Case zeroLikeCase(Random r) {
        String[] none = {"无", "未发生", "零", "0起", "0"};
        String[] targets = {"0起", "=0起", "无", "≤0起"};
        String actual = none[r.nextInt(none.length)];
        String target = targets[r.nextInt(targets.length)];
        boolean happened = r.nextInt(3) == 0;
        if (happened) {
            actual = (1 + r.nextInt(5)) + "起";
        }
        Case c = new Case();
        c.weight = new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)]);
        c.expectedMet = !happened;
        c.expectedScore = happened ? BigDecimal.ZERO.setScale(2) : c.weight.setScale(2, RoundingMode.HALF_UP);
        c.description = "zero-like " + target + " / " + actual;
        c.indicator = Indicator.builder().level1Label("效益指标").level2Label("社会效益指标").name("重大安全事故")
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).weight(Figure.of(c.weight)).build();
        return c;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScorerAgreesWithTheReference(long seed) {
        Random r = new Random(seed);
        for (int f = 0; f < FORMS_PER_SEED; f++) {
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < INDICATORS_PER_FORM; i++) {
                int kind = r.nextInt(10);
                cases.add(kind < 7 ? quantityCase(r) : kind < 9 ? rangeCase(r) : zeroLikeCase(r));
            }
            List<Indicator> inds = new ArrayList<>();
            cases.forEach(c -> inds.add(c.indicator));
            Evaluation e = SCORER.evaluate(Form.builder().kind(FormKind.PROJECT).indicators(inds).build());
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                IndicatorResult res = e.getIndicators().get(i);
                String where = String.format("seed %d form %d #%d: %s weight %s → %s", seed, f, i, c.description,
                        plain(c.weight), res.getExplanationEn());
                assertThat(res.getScore()).as(where).isEqualByComparingTo(c.expectedScore);
                assertThat(res.getScore().scale()).as(where).isEqualTo(2);
                assertThat(res.getStatus() == IndicatorStatus.MET).as(where).isEqualTo(c.expectedMet);
                if (!c.expectedMet) {
                    assertThat(res.getStatus()).as(where)
                            .isEqualTo(c.expectedScore.signum() > 0 ? IndicatorStatus.PARTLY_MET : IndicatorStatus.NOT_MET);
                }
                total = total.add(c.expectedScore);
            }
            assertThat(e.getScore()).as("seed %d form %d: the total is the sum of the rounded scores, at most 100", seed, f)
                    .isEqualByComparingTo(total.min(BigDecimal.valueOf(100)));
        }
    }
}
