package io.github.perfeval.scoring.selfreport;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.report.ProjectFiling;
import io.github.perfeval.core.report.ReportCode;
import io.github.perfeval.core.report.ReportItem;
import io.github.perfeval.core.report.ReportPairing;
import io.github.perfeval.core.report.ReportSection;
import io.github.perfeval.core.report.SelfEvaluationReport;
import io.github.perfeval.core.report.StatedAmount;
import io.github.perfeval.core.source.Location;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks projects' self-evaluation reports (自评报告): each against its form, and all of one run against
 * each other. Every finding has a {@link ReportCode} and stands at the report's cell.
 *
 * <pre>{@code
 * ReportChecker checker = ReportChecker.create();
 * List<Diagnostic> found = new ArrayList<>();
 * for (ProjectFiling f : ReportPairing.pair(forms, reports).getFilings()) {
 *     found.addAll(checker.check(f));            // budget, amounts, rates, name, empty sections
 * }
 * found.addAll(checker.compare(reports));       // sections copied from another report
 * }</pre>
 *
 * <p>What is checked:
 * <ul>
 * <li>{@code REPORT_BUDGET_MISMATCH}: 年度预算金额 against the form's 年度资金总额, its 全年预算数 (the adjusted
 * budget, which the execution rate divides by) first, else its 年初预算数; an amount equal to the
 * 年初预算数 only is said at INFO level. An amount agrees when it is the form's within half a unit of the last
 * digit the report writes ({@code 54万元} agrees with 54.3; {@code 54.00万元} does not).</li>
 * <li>{@code REPORT_AMOUNT_MISMATCH}: each amount the narrative states in a clause about the money
 * (预算, 执行, 支出, 使用, 拨付, 到位, 结余, 资金), against every amount of the form's budget block and the
 * 全年预算数 less the 全年执行数. The parts of the money are left alone: a clause with 用于, 含 or 包括, an aside in
 * brackets, and a sentence from its 其中 on; so is a clause naming no money word ({@code 剧本创作费5万元}).</li>
 * <li>{@code REPORT_RATE_MISMATCH}: each execution rate the narrative states ({@code 资金使用率100%},
 * {@code 已全部使用}) against 全年执行数 / 全年预算数 of the form, within the rounding of what is written
 * ({@code 已全部使用} needs at least 99.95%). A rate in words is read in 项目支出管理和使用基本情况 only, where the report
 * says how the money was spent (elsewhere it quotes an indicator: {@code 按时支付完毕}), and not when negated
 * ({@code 未全部执行}). Rates of money received ({@code 到位率}) are not execution rates.</li>
 * <li>{@code REPORT_PROJECT_NAME_MISMATCH}: 专项名称 against the form's 项目名称 (one containing the other agrees).</li>
 * <li>{@code REPORT_SECTION_EMPTY}: a section of the template left blank or missing.</li>
 * <li>{@code REPORT_TEXT_SHARED}: {@link #compare(List)}: a section of at least {@value #SHARED_MIN_LENGTH}
 * characters whose text is identical (WARNING) or nearly (INFO, a bigram similarity of at least
 * {@value #NEARLY}) to a section of another report of the run.</li>
 * </ul>
 * Thread-safe.
 */
public final class ReportChecker {

    /** Sections of Hunan's template a report must fill. */
    static final Set<ReportItem> REQUIRED = EnumSet.of(ReportItem.PROJECT_NAME, ReportItem.BUDGET_AMOUNT, ReportItem.DEPARTMENT,
            ReportItem.PURPOSE, ReportItem.MANAGEMENT, ReportItem.ACHIEVEMENT, ReportItem.PROBLEMS, ReportItem.IMPROVEMENTS);
    /** Shortest text (white space and punctuation left out) compared with other reports'. */
    public static final int SHARED_MIN_LENGTH = 20;
    /** Similarity from which two sections are said to be nearly the same. */
    public static final double NEARLY = 0.9;

    private static final Set<ReportItem> NARRATIVE = EnumSet.of(ReportItem.PURPOSE, ReportItem.MANAGEMENT, ReportItem.ACHIEVEMENT,
            ReportItem.DEVIATION, ReportItem.PROBLEMS, ReportItem.IMPROVEMENTS, ReportItem.CONCLUSION, ReportItem.OTHER_NOTES,
            ReportItem.OTHER);
    private static final Pattern MONEY_CLAUSE = Pattern.compile("预算|执行|支出|使用|拨付|到位|结余|资金");
    private static final Pattern PART_CLAUSE = Pattern.compile("用于|含|包括");
    private static final Pattern ASIDE = Pattern.compile("[（(][^（）()]*[)）]");
    private static final ReportChecker DEFAULT = new ReportChecker();

    private ReportChecker() {
    }

    /** The checker. */
    public static ReportChecker create() {
        return DEFAULT;
    }

    /**
     * Checks a report against its form, and its sections.
     *
     * @param filing a report with its form
     * @return the findings, at the report's cells
     */
    public List<Diagnostic> check(ProjectFiling filing) {
        SelfEvaluationReport report = filing.getReport();
        Form form = filing.getForm();
        List<Diagnostic> out = new ArrayList<>(checkSections(report));
        checkName(report, form, out);
        Optional<Budget> budget = form.getBudget();
        Optional<BudgetLine> total = budget.flatMap(Budget::total);
        if (budget.isPresent() && total.isPresent()) {
            checkBudget(report, budget.get(), total.get(), out);
            checkNarrative(report, budget.get(), total.get(), out);
        }
        return out;
    }

    /**
     * Checks the sections of a report that has no form: those left blank or missing.
     *
     * @param report a report
     * @return a {@code REPORT_SECTION_EMPTY} finding for each
     */
    public List<Diagnostic> checkSections(SelfEvaluationReport report) {
        List<Diagnostic> out = new ArrayList<>();
        for (ReportItem item : REQUIRED) {
            Optional<ReportSection> s = report.section(item);
            if (s.isEmpty()) {
                out.add(Diagnostic.variant(ReportCode.REPORT_SECTION_EMPTY, "missing", place(report), named(report),
                        MessageArgument.text(item.label())));
            } else if (s.get().leftBlank()) {
                out.add(Diagnostic.variant(ReportCode.REPORT_SECTION_EMPTY, "blank", s.get().getSource().orElse(place(report)),
                        named(report), MessageArgument.text(s.get().getLabel())));
            }
        }
        return out;
    }

    /**
     * Compares the reports of one run with each other: a section copied from another report.
     *
     * @param reports the run's reports, in order
     * @return a {@code REPORT_TEXT_SHARED} finding at each section that is the same as, or nearly, one of an earlier report
     */
    public List<Diagnostic> compare(List<SelfEvaluationReport> reports) {
        List<Diagnostic> out = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            out.addAll(compareNaming(reports.get(r), reports.subList(0, r), other -> nameOf("", other)));
        }
        return out;
    }

    /**
     * Compares one report with the reports met before it in a run (for a run read file by file).
     *
     * <pre>{@code
     * found.addAll(checker.compare(report, earlier, r -> fileOf.get(r) + " " + r.projectName().orElse("")));
     * earlier.add(report);
     * }</pre>
     *
     * @param report a report
     * @param earlier the reports before it
     * @param describe how to name another report in a message (its project name and place, its file…)
     * @return a {@code REPORT_TEXT_SHARED} finding at each of its sections that is the same as, or nearly, a section of an earlier report
     */
    public List<Diagnostic> compare(SelfEvaluationReport report, List<SelfEvaluationReport> earlier,
                                    Function<SelfEvaluationReport, String> describe) {
        return compareNaming(report, earlier, r -> MessageArgument.text(describe.apply(r)));
    }

    /**
     * As {@link #compare(SelfEvaluationReport, List, Function)}, naming the other report in each reader's language
     * (its place is 表格1 in a Chinese message, table 1 in an English one).
     *
     * <pre>{@code
     * found.addAll(checker.compareNaming(report, earlier, r -> ReportChecker.nameOf(fileOf.get(r) + " ", r)));
     * }</pre>
     *
     * @param report a report
     * @param earlier the reports before it
     * @param describe how to name another report in a message, e.g. {@link #nameOf}
     * @return a {@code REPORT_TEXT_SHARED} finding at each of its sections that is the same as, or nearly, a section of an earlier report
     */
    public List<Diagnostic> compareNaming(SelfEvaluationReport report, List<SelfEvaluationReport> earlier,
                                          Function<SelfEvaluationReport, MessageArgument> describe) {
        List<Diagnostic> out = new ArrayList<>();
        for (ReportSection s : report.getSections()) {
            String essence = essence(s);
            if (essence == null) {
                continue;
            }
            double best = 0;
            SelfEvaluationReport bestReport = null;
            String bestLabel = null;
            for (SelfEvaluationReport other : earlier) {
                if (other == report) {
                    continue;
                }
                for (ReportSection o : other.getSections()) {
                    String theirs = essence(o);
                    if (theirs == null) {
                        continue;
                    }
                    double ratio = TextSimilarity.ratio(essence, theirs);
                    if (ratio > best) {
                        best = ratio;
                        bestReport = other;
                        bestLabel = o.getLabel();
                    }
                }
            }
            if (best >= NEARLY) {
                boolean same = best >= 1;
                String ratio = String.format(Locale.ROOT, "%.2f", Math.floor(best * 100) / 100);
                MessageArgument other = describe.apply(bestReport);
                Location at = s.getSource().orElse(place(report));
                out.add(same
                        ? Diagnostic.variant(ReportCode.REPORT_TEXT_SHARED, "same", at, named(report), MessageArgument.text(s.getLabel()),
                                other, MessageArgument.text(bestLabel)).withSeverity(Severity.WARNING)
                        : Diagnostic.variant(ReportCode.REPORT_TEXT_SHARED, "nearly", at, named(report), MessageArgument.text(s.getLabel()),
                                other, MessageArgument.text(bestLabel), MessageArgument.text(ratio)));
            }
        }
        return out;
    }

    /**
     * A report named in a message: a text of the caller's (its file, or nothing), its project name and its place in
     * the reader's language, {@code a.docx “非税收入”（表格1）} | {@code a.docx “非税收入” (table 1)}.
     *
     * @param before the text put first, as it is (empty for none)
     * @param r the report
     * @return the argument
     */
    public static MessageArgument nameOf(String before, SelfEvaluationReport r) {
        String named = before + name(r);
        Location at = place(r);
        if (at == null) {
            return MessageArgument.text(named);
        }
        return MessageArgument.bilingual(named + "（" + at.describe(Locale.CHINESE) + "）",
                named + (named.isBlank() ? "" : " ") + "(" + at.describe() + ")");
    }

    /** The text compared, when the section is narrative and long enough to say it was copied. */
    private static String essence(ReportSection s) {
        if (!NARRATIVE.contains(s.getItem())) {
            return null;
        }
        String e = TextSimilarity.essence(s.getText());
        return e.length() < SHARED_MIN_LENGTH ? null : e;
    }

    /**
     * Everything at once: pairs the reports with the forms, checks each pair and each report left alone,
     * and compares the reports with each other.
     *
     * @param forms the forms of a run
     * @param reports the reports of the run
     * @return the pairing's {@code REPORT_UNPAIRED} findings and every finding of the checks
     */
    public List<Diagnostic> checkAll(List<Form> forms, List<SelfEvaluationReport> reports) {
        ReportPairing pairing = ReportPairing.pair(forms, reports);
        List<Diagnostic> out = new ArrayList<>(pairing.getDiagnostics());
        List<SelfEvaluationReport> paired = new ArrayList<>();
        for (ProjectFiling f : pairing.getFilings()) {
            out.addAll(check(f));
            paired.add(f.getReport());
        }
        for (SelfEvaluationReport r : reports) {
            if (paired.stream().noneMatch(p -> p == r)) {
                out.addAll(checkSections(r));
            }
        }
        out.addAll(compare(reports));
        return out;
    }

    private static void checkName(SelfEvaluationReport report, Form form, List<Diagnostic> out) {
        Optional<String> mine = report.projectName();
        Optional<String> theirs = form.getProjectName();
        if (mine.isPresent() && theirs.isPresent() && !ReportPairing.sameProject(mine.get(), theirs.get())) {
            out.add(Diagnostic.of(ReportCode.REPORT_PROJECT_NAME_MISMATCH,
                    report.section(ReportItem.PROJECT_NAME).flatMap(ReportSection::getSource).orElse(place(report)),
                    MessageArgument.text(mine.get()), MessageArgument.text(theirs.get())));
        }
    }

    private static void checkBudget(SelfEvaluationReport report, Budget budget, BudgetLine total, List<Diagnostic> out) {
        Optional<Figure> stated = report.getBudgetAmount().filter(Figure::isParsed);
        if (stated.isEmpty()) {
            return;
        }
        Money said = report.budget().orElseThrow();
        BigDecimal tolerance = halfUnit(stated.get().decimal());
        Optional<Money> adjusted = total.getAdjusted().flatMap(budget::money);
        Optional<Money> initial = total.getInitial().flatMap(budget::money);
        Location at = stated.get().getSource().orElse(place(report));
        String raw = stated.get().getRaw().strip();
        if (adjusted.isPresent() && agrees(said, adjusted.get(), tolerance)) {
            return;
        }
        if (adjusted.isEmpty() && initial.isPresent() && agrees(said, initial.get(), tolerance)) {
            return;
        }
        if (adjusted.isPresent() && initial.isPresent() && agrees(said, initial.get(), tolerance)) {
            out.add(Diagnostic.variant(ReportCode.REPORT_BUDGET_MISMATCH, "initial", at, MessageArgument.text(raw),
                    MessageArgument.text(show(initial.get())), MessageArgument.text(show(adjusted.get()))).withSeverity(Severity.INFO));
            return;
        }
        Optional<Money> compared = adjusted.or(() -> initial);
        if (compared.isEmpty()) {
            return;
        }
        if (adjusted.isEmpty()) {
            out.add(Diagnostic.variant(ReportCode.REPORT_BUDGET_MISMATCH, "initialOnly", at, MessageArgument.text(raw),
                    MessageArgument.text(show(compared.get()))));
        } else if (initial.isEmpty()) {
            out.add(Diagnostic.variant(ReportCode.REPORT_BUDGET_MISMATCH, "adjusted", at, MessageArgument.text(raw),
                    MessageArgument.text(show(compared.get()))));
        } else {
            out.add(Diagnostic.variant(ReportCode.REPORT_BUDGET_MISMATCH, "adjustedAndInitial", at, MessageArgument.text(raw),
                    MessageArgument.text(show(compared.get())), MessageArgument.text(show(initial.get()))));
        }
    }

    private static void checkNarrative(SelfEvaluationReport report, Budget budget, BudgetLine total, List<Diagnostic> out) {
        List<Money> known = new ArrayList<>();
        for (BudgetLine l : budget.getLines()) {
            for (Optional<Figure> f : List.of(l.getInitial(), l.getAdjusted(), l.getExecuted(), l.getLabelAmount())) {
                f.flatMap(budget::money).ifPresent(known::add);
            }
        }
        Optional<Money> adjusted = total.getAdjusted().flatMap(budget::money);
        Optional<Money> executed = total.getExecuted().flatMap(budget::money);
        if (adjusted.isPresent() && executed.isPresent()) {
            known.add(Money.of(adjusted.get().amount().subtract(executed.get().to(adjusted.get().unit()).amount()), adjusted.get().unit()));
        }
        Optional<BigDecimal> rate = adjusted.isPresent() && executed.isPresent() && adjusted.get().amount().signum() > 0
                ? Optional.of(executed.get().to(MoneyUnit.YUAN).amount().divide(adjusted.get().to(MoneyUnit.YUAN).amount(), MathContext.DECIMAL64))
                : Optional.empty();
        for (ReportSection s : report.getSections()) {
            if (!NARRATIVE.contains(s.getItem()) || s.leftBlank()) {
                continue;
            }
            Location at = s.getSource().orElse(place(report));
            for (String sentence : s.getText().split("[。；;！!？?\\n]")) {
                String plain = ASIDE.matcher(sentence).replaceAll("");
                for (String clause : plain.split("[，、：:]|,(?![0-9]{3})")) {
                    if (clause.contains("其中")) {
                        break;   // the parts of the money, to the end of the sentence
                    }
                    if (known.isEmpty() || !MONEY_CLAUSE.matcher(clause).find() || PART_CLAUSE.matcher(clause).find()) {
                        continue;
                    }
                    for (StatedAmount a : StatedAmount.findIn(clause)) {
                        BigDecimal tolerance = halfUnit(a.getMoney().amount());
                        if (known.stream().noneMatch(k -> agrees(a.getMoney(), k, tolerance))) {
                            out.add(Diagnostic.of(ReportCode.REPORT_AMOUNT_MISMATCH, at, MessageArgument.text(s.getLabel()),
                                    MessageArgument.text(a.getRaw()), MessageArgument.text(adjusted.map(ReportChecker::show).orElse("-")),
                                    MessageArgument.text(executed.map(ReportChecker::show).orElse("-"))));
                        }
                    }
                }
                if (rate.isPresent()) {
                    for (StatedRate r : StatedRate.findIn(sentence, s.getItem() == ReportItem.MANAGEMENT)) {
                        if (r.rate.subtract(rate.get()).abs().compareTo(r.tolerance) > 0) {
                            String computed = percent(rate.get());
                            out.add(Diagnostic.of(ReportCode.REPORT_RATE_MISMATCH, at, MessageArgument.text(s.getLabel()),
                                    MessageArgument.text(r.raw), MessageArgument.text(show(executed.get())),
                                    MessageArgument.text(show(adjusted.get())), MessageArgument.text(computed)));
                        }
                    }
                }
            }
        }
    }

    /** Whether a stated amount is a form's, within half a unit of the stated amount's last digit. */
    private static boolean agrees(Money stated, Money form, BigDecimal halfUnitInStatedUnit) {
        BigDecimal diff = stated.to(MoneyUnit.YUAN).amount().subtract(form.to(MoneyUnit.YUAN).amount()).abs();
        BigDecimal tolerance = Money.of(halfUnitInStatedUnit, stated.unit()).to(MoneyUnit.YUAN).amount();
        return diff.compareTo(tolerance) <= 0;
    }

    private static BigDecimal halfUnit(BigDecimal amount) {
        int scale = Math.max(Decimals.normalize(amount).scale(), 0);
        return BigDecimal.valueOf(5, scale + 1);
    }

    private static String show(Money m) {
        return m.amount().toPlainString() + m.unit().label();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static Location place(SelfEvaluationReport report) {
        return report.getSource().orElse(report.getSheet().map(Location::sheet).orElse(null));
    }

    private static String name(SelfEvaluationReport r) {
        return r.projectName().map(n -> "“" + n + "”").orElse("");
    }

    /** A report's project name in quotes after what it names, or nothing (the bundles' {@code fragment.quotedName}). */
    private static MessageArgument named(SelfEvaluationReport r) {
        return r.projectName().map(n -> MessageArgument.message("fragment.quotedName", MessageArgument.text(n))).orElse(MessageArgument.text(""));
    }


    @Override
    public String toString() {
        return "ReportChecker";
    }
}
