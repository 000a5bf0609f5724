package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.perfeval.core.quantity.Figure;

import java.io.IOException;

/** Jackson 2: writes a {@link Figure} as {@link ValueCodec#writeFigure} does. */
public final class FigureSerializer extends StdSerializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson through {@code @JsonSerialize}. */
    public FigureSerializer() {
        super(Figure.class);
    }

    @Override
    public void serialize(Figure f, JsonGenerator g, SerializerProvider provider) throws IOException {
        ValueCodec.writeFigure(f, Jackson2Codec.sink(g, provider));
    }
}
