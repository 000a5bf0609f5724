package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageTexts;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.scoring.Evaluation;
import io.github.perfeval.scoring.IndicatorResult;
import io.github.perfeval.scoring.policy.Grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one form found: which form it is, its budget line, each indicator, the totals, the
 * grade, and every diagnostic of reading and of scoring it, merged (errors first).
 *
 * <pre>{@code
 * ValueWithDiagnostics<Form> read = ExcelFormReader.create().read(path).getForms().get(0);
 * FormReport report = FormReport.of(Scorer.create().evaluate(read.getValue()), read.getDiagnostics(), Locale.CHINESE);
 * report.hasErrors();          // true when reading or scoring found an ERROR
 * report.getTotals().getScore();
 * }</pre>
 *
 * <p>Texts (explanations, messages, the grade's label) are in the report's language: English for
 * {@code en*} locales, Chinese otherwise. JSON: {@code sheet}, {@code kind}, {@code title}, {@code unit},
 * {@code project}, {@code year}, {@code budget} ({@link BudgetReport} or null), {@code indicators}
 * ({@link IndicatorReport}s), {@code totals} ({@link Totals}), {@code grade}, {@code gradeLabel},
 * {@code hasErrors}, {@code diagnostics} ({@code code}, {@code severity}, {@code where}, {@code message}).
 * The form's footer (personal data) is not in the report. Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"sheet", "kind", "title", "unit", "project", "year", "budget", "indicators", "totals", "grade",
        "gradeLabel", "hasErrors", "diagnostics"})
public final class FormReport {

    private final String sheet;
    private final FormKind kind;
    private final String title;
    private final String unit;
    private final String project;
    private final Integer year;
    private final BudgetReport budget;
    private final List<IndicatorReport> indicators;
    private final Totals totals;
    private final Grade grade;
    private final List<Diagnostic> diagnostics;
    private final Locale locale;
    private final MessageTexts texts;
    private final Form form;

    private FormReport(Evaluation e, List<Diagnostic> readDiagnostics, Locale locale, MessageTexts texts) {
        Form form = e.getForm();
        this.form = form;
        this.locale = locale == null ? Locale.CHINESE : locale;
        this.texts = texts;
        this.sheet = form.getSheet().orElse(null);
        this.kind = form.getKind();
        this.title = form.getTitle().orElse(null);
        this.unit = form.budgetUnit().orElse(null);
        this.project = form.getProjectName().orElse(null);
        this.year = form.getYear().orElse(null);
        this.budget = e.getBudget().map(b -> BudgetReport.of(b, form.getBudget().orElseThrow().getUnit())).orElse(null);
        List<IndicatorReport> lines = new ArrayList<>(e.getIndicators().size());
        for (IndicatorResult r : e.getIndicators()) {
            lines.add(IndicatorReport.of(r, this.locale));
        }
        this.indicators = List.copyOf(lines);
        this.totals = Totals.of(e);
        this.grade = e.getGrade();
        List<Diagnostic> all = new ArrayList<>(readDiagnostics.size() + e.getDiagnostics().size());
        all.addAll(readDiagnostics);
        all.addAll(e.getDiagnostics());
        all.sort(Comparator.comparing(Diagnostic::getSeverity));
        this.diagnostics = List.copyOf(all);
    }

    /**
     * The report of a form evaluated after it was read.
     *
     * @param evaluation the form's evaluation
     * @param readDiagnostics what was found before scoring (reading the file, validating the form), in
     *     their order; they come before the evaluation's own within each severity
     * @param locale the language of the texts: English for {@code en*}, Chinese otherwise (and for null)
     * @return the report
     */
    public static FormReport of(Evaluation evaluation, List<Diagnostic> readDiagnostics, Locale locale) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(readDiagnostics, "readDiagnostics");
        return new FormReport(evaluation, readDiagnostics, locale, MessageTexts.bundled());
    }

    /**
     * The report of a form evaluated after it was read, its diagnostics' messages from the application's
     * texts first (a Spring {@code MessageSource}, its own bundle with perfeval's keys), perfeval's bundles
     * for the keys they lack.
     *
     * <pre>{@code
     * ResourceBundle mine = ResourceBundle.getBundle("messages", Locale.FRENCH);
     * FormReport.of(evaluation, read.getDiagnostics(), Locale.FRENCH,
     *         (key, l) -> mine.containsKey(key) ? Optional.of(mine.getString(key)) : Optional.empty());
     * }</pre>
     *
     * @param evaluation the form's evaluation
     * @param readDiagnostics what was found before scoring, in their order
     * @param locale the language of the texts
     * @param texts the application's message texts
     * @return the report
     */
    public static FormReport of(Evaluation evaluation, List<Diagnostic> readDiagnostics, Locale locale, MessageTexts texts) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(readDiagnostics, "readDiagnostics");
        return new FormReport(evaluation, readDiagnostics, locale, Objects.requireNonNull(texts, "texts"));
    }

    /**
     * The report of a form that was built, not read (no reading diagnostics).
     *
     * @param evaluation the form's evaluation
     * @param locale the language of the texts
     * @return the report
     */
    public static FormReport of(Evaluation evaluation, Locale locale) {
        return of(evaluation, List.of(), locale);
    }

    /** The sheet the form was read from; empty for a form from JSON or code. */
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    /** Project or department form. */
    public FormKind getKind() {
        return kind;
    }

    /** The title as written. */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /** The budget unit evaluated: the department, else the implementing unit, else the supervising department. */
    public Optional<String> getUnit() {
        return Optional.ofNullable(unit);
    }

    /** 项目名称, for a project form. */
    public Optional<String> getProject() {
        return Optional.ofNullable(project);
    }

    /** The fiscal year. */
    public Optional<Integer> getYear() {
        return Optional.ofNullable(year);
    }

    /** The budget-execution line, when the form has a budget block. */
    public Optional<BudgetReport> getBudget() {
        return Optional.ofNullable(budget);
    }

    /** One line per indicator, in the form's order. */
    public List<IndicatorReport> getIndicators() {
        return indicators;
    }

    /** The declared and computed totals. */
    public Totals getTotals() {
        return totals;
    }

    /** The grade of the computed total. */
    public Grade getGrade() {
        return grade;
    }

    /** Every diagnostic of reading and of scoring the form: errors, then warnings, then notes. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** Whether any diagnostic, of reading or of scoring, is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty() && diagnostics.get(0).getSeverity() == Severity.ERROR;
    }

    /** The language of the report's texts. */
    public Locale getLocale() {
        return locale;
    }

    /**
     * The form itself, as it was read: every part with its raw text and its place (sheet and cell), for
     * drawing the form beside its findings (the HTML report does). Not part of the JSON, and not part of
     * equality (the report's own fields are derived from it).
     *
     * <pre>{@code
     * report.getForm().getGoals().map(Goals::getExpected);
     * report.getForm().getIndicators().get(0).getTarget().getSource();   // Optional[表!E14]
     * }</pre>
     *
     * <p>Its footer holds personal data: show it only where the form itself may be shown.
     *
     * @return the form evaluated
     */
    public Form getForm() {
        return form;
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }

    @JsonProperty("sheet")
    private String sheetJson() {
        return sheet;
    }

    @JsonProperty("kind")
    private String kindJson() {
        return kind.name();
    }

    @JsonProperty("title")
    private String titleJson() {
        return title;
    }

    @JsonProperty("unit")
    private String unitJson() {
        return unit;
    }

    @JsonProperty("project")
    private String projectJson() {
        return project;
    }

    @JsonProperty("year")
    private Integer yearJson() {
        return year;
    }

    @JsonProperty("budget")
    private BudgetReport budgetJson() {
        return budget;
    }

    @JsonProperty("indicators")
    private List<IndicatorReport> indicatorsJson() {
        return indicators;
    }

    @JsonProperty("totals")
    private Totals totalsJson() {
        return totals;
    }

    @JsonProperty("grade")
    private String gradeJson() {
        return grade.name();
    }

    @JsonProperty("gradeLabel")
    private String gradeLabelJson() {
        return english() ? grade.english() : grade.label();
    }

    @JsonProperty("hasErrors")
    private boolean hasErrorsJson() {
        return hasErrors();
    }

    @JsonProperty("diagnostics")
    private List<DiagnosticJson> diagnosticsJson() {
        return DiagnosticJson.all(diagnostics, locale, texts);
    }

    /** A diagnostic as the report's JSON shows it: its message in the report's language (also a basic-data table's). */
    @JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"code", "severity", "where", "message"})
    static final class DiagnosticJson {
        private final Diagnostic diagnostic;
        private final Locale locale;
        private final MessageTexts texts;

        DiagnosticJson(Diagnostic diagnostic, Locale locale, MessageTexts texts) {
            this.diagnostic = diagnostic;
            this.locale = locale;
            this.texts = texts;
        }

        /** Diagnostics as the JSON of a form's, a table's or a report's review shows them, in their order. */
        static List<DiagnosticJson> all(List<Diagnostic> diagnostics, Locale locale, MessageTexts texts) {
            List<DiagnosticJson> out = new ArrayList<>(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.add(new DiagnosticJson(d, locale, texts));
            }
            return out;
        }

        @JsonProperty("code")
        String code() {
            return diagnostic.getCode();
        }

        @JsonProperty("severity")
        String severity() {
            return diagnostic.getSeverity().name();
        }

        @JsonProperty("where")
        String where() {
            return diagnostic.getWhere();
        }

        @JsonProperty("message")
        String message() {
            return diagnostic.message(locale, texts);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FormReport)) {
            return false;
        }
        FormReport r = (FormReport) o;
        return Objects.equals(sheet, r.sheet) && kind == r.kind && Objects.equals(title, r.title)
                && Objects.equals(unit, r.unit) && Objects.equals(project, r.project) && Objects.equals(year, r.year)
                && Objects.equals(budget, r.budget) && indicators.equals(r.indicators) && totals.equals(r.totals)
                && grade == r.grade && diagnostics.equals(r.diagnostics) && locale.equals(r.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, kind, unit, project, year, totals, grade, diagnostics);
    }

    @Override
    public String toString() {
        return "FormReport " + (unit == null ? "?" : unit) + ": " + DecimalText.of(totals.getScore()) + " " + grade + ", "
                + diagnostics.size() + " diagnostics" + (hasErrors() ? ", errors" : "");
    }
}
