package io.github.perfeval.core.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import io.github.perfeval.core.source.Location;

import java.io.IOException;
import java.math.BigDecimal;

/** {@link ValueCodec}'s sink and source over Jackson 3's generator and parser. */
final class Jackson3Codec {

    private Jackson3Codec() {
    }

    static ValueCodec.Sink sink(JsonGenerator g, tools.jackson.databind.SerializationContext provider) {
        return new ValueCodec.Sink() {
            @Override
            public void startObject() throws IOException {
                g.writeStartObject();
            }

            @Override
            public void endObject() throws IOException {
                g.writeEndObject();
            }

            @Override
            public void startArray() throws IOException {
                g.writeStartArray();
            }

            @Override
            public void endArray() throws IOException {
                g.writeEndArray();
            }

            @Override
            public void name(String name) throws IOException {
                g.writeName(name);
            }

            @Override
            public void string(String value) throws IOException {
                g.writeString(value);
            }

            @Override
            public void number(String plain) throws IOException {
                g.writeNumber(plain);
            }

            @Override
            public void nullValue() throws IOException {
                g.writeNull();
            }

            @Override
            public void location(Location l) throws IOException {
                provider.writeValue(g, l);
            }
        };
    }

    static ValueCodec.Source source(JsonParser p, DeserializationContext ctxt) {
        return new ValueCodec.Source() {
            @Override
            public ValueCodec.Token current() {
                return token(p.currentToken());
            }

            @Override
            public ValueCodec.Token next() throws IOException {
                return token(p.nextToken());
            }

            @Override
            public String name() throws IOException {
                return p.currentName();
            }

            @Override
            public String text() throws IOException {
                return p.getString();
            }

            @Override
            public BigDecimal decimal() throws IOException {
                return p.getDecimalValue();
            }

            @Override
            public void skipChildren() throws IOException {
                p.skipChildren();
            }

            @Override
            public Location location() throws IOException {
                return ValueCodec.readLocation(this);
            }

            @Override
            public String string(Class<?> owner, String name) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_STRING) {
                    return p.getString();
                }
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                try {
                    return ctxt.readValue(p, String.class);
                } catch (JacksonException e) {
                    throw JacksonException.wrapWithPath(e, owner, name);
                }
            }

            @Override
            public Integer integer(Class<?> owner, String name) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                try {
                    return ctxt.readValue(p, Integer.class);
                } catch (JacksonException e) {
                    throw JacksonException.wrapWithPath(e, owner, name);
                }
            }

            @Override
            public <T> T cannotBuild(Class<T> type, RuntimeException cause) {
                return type.cast(ctxt.handleInstantiationProblem(type, null, cause));
            }

            @Override
            public <T> T unexpected(Class<T> type) throws IOException {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }

            @Override
            public <T> T invalid(Class<T> type, String value, String why) throws IOException {
                return type.cast(ctxt.handleWeirdStringValue(type, value, why));
            }

            @Override
            public <T> T invalidNumber(Class<T> type, BigDecimal value, String why) throws IOException {
                return type.cast(ctxt.handleWeirdNumberValue(type, value, why));
            }
        };
    }

    private static ValueCodec.Token token(JsonToken t) {
        if (t == null) {
            return ValueCodec.Token.OTHER;
        }
        switch (t) {
            case START_OBJECT:
                return ValueCodec.Token.START_OBJECT;
            case END_OBJECT:
                return ValueCodec.Token.END_OBJECT;
            case START_ARRAY:
                return ValueCodec.Token.START_ARRAY;
            case END_ARRAY:
                return ValueCodec.Token.END_ARRAY;
            case PROPERTY_NAME:
                return ValueCodec.Token.NAME;
            case VALUE_STRING:
                return ValueCodec.Token.STRING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return ValueCodec.Token.NUMBER;
            case VALUE_NULL:
                return ValueCodec.Token.NULL;
            default:
                return ValueCodec.Token.OTHER;
        }
    }
}
