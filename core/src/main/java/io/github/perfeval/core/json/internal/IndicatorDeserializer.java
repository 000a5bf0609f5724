package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SplitTarget;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.core.value.IndicatorValue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Jackson 2, {@link io.github.perfeval.core.json.PerfevalJson}'s mapper only: an {@link Indicator} object
 * streamed into its builder by hand. A form holds one per row, and Jackson's generic path for the
 * generated type (a JSON-bound twin filled through reflection, then copied into the builder, each
 * {@code Optional} wrapped on the way) was a third of a form's read with the figures, targets and places
 * it holds. Everything the generic path does for {@code PerfevalJson}'s settings is done the same way:
 * the aliases ({@code kpi_lv1}…), {@code null} as absent, strings and booleans coerced by Jackson's own
 * deserializers, the rare nested types (split target, extras, comments) read by Jackson's, unknown and
 * read-only properties skipped, an error inside a property named at its path, and the builder's refusals
 * reported as the generated type's creator reports them. Any other start (not an object) goes to the
 * generic path. An application's own mapper keeps the generic path, with its own settings.
 */
public final class IndicatorDeserializer extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    /** Puts the hand-written reader in front of the generic one for {@link Indicator}. */
    public static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return Indicator.class.isAssignableFrom(beanDesc.getBeanClass()) && !(deserializer instanceof IndicatorDeserializer)
                    ? new IndicatorDeserializer(deserializer) : deserializer;
        }
    }

    IndicatorDeserializer(JsonDeserializer<?> generic) {
        super(generic);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new IndicatorDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return _delegatee.deserialize(p, ctxt);
        }
        ValueCodec.Source in = Jackson2Codec.source(p, ctxt);
        String level1Label = null;
        String level2Label = null;
        String name = null;
        IndicatorValue target = null;
        IndicatorValue actual = null;
        Figure weight = null;
        Figure declaredScore = null;
        String deviationReason = null;
        SplitTarget splitTarget = null;
        List<LabelledText> extras = null;
        List<LabelledText> comments = null;
        Boolean hidden = null;
        Location source = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            boolean nul = v == JsonToken.VALUE_NULL;
            try {
                switch (field) {
                    case "level1Label":
                    case "kpi_lv1":
                        level1Label = string(p, v, ctxt);
                        break;
                    case "level2Label":
                    case "kpi_lv2":
                        level2Label = string(p, v, ctxt);
                        break;
                    case "name":
                    case "kpi_lv3":
                        name = string(p, v, ctxt);
                        break;
                    case "target":
                        target = nul ? IndicatorValue.empty() : ValueCodec.readIndicatorValue(in);
                        break;
                    case "actual":
                        actual = nul ? IndicatorValue.empty() : ValueCodec.readIndicatorValue(in);
                        break;
                    case "weight":
                        weight = nul ? null : ValueCodec.readFigure(in);
                        break;
                    case "declaredScore":
                        declaredScore = nul ? null : ValueCodec.readFigure(in);
                        break;
                    case "deviationReason":
                    case "kpi_remark":
                        deviationReason = string(p, v, ctxt);
                        break;
                    case "splitTarget":
                        splitTarget = nul ? null : (SplitTarget) ctxt.findContextualValueDeserializer(type(ctxt, SplitTarget.class), null)
                                .deserialize(p, ctxt);
                        break;
                    case "extras":
                        extras = nul ? null : labelledTexts(p, ctxt);
                        break;
                    case "comments":
                        comments = nul ? null : labelledTexts(p, ctxt);
                        break;
                    case "hidden":
                        hidden = v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE || nul ? Boolean.FALSE
                                : (Boolean) ctxt.readValue(p, Boolean.TYPE);
                        break;
                    case "source":
                        source = nul ? null : ValueCodec.readLocation(in);
                        break;
                    default:
                        // unknown, or written for readers only (level1, level2, direction, declaredLevel1Weight, path)
                        p.skipChildren();
                }
            } catch (Exception e) {
                throw wrapped(e, field, ctxt);
            }
        }
        try {
            Indicator.Builder b = Indicator.builder();
            if (level1Label != null) {
                b.level1Label(level1Label);
            }
            if (level2Label != null) {
                b.level2Label(level2Label);
            }
            if (name != null) {
                b.name(name);
            }
            if (target != null) {
                b.target(target);
            }
            if (actual != null) {
                b.actual(actual);
            }
            if (weight != null) {
                b.weight(weight);
            }
            if (declaredScore != null) {
                b.declaredScore(declaredScore);
            }
            if (deviationReason != null) {
                b.deviationReason(deviationReason);
            }
            if (splitTarget != null) {
                b.splitTarget(splitTarget);
            }
            if (extras != null) {
                b.addAllExtras(extras);
            }
            if (comments != null) {
                b.addAllComments(comments);
            }
            if (hidden != null) {
                b.hidden(hidden);
            }
            if (source != null) {
                b.source(source);
            }
            return b.build();
        } catch (RuntimeException e) {
            // as the generated type's creator fails: "Cannot construct instance of …, problem: …"
            return ctxt.handleInstantiationProblem(_delegatee.handledType(), null, e);
        }
    }

    /** A string property as Jackson's own string deserializer reads it. */
    private static String string(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
    }

    @SuppressWarnings("unchecked")
    private static List<LabelledText> labelledTexts(JsonParser p, DeserializationContext ctxt) throws IOException {
        JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, LabelledText.class);
        return (List<LabelledText>) ctxt.findContextualValueDeserializer(list, null).deserialize(p, ctxt);
    }

    private static JavaType type(DeserializationContext ctxt, Class<?> c) {
        return ctxt.constructType(c);
    }

    /** An error inside a property, named at its path as Jackson's bean deserializer names it ({@code wrapAndThrow}). */
    private JsonMappingException wrapped(Exception e, String field, DeserializationContext ctxt) throws IOException {
        Throwable t = e;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (t instanceof IOException) {
            if (!wrap || !(t instanceof JacksonException)) {
                throw (IOException) t;
            }
        } else if (!wrap && t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        return JsonMappingException.wrapWithPath(t, _delegatee.handledType(), field);
    }
}
