package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * The counts over the files of a {@link Report}: files, forms, forms with an ERROR, unreadable files; and
 * basic-data tables and those with an ERROR, when there are any.
 *
 * <pre>{@code
 * Summary s = Summary.EMPTY.plus(fileReport);
 * s.getFormsWithErrors();
 * }</pre>
 *
 * <p>JSON: {@code {"files": 2, "forms": 3, "formsWithErrors": 1, "unreadable": 0}}, with
 * {@code "basicData"} and {@code "basicDataWithErrors"} after them when some file held a basic-data table, and
 * {@code "reports"} and {@code "reportsWithErrors"} when some file held a project's self-evaluation report (自评报告).
 * Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"files", "forms", "formsWithErrors", "unreadable", "basicData", "basicDataWithErrors", "reports", "reportsWithErrors"})
public final class Summary {

    /** No file yet. */
    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0, 0);

    private final int files;
    private final int forms;
    private final int formsWithErrors;
    private final int unreadable;
    private final int basicData;
    private final int basicDataWithErrors;
    private final int reports;
    private final int reportsWithErrors;

    private Summary(int files, int forms, int formsWithErrors, int unreadable, int basicData, int basicDataWithErrors, int reports,
                    int reportsWithErrors) {
        this.reports = reports;
        this.reportsWithErrors = reportsWithErrors;
        this.files = files;
        this.forms = forms;
        this.formsWithErrors = formsWithErrors;
        this.unreadable = unreadable;
        this.basicData = basicData;
        this.basicDataWithErrors = basicDataWithErrors;
    }

    /**
     * These counts with one more file.
     *
     * @param file the file's report
     * @return the new counts
     */
    public Summary plus(FileReport file) {
        int withErrors = 0;
        for (FormReport f : file.getForms()) {
            withErrors += f.hasErrors() ? 1 : 0;
        }
        int tablesWithErrors = (int) file.getBasicData().stream().filter(BasicDataReport::hasErrors).count();
        return new Summary(files + 1, forms + file.getForms().size(), formsWithErrors + withErrors,
                unreadable + (file.isReadable() ? 0 : 1), basicData + file.getBasicData().size(), basicDataWithErrors + tablesWithErrors,
                reports + file.getReports().size(), reportsWithErrors + (int) file.getReports().stream().filter(ReportReview::hasErrors).count());
    }

    /** How many files. */
    @JsonProperty("files")
    public int getFiles() {
        return files;
    }

    /** How many forms, over every file read. */
    @JsonProperty("forms")
    public int getForms() {
        return forms;
    }

    /** How many forms have an ERROR diagnostic. */
    @JsonProperty("formsWithErrors")
    public int getFormsWithErrors() {
        return formsWithErrors;
    }

    /** How many files could not be read. */
    @JsonProperty("unreadable")
    public int getUnreadable() {
        return unreadable;
    }

    /** How many basic-data tables, over every file read (written only when there are any). */
    @JsonProperty("basicData")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public int getBasicData() {
        return basicData;
    }

    /** How many basic-data tables have an ERROR diagnostic (written only when there are tables). */
    @JsonProperty("basicDataWithErrors")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private Integer basicDataWithErrorsJson() {
        return basicData == 0 ? null : basicDataWithErrors;
    }

    /** How many basic-data tables have an ERROR diagnostic. */
    public int getBasicDataWithErrors() {
        return basicDataWithErrors;
    }

    /** How many projects' self-evaluation reports (自评报告), over every file read (written only when there are any). */
    @JsonProperty("reports")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public int getReports() {
        return reports;
    }

    /** How many reports have an ERROR diagnostic (written only when there are reports). */
    @JsonProperty("reportsWithErrors")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private Integer reportsWithErrorsJson() {
        return reports == 0 ? null : reportsWithErrors;
    }

    /** How many reports have an ERROR diagnostic. */
    public int getReportsWithErrors() {
        return reportsWithErrors;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Summary)) {
            return false;
        }
        Summary s = (Summary) o;
        return files == s.files && forms == s.forms && formsWithErrors == s.formsWithErrors && unreadable == s.unreadable
                && basicData == s.basicData && basicDataWithErrors == s.basicDataWithErrors && reports == s.reports
                && reportsWithErrors == s.reportsWithErrors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(files, forms, formsWithErrors, unreadable, basicData, basicDataWithErrors, reports, reportsWithErrors);
    }

    @Override
    public String toString() {
        return files + " files, " + forms + " forms, " + formsWithErrors + " with errors, " + unreadable + " unreadable"
                + (basicData == 0 ? "" : ", " + basicData + " basic-data tables, " + basicDataWithErrors + " with errors")
                + (reports == 0 ? "" : ", " + reports + " reports, " + reportsWithErrors + " with errors");
    }
}
