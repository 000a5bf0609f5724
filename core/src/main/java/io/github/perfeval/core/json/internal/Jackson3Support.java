package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Jackson 3: perfeval's settings, applied to perfeval's own classes only, and the serializers of its
 * hand-written value types (Jackson 3 ignores the model's Jackson 2 {@code @JsonSerialize} and
 * {@code @JsonDeserialize}). Mirrors {@link Jackson2Support}.
 */
public final class Jackson3Support {

    private Jackson3Support() {
    }

    /** See {@link Jackson2Support.Introspector}. */
    public static final class Introspector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
            return ofPerfeval(a) ? JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT)
                    : JsonInclude.Value.empty();
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
            return ofPerfeval(a) ? JsonIgnoreProperties.Value.forIgnoreUnknown(true) : JsonIgnoreProperties.Value.empty();
        }

        @Override
        public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated a) {
            return ofPerfeval(a) ? Boolean.FALSE : null;
        }

        private static boolean ofPerfeval(Annotated a) {
            return a instanceof AnnotatedClass && ModelTypes.isPerfeval(a.getRawType());
        }
    }

    /** See {@link Jackson2Support.Implementations}. */
    public static final class Implementations extends AbstractTypeResolver {
        @Override
        public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
            return ModelTypes.implementationOf(type.getRawClass())
                    .map(impl -> config.getTypeFactory().constructSpecializedType(type, impl)).orElse(null);
        }
    }

    /** See {@link Jackson2Support.PlainDecimals}. */
    public static final class PlainDecimals extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier beanDesc,
                                                         List<BeanPropertyWriter> properties) {
            if (ModelTypes.isPerfeval(beanDesc.getBeanClass())) {
                for (BeanPropertyWriter w : properties) {
                    JavaType t = w.getType();
                    if (t.hasRawClass(BigDecimal.class)
                            || t.hasRawClass(Optional.class) && t.containedTypeCount() == 1 && t.containedType(0).hasRawClass(BigDecimal.class)) {
                        w.assignSerializer(PlainDecimal.INSTANCE);
                    }
                }
            }
            return properties;
        }
    }

    static final class PlainDecimal extends StdSerializer<Object> {
        static final PlainDecimal INSTANCE = new PlainDecimal();

        PlainDecimal() {
            super(Object.class);
        }

        @Override
        public boolean isEmpty(SerializationContext provider, Object value) {
            return value == null || value instanceof Optional && ((Optional<?>) value).isEmpty();
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializationContext provider) {
            Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(((BigDecimal) v).toPlainString());
            }
        }
    }

    /** Writes a {@link Figure} as {@link ValueCodec#writeFigure} does. */
    public static final class FigureSerializer extends StdSerializer<Figure> {
        /** A serializer. */
        public FigureSerializer() {
            super(Figure.class);
        }

        @Override
        public void serialize(Figure f, JsonGenerator g, SerializationContext provider) {
            try {
                ValueCodec.writeFigure(f, Jackson3Codec.sink(g, provider));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // Jackson 3 throws unchecked exceptions only
            }
        }
    }

    /** Reads a {@link Figure} as {@link ValueCodec#readFigure} does. */
    public static final class FigureDeserializer extends StdDeserializer<Figure> {
        /** A deserializer. */
        public FigureDeserializer() {
            super(Figure.class);
        }

        @Override
        public Figure deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return ValueCodec.readFigure(Jackson3Codec.source(p, ctxt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a {@link Location} as {@link ValueCodec#readLocation} does. */
    public static final class LocationDeserializer extends StdDeserializer<Location> {
        /** A deserializer. */
        public LocationDeserializer() {
            super(Location.class);
        }

        @Override
        public Location deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return ValueCodec.readLocation(Jackson3Codec.source(p, ctxt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes an {@link IndicatorValue} as {@link ValueCodec#writeIndicatorValue} does. */
    public static final class IndicatorValueSerializer extends StdSerializer<IndicatorValue> {
        /** A serializer. */
        public IndicatorValueSerializer() {
            super(IndicatorValue.class);
        }

        @Override
        public void serialize(IndicatorValue v, JsonGenerator g, SerializationContext provider) {
            try {
                ValueCodec.writeIndicatorValue(v, Jackson3Codec.sink(g, provider));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads an {@link IndicatorValue} as {@link ValueCodec#readIndicatorValue} does. */
    public static final class IndicatorValueDeserializer extends StdDeserializer<IndicatorValue> {
        /** A deserializer. */
        public IndicatorValueDeserializer() {
            super(IndicatorValue.class);
        }

        @Override
        public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return ValueCodec.readIndicatorValue(Jackson3Codec.source(p, ctxt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public IndicatorValue getNullValue(DeserializationContext ctxt) {
            return IndicatorValue.empty();
        }
    }
}
