package io.github.perfeval.core.json;

import io.github.perfeval.core.json.internal.Guarded3;
import io.github.perfeval.core.json.internal.Jackson3Support;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * perfeval's JSON in your own Jackson 3 {@code JsonMapper} (Spring Boot 4's, for one): the same JSON as
 * {@link PerfevalJson} and {@link PerfevalJackson2Module} write under Jackson 2, with the same limits and
 * settings (see {@link PerfevalJackson2Module} for the list).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PerfevalJackson3Module()).build();
 * Form form = mapper.readValue(json, Form.class);
 * }</pre>
 *
 * <p>Jackson 3 ignores Jackson 2's {@code @JsonSerialize}/{@code @JsonDeserialize} on the model, so
 * without this module a Jackson 3 mapper cannot read a {@code Form} and writes figures in another shape.
 * Spring Boot registers it for you through the perfeval starter; {@code findAndAddModules()} finds it
 * too. Jackson 3 ({@code tools.jackson.core:jackson-databind}) is an optional dependency of
 * perfeval-core: this class needs it on the class path, nothing else does.
 */
public final class PerfevalJackson3Module extends JacksonModule {

    /** Used by Jackson's service loader and by Spring. */
    public PerfevalJackson3Module() {
    }

    @Override
    public String getModuleName() {
        return "perfeval";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Figure.class, new Jackson3Support.FigureSerializer());
        serializers.addSerializer(IndicatorValue.class, new Jackson3Support.IndicatorValueSerializer());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Figure.class, new Jackson3Support.FigureDeserializer());
        deserializers.addDeserializer(IndicatorValue.class, new Jackson3Support.IndicatorValueDeserializer());
        deserializers.addDeserializer(Location.class, new Jackson3Support.LocationDeserializer());
        context.addDeserializers(deserializers);
        context.appendAnnotationIntrospector(new Jackson3Support.Introspector());
        context.addAbstractTypeResolver(new Jackson3Support.Implementations());
        context.addSerializerModifier(new Jackson3Support.PlainDecimals());
        context.addDeserializerModifier(new Guarded3.Modifier());
        Object owner = context.getOwner();
        if (owner instanceof MapperBuilder) {
            ((MapperBuilder<?, ?>) owner).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    }
}
