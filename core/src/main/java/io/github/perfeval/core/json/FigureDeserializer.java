package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.perfeval.core.quantity.Decimals;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link Figure} from JSON as perfeval writes it ({@code {"raw": "9.99", "value": 9.99, "source": …}}),
 * or as people write it by hand: a number ({@code 9.99}), a string ({@code "9.99"}, {@code "99.86%"}),
 * or an object with only {@code raw}. A value out of the accepted range fails with the field's path.
 */
public final class FigureDeserializer extends StdDeserializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson through {@code @JsonDeserialize}. */
    public FigureDeserializer() {
        super(Figure.class);
    }

    @Override
    public Figure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return Figure.of(checked(p.getDecimalValue(), ctxt));
        }
        if (t == JsonToken.VALUE_STRING) {
            return fromRaw(p.getText(), null);
        }
        if (t != JsonToken.START_OBJECT) {
            return (Figure) ctxt.handleUnexpectedToken(Figure.class, p);
        }
        JsonNode node = p.readValueAsTree();
        JsonNode raw = node.get("raw");
        JsonNode value = node.get("value");
        Location source = node.hasNonNull("source") ? ctxt.readTreeAsValue(node.get("source"), Location.class) : null;
        if (value != null && !value.isNull()) {
            if (!value.isNumber()) {
                return (Figure) ctxt.handleWeirdStringValue(Figure.class, value.asText(), "\"value\" must be a number");
            }
            BigDecimal v = checked(value.decimalValue(), ctxt);
            return Figure.of(raw == null || raw.isNull() ? null : raw.asText(), v, source);
        }
        if (raw == null || raw.isNull()) {
            return (Figure) ctxt.handleWeirdStringValue(Figure.class, node.toString(), "a figure needs \"raw\" or \"value\"");
        }
        return fromRaw(raw.asText(), source);
    }

    private static Figure fromRaw(String raw, Location source) {
        String t = raw.strip();
        return t.endsWith("%") || t.endsWith("％") ? Figure.parsePercent(raw, source) : Figure.parse(raw, source);
    }

    private static BigDecimal checked(BigDecimal v, DeserializationContext ctxt) throws IOException {
        if (!Decimals.isWithinBounds(v)) {
            return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, v, "outside the accepted range of figures");
        }
        return v;
    }
}
