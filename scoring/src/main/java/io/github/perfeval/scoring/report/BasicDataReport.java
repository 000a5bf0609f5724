package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageTexts;
import io.github.perfeval.core.diagnostic.Severity;
import io.github.perfeval.scoring.basicdata.BasicDataEvaluation;
import io.github.perfeval.scoring.basicdata.DerivedFigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one department's basic-data table (部门整体支出绩效评价基础数据表) found: which table it is,
 * the figures derived from it, and every diagnostic of reading and of checking it (errors first).
 *
 * <pre>{@code
 * ValueWithDiagnostics<BasicData> read = ExcelFormReader.create().read(path).getBasicData().get(0);
 * BasicDataReport report = BasicDataReport.of(BasicDataChecker.create().evaluate(read.getValue()), read.getDiagnostics(), Locale.CHINESE);
 * report.hasErrors();
 * }</pre>
 *
 * <p>JSON: {@code sheet}, {@code title}, {@code unit}, {@code year}, {@code derived} (each {@code measure},
 * {@code label}, {@code value}: a fraction as a plain decimal string, or null when it cannot be computed),
 * {@code hasErrors}, {@code diagnostics} (as a form's). Texts are in the report's language. Immutable
 * and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"sheet", "title", "unit", "year", "derived", "hasErrors", "diagnostics"})
public final class BasicDataReport {

    private final String sheet;
    private final String title;
    private final String unit;
    private final Integer year;
    private final List<DerivedFigure> derived;
    private final List<Diagnostic> diagnostics;
    private final Locale locale;

    private BasicDataReport(BasicDataEvaluation e, List<Diagnostic> readDiagnostics, Locale locale) {
        BasicData t = e.getBasicData();
        this.locale = locale == null ? Locale.CHINESE : locale;
        this.sheet = t.getSheet().orElse(null);
        this.title = t.getTitle().orElse(null);
        this.unit = t.getDepartment().orElse(null);
        this.year = t.getYear().orElse(null);
        this.derived = List.copyOf(e.getDerived().values());
        List<Diagnostic> all = new ArrayList<>(readDiagnostics);
        all.addAll(e.getDiagnostics());
        all.sort(Comparator.comparing(Diagnostic::getSeverity));
        this.diagnostics = List.copyOf(all);
    }

    /**
     * The report of a table checked after it was read.
     *
     * @param evaluation the table's evaluation
     * @param readDiagnostics what was found reading it, before the checks' own within each severity
     * @param locale the language of the texts: English for {@code en*}, Chinese otherwise (and for null)
     * @return the report
     */
    public static BasicDataReport of(BasicDataEvaluation evaluation, List<Diagnostic> readDiagnostics, Locale locale) {
        return new BasicDataReport(Objects.requireNonNull(evaluation, "evaluation"), Objects.requireNonNull(readDiagnostics,
                "readDiagnostics"), locale);
    }

    /** The sheet the table was read from. */
    public Optional<String> getSheet() {
        return Optional.ofNullable(sheet);
    }

    /** The title as written. */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /** The unit the table names, if it names one. */
    public Optional<String> getUnit() {
        return Optional.ofNullable(unit);
    }

    /** The year. */
    public Optional<Integer> getYear() {
        return Optional.ofNullable(year);
    }

    /** The derived figures, in {@link io.github.perfeval.scoring.basicdata.DerivedMeasure} order. */
    public List<DerivedFigure> getDerived() {
        return derived;
    }

    /** Every diagnostic of reading and of checking the table: errors, then warnings, then notes. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty() && diagnostics.get(0).getSeverity() == Severity.ERROR;
    }

    /** The language of the report's texts. */
    public Locale getLocale() {
        return locale;
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }

    @JsonProperty("sheet")
    private String sheetJson() {
        return sheet;
    }

    @JsonProperty("title")
    private String titleJson() {
        return title;
    }

    @JsonProperty("unit")
    private String unitJson() {
        return unit;
    }

    @JsonProperty("year")
    private Integer yearJson() {
        return year;
    }

    @JsonProperty("derived")
    private List<DerivedJson> derivedJson() {
        List<DerivedJson> out = new ArrayList<>(derived.size());
        for (DerivedFigure f : derived) {
            out.add(new DerivedJson(f, english()));
        }
        return out;
    }

    @JsonProperty("hasErrors")
    private boolean hasErrorsJson() {
        return hasErrors();
    }

    @JsonProperty("diagnostics")
    private List<FormReport.DiagnosticJson> diagnosticsJson() {
        return FormReport.DiagnosticJson.all(diagnostics, locale, MessageTexts.bundled());
    }

    /** A derived figure as the JSON shows it. */
    @JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"measure", "label", "value"})
    private static final class DerivedJson {
        private final DerivedFigure figure;
        private final boolean english;

        DerivedJson(DerivedFigure figure, boolean english) {
            this.figure = figure;
            this.english = english;
        }

        @JsonProperty("measure")
        String measure() {
            return figure.getMeasure().name();
        }

        @JsonProperty("label")
        String label() {
            return english ? figure.getMeasure().english() : figure.getMeasure().label();
        }

        @JsonProperty("value")
        String value() {
            return figure.getValue().map(DecimalText::of).orElse(null);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BasicDataReport)) {
            return false;
        }
        BasicDataReport r = (BasicDataReport) o;
        return Objects.equals(sheet, r.sheet) && Objects.equals(title, r.title) && Objects.equals(unit, r.unit)
                && Objects.equals(year, r.year) && derived.equals(r.derived) && diagnostics.equals(r.diagnostics)
                && locale.equals(r.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, unit, year, derived, diagnostics);
    }

    @Override
    public String toString() {
        return "BasicDataReport " + (sheet == null ? "?" : sheet) + ": " + diagnostics.size() + " diagnostics"
                + (hasErrors() ? ", errors" : "");
    }
}
