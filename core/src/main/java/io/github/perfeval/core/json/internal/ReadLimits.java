package io.github.perfeval.core.json.internal;

/**
 * The checks a guarded parser makes on every token of a perfeval value, whichever Jackson parses it:
 * nesting below the value, string and number lengths, the value's size, and duplicate property names.
 * One instance per value being read; not thread-safe (a parser is not either).
 */
final class ReadLimits {

    /** Deepest nesting, counted from the document's root. */
    static final int MAX_NESTING_DEPTH = io.github.perfeval.core.json.PerfevalJson.MAX_NESTING_DEPTH;
    /** Longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = io.github.perfeval.core.json.PerfevalJson.MAX_NUMBER_LENGTH;
    /** Longest string, in characters. */
    static final int MAX_STRING_LENGTH = io.github.perfeval.core.json.PerfevalJson.MAX_STRING_LENGTH;
    /** Largest value, in bytes or characters. */
    static final long MAX_DOCUMENT_LENGTH = io.github.perfeval.core.json.PerfevalJson.MAX_DOCUMENT_LENGTH;

    private final java.util.ArrayList<Names> names = new java.util.ArrayList<>();
    /**
     * The parsing context each set of names belongs to. A value Jackson buffered and replays (a creator's
     * arguments, a polymorphic type's properties) comes through another parser whose depths start afresh:
     * the same depth then names another object, and its names must not be taken for repeats.
     */
    private final java.util.ArrayList<Object> contexts = new java.util.ArrayList<>();
    private final long start;
    private int tokens;

    /**
     * Whether a parser with these limits of its own (Jackson's {@code StreamReadConstraints}) and duplicate
     * detection refuses everything these checks refuse, so that checking each token again is waste. A
     * limit of its own met inside a value is reported with the value's path all the same (see the guarded
     * deserializers).
     *
     * @param nesting the parser's deepest nesting
     * @param number its longest number
     * @param string its longest string
     * @param document its largest document, not positive for none
     * @param names whether it refuses a repeated property name
     * @return true when every limit is as strict as perfeval's or stricter
     */
    static boolean enforcedBy(int nesting, int number, int string, long document, boolean names) {
        return names && nesting <= MAX_NESTING_DEPTH && number <= MAX_NUMBER_LENGTH && string <= MAX_STRING_LENGTH
                && document > 0 && document <= MAX_DOCUMENT_LENGTH;
    }

    ReadLimits(long startOffset) {
        this.start = startOffset;
    }

    /** The message when a limit is passed, or null. Nesting is the depth after a start token. */
    String nesting(int depth) {
        return depth > MAX_NESTING_DEPTH
                ? "Document nesting depth (" + depth + ") exceeds the maximum allowed (" + MAX_NESTING_DEPTH + ", perfeval)"
                : null;
    }

    String stringLength(int length) {
        return length > MAX_STRING_LENGTH
                ? "String value length (" + length + ") exceeds the maximum allowed (" + MAX_STRING_LENGTH + ", perfeval)"
                : null;
    }

    String numberLength(int length) {
        return length > MAX_NUMBER_LENGTH
                ? "Number value length (" + length + ") exceeds the maximum allowed (" + MAX_NUMBER_LENGTH + ", perfeval)"
                : null;
    }

    /** Whether to look at the offset now (every 64 tokens: a location costs an allocation). */
    boolean offsetDue() {
        return (++tokens & 63) == 0;
    }

    String offset(long offset) {
        return offset >= 0 && offset - start > MAX_DOCUMENT_LENGTH
                ? "Document length (" + (offset - start) + ") exceeds the maximum allowed (" + MAX_DOCUMENT_LENGTH + ", perfeval)"
                : null;
    }

    /** An object starts at this depth, in this parsing context: its names start afresh. */
    void objectStarted(int depth, Object context) {
        while (names.size() <= depth) {
            names.add(null);
            contexts.add(null);
        }
        Names set = names.get(depth);
        if (set == null) {
            names.set(depth, new Names());
        } else {
            set.clear();
        }
        contexts.set(depth, context);
    }

    /** A property name in the object at this depth and context; the message when it repeats. */
    String name(int depth, Object context, String name) {
        if (depth >= names.size() || names.get(depth) == null || contexts.get(depth) != context) {
            objectStarted(depth, context);
        }
        return names.get(depth).add(name) ? null : "Duplicate field '" + name + "'";
    }

    /**
     * The names of one object: the first few in an array searched by their hash codes (an object of the
     * model has up to twenty names; a hash set per object was a tenth of a form's read, and comparing each
     * name with every earlier one another tenth), the rest in a hash set, so that an object with many names
     * costs no more than a set. The parser's names are canonical strings whose hash codes are computed once.
     */
    static final class Names {
        private static final int SMALL = 24;
        private final String[] first = new String[SMALL];
        private final int[] hashes = new int[SMALL];
        private int count;
        private java.util.HashSet<String> more;

        /** Adds a name; false when it was there already. */
        boolean add(String name) {
            int h = name.hashCode();
            for (int i = 0; i < count; i++) {
                if (hashes[i] == h && first[i].equals(name)) {
                    return false;
                }
            }
            if (count < SMALL) {
                hashes[count] = h;
                first[count++] = name;
                return true;
            }
            if (more == null) {
                more = new java.util.HashSet<>();
            }
            return more.add(name);
        }

        /** Forgets every name (the array keeps its references until they are overwritten: names are the parser's canonical strings). */
        void clear() {
            count = 0;
            more = null;
        }
    }
}
