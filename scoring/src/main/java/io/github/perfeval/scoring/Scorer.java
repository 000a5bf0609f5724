package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.policy.ScoringPolicy;
import io.github.perfeval.scoring.policy.WeightScheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores forms by a {@link ScoringPolicy} and checks what they declare: weights adding to 100,
 * level-1 subtotals, the declared total, each declared score, execution rates, deviation reasons,
 * unreadable values, units, over-achievement; then the user's {@link FormRule}s.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.create();                       // 财预〔2020〕10号 defaults
 * Evaluation e = scorer.evaluate(form);
 * Scorer hunan = Scorer.builder().policy(ScoringPolicy.ministry2020().withGradeScale(GradeScale.of(80, 70, 60)))
 *         .addRule(myProvinceRule).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringPolicy policy;
    private final List<FormRule> rules;
    private final IndicatorScoring indicatorScoring;
    private final BudgetScoring budgetScoring;

    private Scorer(ScoringPolicy policy, List<FormRule> rules) {
        this.policy = policy;
        this.rules = List.copyOf(rules);
        this.indicatorScoring = new IndicatorScoring(policy);
        this.budgetScoring = new BudgetScoring(policy);
    }

    /** A scorer with the Ministry's defaults and no custom rules. */
    public static Scorer create() {
        return new Scorer(ScoringPolicy.ministry2020(), List.of());
    }

    /** A scorer with a policy. */
    public static Scorer of(ScoringPolicy policy) {
        return new Scorer(policy, List.of());
    }

    /** A builder for a policy and custom rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policy. */
    public ScoringPolicy policy() {
        return policy;
    }

    /**
     * Scores a form and checks it.
     *
     * @param form the form
     * @return the evaluation; never throws on a form's content
     */
    public Evaluation evaluate(Form form) {
        List<Diagnostic> out = new ArrayList<>();
        List<Indicator> indicators = form.getIndicators();
        boolean formHasWeights = indicators.stream().anyMatch(i -> i.getWeight().isPresent())
                || form.getBudget().flatMap(b -> b.getWeight()).isPresent();

        labelChecks(indicators, out);
        BigDecimal[] weights = new BigDecimal[indicators.size()];
        BigDecimal budgetWeight;
        boolean budgetWeightAssigned;
        if (formHasWeights) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = declaredWeight(indicators.get(i), out);
            }
            Optional<Figure> bw = form.getBudget().flatMap(b -> b.getWeight());
            budgetWeightAssigned = bw.isEmpty() || bw.get().getValue().isEmpty();
            budgetWeight = budgetWeightAssigned ? policy.weightScheme().budget() : bw.get().decimal().max(BigDecimal.ZERO);
            if (bw.isPresent() && bw.get().getValue().isEmpty()) {
                unparseableFigure("预算执行分值", "budget weight", bw.get(), Location.indicator("预算执行/budget"), out);
            }
        } else {
            assignWeights(indicators, weights, form.getSheet().map(Location::sheet).orElse(null), out);
            budgetWeight = policy.weightScheme().budget();
            budgetWeightAssigned = true;
        }

        List<IndicatorResult> results = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            results.add(indicatorScoring.score(ind, weights[i], !formHasWeights, out));
            indicatorChecks(ind, results.get(i), formHasWeights, out);
        }
        BudgetResult budget = form.getBudget()
                .map(b -> budgetScoring.score(b, budgetWeight, budgetWeightAssigned, out)).orElse(null);

        BigDecimal weightSum = budget == null ? BigDecimal.ZERO : budget.getWeight();
        BigDecimal computed = budget == null ? BigDecimal.ZERO : budget.getScore();
        for (IndicatorResult r : results) {
            weightSum = weightSum.add(r.getWeight());
            computed = computed.add(r.getScore());
        }
        BigDecimal declaredWeights = formHasWeights ? declaredWeightSum(form, weights) : null;
        BigDecimal declaredScores = declaredScoreSum(form);
        BigDecimal declaredTotal = form.getDeclaredTotal().flatMap(Figure::getValue).orElse(null);
        formChecks(form, declaredWeights, declaredScores, declaredTotal, out);
        if (computed.compareTo(HUNDRED) > 0) {
            computed = HUNDRED;
        }
        computed = policy.round(computed);
        Evaluation evaluation = new Evaluation(form, results, budget, weightSum, declaredWeights, declaredScores,
                declaredTotal, computed, policy.gradeScale().grade(computed), !formHasWeights, out);
        List<Diagnostic> custom = new ArrayList<>();
        for (FormRule rule : rules) {
            custom.addAll(Objects.requireNonNull(rule.check(evaluation), "a FormRule returned null"));
        }
        return evaluation.withMoreDiagnostics(custom);
    }

    private BigDecimal declaredWeight(Indicator ind, List<Diagnostic> out) {
        Optional<Figure> w = ind.getWeight();
        if (w.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (w.get().getValue().isEmpty()) {
            unparseableFigure("“" + ind.getName() + "”的分值", "weight of \"" + ind.getName() + "\"", w.get(), ind.location(), out);
            return BigDecimal.ZERO;
        }
        return w.get().decimal().max(BigDecimal.ZERO);
    }

    private static void unparseableFigure(String whatZh, String whatEn, Figure f, Location fallback, List<Diagnostic> out) {
        out.add(Diagnostic.of(StandardCode.UNPARSEABLE_FIGURE, f.getSource().orElse(fallback),
                whatZh + "“" + f.getRaw() + "”不是数字，按0计", whatEn + " \"" + f.getRaw() + "\" is not a number; counted as 0"));
    }

    /** Splits each level 1's points evenly among its indicators; the last takes the rounding remainder. */
    private void assignWeights(List<Indicator> indicators, BigDecimal[] weights, Location formPlace, List<Diagnostic> out) {
        WeightScheme scheme = policy.weightScheme();
        Map<Level1, List<Integer>> groups = new EnumMap<>(Level1.class);
        for (int i = 0; i < indicators.size(); i++) {
            weights[i] = BigDecimal.ZERO;
            Optional<Level1> l1 = indicators.get(i).getLevel1();
            if (l1.isPresent()) {
                groups.computeIfAbsent(scheme.shareOf(l1.get()), k -> new ArrayList<>()).add(i);
            }
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Map.Entry<Level1, List<Integer>> g : groups.entrySet()) {
            BigDecimal points = scheme.level1(g.getKey());
            List<Integer> members = g.getValue();
            BigDecimal each = points.divide(BigDecimal.valueOf(members.size()), policy.scale(), RoundingMode.DOWN);
            BigDecimal rest = points.subtract(each.multiply(BigDecimal.valueOf(members.size() - 1)));
            for (int k = 0; k < members.size(); k++) {
                weights[members.get(k)] = k == members.size() - 1 ? rest : each;
            }
            zh.append(g.getKey().label()).append(Plain.of(points)).append("分/").append(members.size()).append("项；");
            en.append(g.getKey().english()).append(' ').append(Plain.of(points)).append(" over ").append(members.size()).append("; ");
        }
        for (Level1 level : Level1.values()) {
            if (scheme.level1(level).signum() > 0 && scheme.shareOf(level) == level && !groups.containsKey(level)) {
                out.add(Diagnostic.of(StandardCode.MISSING_PART, Severity.WARNING, formPlace,
                        "表中没有" + level.label() + "，权重方案中的" + Plain.of(scheme.level1(level)) + "分无指标可分配，总分满分不足100",
                        "the form has no " + level.english() + " indicators: the scheme's " + Plain.of(scheme.level1(level))
                                + " points go unassigned and the total cannot reach 100"));
            }
        }
        String fold = scheme.foldsCost() && indicators.stream().anyMatch(i -> i.getLevel1().orElse(null) == Level1.COST)
                ? "一级成本指标并入" + scheme.shareOf(Level1.COST).label() + "分值；" : "";
        String foldEn = fold.isEmpty() ? "" : "level-1 cost indicators share the " + scheme.shareOf(Level1.COST).english() + " points; ";
        out.add(Diagnostic.of(StandardCode.WEIGHTS_ASSIGNED, formPlace,
                "表中无分值，按权重方案分配：" + zh + fold + "预算执行" + Plain.of(scheme.budget()) + "分",
                "the form has no weights; the scheme assigned them: " + en + foldEn + "budget execution " + Plain.of(scheme.budget())));
    }

    private static void labelChecks(List<Indicator> indicators, List<Diagnostic> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Indicator ind : indicators) {
            String l1 = ind.getLevel1Label();
            if (!l1.isBlank() && Level1.fromLabel(l1).isEmpty() && seen.add("1:" + l1)) {
                out.add(Diagnostic.of(StandardCode.UNKNOWN_LEVEL_LABEL, ind.location(),
                        "一级指标“" + Labels.normalize(l1) + "”未识别，按原文保留", "level-1 label \"" + Labels.normalize(l1) + "\" not recognised; kept as written"));
            }
            String l2 = ind.getLevel2Label();
            if (!l2.isBlank() && ind.getLevel2().isEmpty() && seen.add("2:" + l2)) {
                out.add(Diagnostic.of(StandardCode.UNKNOWN_LEVEL_LABEL, ind.location(),
                        "二级指标“" + Labels.normalize(l2) + "”未识别，按原文保留", "level-2 label \"" + Labels.normalize(l2) + "\" not recognised; kept as written"));
            }
        }
    }

    private void indicatorChecks(Indicator ind, IndicatorResult r, boolean formHasWeights, List<Diagnostic> out) {
        if (ind.getTarget().isEmpty() || ind.getActual().isEmpty() || (formHasWeights && ind.getWeight().isEmpty())) {
            List<String> missingZh = new ArrayList<>();
            List<String> missingEn = new ArrayList<>();
            if (ind.getTarget().isEmpty()) {
                missingZh.add("指标值");
                missingEn.add("target");
            }
            if (ind.getActual().isEmpty()) {
                missingZh.add("完成值");
                missingEn.add("actual");
            }
            if (formHasWeights && ind.getWeight().isEmpty()) {
                missingZh.add("分值");
                missingEn.add("weight");
            }
            out.add(Diagnostic.of(StandardCode.INCOMPLETE_INDICATOR, ind.location(),
                    "“" + ind.getName() + "”缺少" + String.join("、", missingZh), "\"" + ind.getName() + "\" has no " + String.join(", ", missingEn)));
        }
        Optional<Figure> declaredFigure = ind.getDeclaredScore();
        Optional<BigDecimal> declared = declaredFigure.flatMap(Figure::getValue);
        java.util.function.Supplier<Location> scorePlace = () -> declaredFigure.flatMap(Figure::getSource)
                .map(s -> s.withIndicator(ind.getPath())).orElseGet(ind::location);
        if (declaredFigure.isPresent() && declared.isEmpty()) {
            unparseableFigure("“" + ind.getName() + "”的得分", "score of \"" + ind.getName() + "\"", declaredFigure.get(), ind.location(), out);
        }
        if (declared.isPresent() && ind.getWeight().flatMap(Figure::getValue).isPresent()
                && declared.get().compareTo(r.getWeight()) > 0) {
            out.add(Diagnostic.of(StandardCode.SCORE_EXCEEDS_WEIGHT, scorePlace.get(),
                    "“" + ind.getName() + "”得分" + Plain.of(declared.get()) + "超过分值" + Plain.of(r.getWeight()),
                    "\"" + ind.getName() + "\": score " + Plain.of(declared.get()) + " exceeds its weight " + Plain.of(r.getWeight())));
        }
        if (declared.isPresent() && declared.get().subtract(r.getScore()).abs().compareTo(policy.tolerance()) > 0) {
            out.add(Diagnostic.of(StandardCode.DECLARED_SCORE_MISMATCH, scorePlace.get(),
                    "“" + ind.getName() + "”填报得分" + Plain.of(declared.get()) + "，计算得分" + Plain.of(r.getScore()) + "：" + r.getExplanationZh(),
                    "\"" + ind.getName() + "\": declared " + Plain.of(declared.get()) + ", computed " + Plain.of(r.getScore()) + ": "
                            + r.getExplanationEn()));
        }
        BigDecimal standing = declared.orElse(r.getScore());
        boolean noReason = ind.getDeviationReason().map(String::isBlank).orElse(true);
        if (noReason && standing.compareTo(r.getWeight()) < 0 && r.getWeight().signum() > 0) {
            out.add(Diagnostic.of(StandardCode.MISSING_DEVIATION_REASON, ind.location(),
                    "“" + ind.getName() + "”得分" + Plain.of(standing) + "低于分值" + Plain.of(r.getWeight()) + "，未填写偏差原因分析及改进措施",
                    "\"" + ind.getName() + "\" scores " + Plain.of(standing) + " of " + Plain.of(r.getWeight()) + " with no deviation reason"));
        }
    }

    private static BigDecimal declaredWeightSum(Form form, BigDecimal[] weights) {
        BigDecimal sum = form.getBudget().flatMap(b -> b.getWeight()).flatMap(Figure::getValue).orElse(BigDecimal.ZERO);
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        return sum;
    }

    private static BigDecimal declaredScoreSum(Form form) {
        boolean any = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator ind : form.getIndicators()) {
            Optional<BigDecimal> s = ind.getDeclaredScore().flatMap(Figure::getValue);
            if (s.isPresent()) {
                any = true;
                sum = sum.add(s.get());
            }
        }
        Optional<BigDecimal> b = form.getBudget().flatMap(x -> x.getDeclaredScore()).flatMap(Figure::getValue);
        if (b.isPresent()) {
            any = true;
            sum = sum.add(b.get());
        }
        return any ? sum : null;
    }

    private void formChecks(Form form, BigDecimal declaredWeights, BigDecimal declaredScores, BigDecimal declaredTotal,
                            List<Diagnostic> out) {
        Location formPlace = form.getSheet().map(Location::sheet).orElse(null);
        if (declaredWeights != null && declaredWeights.compareTo(HUNDRED) != 0) {
            String stated = form.getDeclaredWeightTotal().flatMap(Figure::getValue)
                    .map(v -> "（总分行写作" + Plain.of(v) + "）").orElse("");
            String statedEn = form.getDeclaredWeightTotal().flatMap(Figure::getValue)
                    .map(v -> " (the total row says " + Plain.of(v) + ")").orElse("");
            out.add(Diagnostic.of(StandardCode.WEIGHT_TOTAL_MISMATCH,
                    form.getDeclaredWeightTotal().flatMap(Figure::getSource).orElse(formPlace),
                    "指标分值与预算执行分值合计" + Plain.of(declaredWeights) + "，不等于100" + stated,
                    "indicator and budget weights add up to " + Plain.of(declaredWeights) + ", not 100" + statedEn));
        }
        // level-1 subtotals: each label that carries points, against the weights of the indicators under it
        Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
        Map<String, Location> firstPlace = new LinkedHashMap<>();
        for (Indicator ind : form.getIndicators()) {
            Optional<BigDecimal> points = ind.getDeclaredLevel1Weight();
            if (points.isEmpty()) {
                continue;
            }
            String key = ind.getLevel1Label();
            BigDecimal[] acc = groups.computeIfAbsent(key, k -> new BigDecimal[] {points.get(), BigDecimal.ZERO});
            firstPlace.putIfAbsent(key, ind.location());
            acc[1] = acc[1].add(ind.getWeight().flatMap(Figure::getValue).orElse(BigDecimal.ZERO));
        }
        for (Map.Entry<String, BigDecimal[]> g : groups.entrySet()) {
            BigDecimal[] acc = g.getValue();
            if (acc[0].compareTo(acc[1]) != 0) {
                String label = Level1.fromLabel(g.getKey()).map(Level1::label).orElse(Labels.normalize(g.getKey()));
                out.add(Diagnostic.of(StandardCode.SUBTOTAL_MISMATCH, firstPlace.get(g.getKey()),
                        "一级指标“" + label + "”标注" + Plain.of(acc[0]) + "分，其下指标分值合计" + Plain.of(acc[1]),
                        "level 1 \"" + label + "\" says " + Plain.of(acc[0]) + " points; its indicators carry " + Plain.of(acc[1])));
            }
        }
        if (declaredTotal != null && declaredScores != null
                && declaredTotal.subtract(declaredScores).abs().compareTo(policy.tolerance()) > 0) {
            out.add(Diagnostic.of(StandardCode.DECLARED_TOTAL_MISMATCH,
                    form.getDeclaredTotal().flatMap(Figure::getSource).orElse(formPlace),
                    "总分填报" + Plain.of(declaredTotal) + "，各项得分（含预算执行）之和为" + Plain.of(declaredScores),
                    "declared total " + Plain.of(declaredTotal) + "; the declared scores (with budget execution) add up to "
                            + Plain.of(declaredScores)));
        }
        if (declaredTotal != null && declaredTotal.compareTo(HUNDRED) > 0) {
            out.add(Diagnostic.of(StandardCode.SCORE_EXCEEDS_WEIGHT, Severity.ERROR,
                    form.getDeclaredTotal().flatMap(Figure::getSource).orElse(formPlace),
                    "总分" + Plain.of(declaredTotal) + "超过100", "declared total " + Plain.of(declaredTotal) + " exceeds 100"));
        }
    }

    /** Builds a scorer. */
    public static final class Builder {
        private ScoringPolicy policy = ScoringPolicy.ministry2020();
        private final List<FormRule> rules = new ArrayList<>();

        private Builder() {
        }

        /** The policy (default {@link ScoringPolicy#ministry2020()}). */
        public Builder policy(ScoringPolicy p) {
            this.policy = Objects.requireNonNull(p);
            return this;
        }

        /** Adds a custom rule, run after the built-in checks. */
        public Builder addRule(FormRule rule) {
            rules.add(Objects.requireNonNull(rule));
            return this;
        }

        /** The scorer. */
        public Scorer build() {
            return new Scorer(policy, rules);
        }
    }
}
