package io.github.perfeval.core.json.internal;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Jackson 3: perfeval's read limits on the application's own mapper. The deserializer of every perfeval
 * type reads through a parser that checks each token it is given ({@link ReadLimits}); a value nested in
 * another perfeval value is checked once, by the outermost.
 */
public final class Guarded3 {

    private Guarded3() {
    }

    /** Wraps the deserializers of perfeval's types. */
    public static final class Modifier extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
            return ModelTypes.isPerfeval(beanDesc.getBeanClass()) && !(deserializer instanceof Deserializer)
                    ? new Deserializer(deserializer) : deserializer;
        }
    }

    static final class Deserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Deserializer(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new Deserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            boolean nested = p instanceof Parser;
            // a parser that enforces every limit itself, as PerfevalJson's does, is not wrapped: each token
            // would be checked twice (and every string decoded, even one that is skipped)
            boolean enforced = !nested && enforced(p);
            JsonParser reading = nested || enforced ? p : new Parser(p);
            int depth0 = enforced ? depth0(p) : 0;
            try {
                return _delegatee.deserialize(reading, ctxt);
            } catch (RuntimeException e) {
                StreamConstraintsException limit = nested ? null : enforced ? constraintIn(e) : Limit.in(e);
                if (limit != null) {
                    // one error naming the path from this value to the bad token, whichever deserializer met it
                    java.util.List<Object> path = limit instanceof Limit ? ((Limit) limit).path : path(p.streamReadContext(), depth0);
                    DatabindException error = DatabindException.from(reading, limit.getOriginalMessage(), limit);
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
                    tools.jackson.databind.exc.MismatchedInputException error = tools.jackson.databind.exc.MismatchedInputException.from(reading, handledType(), MissingAttributes.message(missing));
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
        return p.streamReadContext().getNestingDepth() + (first != null && first.isStructStart() ? 0 : 1);
    }

    /** Whether the parser enforces every limit of {@link ReadLimits} itself, as strictly or more. */
    static boolean enforced(JsonParser p) {
        tools.jackson.core.StreamReadConstraints c = p.streamReadConstraints();
        return ReadLimits.enforcedBy(c.getMaxNestingDepth(), c.getMaxNumberLength(), c.getMaxStringLength(), c.getMaxDocumentLength(),
                p.isEnabled(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION));
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
    static java.util.List<Object> path(tools.jackson.core.TokenStreamContext context, int depth0) {
        java.util.LinkedList<Object> path = new java.util.LinkedList<>();
        for (tools.jackson.core.TokenStreamContext c = context; c != null && c.getNestingDepth() >= depth0; c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                path.addFirst(c.currentName());
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

        Limit(String message, TokenStreamLocation location, java.util.List<Object> path) {
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
        /** Whether the parser itself refuses a repeated name (as {@code PerfevalJson}'s does): then it is not looked for twice. */
        private final boolean namesChecked;

        Parser(JsonParser p) {
            super(p);
            this.limits = new ReadLimits(offset(p.currentLocation()));
            this.namesChecked = p.isEnabled(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.currentToken();
            this.depth0 = depth0(p);
            check(first);
        }

        private static long offset(TokenStreamLocation l) {
            return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
        }

        /** Checks a token; nesting is counted from the document's root, like Jackson's own limit. */
        private JsonToken check(JsonToken t) {
            if (t == null) {
                return null;
            }
            int depth = delegate.streamReadContext().getNestingDepth();
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

        private String problem(JsonToken t, int depth) {
            String problem = null;
            switch (t) {
                case START_OBJECT:
                    problem = limits.nesting(depth);
                    if (!namesChecked) {
                        limits.objectStarted(depth, delegate.streamReadContext());
                    }
                    break;
                case START_ARRAY:
                    problem = limits.nesting(depth);
                    break;
                case PROPERTY_NAME:
                    problem = namesChecked ? null : limits.name(depth, delegate.streamReadContext(), delegate.currentName());
                    break;
                case VALUE_STRING:
                    problem = limits.stringLength(delegate.getStringLength());
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    problem = limits.numberLength(delegate.getStringLength());
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
            return Guarded3.path(delegate.streamReadContext(), depth0);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t;
            try {
                t = delegate.nextToken();
            } catch (StreamConstraintsException e) {
                throw e instanceof Limit ? e : new Limit(e.getOriginalMessage(), delegate.currentLocation(), path());
            }
            return check(t);
        }

        @Override
        public JsonToken nextValue() {
            JsonToken t = nextToken();
            return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString str) {
            return nextToken() == JsonToken.PROPERTY_NAME && str.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            String name = nextName();
            if (name != null) {
                return matcher.matchName(name);
            }
            return hasToken(JsonToken.END_OBJECT) ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
        }

        @Override
        public String nextStringValue() {
            return nextToken() == JsonToken.VALUE_STRING ? getString() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() {
            JsonToken t = nextToken();
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() {
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
