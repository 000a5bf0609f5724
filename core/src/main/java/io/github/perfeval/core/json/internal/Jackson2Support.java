package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Jackson 2: perfeval's settings, applied to perfeval's own classes only. */
public final class Jackson2Support {

    private Jackson2Support() {
    }

    /**
     * For perfeval's classes: absent values left out, unknown properties ignored, properties in their
     * declared order (never sorted alphabetically). A class's own annotations still win.
     */
    public static final class Introspector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated a) {
            return ofPerfeval(a) ? JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT)
                    : JsonInclude.Value.empty();
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
            return ofPerfeval(a) ? JsonIgnoreProperties.Value.forIgnoreUnknown(true) : JsonIgnoreProperties.Value.empty();
        }

        @Override
        public Boolean findSerializationSortAlphabetically(Annotated a) {
            return ofPerfeval(a) ? Boolean.FALSE : null;
        }

        private static boolean ofPerfeval(Annotated a) {
            return a instanceof AnnotatedClass && ModelTypes.isPerfeval(a.getRawType());
        }
    }

    /** Abstract model types read as their generated implementations. */
    public static final class Implementations extends AbstractTypeResolver {
        @Override
        public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
            return ModelTypes.implementationOf(type.getRawClass())
                    .map(impl -> config.getTypeFactory().constructSpecializedType(type, impl)).orElse(null);
        }
    }

    /** Decimal properties of perfeval's classes written plain ({@code 50}, never {@code 5E+1}). */
    public static final class PlainDecimals extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
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

    /** A {@code BigDecimal} or {@code Optional<BigDecimal>}, plain. */
    static final class PlainDecimal extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        static final PlainDecimal INSTANCE = new PlainDecimal();

        PlainDecimal() {
            super(Object.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return value == null || value instanceof Optional && ((Optional<?>) value).isEmpty();
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(((BigDecimal) v).toPlainString());
            }
        }
    }
}
