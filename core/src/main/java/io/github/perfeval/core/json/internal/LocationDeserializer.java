package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.perfeval.core.source.Location;

import java.io.IOException;

/** Jackson 2: reads a {@link Location} as {@link ValueCodec#readLocation} does. */
public final class LocationDeserializer extends StdDeserializer<Location> {

    private static final long serialVersionUID = 1L;

    /** Used by {@link io.github.perfeval.core.json.PerfevalJackson2Module}. */
    public LocationDeserializer() {
        super(Location.class);
    }

    @Override
    public Location deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ValueCodec.readLocation(Jackson2Codec.source(p, ctxt));
    }
}
