package io.github.perfeval.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;

/**
 * Jackson 2: perfeval's read limits on the application's own mapper. The deserializer of every perfeval
 * type reads through a parser that checks each token it is given ({@link ReadLimits}); a value nested in
 * another perfeval value is checked once, by the outermost.
 */
public final class Guarded2 {

    private Guarded2() {
    }

    /** Wraps the deserializers of perfeval's types. */
    public static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return ModelTypes.isPerfeval(beanDesc.getBeanClass()) && !(deserializer instanceof Deserializer)
                    ? new Deserializer(deserializer) : deserializer;
        }
    }

    static final class Deserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Deserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Deserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p instanceof Parser) {
                return read(p, ctxt, false, 0); // inside a value being checked already
            }
            if (!enforced(p)) {
                int depth0 = depth0(p);
                return read(new Parser(p), ctxt, true, depth0);
            }
            // a parser that enforces every limit itself, as PerfevalJson's does, is not wrapped for them: each
            // token would be checked twice (and every string decoded, even one that is skipped)
            int depth0 = depth0(p);
            return read(p, ctxt, true, depth0);
        }

        /**
         * Reads the value; when it is the outermost perfeval value, a limit passed anywhere below is one error
         * naming the path from this value to the bad token, whichever deserializer met it.
         */
        private Object read(JsonParser reading, DeserializationContext ctxt, boolean outermost, int depth0) throws IOException {
            try {
                return _delegatee.deserialize(reading, ctxt);
            } catch (RuntimeException | IOException e) {
                StreamConstraintsException limit = outermost ? constraintIn(e) : null;
                if (limit != null) {
                    // one error naming the path from this value to the bad token, whichever deserializer met it
                    java.util.List<Object> path = limit instanceof Limit ? ((Limit) limit).path
                            : path(((reading instanceof Parser) ? ((Parser) reading).delegate() : reading).getParsingContext(), depth0);
                    JsonMappingException error = JsonMappingException.from(reading, limit.getOriginalMessage(), limit);
                    for (int i = path.size() - 1; i >= 0; i--) {
                        Object step = path.get(i);
                        if (step instanceof Integer) {
                            error.prependPath(handledType(), (Integer) step);
                        } else {
                            error.prependPath(handledType(), (String) step);
                        }
                    }
                    throw error;
                }
                String missing = MissingAttributes.in(e);
                if (missing != null) {
                    // no cause: the builder's message would be found again by the enclosing value
                    com.fasterxml.jackson.databind.exc.MismatchedInputException error = com.fasterxml.jackson.databind.exc.MismatchedInputException.from(reading, handledType(), MissingAttributes.message(missing));
                    error.prependPath(handledType(), missing);
                    throw error;
                }
                throw e;
            }
        }
    }

    /** The depth below which a value's own contexts are (see {@link #path}): its own when it is an object or array, none for a scalar. */
    static int depth0(JsonParser p) {
        JsonToken first = p.currentToken();
        return p.getParsingContext().getNestingDepth() + (first != null && first.isStructStart() ? 0 : 1);
    }

    /** Whether the parser enforces every limit of {@link ReadLimits} itself, as strictly or more. */
    static boolean enforced(JsonParser p) {
        com.fasterxml.jackson.core.StreamReadConstraints c = p.streamReadConstraints();
        return ReadLimits.enforcedBy(c.getMaxNestingDepth(), c.getMaxNumberLength(), c.getMaxStringLength(), c.getMaxDocumentLength(),
                p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    }

    /** The first limit of the parser's own in a cause chain, or null. */
    static StreamConstraintsException constraintIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return (StreamConstraintsException) t;
            }
        }
        return null;
    }

    /** The property names and indexes from the value whose contexts start at {@code depth0} down to the parser's token. */
    static java.util.List<Object> path(com.fasterxml.jackson.core.JsonStreamContext context, int depth0) {
        java.util.LinkedList<Object> path = new java.util.LinkedList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && c.getNestingDepth() >= depth0; c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.addFirst(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.addFirst(c.getCurrentIndex());
            }
        }
        return path;
    }

    /** A limit passed, with the path to the bad token from the value being read. */
    static final class Limit extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        final transient java.util.List<Object> path;

        Limit(String message, JsonLocation location, java.util.List<Object> path) {
            super(message, location);
            this.path = path;
        }

        static Limit in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Limit) {
                    return (Limit) t;
                }
            }
            return null;
        }
    }

    static final class Parser extends JsonParserDelegate {
        private final ReadLimits limits;
        private final int depth0;
        /** Whether the parser itself refuses a repeated name: then it is not looked for twice. */
        private final boolean namesChecked;
        /** A parser checking the value at the current token. */
        Parser(JsonParser p) throws IOException {
            super(p);
            this.limits = new ReadLimits(offset(p.currentLocation()));
            this.namesChecked = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.currentToken();
            this.depth0 = depth0(p);
            check(first);
        }

        private static long offset(JsonLocation l) {
            return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
        }

        /** Checks a token; nesting is counted from the document's root, like Jackson's own limit. */
        private JsonToken check(JsonToken t) throws IOException {
            if (t == null) {
                return null;
            }
            int depth = delegate.getParsingContext().getNestingDepth();
            String problem;
            try {
                problem = problem(t, depth);
            } catch (StreamConstraintsException e) {
                // the parser's own limit, met while we looked: the same error, with its path
                problem = e instanceof Limit ? null : e.getOriginalMessage();
                if (problem == null) {
                    throw e;
                }
            }
            if (problem != null) {
                throw new Limit(problem, delegate.currentTokenLocation(), path());
            }
            return t;
        }

        private String problem(JsonToken t, int depth) throws IOException {
            String problem = null;
            switch (t) {
                case START_OBJECT:
                    problem = limits.nesting(depth);
                    if (!namesChecked) {
                        limits.objectStarted(depth, delegate.getParsingContext());
                    }
                    break;
                case START_ARRAY:
                    problem = limits.nesting(depth);
                    break;
                case FIELD_NAME:
                    problem = namesChecked ? null : limits.name(depth, delegate.getParsingContext(), delegate.currentName());
                    break;
                case VALUE_STRING:
                    problem = limits.stringLength(delegate.getTextLength());
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    problem = limits.numberLength(delegate.getTextLength());
                    break;
                default:
                    break;
            }
            if (problem == null && limits.offsetDue()) {
                problem = limits.offset(offset(delegate.currentLocation()));
            }
            return problem;
        }

        /** The property names and indexes from this value down to the current token. */
        private java.util.List<Object> path() {
            return Guarded2.path(delegate.getParsingContext(), depth0);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t;
            try {
                t = delegate.nextToken();
            } catch (StreamConstraintsException e) {
                throw e instanceof Limit ? e : new Limit(e.getOriginalMessage(), delegate.currentLocation(), path());
            }
            return check(t);
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString str) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken t = currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken n = nextToken();
                if (n == null) {
                    break;
                }
                if (n.isStructStart()) {
                    open++;
                } else if (n.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }
    }
}
