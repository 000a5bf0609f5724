package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;

import java.io.IOException;

/** Writes a {@link Figure} as {@code {"raw": …, "value": …, "source": {…}}}, absent parts left out. */
public final class FigureSerializer extends StdSerializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson through {@code @JsonSerialize}. */
    public FigureSerializer() {
        super(Figure.class);
    }

    @Override
    public void serialize(Figure f, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("raw", f.getRaw());
        if (f.isParsed()) {
            g.writeFieldName("value");
            g.writeNumber(f.decimal().toPlainString()); // plain under any mapper, not only ours
        }
        if (f.getSource().isPresent()) {
            writeLocation(g, f.getSource().get());
        }
        g.writeEndObject();
    }

    static void writeLocation(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("source");
        if (l.getSheet().isPresent()) {
            g.writeStringField("sheet", l.getSheet().get());
        }
        if (l.getCell().isPresent()) {
            g.writeStringField("cell", l.getCell().get());
        }
        if (l.getIndicator().isPresent()) {
            g.writeStringField("indicator", l.getIndicator().get());
        }
        g.writeEndObject();
    }
}
