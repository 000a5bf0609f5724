package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file's part of a {@link Report}: the forms found in it (and the department basic-data tables, when
 * it holds any), or the one-line reason it could not be read.
 *
 * <pre>{@code
 * FileReport ok = FileReport.of("自评表.xlsx", List.of(formReport));
 * FileReport bad = FileReport.unreadable("坏.xlsx", "坏.xlsx: not an Excel workbook");
 * bad.getError();   // Optional[坏.xlsx: not an Excel workbook]
 * }</pre>
 *
 * <p>Invariant: an unreadable file has a reason and no forms. JSON: {@code {"file": "…", "forms": […],
 * "error": null}}, with {@code "basicData": […]} ({@link BasicDataReport}s) after the forms when the file
 * holds basic-data tables, and {@code "reports": […]} ({@link ReportReview}s) when it holds projects'
 * self-evaluation reports (自评报告). Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"file", "forms", "basicData", "reports", "error"})
public final class FileReport {

    private final String file;
    private final List<FormReport> forms;
    private final List<BasicDataReport> basicData;
    private final List<ReportReview> reports;
    private final String error;

    private FileReport(String file, List<FormReport> forms, List<BasicDataReport> basicData, List<ReportReview> reports, String error) {
        this.file = Objects.requireNonNull(file, "file");
        this.forms = List.copyOf(forms);
        this.basicData = List.copyOf(basicData);
        this.reports = List.copyOf(reports);
        this.error = error;
    }

    /**
     * The forms found in a file.
     *
     * @param file the file as the user named it (a path, an upload's name)
     * @param forms its forms, in the file's order
     * @return the file's report
     */
    public static FileReport of(String file, List<FormReport> forms) {
        return new FileReport(file, forms, List.of(), List.of(), null);
    }

    /**
     * The forms and the basic-data tables found in a file.
     *
     * @param file the file as the user named it
     * @param forms its forms, in the file's order
     * @param basicData its basic-data tables, in the file's order
     * @return the file's report
     */
    public static FileReport of(String file, List<FormReport> forms, List<BasicDataReport> basicData) {
        return new FileReport(file, forms, basicData, List.of(), null);
    }

    /**
     * The forms, the basic-data tables and the projects' self-evaluation reports (自评报告) found in a file.
     *
     * @param file the file as the user named it
     * @param forms its forms, in the file's order
     * @param basicData its basic-data tables, in the file's order
     * @param reports the reviews of its self-evaluation reports, in the file's order
     * @return the file's report
     */
    public static FileReport of(String file, List<FormReport> forms, List<BasicDataReport> basicData, List<ReportReview> reports) {
        return new FileReport(file, forms, basicData, reports, null);
    }

    /**
     * A file that could not be read.
     *
     * @param file the file as the user named it
     * @param reason the one-line reason, naming the file and what is wrong
     * @return the file's report, with no forms
     */
    public static FileReport unreadable(String file, String reason) {
        return new FileReport(file, List.of(), List.of(), List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** The file as the user named it. */
    public String getFile() {
        return file;
    }

    /** The forms found, in the file's order; empty when the file could not be read. */
    public List<FormReport> getForms() {
        return forms;
    }

    /** The basic-data tables found, in the file's order. */
    public List<BasicDataReport> getBasicData() {
        return basicData;
    }

    /** The reviews of the projects' self-evaluation reports (自评报告) found, in the file's order. */
    public List<ReportReview> getReports() {
        return reports;
    }

    /** Why the file could not be read; empty when it was read. */
    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }

    /** Whether the file was read. */
    public boolean isReadable() {
        return error == null;
    }

    /** Whether some form or basic-data table of the file has an ERROR diagnostic. */
    public boolean hasErrors() {
        for (FormReport f : forms) {
            if (f.hasErrors()) {
                return true;
            }
        }
        return basicData.stream().anyMatch(BasicDataReport::hasErrors) || reports.stream().anyMatch(ReportReview::hasErrors);
    }

    @JsonProperty("file")
    private String fileJson() {
        return file;
    }

    @JsonProperty("forms")
    private List<FormReport> formsJson() {
        return forms;
    }

    @JsonProperty("basicData")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<BasicDataReport> basicDataJson() {
        return basicData;
    }

    @JsonProperty("reports")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<ReportReview> reportsJson() {
        return reports;
    }

    @JsonProperty("error")
    private String errorJson() {
        return error;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FileReport)) {
            return false;
        }
        FileReport f = (FileReport) o;
        return file.equals(f.file) && forms.equals(f.forms) && basicData.equals(f.basicData) && reports.equals(f.reports) && Objects.equals(error, f.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, forms, basicData, reports, error);
    }

    @Override
    public String toString() {
        return file + ": " + (error != null ? error : forms.size() + " forms" + (basicData.isEmpty() ? "" : ", " + basicData.size()
                + " basic-data tables"));
    }
}
