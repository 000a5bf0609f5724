package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
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
        Location level1LabelSource = null;
        Location level2LabelSource = null;
        // the names of the indicator and of the values read by hand below are checked by their readers (the
        // parser's check kept a hash set per object); whatever is handed to Jackson is checked by the parser
        ValueCodec.Names names = in.names(false);
        try {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                int known = known(field);
                ValueCodec.seen(names, known, field);
                JsonToken v = p.nextToken();
                if (known < 0 || known > 18) {
                    // unknown, or written for readers only (level1, level2, direction, declaredLevel1Weight, path):
                    // skipped as Jackson skips an unknown property, outside the property's error path
                    Jackson2Codec.skipChildren(p);
                    continue;
                }
                boolean nul = v == JsonToken.VALUE_NULL;
                try {
                    switch (known) {
                        case 0:
                        case 1:
                            level1Label = string(p, v, ctxt);
                            break;
                        case 2:
                        case 3:
                            level2Label = string(p, v, ctxt);
                            break;
                        case 4:
                        case 5:
                            name = string(p, v, ctxt);
                            break;
                        case 6:
                            target = nul ? IndicatorValue.empty() : ValueCodec.readIndicatorValue(in);
                            break;
                        case 7:
                            actual = nul ? IndicatorValue.empty() : ValueCodec.readIndicatorValue(in);
                            break;
                        case 8:
                            weight = nul ? null : ValueCodec.readFigure(in);
                            break;
                        case 9:
                            declaredScore = nul ? null : ValueCodec.readFigure(in);
                            break;
                        case 10:
                        case 11:
                            deviationReason = string(p, v, ctxt);
                            break;
                        case 12:
                            Jackson2Codec.checkedByParser(p);
                            splitTarget = nul ? null : (SplitTarget) ctxt.findContextualValueDeserializer(type(ctxt, SplitTarget.class), null)
                                    .deserialize(p, ctxt);
                            break;
                        case 13:
                            extras = nul ? null : labelledTexts(p, ctxt);
                            break;
                        case 14:
                            comments = nul ? null : labelledTexts(p, ctxt);
                            break;
                        case 15:
                            Jackson2Codec.checkedByParser(p);
                            hidden = v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE || nul ? Boolean.FALSE
                                    : (Boolean) ctxt.readValue(p, Boolean.TYPE);
                            break;
                        case 16:
                            source = nul ? null : ValueCodec.readLocation(in);
                            break;
                        case 17:
                            level1LabelSource = nul ? null : ValueCodec.readLocation(in);
                            break;
                        case 18:
                            level2LabelSource = nul ? null : ValueCodec.readLocation(in);
                            break;
                        default:
                            throw new IllegalStateException(field);
                    }
                } catch (Exception e) {
                    throw wrapped(e, field, ctxt);
                }
            }
        } finally {
            ValueCodec.close(names);
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
            if (level1LabelSource != null) {
                b.level1LabelSource(level1LabelSource);
            }
            if (level2LabelSource != null) {
                b.level2LabelSource(level2LabelSource);
            }
            return b.build();
        } catch (RuntimeException e) {
            // as the generated type's creator fails: "Cannot construct instance of …, problem: …"
            return ctxt.handleInstantiationProblem(_delegatee.handledType(), null, e);
        }
    }

    /** A name's index among the indicator's (for its repeat check, {@link ValueCodec.Names}), or -1. */
    private static int known(String name) {
        switch (name) {
            case "level1Label":
                return 0;
            case "kpi_lv1":
                return 1;
            case "level2Label":
                return 2;
            case "kpi_lv2":
                return 3;
            case "name":
                return 4;
            case "kpi_lv3":
                return 5;
            case "target":
                return 6;
            case "actual":
                return 7;
            case "weight":
                return 8;
            case "declaredScore":
                return 9;
            case "deviationReason":
                return 10;
            case "kpi_remark":
                return 11;
            case "splitTarget":
                return 12;
            case "extras":
                return 13;
            case "comments":
                return 14;
            case "hidden":
                return 15;
            case "source":
                return 16;
            case "level1LabelSource":
                return 17;
            case "level2LabelSource":
                return 18;
            // written for readers only, skipped
            case "level1":
                return 19;
            case "level2":
                return 20;
            case "direction":
                return 21;
            case "declaredLevel1Weight":
                return 22;
            case "path":
                return 23;
            default:
                return -1;
        }
    }

    /** A string property as Jackson's own string deserializer reads it. */
    private static String string(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        Jackson2Codec.checkedByParser(p);
        return v == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
    }

    @SuppressWarnings("unchecked")
    private static List<LabelledText> labelledTexts(JsonParser p, DeserializationContext ctxt) throws IOException {
        Jackson2Codec.checkedByParser(p);
        JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, LabelledText.class);
        return (List<LabelledText>) ctxt.findContextualValueDeserializer(list, null).deserialize(p, ctxt);
    }

    private static JavaType type(DeserializationContext ctxt, Class<?> c) {
        return ctxt.constructType(c);
    }

    /** An error inside a property, named at its path (see {@link Jackson2Codec#wrapped}). */
    private JsonMappingException wrapped(Exception e, String field, DeserializationContext ctxt) throws IOException {
        return Jackson2Codec.wrapped(e, _delegatee.handledType(), field, ctxt);
    }
}
