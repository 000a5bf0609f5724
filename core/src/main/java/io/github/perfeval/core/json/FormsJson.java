package io.github.perfeval.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.basicdata.BasicData;
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
 * "readDiagnostics": […]}]}}, and {@code "basicData": [{"table": {…}, "readDiagnostics": […]}]} when the
 * source held department basic-data tables ({@link #readContents} reads both). {@link #read} also takes a single form object or an array of forms (no
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
        Contents contents = contents(mapper, root);
        if (contents.getForms().isEmpty()) {
            throw JsonMappingException.from(mapper.treeAsTokens(root == null ? mapper.nullNode() : root),
                    "JSON中没有表 / the JSON holds no form");
        }
        return contents.getForms();
    }

    /**
     * Reads the forms and the department basic-data tables of a JSON document: the convert document, one
     * form, or an array of forms.
     *
     * @param in the document (not closed)
     * @return the forms and tables, each with the diagnostics of its reading; at least one of the two
     * @throws JsonMappingException for a bad value (its path names it), an unknown version, or a document
     *     that holds neither
     * @throws IOException when the text is not JSON or cannot be read
     */
    public static Contents readContents(InputStream in) throws IOException {
        ObjectMapper mapper = PerfevalJson.mapper();
        JsonNode root = mapper.readTree(in);
        Contents contents = contents(mapper, root);
        if (contents.getForms().isEmpty() && contents.getBasicData().isEmpty()) {
            throw JsonMappingException.from(mapper.treeAsTokens(root == null ? mapper.nullNode() : root),
                    "JSON中没有表 / the JSON holds no form and no basic-data table");
        }
        return contents;
    }

    private static Contents contents(ObjectMapper mapper, JsonNode root) throws IOException {
        List<ValueWithDiagnostics<Form>> forms = new ArrayList<>();
        List<ValueWithDiagnostics<BasicData>> tables = new ArrayList<>();
        if (root != null && root.isObject() && (root.has("forms") || root.has("basicData"))) {
            Document doc = mapper.readerFor(Document.class).readValue(mapper.treeAsTokens(root));
            if (doc.version != null && !FORMAT_VERSION.equals(doc.version)) {
                throw JsonMappingException.from(mapper.treeAsTokens(root), "perfeval document version \"" + doc.version
                        + "\" is not supported (this library reads \"" + FORMAT_VERSION + "\")");
            }
            for (Entry e : doc.forms) {
                forms.add(ValueWithDiagnostics.of(e.form, e.readDiagnostics));
            }
            for (TableEntry e : doc.basicData == null ? List.<TableEntry>of() : doc.basicData) {
                tables.add(ValueWithDiagnostics.of(e.table, e.readDiagnostics));
            }
        } else if (root != null && root.isArray()) {
            List<Form> list = mapper.readerFor(FORM_LIST).readValue(mapper.treeAsTokens(root));
            list.forEach(f -> forms.add(ValueWithDiagnostics.of(f)));
        } else if (root != null && root.isObject()) {
            forms.add(ValueWithDiagnostics.of(mapper.readerFor(Form.class).<Form>readValue(mapper.treeAsTokens(root))));
        }
        return new Contents(forms, tables);
    }

    /** What a document holds: forms and basic-data tables, each with the diagnostics of its reading. */
    public static final class Contents {
        private final List<ValueWithDiagnostics<Form>> forms;
        private final List<ValueWithDiagnostics<BasicData>> basicData;

        Contents(List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData) {
            this.forms = List.copyOf(forms);
            this.basicData = List.copyOf(basicData);
        }

        /**
         * Forms and tables, e.g. as a workbook held them, to write.
         *
         * @param forms the forms with their reading diagnostics
         * @param basicData the tables with their reading diagnostics
         * @return the contents
         */
        public static Contents of(List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData) {
            return new Contents(forms, basicData);
        }

        /** The forms, in the document's order. */
        public List<ValueWithDiagnostics<Form>> getForms() {
            return forms;
        }

        /** The basic-data tables, in the document's order. */
        public List<ValueWithDiagnostics<BasicData>> getBasicData() {
            return basicData;
        }
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
        write(forms, List.of(), source, out);
    }

    /**
     * Writes forms and department basic-data tables, each with the diagnostics of reading it, as the
     * convert document ({@code "basicData": [{"table": {…}, "readDiagnostics": […]}]} after the forms, when
     * there are tables).
     *
     * @param forms the forms with their reading diagnostics
     * @param basicData the tables with their reading diagnostics
     * @param source where they were read from (a file name), or null
     * @param out the stream (not closed)
     * @throws IOException when the stream fails
     */
    public static void write(List<ValueWithDiagnostics<Form>> forms, List<ValueWithDiagnostics<BasicData>> basicData, String source,
                             OutputStream out) throws IOException {
        List<Entry> entries = new ArrayList<>(forms.size());
        for (ValueWithDiagnostics<Form> f : forms) {
            entries.add(new Entry(f.getValue(), f.getDiagnostics()));
        }
        List<TableEntry> tables = new ArrayList<>(basicData.size());
        for (ValueWithDiagnostics<BasicData> t : basicData) {
            tables.add(new TableEntry(t.getValue(), t.getDiagnostics()));
        }
        PerfevalJson.mapper().writerWithDefaultPrettyPrinter()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new Document(FORMAT_VERSION, source, entries, tables.isEmpty() ? null : tables));
    }

    @JsonPropertyOrder({"perfeval", "source", "forms", "basicData"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private static final class Document {
        @JsonProperty("perfeval")
        final String version;
        @JsonProperty("source")
        final String source;
        @JsonProperty("forms")
        final List<Entry> forms;
        @JsonProperty("basicData")
        final List<TableEntry> basicData;

        @JsonCreator
        Document(@JsonProperty("perfeval") String version, @JsonProperty("source") String source,
                 @JsonProperty("forms") List<Entry> forms, @JsonProperty("basicData") List<TableEntry> basicData) {
            this.version = version;
            this.source = source;
            this.forms = forms == null ? List.of() : forms;
            this.basicData = basicData;
        }
    }

    @JsonPropertyOrder({"table", "readDiagnostics"})
    private static final class TableEntry {
        @JsonProperty("table")
        final BasicData table;
        @JsonProperty("readDiagnostics")
        final List<Diagnostic> readDiagnostics;

        @JsonCreator
        TableEntry(@JsonProperty("table") BasicData table, @JsonProperty("readDiagnostics") List<Diagnostic> readDiagnostics) {
            if (table == null) {
                throw new IllegalArgumentException("an entry of \"basicData\" has no \"table\"");
            }
            this.table = table;
            this.readDiagnostics = readDiagnostics == null ? List.of() : List.copyOf(readDiagnostics);
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
