package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.perfeval.core.quantity.Figure;

import java.io.IOException;

/** Jackson 2: reads a {@link Figure} as {@link ValueCodec#readFigure} does. */
public final class FigureDeserializer extends StdDeserializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson through {@code @JsonDeserialize}. */
    public FigureDeserializer() {
        super(Figure.class);
    }

    @Override
    public Figure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ValueCodec.readFigure(Jackson2Codec.source(p, ctxt));
    }
}
