package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;

import java.io.IOException;

/**
 * JSON of an {@link IndicatorValue} (see {@link ValueCodec#writeIndicatorValue} and
 * {@link ValueCodec#readIndicatorValue}): the Jackson 2 serializer and deserializer, and how the
 * national vendor fields make the raw text.
 */
public final class IndicatorValueJson {

    private IndicatorValueJson() {
    }

    /**
     * The value read from a JSON object's fields: its {@code raw} text when there is one, else the text
     * the vendor fields {@code computesign}, {@code kpi_val} and {@code meterunit} make together. A
     * {@code computesign} of {@code 定性} codes a qualitative target whose words are {@code kpi_val}
     * ({@code {"computesign":"定性","kpi_val":"提升"}} is 提升, not the text 定性提升).
     */
    static IndicatorValue fromFields(String raw, String sign, String value, String unit, Location source) {
        if (raw == null) {
            String op = sign == null ? "" : sign.strip();
            String v = value == null ? "" : value.strip();
            String u = unit == null ? "" : unit.strip();
            raw = isQualitativeSign(op) ? v + u : op + v + u;
        }
        return IndicatorValue.parse(raw, source);
    }

    private static boolean isQualitativeSign(String sign) {
        return sign.equals("定性") || sign.equals("定性指标");
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
            ValueCodec.writeIndicatorValue(v, Jackson2Codec.sink(g, provider));
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
            return ValueCodec.readIndicatorValue(Jackson2Codec.source(p, ctxt));
        }

        /** {@code "target": null} is an empty value, as in Jackson 3. */
        @Override
        public IndicatorValue getNullValue(DeserializationContext ctxt) {
            return IndicatorValue.empty();
        }
    }
}
