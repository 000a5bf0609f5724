package io.github.perfeval.scoring.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the JSON of a {@link Report} one file at a time: each {@link FileReport} is written and flushed
 * as soon as it is given, so memory holds one file's report, not the whole batch. Closing writes the
 * {@link Summary} and ends the document; the stream itself is left open.
 *
 * <pre>{@code
 * try (ReportJsonWriter json = ReportJsonWriter.of(System.out)) {
 *     for (Path file : files) {
 *         json.write(check(file));            // {"files": [ … one entry …
 *     }
 * }                                           // … ], "summary": {…}}
 * String whole = ReportJsonWriter.toJson(report);
 * }</pre>
 *
 * <p>The JSON is the one any Jackson 2 or 3 mapper writes for these types (see the package
 * documentation), pretty-printed, UTF-8. Not thread-safe: one thread writes.
 */
public final class ReportJsonWriter implements Closeable {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private final JsonGenerator json;
    private Summary summary = Summary.EMPTY;
    private boolean closed;

    private ReportJsonWriter(JsonGenerator json) throws IOException {
        this.json = json;
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeFieldName("files");
        json.writeStartArray();
    }

    /**
     * A writer to a byte stream, in UTF-8; begins the document.
     *
     * @param out the stream; not closed by {@link #close()}
     * @return the writer
     * @throws IOException when the stream fails
     */
    public static ReportJsonWriter of(OutputStream out) throws IOException {
        return new ReportJsonWriter(MAPPER.getFactory().createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8));
    }

    /**
     * A writer to a character stream; begins the document.
     *
     * @param out the stream; not closed by {@link #close()}
     * @return the writer
     * @throws IOException when the stream fails
     */
    public static ReportJsonWriter of(Writer out) throws IOException {
        return new ReportJsonWriter(MAPPER.getFactory().createGenerator(Objects.requireNonNull(out, "out")));
    }

    /**
     * The whole JSON document of a report.
     *
     * @param report the report
     * @return its JSON
     */
    public static String toJson(Report report) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (ReportJsonWriter w = of(text)) {
            for (FileReport f : report.getFiles()) {
                w.write(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes one file's entry and flushes it.
     *
     * @param file the file's report
     * @throws IOException when the stream fails
     * @throws IllegalStateException after {@link #close()}
     */
    public void write(FileReport file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (closed) {
            throw new IllegalStateException("the report is already closed");
        }
        MAPPER.writeValue(json, file);
        summary = summary.plus(file);
    }

    /** The counts over the files written so far. */
    public Summary getSummary() {
        return summary;
    }

    /** Writes the summary and ends the document; flushes, leaves the stream open. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        json.writeEndArray();
        json.writeFieldName("summary");
        MAPPER.writeValue(json, summary);
        json.writeEndObject();
        json.close();
    }
}
