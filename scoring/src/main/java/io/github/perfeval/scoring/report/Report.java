package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * The report of checking files: each file's forms, or why it could not be read, and the counts.
 *
 * <pre>{@code
 * Report report = Report.of(List.of(FileReport.of("自评表.xlsx", forms)));
 * report.hasErrors();
 * report.getSummary().getForms();
 * }</pre>
 *
 * <p>JSON: {@code {"files": [FileReport…], "summary": Summary}}, the document of
 * {@code perfeval check --format json}. For many files, write them one at a time with
 * {@link ReportJsonWriter} instead of holding them all. Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"files", "summary"})
public final class Report {

    private final List<FileReport> files;
    private final Summary summary;

    private Report(List<FileReport> files) {
        this.files = List.copyOf(files);
        Summary s = Summary.EMPTY;
        for (FileReport f : this.files) {
            s = s.plus(f);
        }
        this.summary = s;
    }

    /**
     * The report of files.
     *
     * @param files their reports, in the order to show them
     * @return the report
     */
    public static Report of(List<FileReport> files) {
        return new Report(Objects.requireNonNull(files, "files"));
    }

    /** Each file's report. */
    @JsonProperty("files")
    public List<FileReport> getFiles() {
        return files;
    }

    /** The counts. */
    @JsonProperty("summary")
    public Summary getSummary() {
        return summary;
    }

    /** Whether some form of some file has an ERROR diagnostic. */
    public boolean hasErrors() {
        return summary.getFormsWithErrors() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Report && files.equals(((Report) o).files);
    }

    @Override
    public int hashCode() {
        return files.hashCode();
    }

    @Override
    public String toString() {
        return "Report: " + summary;
    }
}
