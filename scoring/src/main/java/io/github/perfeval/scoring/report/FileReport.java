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
 * One file's part of a {@link Report}: the forms found in it, or the one-line reason it could not be
 * read.
 *
 * <pre>{@code
 * FileReport ok = FileReport.of("自评表.xlsx", List.of(formReport));
 * FileReport bad = FileReport.unreadable("坏.xlsx", "坏.xlsx: not an Excel workbook");
 * bad.getError();   // Optional[坏.xlsx: not an Excel workbook]
 * }</pre>
 *
 * <p>Invariant: an unreadable file has a reason and no forms. JSON: {@code {"file": "…", "forms": […],
 * "error": null}}. Immutable and thread-safe.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"file", "forms", "error"})
public final class FileReport {

    private final String file;
    private final List<FormReport> forms;
    private final String error;

    private FileReport(String file, List<FormReport> forms, String error) {
        this.file = Objects.requireNonNull(file, "file");
        this.forms = List.copyOf(forms);
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
        return new FileReport(file, forms, null);
    }

    /**
     * A file that could not be read.
     *
     * @param file the file as the user named it
     * @param reason the one-line reason, naming the file and what is wrong
     * @return the file's report, with no forms
     */
    public static FileReport unreadable(String file, String reason) {
        return new FileReport(file, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** The file as the user named it. */
    public String getFile() {
        return file;
    }

    /** The forms found, in the file's order; empty when the file could not be read. */
    public List<FormReport> getForms() {
        return forms;
    }

    /** Why the file could not be read; empty when it was read. */
    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }

    /** Whether the file was read. */
    public boolean isReadable() {
        return error == null;
    }

    /** Whether some form of the file has an ERROR diagnostic. */
    public boolean hasErrors() {
        for (FormReport f : forms) {
            if (f.hasErrors()) {
                return true;
            }
        }
        return false;
    }

    @JsonProperty("file")
    private String fileJson() {
        return file;
    }

    @JsonProperty("forms")
    private List<FormReport> formsJson() {
        return forms;
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
        return file.equals(f.file) && forms.equals(f.forms) && Objects.equals(error, f.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, forms, error);
    }

    @Override
    public String toString() {
        return file + ": " + (error != null ? error : forms.size() + " forms");
    }
}
