package io.github.perfeval.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.internal.FormDeserializer;
import io.github.perfeval.core.json.internal.IndicatorDeserializer;
import io.github.perfeval.core.json.internal.ModelWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * perfeval's JSON mapping: a configured Jackson {@link ObjectMapper} and one-call helpers.
 *
 * <pre>{@code
 * String json = PerfevalJson.write(form);
 * Form back = PerfevalJson.readForm(json);        // equal to form
 * ObjectMapper mapper = PerfevalJson.mapper();    // to embed in your own (de)serialisation
 * }</pre>
 *
 * <p>Settings: decimals written plain ({@code 1000}, never {@code 1E+3}); absent optionals left out;
 * unknown fields ignored; {@code Optional} supported; data after the end of the document is an error. Limits against hostile documents: nesting depth
 * {@value #MAX_NESTING_DEPTH}, numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings of at
 * most {@value #MAX_STRING_LENGTH} characters, documents of at most {@value #MAX_DOCUMENT_LENGTH}
 * bytes; decimals outside the {@link io.github.perfeval.core.quantity.Decimals} range are refused. A bad
 * document fails with a {@link JsonMappingException} whose message names the JSON path.
 *
 * <p>Errors: reading throws Jackson's own exceptions ({@link IOException}, a {@link JsonMappingException}
 * with the JSON path of a bad value), checked, as the application's own mapper throws them for the same
 * document; so whichever way a form is read (here, through Spring, through a module in your mapper), one
 * handler serves. Everything else in perfeval that fails on bad input throws an unchecked exception
 * ({@code FileReadException} and its subclasses for files) and never for a value that can be kept as
 * text with a diagnostic. Writing never fails on a valid model: {@link #write(Object)} throws no checked
 * exception.
 *
 * <p>Your own mapper gets the same JSON, limits and settings by registering
 * {@link PerfevalJackson2Module} (Jackson 2) or {@link PerfevalJackson3Module} (Jackson 3). This one also
 * applies the limits at the parser, to the whole document.
 *
 * <p>The mapper is thread-safe once built; do not reconfigure it.
 */
public final class PerfevalJson {

    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Largest document accepted, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = newMapper(true);

    private PerfevalJson() {
    }

    /**
     * The shared mapper. Its settings are fixed, so it reads a form's indicators by a hand-written reader and
     * writes the model by a hand-written writer (the same values, errors and bytes as Jackson's generic path,
     * faster); do not reconfigure it.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A new mapper with perfeval's settings, for callers that want to add modules of their own.
     *
     * @return a fresh mapper
     */
    public static ObjectMapper newMapper() {
        return newMapper(false);
    }

    /**
     * A new mapper with perfeval's settings; {@code byHand}, indicators are read and the model is written by hand,
     * which only a mapper whose settings stay as they are here may do (the shared one). Without it, Jackson's
     * generic path reads and writes them, honouring whatever a caller adds (the reference the hand-written reader
     * and writer are tested against).
     */
    static ObjectMapper newMapper(boolean byHand) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new PerfevalJackson2Module());
        if (byHand) {
            // this mapper's settings are fixed, so a form's rows are streamed into their builders by hand and the
            // model is written by hand (the same values, errors and bytes as the generic path, which an
            // application's mapper keeps)
            builder.addModule(new SimpleModule("perfeval-by-hand")
                    .setDeserializerModifier(new IndicatorDeserializer.Modifier())
                    .setSerializerModifier(new ModelWriter.Modifier()));
            builder.addModule(new SimpleModule("perfeval-forms-by-hand").setDeserializerModifier(new FormDeserializer.Modifier()));
        }
        return builder
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // a document is one value: {"a":1} {"b":2} or {"a":1}garbage is refused, not read up to the first end
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * A form as JSON text.
     *
     * @param form the form
     * @return the JSON
     */
    public static String write(Object form) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a form from JSON text.
     *
     * @param json the JSON
     * @return the form
     * @throws JsonMappingException naming the JSON path of a bad value
     * @throws IOException when the text is not JSON
     */
    public static Form readForm(String json) throws IOException {
        return MAPPER.readValue(json, Form.class);
    }

    /** Reads a form from a stream (not closed). */
    public static Form readForm(InputStream in) throws IOException {
        return MAPPER.readValue(in, Form.class);
    }

    /**
     * Reads a department's basic-data table from JSON text (the shape of {@code basic-data.schema.json}).
     *
     * @param json the JSON
     * @return the table
     * @throws JsonMappingException naming the JSON path of a bad value
     * @throws IOException when the text is not JSON
     */
    public static BasicData readBasicData(String json) throws IOException {
        return MAPPER.readValue(json, BasicData.class);
    }

    /** Reads a basic-data table from a stream (not closed). */
    public static BasicData readBasicData(InputStream in) throws IOException {
        return MAPPER.readValue(in, BasicData.class);
    }

    /**
     * Reads a project's self-evaluation report (自评报告) from JSON text (the shape of {@code report.schema.json}).
     *
     * <pre>{@code
     * SelfEvaluationReport report = PerfevalJson.readReport(PerfevalJson.write(report));
     * }</pre>
     *
     * @param json the JSON
     * @return the report
     * @throws JsonMappingException naming the JSON path of a bad value
     * @throws IOException when the text is not JSON
     */
    public static io.github.perfeval.core.report.SelfEvaluationReport readReport(String json) throws IOException {
        return MAPPER.readValue(json, io.github.perfeval.core.report.SelfEvaluationReport.class);
    }
}
