package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
 * Reads the tokens as they come (no intermediate tree).
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
            return Figure.parsePercent(p.getText(), null);
        }
        if (t != JsonToken.START_OBJECT) {
            return (Figure) ctxt.handleUnexpectedToken(Figure.class, p);
        }
        String raw = null;
        BigDecimal value = null;
        Location source = null;
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "raw":
                    raw = v == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    break;
                case "value":
                    if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                        value = checked(p.getDecimalValue(), ctxt);
                    } else if (v != JsonToken.VALUE_NULL) {
                        return (Figure) ctxt.handleWeirdStringValue(Figure.class, p.getText(), "\"value\" must be a number");
                    }
                    break;
                case "source":
                    source = v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Location.class);
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (value != null) {
            return Figure.of(raw, value, source);
        }
        if (raw == null) {
            return (Figure) ctxt.handleWeirdStringValue(Figure.class, "{}", "a figure needs \"raw\" or \"value\"");
        }
        return Figure.parsePercent(raw, source);
    }

    private static BigDecimal checked(BigDecimal v, DeserializationContext ctxt) throws IOException {
        if (!Decimals.isWithinBounds(v)) {
            return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, v, "outside the accepted range of figures");
        }
        return v;
    }
}
