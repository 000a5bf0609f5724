package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.source.Location;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@link ValueCodec}'s sink and source over Jackson 2's generator and parser. */
final class Jackson2Codec {

    private Jackson2Codec() {
    }

    static ValueCodec.Sink sink(JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider provider) {
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
                g.writeFieldName(name);
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
                provider.defaultSerializeValue(l, g);
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
                return p.getText();
            }

            @Override
            public BigDecimal decimal() throws IOException {
                return p.getDecimalValue();
            }

            @Override
            public void skipChildren() throws IOException {
                Jackson2Codec.skipChildren(p);
            }

            @Override
            public ValueCodec.Names names(boolean fewNames) {
                if (fewNames) {
                    checkedByParser(p);
                    return null;
                }
                return Jackson2Codec.names(p);
            }

            @Override
            public Location location() throws IOException {
                return ValueCodec.readLocation(this);
            }

            @Override
            public String string(Class<?> owner, String name) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                try {
                    return ctxt.readValue(p, String.class);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw JsonMappingException.wrapWithPath(e, owner, name);
                }
            }

            @Override
            public Integer integer(Class<?> owner, String name) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                try {
                    return ctxt.readValue(p, Integer.class);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw JsonMappingException.wrapWithPath(e, owner, name);
                }
            }

            @Override
            public <T> T cannotBuild(Class<T> type, RuntimeException cause) throws IOException {
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

    /**
     * The check of repeated names in the object that starts at the current token, by its reader, when the parser
     * refuses repeated names itself: its own check (a {@code DupDetector}, a hash set for an object of three names
     * or more) is set aside for this object until {@link ValueCodec.Names#close}. Null when the parser does not
     * check names (then neither does the reader, as before) or keeps its contexts in a way not known here.
     *
     * @param p a parser on a {@code START_OBJECT}
     * @return the check, or null
     */
    static ValueCodec.Names names(JsonParser p) {
        if (!p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            return null;
        }
        JsonStreamContext c = p.getParsingContext();
        if (!(c instanceof JsonReadContext) || !c.inObject()) {
            return null;
        }
        JsonReadContext context = (JsonReadContext) c;
        DupDetector parsers = context.getDupDetector();
        context.withDupDetector(null);
        return new ReaderNames(p, context, parsers);
    }

    /**
     * Makes sure the parser checks the names of the object or array that starts at the current token, when it
     * refuses repeated names: a context below an object read by {@link #names} may have been made without a check
     * of its own (Jackson reuses its contexts, each made with its parent's kind of check).
     *
     * @param p a parser on a {@code START_OBJECT} or {@code START_ARRAY}
     */
    static void checkedByParser(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        JsonStreamContext c = p.getParsingContext();
        if (c instanceof JsonReadContext && ((JsonReadContext) c).getDupDetector() == null
                && p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            ((JsonReadContext) c).withDupDetector(DupDetector.rootDetector(p));
        }
    }

    /**
     * An error inside a property of a hand-read object, named at its path as Jackson's bean deserializer names it
     * ({@code wrapAndThrow}): a reflective wrapper is taken off; an I/O error is rethrown as it is unless it is
     * Jackson's own and {@link DeserializationFeature#WRAP_EXCEPTIONS} is on, a runtime error is rethrown as it is when
     * that feature is off; anything else comes back wrapped with the property's path, for the caller to throw:
     * {@code throw Jackson2Codec.wrapped(e, Form.class, "budget", ctxt);}
     *
     * @param e the error
     * @param owner the type whose property was being read
     * @param field the property's name
     * @param ctxt the context
     * @return the error to throw
     * @throws IOException the error itself, when it is not to be wrapped
     */
    static JsonMappingException wrapped(Exception e, Class<?> owner, String field, DeserializationContext ctxt)
            throws IOException {
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
        return JsonMappingException.wrapWithPath(t, owner, field);
    }

    /**
     * Skips the object or array that starts at the current token as {@link JsonParser#skipChildren} does, with the
     * parser's check of repeated names in place in each object skipped (see {@link #checkedByParser}).
     *
     * @param p a parser
     * @throws IOException as the parser fails
     */
    static void skipChildren(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        if (!p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            p.skipChildren();
            return;
        }
        checkedByParser(p);
        int open = 1;
        while (open > 0) {
            JsonToken n = p.nextToken();
            if (n == null) {
                return;
            }
            if (n.isStructStart()) {
                checkedByParser(p);
                open++;
            } else if (n.isStructEnd()) {
                open--;
            }
        }
    }

    /** The names of one object, checked by its reader: a bit per name it knows, a short list for others. */
    private static final class ReaderNames implements ValueCodec.Names {
        private final JsonParser p;
        private final JsonReadContext context;
        private final DupDetector parsers;
        private long known;
        private List<String> others;

        ReaderNames(JsonParser p, JsonReadContext context, DupDetector parsers) {
            this.p = p;
            this.context = context;
            this.parsers = parsers;
        }

        @Override
        public void seen(int index, String name) throws IOException {
            if (index >= 0) {
                long bit = 1L << index;
                if ((known & bit) != 0) {
                    throw repeated(name);
                }
                known |= bit;
            } else if (others == null) {
                others = new ArrayList<>(4);
                others.add(name);
            } else if (others.contains(name)) {
                throw repeated(name);
            } else {
                others.add(name);
            }
        }

        /** The parser's own error for a repeated name, at the name. */
        private JsonParseException repeated(String name) {
            return new JsonParseException(p, "Duplicate field '" + name + "'", p.currentTokenLocation());
        }

        @Override
        public void close() {
            // the context is reused for the next value at its depth: it gets a check of its own back
            context.withDupDetector(parsers != null ? parsers : DupDetector.rootDetector(p));
        }
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
            case FIELD_NAME:
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
