package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.perfeval.core.json.internal.Guarded2;
import io.github.perfeval.core.json.internal.Jackson2Support;
import io.github.perfeval.core.json.internal.LocationDeserializer;
import io.github.perfeval.core.source.Location;

import java.util.List;

/**
 * perfeval's JSON in your own Jackson 2 {@code ObjectMapper} (Spring Boot 3's, for one): the same JSON
 * as {@link PerfevalJson} and as {@link PerfevalJackson3Module} under Jackson 3, with perfeval's limits
 * and settings.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new PerfevalJackson2Module()).build();
 * Form form = mapper.readValue(json, Form.class);
 * }</pre>
 *
 * <p>Spring Boot registers it for you through the perfeval starter; {@code findAndRegisterModules()}
 * finds it too. What it does, to perfeval's own classes only (your classes keep your mapper's settings):
 * <ul>
 * <li>reads every perfeval value through a parser that refuses nesting deeper than
 *     {@value PerfevalJson#MAX_NESTING_DEPTH}, numbers longer than {@value PerfevalJson#MAX_NUMBER_LENGTH}
 *     characters, strings longer than {@value PerfevalJson#MAX_STRING_LENGTH} characters, values larger
 *     than {@value PerfevalJson#MAX_DOCUMENT_LENGTH} bytes and repeated property names, each with the
 *     JSON path of the bad value (your mapper's own, looser limits still apply to the rest);</li>
 * <li>leaves absent values out (never {@code null}), ignores unknown properties, keeps the documented
 *     property order and writes decimals plain ({@code 1000}, never {@code 1E+3});</li>
 * <li>reads the abstract model types ({@code Form}, {@code Indicator}…) as their implementations.</li>
 * </ul>
 * One setting is mapper-wide, because Jackson only has it so: text after the root value is refused
 * ({@code FAIL_ON_TRAILING_TOKENS}). It also registers {@link Jdk8Module} for {@code Optional}.
 */
public final class PerfevalJackson2Module extends Module {

    /** Used by Jackson's service loader and by Spring. */
    public PerfevalJackson2Module() {
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
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module());
    }

    @Override
    public void setupModule(SetupContext context) {
        context.appendAnnotationIntrospector(new Jackson2Support.Introspector());
        context.addAbstractTypeResolver(new Jackson2Support.Implementations());
        context.addBeanSerializerModifier(new Jackson2Support.PlainDecimals());
        context.addBeanDeserializerModifier(new Guarded2.Modifier());
        SimpleDeserializers deserializers = new SimpleDeserializers();
        // a form holds one place per value: read by hand, not through Jackson's creator-based path
        deserializers.addDeserializer(Location.class, new LocationDeserializer());
        context.addDeserializers(deserializers);
        Object owner = context.getOwner();
        if (owner instanceof ObjectMapper) {
            ((ObjectMapper) owner).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    }
}
