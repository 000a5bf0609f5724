package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import io.github.perfeval.core.value.ParseIssue;

import java.io.IOException;

/**
 * JSON of an {@link IndicatorValue}: written with everything that was read from it; read back from its
 * raw text (a plain string, or an object's {@code raw}, or the vendor fields {@code computesign},
 * {@code kpi_val}, {@code meterunit}) and its {@code source}. What was read is never trusted from the
 * document: it is read again from the raw text, so the two cannot disagree.
 */
public final class IndicatorValueJson {

    private IndicatorValueJson() {
    }

    /** Writes the value. */
    public static final class Serializer extends StdSerializer<IndicatorValue> {
        private static final long serialVersionUID = 1L;

        /** Used by Jackson through {@code @JsonSerialize}. */
        public Serializer() {
            super(IndicatorValue.class);
        }

        @Override
        public void serialize(IndicatorValue v, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("raw", v.getRaw());
            g.writeStringField("kind", v.getKind().name());
            if (v.getComparison().isPresent()) {
                g.writeStringField("comparison", v.getComparison().get().name());
            }
            if (v.getMeasure().isPresent()) {
                g.writeStringField("measure", v.getMeasure().get());
            }
            if (v.getQuantity().isPresent()) {
                g.writeFieldName("quantity");
                quantity(g, v.getQuantity().get());
            }
            if (v.getUpper().isPresent()) {
                g.writeFieldName("upper");
                quantity(g, v.getUpper().get());
            }
            if (v.getTerm().isPresent()) {
                g.writeStringField("term", v.getTerm().get().name());
            }
            if (!v.getCandidates().isEmpty()) {
                g.writeArrayFieldStart("candidates");
                for (Quantity q : v.getCandidates()) {
                    quantity(g, q);
                }
                g.writeEndArray();
            }
            if (!v.getIssues().isEmpty()) {
                g.writeArrayFieldStart("issues");
                for (ParseIssue i : v.getIssues()) {
                    g.writeString(i.name());
                }
                g.writeEndArray();
            }
            if (v.getSource().isPresent()) {
                FigureSerializer.writeLocation(g, v.getSource().get());
            }
            g.writeEndObject();
        }

        private static void quantity(JsonGenerator g, Quantity q) throws IOException {
            g.writeStartObject();
            g.writeFieldName("value");
            g.writeNumber(q.value().toPlainString());
            g.writeStringField("unit", q.unit().symbol());
            g.writeEndObject();
        }
    }

    /** Reads the value from its raw text and place. */
    public static final class Deserializer extends StdDeserializer<IndicatorValue> {
        private static final long serialVersionUID = 1L;

        /** Used by Jackson through {@code @JsonDeserialize}. */
        public Deserializer() {
            super(IndicatorValue.class);
        }

        @Override
        public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return IndicatorValue.parse(p.getText());
            }
            if (t == JsonToken.VALUE_NULL) {
                return IndicatorValue.empty();
            }
            if (t != JsonToken.START_OBJECT) {
                return (IndicatorValue) ctxt.handleUnexpectedToken(IndicatorValue.class, p);
            }
            String raw = null;
            String sign = null;
            String value = null;
            String unit = null;
            Location source = null;
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "raw":
                        raw = text(p, v);
                        break;
                    case "source":
                        source = v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Location.class);
                        break;
                    case "computesign":
                        sign = text(p, v);
                        break;
                    case "kpi_val":
                        value = text(p, v);
                        break;
                    case "meterunit":
                        unit = text(p, v);
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (raw == null) {
                raw = (sign == null ? "" : sign.strip()) + (value == null ? "" : value.strip()) + (unit == null ? "" : unit.strip());
            }
            return IndicatorValue.parse(raw, source);
        }

        private static String text(JsonParser p, JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NULL) {
                return null;
            }
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                p.skipChildren();
                return null;
            }
            return p.getValueAsString();
        }
    }
}
