package io.github.perfeval.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.form.Form;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Forms with the diagnostics of reading them, as JSON: the document {@code perfeval convert} writes, and
 * reads back.
 *
 * <pre>{@code
 * FormsJson.write(List.of(ValueWithDiagnostics.of(form, readDiagnostics)), "自评表.xlsx", out);
 * List<ValueWithDiagnostics<Form>> back = FormsJson.read(in);   // the same forms and diagnostics
 * }</pre>
 *
 * <p>The document: {@code {"perfeval": "1", "source": "自评表.xlsx", "forms": [{"form": {…},
 * "readDiagnostics": […]}]}}. {@link #read} also takes a single form object or an array of forms (no
 * diagnostics then). A bad value fails with a {@link JsonMappingException} whose path starts at the
 * document's root; data after the document is an error. Limits and settings are
 * {@link PerfevalJson}'s. Stateless and thread-safe.
 */
public final class FormsJson {

    /** The version of the document this library writes and reads. */
    public static final String FORMAT_VERSION = "1";

    private static final TypeReference<List<Form>> FORM_LIST = new TypeReference<>() {
    };

    private FormsJson() {
    }

    /**
     * Reads the forms of a JSON document: the convert document, one form, or an array of forms.
     *
     * @param in the document (not closed)
     * @return the forms, each with the diagnostics of its reading, in the document's order; never empty
     * @throws JsonMappingException for a bad value (its path names it), an unknown version, or a document
     *     that holds no form
     * @throws IOException when the text is not JSON or cannot be read
     */
    public static List<ValueWithDiagnostics<Form>> read(InputStream in) throws IOException {
        ObjectMapper mapper = PerfevalJson.mapper();
        JsonNode root = mapper.readTree(in);
        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        if (root != null && root.isObject() && root.has("forms")) {
            Document doc = mapper.readerFor(Document.class).readValue(mapper.treeAsTokens(root));
            if (doc.version != null && !FORMAT_VERSION.equals(doc.version)) {
                throw JsonMappingException.from(mapper.treeAsTokens(root), "perfeval document version \"" + doc.version
                        + "\" is not supported (this library reads \"" + FORMAT_VERSION + "\")");
            }
            for (Entry e : doc.forms) {
                forms.add(ValueWithDiagnostics.of(e.form, e.readDiagnostics));
            }
        } else if (root != null && root.isArray()) {
            List<Form> list = mapper.readerFor(FORM_LIST).readValue(mapper.treeAsTokens(root));
            list.forEach(f -> forms.add(ValueWithDiagnostics.of(f)));
        } else if (root != null && root.isObject()) {
            forms.add(ValueWithDiagnostics.of(mapper.readerFor(Form.class).<Form>readValue(mapper.treeAsTokens(root))));
        }
        if (forms.isEmpty()) {
            throw JsonMappingException.from(mapper.treeAsTokens(root == null ? mapper.nullNode() : root),
                    "JSON中没有表 / the JSON holds no form");
        }
        return forms;
    }

    /**
     * Writes forms and the diagnostics of reading them as the convert document, pretty-printed UTF-8.
     *
     * @param forms the forms with their reading diagnostics
     * @param source where they were read from (a file name), or null
     * @param out the stream (not closed)
     * @throws IOException when the stream fails
     */
    public static void write(List<ValueWithDiagnostics<Form>> forms, String source, OutputStream out) throws IOException {
        List<Entry> entries = new ArrayList<>(forms.size());
        for (ValueWithDiagnostics<Form> f : forms) {
            entries.add(new Entry(f.getValue(), f.getDiagnostics()));
        }
        PerfevalJson.mapper().writerWithDefaultPrettyPrinter()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new Document(FORMAT_VERSION, source, entries));
    }

    @JsonPropertyOrder({"perfeval", "source", "forms"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private static final class Document {
        @JsonProperty("perfeval")
        final String version;
        @JsonProperty("source")
        final String source;
        @JsonProperty("forms")
        final List<Entry> forms;

        @JsonCreator
        Document(@JsonProperty("perfeval") String version, @JsonProperty("source") String source,
                 @JsonProperty("forms") List<Entry> forms) {
            this.version = version;
            this.source = source;
            this.forms = forms == null ? List.of() : forms;
        }
    }

    @JsonPropertyOrder({"form", "readDiagnostics"})
    private static final class Entry {
        @JsonProperty("form")
        final Form form;
        @JsonProperty("readDiagnostics")
        final List<Diagnostic> readDiagnostics;

        @JsonCreator
        Entry(@JsonProperty("form") Form form, @JsonProperty("readDiagnostics") List<Diagnostic> readDiagnostics) {
            if (form == null) {
                throw new IllegalArgumentException("an entry of \"forms\" has no \"form\"");
            }
            this.form = Objects.requireNonNull(form);
            this.readDiagnostics = readDiagnostics == null ? List.of() : List.copyOf(readDiagnostics);
        }
    }
}
