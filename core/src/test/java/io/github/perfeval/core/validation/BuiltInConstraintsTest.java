package io.github.perfeval.core.validation;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Footer;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Goals;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SectionKind;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.form.TextSection;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BuiltInConstraints} gives what {@link FormValidator#create()} gives (Hibernate Validator over the model's
 * annotations): the same diagnostics (code, place, property path, message key or text in Chinese and English), in the
 * same order, on the published forms, on forms broken in every way a constraint forbids (including the nulls only a
 * hand-written subclass of a model type can return) and on seeded random forms.
 */
class BuiltInConstraintsTest {

    private static final FormValidator HIBERNATE = FormValidator.create();

    private static List<Diagnostic> bothAgree(Form form) {
        List<Diagnostic> expected = HIBERNATE.validate(form);
        List<Diagnostic> direct = BuiltInConstraints.check(form);
        assertThat(direct).isEqualTo(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.FRENCH)) {
                assertThat(direct.get(i).message(l)).isEqualTo(expected.get(i).message(l));
            }
            assertThat(direct.get(i).getWhere()).isEqualTo(expected.get(i).getWhere());
        }
        return direct;
    }

    @Test
    void thePublishedFormsPassBothWays() {
        for (Form f : List.of(PublishedForms.yueyang2024(), PublishedForms.liuhe2024Project(), PublishedForms.liuhe2024Department())) {
            assertThat(bothAgree(f)).isEmpty();
        }
    }

    static Stream<Map.Entry<String, UnaryOperator<Form.Builder>>> brokenForms() {
        Figure negative = Figure.parse("-5");
        return Stream.of(
                Map.entry("indicators[0].weight", b -> b.indicators(List.of(indicator("培训").weight(negative).build()))),
                Map.entry("indicators[0].declaredScore", b -> b.indicators(List.of(indicator("培训").declaredScore(Figure.parse("-0.01")).build()))),
                Map.entry("indicators[0]", b -> b.indicators(List.of(indicator("培训").weight(Figure.of(3)).declaredScore(Figure.of("3.01")).build()))),
                Map.entry("indicators[1].name", b -> b.indicators(List.of(indicator("培训").build(), indicator(" \t\n").build()))),
                Map.entry("indicators[0].name", b -> b.indicators(List.of(indicator("").build()))),
                Map.entry("year", b -> b.year(1989)),
                Map.entry("year ", b -> b.year(2101)),
                Map.entry("year  ", b -> b.year(20240)),
                Map.entry("year   ", b -> b.year(Integer.MIN_VALUE)),
                Map.entry("declaredTotal", b -> b.declaredTotal(negative)),
                Map.entry("declaredWeightTotal", b -> b.declaredWeightTotal(Figure.parse("-100"))),
                Map.entry("budget.weight", b -> b.budget(Budget.builder().weight(negative).build())),
                Map.entry("budget.declaredScore", b -> b.budget(Budget.builder().declaredScore(negative).build())),
                Map.entry("budget.lines[1].initial", b -> b.budget(budget(l -> l.initial(negative)))),
                Map.entry("budget.lines[1].adjusted", b -> b.budget(budget(l -> l.adjusted(negative)))),
                Map.entry("budget.lines[1].executed", b -> b.budget(budget(l -> l.executed(negative)))),
                Map.entry("budget.lines[1].declaredRate", b -> b.budget(budget(l -> l.declaredRate(Figure.parsePercent("-3%"))))),
                Map.entry("budget.lines[1].labelAmount", b -> b.budget(budget(l -> l.labelAmount(negative)))),
                Map.entry("headerFields[1].label", b -> b.headerFields(List.of(LabelledText.of("联系人", "李四"), new NullText(null, "x")))),
                Map.entry("headerFields[0].text", b -> b.headerFields(List.of(new NullText("联系人", null)))),
                Map.entry("declaredGrade.label", b -> b.declaredGrade(new NullText(null, null))),
                Map.entry("indicators[0].extras[0].text", b -> b.indicators(List.of(indicator("培训").addExtras(new NullText("备注", null)).build()))),
                Map.entry("indicators[0].comments[1].label", b -> b.indicators(List.of(indicator("培训")
                        .addComments(LabelledText.of("name", "核实"), new NullText(null, "请补充")).build()))),
                Map.entry("textSections[0].kind", b -> b.textSections(List.of(new NullSection(null, "存在问题", "无")))),
                Map.entry("textSections[0].label", b -> b.textSections(List.of(new NullSection(SectionKind.NOTE, null, "无")))),
                Map.entry("textSections[1].text", b -> b.textSections(List.of(TextSection.of(SectionKind.CAPTION, "", "附件2"),
                        new NullSection(SectionKind.NOTE, "备注", null)))),
                Map.entry("indicators[0].name ", b -> b.indicators(List.of(new NullIndicator(null, Figure.of(5), Figure.of(6), false)))),
                // the lexical order of paths: indicators[10] before indicators[2]; two constraints on one indicator by name
                Map.entry("indicators[10]", b -> b.indicators(eleven(i -> i == 2 || i == 10
                        ? indicator(i == 2 ? "" : "培训" + i).weight(Figure.of(1)).declaredScore(Figure.of(2)) : indicator("培训" + i)))),
                Map.entry("everything at once", b -> b.year(1900).declaredTotal(negative).declaredWeightTotal(negative)
                        .budget(budget(l -> l.initial(negative).executed(negative))).declaredGrade(new NullText(null, null))
                        .headerFields(List.of(new NullText(null, null), new NullText(null, null)))
                        .textSections(List.of(new NullSection(null, null, null)))
                        .indicators(List.of(indicator(" ").weight(negative).declaredScore(negative).build(),
                                new NullIndicator(null, Figure.of(1), Figure.of(9), true)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenForms")
    void aBrokenFormIsReportedTheSameBothWays(Map.Entry<String, UnaryOperator<Form.Builder>> broken) {
        Form form = broken.getValue().apply(Form.builder().from(PublishedForms.liuhe2024Project())).build();
        List<Diagnostic> found = bothAgree(form);
        assertThat(found).isNotEmpty();
        String path = broken.getKey().strip();
        if (path.contains("[") || !path.contains(" ")) {
            assertThat(found).extracting(d -> d.getArguments().get(0).render(Locale.ROOT, null)).contains(path);
        }
    }

    @Test
    void aFormWithNoKindAndNullContainersIsReportedTheSameBothWays() {
        Form form = new NullsForm(PublishedForms.yueyang2024(), true, true);
        List<Diagnostic> found = bothAgree(form);
        assertThat(found).extracting(Diagnostic::getMessageEn).containsExactly("kind: must not be null");
        assertThat(bothAgree(new NullsForm(Form.builder().from(PublishedForms.yueyang2024()).year(3000).build(), false, true)))
                .extracting(Diagnostic::getMessageEn).containsExactly("year: must be a fiscal year between 1990 and 2100");
    }

    static Stream<Map.Entry<String, UnaryOperator<Form.Builder>>> sharedObjects() {
        LabelledText b = new NullText(null, "x");
        LabelledText c = new NullText(null, "y");
        Indicator extrasB = indicator("甲").addExtras(b).build();
        Indicator extrasBB = indicator("乙").addExtras(b, b).build();
        Indicator extrasAndCommentsB = indicator("丙").addExtras(b).addComments(b).build();
        Indicator negative = indicator("丁").weight(Figure.parse("-1")).build();
        BudgetLine line = BudgetLine.builder().kind(BudgetLineKind.TOTAL).executed(Figure.parse("-3")).build();
        return Stream.of(
                Map.entry("once in one list: b, b", f -> f.headerFields(List.of(b, b))),
                Map.entry("once in one list: b, c, b", f -> f.headerFields(List.of(b, c, b))),
                Map.entry("at each property: grade b, header b", f -> f.headerFields(List.of(b)).declaredGrade(b)),
                Map.entry("under each parent: indicators' extras b", f -> f.indicators(List.of(extrasB, indicator("戊").addExtras(b).build()))),
                Map.entry("at each property of one indicator", f -> f.indicators(List.of(extrasAndCommentsB)).headerFields(List.of(b))),
                Map.entry("one indicator twice", f -> f.indicators(List.of(negative, negative))),
                Map.entry("one indicator twice, another between", f -> f.indicators(List.of(negative, extrasB, negative))),
                Map.entry("extras b, b twice, and once more under another indicator", f -> f.indicators(List.of(extrasBB, extrasBB,
                        indicator("己").addExtras(b, b).build()))),
                Map.entry("one budget line twice", f -> f.budget(Budget.builder().addLines(line, line).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedObjects")
    void anObjectReachedTwiceIsReportedWhereHibernateValidatorReportsIt(Map.Entry<String, UnaryOperator<Form.Builder>> shared) {
        assertThat(bothAgree(shared.getValue().apply(Form.builder().from(PublishedForms.liuhe2024Project())).build())).isNotEmpty();
    }

    static Stream<Long> seeds() {
        return Seeds.of(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomFormIsReportedTheSameBothWays(long seed) {
        bothAgree(randomForm(new Random(seed)));
    }

    @Test
    void theRandomFormsBreakEveryConstraintSomewhere() {
        // a guard: the random forms of aRandomFormIsReportedTheSameBothWays do reach every constraint, and valid forms too
        Set<String> keys = new TreeSet<>();
        int valid = 0;
        for (long seed : seeds().collect(Collectors.toList())) {
            List<Diagnostic> found = BuiltInConstraints.check(randomForm(new Random(seed)));
            valid += found.isEmpty() ? 1 : 0;
            found.forEach(d -> keys.add(d.getArguments().get(1).getKey().orElse("?")));
        }
        assertThat(keys).containsExactlyInAnyOrder("constraint.io.github.perfeval.NonNegative.message",
                "constraint.io.github.perfeval.ScoreWithinWeight.message", "constraint.io.github.perfeval.year.message",
                "constraint.jakarta.validation.constraints.NotBlank.message", "constraint.jakarta.validation.constraints.NotNull.message");
        assertThat(valid).isBetween(10, 290);
    }

    // ---- random forms ----

    private static final String[] FIGURES = {"5", "2.5", "0", "10", "0.10", "３", "五", "12.50", "-3", "-0.01", "x", "", "100", "1,000"};
    private static final String[] NAMES = {"培训场次", "灾情上报", "", " ", "　", "\t", "群众满意度", "=SUM(A1)"};
    private static final Integer[] YEARS = {2024, 2015, 1990, 2100, 1989, 2101, 0, -2024, 20240};

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static Optional<Figure> figure(Random r, double p) {
        if (r.nextDouble() >= p) {
            return Optional.empty();
        }
        String raw = pick(r, FIGURES);
        return Optional.of(r.nextInt(5) == 0 ? Figure.parsePercent(raw.isEmpty() ? raw : raw + "%") : Figure.parse(raw));
    }

    private static LabelledText text(Random r) {
        double p = r.nextDouble();
        if (p < 0.04) {
            return new NullText(r.nextBoolean() ? null : "备注", r.nextBoolean() ? null : "x");
        }
        return LabelledText.of(r.nextBoolean() ? "" : "联系人", r.nextBoolean() ? "" : "李四");
    }

    private static Indicator randomIndicator(Random r) {
        if (r.nextDouble() < 0.02) {
            return new NullIndicator(r.nextBoolean() ? null : pick(r, NAMES), figure(r, 0.9).orElse(Figure.of(1)),
                    figure(r, 0.9).orElse(Figure.of(2)), r.nextBoolean());
        }
        Indicator.Builder b = indicator(pick(r, NAMES)).target(IndicatorValue.parse("≥4次")).actual(IndicatorValue.parse("5次"));
        figure(r, 0.8).ifPresent(b::weight);
        figure(r, 0.8).ifPresent(b::declaredScore);
        if (r.nextDouble() < 0.2) {
            b.splitTarget(SplitTarget.builder().operator(LabelledText.of("指标性质", "≥")).value(text(r)).build());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addExtras(text(r));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
            b.addComments(text(r));
        }
        return b.source(Location.cell("表", "C" + (5 + r.nextInt(40)))).build();
    }

    private static Form randomForm(Random r) {
        Form.Builder f = Form.builder().kind(pick(r, FormKind.values())).title("绩效自评表").sheet("表" + r.nextInt(3));
        if (r.nextDouble() < 0.8) {
            f.year(r.nextDouble() < 0.8 ? 2024 : pick(r, YEARS));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            f.addHeaderFields(text(r));
        }
        if (r.nextDouble() < 0.7) {
            Budget.Builder b = Budget.builder();
            for (int i = r.nextInt(4); i > 0; i--) {
                BudgetLine.Builder l = BudgetLine.builder().kind(pick(r, BudgetLineKind.values())).label("年度资金总额");
                figure(r, 0.5).ifPresent(l::initial);
                figure(r, 0.5).ifPresent(l::adjusted);
                figure(r, 0.5).ifPresent(l::executed);
                figure(r, 0.3).ifPresent(l::declaredRate);
                figure(r, 0.2).ifPresent(l::labelAmount);
                b.addLines(l.build());
            }
            figure(r, 0.7).ifPresent(b::weight);
            figure(r, 0.7).ifPresent(b::declaredScore);
            f.budget(b.build());
        }
        for (int i = r.nextInt(14); i > 0; i--) {
            f.addIndicators(randomIndicator(r));
        }
        figure(r, 0.6).ifPresent(f::declaredWeightTotal);
        figure(r, 0.6).ifPresent(f::declaredTotal);
        if (r.nextDouble() < 0.3) {
            f.declaredGrade(text(r));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            f.addTextSections(r.nextDouble() < 0.05 ? new NullSection(r.nextBoolean() ? null : SectionKind.NOTE, null, r.nextBoolean() ? null : "无")
                    : TextSection.of(pick(r, SectionKind.values()), "存在问题", "部分资金拨付滞后"));
        }
        f.goals(Goals.builder().expected("目标").build()).footer(Footer.parse("填表人：张三"));
        Form form = f.build();
        return r.nextDouble() < 0.03 ? new NullsForm(form, r.nextBoolean(), r.nextBoolean()) : form;
    }

    // ---- helpers ----

    private static Indicator.Builder indicator(String name) {
        return Indicator.builder().level1Label("产出指标").level2Label("数量指标").name(name);
    }

    private static List<Indicator> eleven(java.util.function.IntFunction<Indicator.Builder> row) {
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            out.add(row.apply(i).source(Location.cell("表", "C" + (5 + i))).build());
        }
        return out;
    }

    private static Budget budget(UnaryOperator<BudgetLine.Builder> second) {
        return Budget.builder().addLines(BudgetLine.builder().kind(BudgetLineKind.TOTAL).label("年度资金总额").adjusted(Figure.of(10)).build())
                .addLines(second.apply(BudgetLine.builder().kind(BudgetLineKind.CURRENT_YEAR_APPROPRIATION).label("当年财政拨款")).build())
                .build();
    }

    /** A labelled text with a null label or text, as only a hand-written implementation can return. */
    static final class NullText extends LabelledText {
        private final String label;
        private final String text;

        NullText(String label, String text) {
            this.label = label;
            this.text = text;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public Optional<Location> getSource() {
            return Optional.empty();
        }
    }

    /** A text section with nulls. */
    static final class NullSection extends TextSection {
        private final SectionKind kind;
        private final String label;
        private final String text;

        NullSection(SectionKind kind, String label, String text) {
            this.kind = kind;
            this.label = label;
            this.text = text;
        }

        @Override
        public SectionKind getKind() {
            return kind;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public Optional<Location> getSource() {
            return Optional.empty();
        }
    }

    /** An indicator with a null name, and null lists and split target when asked. */
    static final class NullIndicator extends Indicator {
        private final String name;
        private final Figure weight;
        private final Figure score;
        private final boolean nullContainers;

        NullIndicator(String name, Figure weight, Figure score, boolean nullContainers) {
            this.name = name;
            this.weight = weight;
            this.score = score;
            this.nullContainers = nullContainers;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Optional<Figure> getWeight() {
            return Optional.of(weight);
        }

        @Override
        public Optional<Figure> getDeclaredScore() {
            return Optional.of(score);
        }

        @Override
        public Optional<String> getDeviationReason() {
            return Optional.empty();
        }

        @Override
        public Optional<SplitTarget> getSplitTarget() {
            return nullContainers ? null : Optional.empty();
        }

        @Override
        public List<LabelledText> getExtras() {
            return nullContainers ? null : List.of(new NullText(null, "x"));
        }

        @Override
        public List<LabelledText> getComments() {
            return nullContainers ? null : List.of();
        }

        @Override
        public Optional<Location> getSource() {
            return Optional.of(Location.cell("表", "C9"));
        }

        @Override
        public Optional<Location> getLevel1LabelSource() {
            return Optional.empty();
        }

        @Override
        public Optional<Location> getLevel2LabelSource() {
            return Optional.empty();
        }

        @Override
        public String getPath() {
            return "产出指标/数量指标/" + name;
        }
    }

    /** A form with no kind, and with its optional parts and lists null, as only a hand-written implementation can return. */
    static final class NullsForm extends Form {
        private final Form d;
        private final boolean noKind;
        private final boolean nullContainers;

        NullsForm(Form delegate, boolean noKind, boolean nullContainers) {
            this.d = delegate;
            this.noKind = noKind;
            this.nullContainers = nullContainers;
        }

        private <T> T orNull(T value) {
            return nullContainers ? null : value;
        }

        @Override
        public FormKind getKind() {
            return noKind ? null : d.getKind();
        }

        @Override
        public Optional<String> getTitle() {
            return d.getTitle();
        }

        @Override
        public Optional<Integer> getYear() {
            return d.getYear();
        }

        @Override
        public Optional<String> getDepartment() {
            return d.getDepartment();
        }

        @Override
        public Optional<String> getSupervisingDepartment() {
            return d.getSupervisingDepartment();
        }

        @Override
        public Optional<String> getImplementingUnit() {
            return d.getImplementingUnit();
        }

        @Override
        public Optional<String> getProjectName() {
            return d.getProjectName();
        }

        @Override
        public List<LabelledText> getHeaderFields() {
            return orNull(d.getHeaderFields());
        }

        @Override
        public Optional<String> getSheet() {
            return d.getSheet();
        }

        @Override
        public Optional<Budget> getBudget() {
            return orNull(d.getBudget());
        }

        @Override
        public Optional<Goals> getGoals() {
            return d.getGoals();
        }

        @Override
        public List<Indicator> getIndicators() {
            return nullContainers ? null : d.getIndicators();
        }

        @Override
        public Optional<Figure> getDeclaredWeightTotal() {
            return orNull(d.getDeclaredWeightTotal());
        }

        @Override
        public Optional<Figure> getDeclaredTotal() {
            return orNull(d.getDeclaredTotal());
        }

        @Override
        public Optional<LabelledText> getDeclaredGrade() {
            return orNull(d.getDeclaredGrade());
        }

        @Override
        public List<TextSection> getTextSections() {
            return orNull(d.getTextSections());
        }

        @Override
        public Optional<Footer> getFooter() {
            return d.getFooter();
        }
    }

    @Test
    void messagesAreKeysEveryLanguageWords() {
        Form form = Form.builder().from(PublishedForms.liuhe2024Project()).year(1800).build();
        MessageArgument message = BuiltInConstraints.check(form).get(0).getArguments().get(1);
        assertThat(message.getKey()).contains("constraint.io.github.perfeval.year.message");
    }
}
