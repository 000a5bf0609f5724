package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageTexts;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.core.report.SelfEvaluationReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one project's self-evaluation report (自评报告) found: which report it is, the form it was
 * paired with, and every diagnostic of reading, pairing and checking it (errors first).
 *
 * <pre>{@code
 * ReportReview review = ReportReview.of(report, Optional.of(form.getProjectName().orElse("")), diagnostics, Locale.CHINESE);
 * review.hasErrors();
 * }</pre>
 *
 * <p>JSON: {@code where} (the report's place), {@code title}, {@code projectName}, {@code year}, {@code form}
 * (the project name of the form it was paired with, {@code ""} when that form names none, null when it has
 * no form), {@code hasErrors}, {@code diagnostics} (as a form's). Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"where", "title", "projectName", "year", "form", "hasErrors", "diagnostics"})
public final class ReportReview {

    private final SelfEvaluationReport report;
    private final String form;
    private final List<Diagnostic> diagnostics;
    private final Locale locale;

    private ReportReview(SelfEvaluationReport report, String form, List<Diagnostic> diagnostics, Locale locale) {
        this.report = Objects.requireNonNull(report, "report");
        this.form = form;
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.sort(Comparator.comparing(Diagnostic::getSeverity));
        this.diagnostics = List.copyOf(all);
        this.locale = locale == null ? Locale.CHINESE : locale;
    }

    /**
     * The review of a report.
     *
     * @param report the report
     * @param pairedForm the project name of the form it was paired with ({@code ""} when the form names none); empty when it has no form
     * @param diagnostics what reading, pairing and checking it found
     * @param locale the language of the texts: English for {@code en*}, Chinese otherwise (and for null)
     * @return the review
     */
    public static ReportReview of(SelfEvaluationReport report, Optional<String> pairedForm, List<Diagnostic> diagnostics, Locale locale) {
        return new ReportReview(report, pairedForm.orElse(null), Objects.requireNonNull(diagnostics, "diagnostics"), locale);
    }

    /** The report. */
    public SelfEvaluationReport getReport() {
        return report;
    }

    /** The project name of the form it was paired with ({@code ""} when that form names none); empty when it has no form. */
    public Optional<String> getPairedForm() {
        return Optional.ofNullable(form);
    }

    /** Every diagnostic of reading, pairing and checking it: errors, then warnings, then notes. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty() && diagnostics.get(0).getSeverity() == Severity.ERROR;
    }

    /** Where the report is, in short ({@code table 1}, {@code 自评报告!A1}), or empty text. */
    public String where() {
        return report.getSource().map(l -> l.describe()).or(() -> report.getSheet()).orElse("");
    }

    @JsonProperty("where")
    private String whereJson() {
        return where();
    }

    @JsonProperty("title")
    private String titleJson() {
        return report.getTitle().orElse(null);
    }

    @JsonProperty("projectName")
    private String projectNameJson() {
        return report.projectName().orElse(null);
    }

    @JsonProperty("year")
    private Integer yearJson() {
        return report.getYear().orElse(null);
    }

    @JsonProperty("form")
    private String formJson() {
        return form;
    }

    @JsonProperty("hasErrors")
    private boolean hasErrorsJson() {
        return hasErrors();
    }

    @JsonProperty("diagnostics")
    private List<FormReport.DiagnosticJson> diagnosticsJson() {
        return FormReport.DiagnosticJson.all(diagnostics, locale, MessageTexts.bundled());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportReview)) {
            return false;
        }
        ReportReview r = (ReportReview) o;
        return report.equals(r.report) && Objects.equals(form, r.form) && diagnostics.equals(r.diagnostics) && locale.equals(r.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(report, form, diagnostics);
    }

    @Override
    public String toString() {
        return "ReportReview " + report.projectName().orElse("?") + ": " + diagnostics.size() + " diagnostics" + (hasErrors() ? ", errors" : "");
    }
}
