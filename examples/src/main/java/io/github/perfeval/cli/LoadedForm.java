package io.github.perfeval.cli;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.form.Form;

import java.util.List;

/** A form with what was noticed while reading it: the unit of the convert format. */
final class LoadedForm {

    private final Form form;
    private final List<Diagnostic> readDiagnostics;

    @JsonCreator
    LoadedForm(@JsonProperty("form") Form form, @JsonProperty("readDiagnostics") List<Diagnostic> readDiagnostics) {
        if (form == null) {
            throw new IllegalArgumentException("an entry of \"forms\" has no \"form\"");
        }
        this.form = form;
        this.readDiagnostics = readDiagnostics == null ? List.of() : List.copyOf(readDiagnostics);
    }

    @JsonProperty("form")
    Form getForm() {
        return form;
    }

    @JsonProperty("readDiagnostics")
    List<Diagnostic> getReadDiagnostics() {
        return readDiagnostics;
    }
}
