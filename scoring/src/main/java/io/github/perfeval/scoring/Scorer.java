package io.github.perfeval.scoring;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Labels;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.scoring.policy.Grade;
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
        Budget budgetBlock = form.getBudget().orElse(null);
        Figure budgetWeightFigure = budgetBlock == null ? null : budgetBlock.getWeight().orElse(null);
        // each indicator's 分值 and 得分, read once: every read of the model's optional figures makes an Optional
        Figure[] weightFigures = new Figure[indicators.size()];
        Figure[] scoreFigures = new Figure[indicators.size()];
        boolean indicatorsWeighted = false;
        // a form with no target and no actual anywhere (a scoring sheet: 海南's 绩效评价指标评分) files scores, not values
        boolean indicatorsValued = false;
        for (int i = 0; i < weightFigures.length; i++) {
            Indicator ind = indicators.get(i);
            weightFigures[i] = ind.getWeight().orElse(null);
            scoreFigures[i] = ind.getDeclaredScore().orElse(null);
            indicatorsWeighted |= weightFigures[i] != null;
            indicatorsValued |= !ind.getTarget().isEmpty() || !ind.getActual().isEmpty();
        }
        // weights the form states without a 分值 column (points in level-1 labels, the budget's in its title): their sum is checked
        boolean statedWeights = indicatorsWeighted || budgetWeightFigure != null;
        Location formPlace = form.getSheet().map(Location::sheet).orElse(null);

        try {
            labelChecks(indicators, out);
        } catch (RuntimeException | StackOverflowError e) {
            failed(MessageArgument.message("fragment.levelLabelChecks"), formPlace, e, out);
        }
        BigDecimal[] weights = new BigDecimal[indicators.size()];
        BigDecimal budgetWeight;
        boolean budgetWeightAssigned;
        BigDecimal indicatorWeights;
        if (indicatorsWeighted) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = declaredWeight(indicators.get(i), weightFigures[i], out);
            }
            indicatorWeights = sum(weights);
            budgetWeightAssigned = budgetWeightFigure == null || !budgetWeightFigure.isParsed();
            if (budgetWeightFigure != null && !budgetWeightFigure.isParsed()) {
                unparseableFigure(MessageArgument.message("fragment.budgetWeight"), budgetWeightFigure, Location.indicator("预算执行/budget"), out);
            }
            if (!budgetWeightAssigned) {
                budgetWeight = budgetWeightFigure.decimal().max(BigDecimal.ZERO);
            } else if (budgetBlock != null && indicatorWeights.compareTo(HUNDRED) >= 0) {
                // the indicators already carry the 100 points: the budget's points are not added on top
                budgetWeight = BigDecimal.ZERO;
                out.add(Diagnostic.variant(StandardCode.WEIGHTS_ASSIGNED, "noBudgetWeight", formPlace, MessageArgument.number(indicatorWeights)));
            } else {
                budgetWeight = policy.weightScheme().budget();
                if (budgetBlock != null) {
                    out.add(Diagnostic.variant(StandardCode.WEIGHTS_ASSIGNED, "schemeBudget", formPlace, MessageArgument.number(budgetWeight)));
                }
            }
        } else {
            boolean fromLabels = assignWeights(indicators, weights, formPlace, out);
            indicatorWeights = sum(weights);
            BigDecimal bw = budgetWeightFigure == null || !budgetWeightFigure.isParsed() ? null : budgetWeightFigure.decimal();
            budgetWeight = bw != null ? bw.max(BigDecimal.ZERO) : policy.weightScheme().budget();
            budgetWeightAssigned = bw == null;
            statedWeights = fromLabels || bw != null;
        }

        List<IndicatorResult> results = new ArrayList<>(indicators.size());
        if (!indicatorsValued && !indicators.isEmpty()) {
            out.add(Diagnostic.variant(StandardCode.MISSING_PART, "noValues", formPlace));
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            results.add(scoreGuarded(ind, weights[i], !indicatorsWeighted, indicatorsWeighted, indicatorsValued, weightFigures[i],
                    scoreFigures[i], out));
        }
        BudgetResult budget = null;
        if (budgetBlock != null) {
            try {
                budget = budgetScoring.score(budgetBlock, budgetWeight, budgetWeightAssigned, out);
            } catch (RuntimeException | StackOverflowError e) {
                failed(MessageArgument.message("fragment.budgetExecution"), budgetBlock.getSource().orElse(formPlace), e, out);
                budget = new BudgetResult(null, null, null, budgetWeight, budgetWeightAssigned, null, policy.round(BigDecimal.ZERO));
            }
        }

        // each result's weight is weights[i]: their sum, taken once, is added to the budget's (exact sums of scales >= 0:
        // the same value and scale as adding one by one)
        BigDecimal weightSum = plus(budget == null ? BigDecimal.ZERO : budget.getWeight(), indicatorWeights);
        BigDecimal computed = budget == null ? BigDecimal.ZERO : budget.getScore();
        for (int i = 0; i < results.size(); i++) {
            computed = computed.add(results.get(i).getScore());
        }
        BigDecimal declaredWeights = null;
        if (indicatorsWeighted) {
            BigDecimal declaredBudgetWeight = budgetWeightFigure == null || !budgetWeightFigure.isParsed() ? null : budgetWeightFigure.decimal();
            declaredWeights = plus(declaredBudgetWeight == null ? BigDecimal.ZERO : declaredBudgetWeight, indicatorWeights);
        }
        BigDecimal declaredScores = declaredScoreSum(scoreFigures, budgetBlock);
        BigDecimal declaredTotal = DeclaredFigure.valueOf(form.getDeclaredTotal());
        BigDecimal usedWeights = statedWeights ? weightSum : null;
        boolean budgetAssigned = budgetWeightAssigned && budget != null;
        try {
            formChecks(form, formPlace, weightFigures, usedWeights, budgetAssigned, declaredScores, declaredTotal, indicatorsWeighted, out);
        } catch (RuntimeException | StackOverflowError e) {
            failed(MessageArgument.message("fragment.totalChecks"), formPlace, e, out);
        }
        if (computed.compareTo(HUNDRED) > 0) {
            computed = HUNDRED;
        }
        computed = policy.round(computed);
        Grade grade = policy.gradeScale().grade(computed);
        try {
            GradeCheck.check(form, computed, grade, formPlace, out);
        } catch (RuntimeException | StackOverflowError e) {
            failed(MessageArgument.message("fragment.gradeCheck"), formPlace, e, out);
        }
        Evaluation evaluation = new Evaluation(form, results, budget, weightSum, declaredWeights, declaredScores,
                declaredTotal, computed, grade, !indicatorsWeighted, out);
        if (rules.isEmpty()) {
            return evaluation;
        }
        List<Diagnostic> custom = new ArrayList<>();
        for (FormRule rule : rules) {
            custom.addAll(runRule(rule, evaluation, formPlace));
        }
        return evaluation.withMoreDiagnostics(custom);
    }

    /** The exact sum of the weights, null when there are none. */
    private static BigDecimal sum(BigDecimal[] weights) {
        BigDecimal sum = null;
        for (BigDecimal w : weights) {
            sum = sum == null ? w : sum.add(w);
        }
        return sum;
    }

    private static BigDecimal plus(BigDecimal base, BigDecimal sumOrNull) {
        return sumOrNull == null ? base : base.add(sumOrNull);
    }

    /** Scores one indicator; a failure is a diagnostic and a NOT_SCORABLE result, never an exception. */
    private IndicatorResult scoreGuarded(Indicator ind, BigDecimal weight, boolean assigned, boolean formHasWeights, boolean formHasValues,
                                         Figure weightFigure, Figure scoreFigure, List<Diagnostic> out) {
        int mark = out.size();
        IndicatorResult r;
        try {
            r = indicatorScoring.score(ind, weight, assigned, DeclaredFigure.valueOf(scoreFigure), out);
            indicatorChecks(ind, r, formHasWeights, formHasValues, weightFigure, scoreFigure, out);
        } catch (RuntimeException | StackOverflowError e) {
            out.subList(mark, out.size()).clear(); // what the failed indicator said so far is dropped
            failed(MessageArgument.message("fragment.quoted", MessageArgument.text(ind.getName())), safeLocation(ind), e, out);
            BigDecimal zero = policy.round(BigDecimal.ZERO);
            String why = e.getClass().getSimpleName();
            r = new IndicatorResult(ind, weight, assigned, zero, IndicatorStatus.NOT_SCORABLE, null, null,
                    english -> english ? "scoring failed (" + why + "); counted as 0" : "计分出错（" + why + "），计0分");
        }
        return r;
    }

    private static Location safeLocation(Indicator ind) {
        try {
            return ind.location();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void failed(MessageArgument what, Location where, Throwable e, List<Diagnostic> out) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        out.add(Diagnostic.of(StandardCode.SCORING_FAILED, where, what, MessageArgument.text(why)));
    }

    /** Runs a user's rule: null, a null diagnostic or an exception become a diagnostic naming the rule. */
    private static List<Diagnostic> runRule(FormRule rule, Evaluation evaluation, Location formPlace) {
        String name = rule.getClass().getName();
        try {
            List<Diagnostic> found = rule.check(evaluation);
            if (found == null) {
                return List.of(Diagnostic.variant(StandardCode.RULE_FAILED, "returnedNull", formPlace, MessageArgument.text(name)));
            }
            List<Diagnostic> kept = new ArrayList<>(found.size());
            for (Diagnostic d : found) {
                kept.add(d != null ? d : Diagnostic.variant(StandardCode.RULE_FAILED, "nullDiagnostic", formPlace, MessageArgument.text(name)));
            }
            return kept;
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return List.of(Diagnostic.of(StandardCode.RULE_FAILED, formPlace, MessageArgument.text(name), MessageArgument.text(why)));
        }
    }

    private BigDecimal declaredWeight(Indicator ind, Figure w, List<Diagnostic> out) {
        if (w == null) {
            return BigDecimal.ZERO;
        }
        if (!w.isParsed()) {
            unparseableFigure(MessageArgument.message("fragment.weightOf", MessageArgument.text(ind.getName())), w, ind.location(), out);
            return BigDecimal.ZERO;
        }
        return w.decimal().max(BigDecimal.ZERO);
    }

    private static void unparseableFigure(MessageArgument what, Figure f, Location fallback, List<Diagnostic> out) {
        out.add(Diagnostic.variant(StandardCode.UNPARSEABLE_FIGURE, "countedAsZero", f.getSource().orElse(fallback), what,
                MessageArgument.text(f.getRaw())));
    }

    /** Where a figure of an indicator was read, naming the indicator; the indicator's own place when the figure has none. */
    private static Location placeOf(Figure f, Indicator ind) {
        Location at = f.getSource().orElse(null);
        return at != null ? at.withIndicator(ind.getPath()) : ind.location();
    }

    /**
     * Splits each level 1's points evenly among its indicators, the last taking the rounding remainder:
     * the points its label states ({@code 产出指标（60分）}) when every indicator's level-1 label states
     * them, else the scheme's.
     *
     * @return whether the labels' points were used
     */
    private boolean assignWeights(List<Indicator> indicators, BigDecimal[] weights, Location formPlace, List<Diagnostic> out) {
        if (!indicators.isEmpty() && indicators.stream().allMatch(i -> i.getDeclaredLevel1Weight().isPresent())) {
            Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                byLabel.computeIfAbsent(indicators.get(i).getLevel1Label(), k -> new ArrayList<>()).add(i);
            }
            List<MessageArgument> shares = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> g : byLabel.entrySet()) {
                BigDecimal points = indicators.get(g.getValue().get(0)).getDeclaredLevel1Weight().orElseThrow();
                split(points, g.getValue(), weights);
                Level1 known = Level1.fromLabel(g.getKey()).orElse(null);
                String label = known != null ? known.label() : Labels.normalize(g.getKey());
                shares.add(MessageArgument.message("fragment.schemeShare", MessageArgument.text(label),
                        MessageArgument.number(points), MessageArgument.number(g.getValue().size())));
            }
            out.add(Diagnostic.variant(StandardCode.WEIGHTS_ASSIGNED, "level1Labels", formPlace,
                    MessageArgument.list(MessageArgument.LIST_JOINED, shares)));
            return true;
        }
        assignSchemeWeights(indicators, weights, formPlace, out);
        return false;
    }

    private void split(BigDecimal points, List<Integer> members, BigDecimal[] weights) {
        BigDecimal each = points.divide(BigDecimal.valueOf(members.size()), policy.scale(), RoundingMode.DOWN);
        BigDecimal rest = points.subtract(each.multiply(BigDecimal.valueOf(members.size() - 1)));
        for (int k = 0; k < members.size(); k++) {
            weights[members.get(k)] = k == members.size() - 1 ? rest : each;
        }
    }

    /** Splits each level 1's points of the scheme evenly among its indicators. */
    private void assignSchemeWeights(List<Indicator> indicators, BigDecimal[] weights, Location formPlace, List<Diagnostic> out) {
        WeightScheme scheme = policy.weightScheme();
        Map<Level1, List<Integer>> groups = new EnumMap<>(Level1.class);
        for (int i = 0; i < indicators.size(); i++) {
            weights[i] = BigDecimal.ZERO;
            Optional<Level1> l1 = indicators.get(i).getLevel1();
            if (l1.isPresent()) {
                groups.computeIfAbsent(scheme.shareOf(l1.get()), k -> new ArrayList<>()).add(i);
            }
        }
        List<MessageArgument> shares = new ArrayList<>();
        for (Map.Entry<Level1, List<Integer>> g : groups.entrySet()) {
            BigDecimal points = scheme.level1(g.getKey());
            List<Integer> members = g.getValue();
            BigDecimal each = points.divide(BigDecimal.valueOf(members.size()), policy.scale(), RoundingMode.DOWN);
            BigDecimal rest = points.subtract(each.multiply(BigDecimal.valueOf(members.size() - 1)));
            for (int k = 0; k < members.size(); k++) {
                weights[members.get(k)] = k == members.size() - 1 ? rest : each;
            }
            shares.add(MessageArgument.message("fragment.schemeShare", MessageArgument.message("level1." + g.getKey().name()),
                    MessageArgument.number(points), MessageArgument.number(members.size())));
        }
        for (Level1 level : Level1.values()) {
            if (scheme.level1(level).signum() > 0 && scheme.shareOf(level) == level && !groups.containsKey(level)) {
                out.add(Diagnostic.variant(StandardCode.MISSING_PART, "schemeLevelUnassigned", formPlace,
                        MessageArgument.message("level1." + level.name()), MessageArgument.number(scheme.level1(level))).withSeverity(Severity.WARNING));
            }
        }
        MessageArgument fold = scheme.foldsCost() && indicators.stream().anyMatch(i -> i.getLevel1().orElse(null) == Level1.COST)
                ? MessageArgument.message("fragment.costFolded", MessageArgument.message("level1." + scheme.shareOf(Level1.COST).name()))
                : MessageArgument.text("");
        out.add(Diagnostic.variant(StandardCode.WEIGHTS_ASSIGNED, "scheme", formPlace, MessageArgument.list(MessageArgument.LIST_JOINED, shares),
                fold, MessageArgument.number(scheme.budget())));
    }

    /**
     * A label perfeval does not know, once per cell it is written in (once per text when its cell is not known),
     * pointing at the label's own cell: a reviewer goes there, not to the first indicator's name beside it.
     */
    private static void labelChecks(List<Indicator> indicators, List<Diagnostic> out) {
        java.util.Set<String> seen = null; // made for the first unknown label: most forms have none
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String l1 = ind.getLevel1Label();
            if (!l1.isBlank() && Level1.fromLabel(l1).isEmpty()) {
                seen = seen == null ? new java.util.HashSet<>() : seen;
                if (seen.add("1:" + l1 + ind.getLevel1LabelSource().map(Scorer::placeKey).orElse(""))) {
                    out.add(Diagnostic.variant(StandardCode.UNKNOWN_LEVEL_LABEL, "level1", ind.labelLocation(1),
                            MessageArgument.text(Labels.normalize(l1))));
                }
            }
            String l2 = ind.getLevel2Label();
            if (!l2.isBlank() && ind.getLevel2().isEmpty()) {
                seen = seen == null ? new java.util.HashSet<>() : seen;
                if (seen.add("2:" + l2 + ind.getLevel2LabelSource().map(Scorer::placeKey).orElse(""))) {
                    out.add(Diagnostic.variant(StandardCode.UNKNOWN_LEVEL_LABEL, "level2", ind.labelLocation(2),
                            MessageArgument.text(Labels.normalize(l2))));
                }
            }
        }
    }

    /** A label's place as a key of its own: the same cell under every row it spans, whatever indicator a place names. */
    private static String placeKey(Location l) {
        return "@" + l.getSheet().orElse("") + "!" + l.getCell().orElse("") + "#" + l.getTable() + l.getRow() + l.getColumn();
    }

    private void indicatorChecks(Indicator ind, IndicatorResult r, boolean formHasWeights, boolean formHasValues, Figure weightFigure,
                                 Figure declaredFigure, List<Diagnostic> out) {
        boolean noTarget = formHasValues && ind.getTarget().isEmpty();
        boolean noActual = formHasValues && ind.getActual().isEmpty();
        if (noTarget || noActual || (formHasWeights && weightFigure == null)) {
            List<MessageArgument> missing = new ArrayList<>();
            if (noTarget) {
                missing.add(MessageArgument.message("fragment.target"));
            }
            if (noActual) {
                missing.add(MessageArgument.message("fragment.actual"));
            }
            if (formHasWeights && weightFigure == null) {
                missing.add(MessageArgument.message("fragment.weight"));
            }
            out.add(Diagnostic.of(StandardCode.INCOMPLETE_INDICATOR, ind.location(), MessageArgument.text(ind.getName()),
                    MessageArgument.list(missing)));
        }
        BigDecimal declared = DeclaredFigure.valueOf(declaredFigure);
        if (declaredFigure != null && declared == null) {
            unparseableFigure(MessageArgument.message("fragment.scoreOf", MessageArgument.text(ind.getName())), declaredFigure, ind.location(), out);
        }
        if (declared != null && weightFigure != null && weightFigure.isParsed() && declared.compareTo(r.getWeight()) > 0) {
            out.add(Diagnostic.variant(StandardCode.SCORE_EXCEEDS_WEIGHT, "indicator", placeOf(declaredFigure, ind), MessageArgument.text(ind.getName()),
                    MessageArgument.number(declared), MessageArgument.number(r.getWeight())));
        }
        if (declared != null && declared.subtract(r.getScore()).abs().compareTo(policy.tolerance()) > 0) {
            out.add(Diagnostic.of(StandardCode.DECLARED_SCORE_MISMATCH, placeOf(declaredFigure, ind), MessageArgument.text(ind.getName()),
                    MessageArgument.number(declared), MessageArgument.number(r.getScore()),
                    MessageArgument.bilingual(r.getExplanationZh(), r.getExplanationEn())));
        }
        BigDecimal standing = declared != null ? declared : r.getScore();
        String reason = ind.getDeviationReason().orElse(null);
        // a deduction needs a reason: one the form declares, or one the target and actual give; a row left unfilled
        // (INCOMPLETE_INDICATOR says so) or waiting for the evaluator's judgement has lost nothing yet
        boolean deducted = declared != null || r.getStatus() == IndicatorStatus.PARTLY_MET || r.getStatus() == IndicatorStatus.NOT_MET;
        if (deducted && (reason == null || reason.isBlank()) && standing.compareTo(r.getWeight()) < 0 && r.getWeight().signum() > 0) {
            out.add(Diagnostic.of(StandardCode.MISSING_DEVIATION_REASON, ind.location(), MessageArgument.text(ind.getName()),
                    MessageArgument.number(standing), MessageArgument.number(r.getWeight())));
        }
    }

    private static BigDecimal declaredScoreSum(Figure[] scoreFigures, Budget budget) {
        boolean any = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure f : scoreFigures) {
            BigDecimal s = DeclaredFigure.valueOf(f);
            if (s != null) {
                any = true;
                sum = sum.add(s);
            }
        }
        BigDecimal b = budget == null ? null : DeclaredFigure.valueOf(budget.getDeclaredScore());
        if (b != null) {
            any = true;
            sum = sum.add(b);
        }
        return any ? sum : null;
    }

    /**
     * @param usedWeights the weights scored with when the form declares weights: its indicator weights and
     *     the budget's, declared or (see {@code budgetAssigned}) supplied by the scheme
     */
    private void formChecks(Form form, Location formPlace, Figure[] weightFigures, BigDecimal usedWeights, boolean budgetAssigned, BigDecimal declaredScores,
                            BigDecimal declaredTotal, boolean indicatorsWeighted, List<Diagnostic> out) {
        if (usedWeights != null && usedWeights.compareTo(HUNDRED) != 0) {
            MessageArgument stated = form.getDeclaredWeightTotal().flatMap(Figure::getValue)
                    .map(v -> MessageArgument.message("fragment.totalRowSays", MessageArgument.number(v))).orElse(MessageArgument.text(""));
            MessageArgument assigned = budgetAssigned ? MessageArgument.message("fragment.budgetWeightFromScheme") : MessageArgument.text("");
            out.add(Diagnostic.of(StandardCode.WEIGHT_TOTAL_MISMATCH,
                    form.getDeclaredWeightTotal().flatMap(Figure::getSource).orElse(formPlace),
                    MessageArgument.number(usedWeights), assigned, stated));
        }
        // level-1 subtotals: each label that carries points, against the weights of the indicators under it; with no
        // 分值 column the labels' points were split among the indicators: nothing to compare
        // (a form has a handful of level-1 labels: a list searched in order, in the order they come)
        List<Subtotal> groups = new ArrayList<>(4);
        List<Indicator> indicators = form.getIndicators();
        for (int i = 0; indicatorsWeighted && i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            BigDecimal points = ind.getDeclaredLevel1Weight().orElse(null);
            if (points == null) {
                continue;
            }
            Subtotal group = Subtotal.of(groups, ind.getLevel1Label());
            if (group == null) {
                group = new Subtotal(ind.getLevel1Label(), points, ind);
                groups.add(group);
            }
            BigDecimal weight = DeclaredFigure.valueOf(weightFigures[i]);
            group.sum = group.sum.add(weight == null ? BigDecimal.ZERO : weight);
        }
        for (int g = 0; g < groups.size(); g++) {
            Subtotal group = groups.get(g);
            if (group.points.compareTo(group.sum) != 0) {
                Level1 known = Level1.fromLabel(group.label).orElse(null);
                String label = known != null ? known.label() : Labels.normalize(group.label);
                out.add(Diagnostic.of(StandardCode.SUBTOTAL_MISMATCH, group.first.location(), MessageArgument.text(label),
                        MessageArgument.number(group.points), MessageArgument.number(group.sum)));
            }
        }
        if (declaredTotal != null && declaredScores != null
                && declaredTotal.subtract(declaredScores).abs().compareTo(policy.tolerance()) > 0) {
            out.add(Diagnostic.of(StandardCode.DECLARED_TOTAL_MISMATCH,
                    form.getDeclaredTotal().flatMap(Figure::getSource).orElse(formPlace),
                    MessageArgument.number(declaredTotal), MessageArgument.number(declaredScores)));
        }
        if (declaredTotal != null && declaredTotal.compareTo(HUNDRED) > 0) {
            out.add(Diagnostic.variant(StandardCode.SCORE_EXCEEDS_WEIGHT, "total",
                    form.getDeclaredTotal().flatMap(Figure::getSource).orElse(formPlace), MessageArgument.number(declaredTotal))
                    .withSeverity(Severity.ERROR));
        }
    }

    /** A level-1 label, the points it declares, the weights of its indicators so far, and its first indicator (whose place a mismatch names). */
    private static final class Subtotal {
        final String label;
        final BigDecimal points;
        final Indicator first;
        BigDecimal sum = BigDecimal.ZERO;

        Subtotal(String label, BigDecimal points, Indicator first) {
            this.label = label;
            this.points = points;
            this.first = first;
        }

        static Subtotal of(List<Subtotal> groups, String label) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).label.equals(label)) {
                    return groups.get(g);
                }
            }
            return null;
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
