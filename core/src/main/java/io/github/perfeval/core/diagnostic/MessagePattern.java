package io.github.perfeval.core.diagnostic;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message pattern, parsed once. Patterns with plain placeholders ({@code {0}}) and doubled apostrophes
 * only (all of perfeval's) are filled in by appending their parts, the same text {@link MessageFormat}
 * gives and many times faster; any other pattern ({@code {0,number}}, quoted text) goes to
 * {@link MessageFormat}. Thread-safe.
 */
final class MessagePattern {

    /** Patterns come from bundles, a bounded set; the cache stops growing past this. */
    private static final int MAX_CACHED = 4096;
    private static final Map<String, MessagePattern> CACHE = new ConcurrentHashMap<>();

    /** Literal texts and argument indices in order: a String is text, an Integer an argument; null when not simple. */
    private final Object[] parts;
    private final String pattern;

    private MessagePattern(String pattern, Object[] parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /**
     * The parsed pattern.
     *
     * @param pattern a {@link MessageFormat} pattern
     * @return it, parsed
     * @throws IllegalArgumentException if the pattern is broken
     */
    static MessagePattern of(String pattern) {
        MessagePattern p = CACHE.get(pattern);
        if (p == null) {
            p = new MessagePattern(pattern, simple(pattern));
            if (p.parts == null) {
                new MessageFormat(pattern); // throws for a broken pattern, as MessageFormat would when used
            }
            if (CACHE.size() < MAX_CACHED) {
                CACHE.put(pattern, p);
            }
        }
        return p;
    }

    /**
     * The pattern with its arguments.
     *
     * @param locale the locale of a pattern that is not simple
     * @param arguments the arguments, as text
     * @return the message
     */
    String format(Locale locale, Object[] arguments) {
        if (parts == null) {
            return new MessageFormat(pattern, locale).format(arguments);
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 16 * arguments.length);
        for (Object part : parts) {
            if (part instanceof String) {
                sb.append((String) part);
            } else {
                int i = (Integer) part;
                // as MessageFormat: a placeholder with no argument stays as written
                sb.append(i < arguments.length ? String.valueOf(arguments[i]) : "{" + i + "}");
            }
        }
        return sb.toString();
    }

    /** The parts of a pattern made of text, {@code ''} and {@code {n}} only; null for any other. */
    private static Object[] simple(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    text.append('\'');
                    i += 2;
                    continue;
                }
                return null; // quoted text: MessageFormat's rules
            }
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0 || close == i + 1 || close - i > 4) {
                    return null;
                }
                for (int k = i + 1; k < close; k++) {
                    if (!Character.isDigit(pattern.charAt(k)) || pattern.charAt(k) > '9') {
                        return null; // {0,number}, {name}: MessageFormat's rules
                    }
                }
                if (text.length() > 0) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                parts.add(Integer.parseInt(pattern.substring(i + 1, close)));
                i = close + 1;
                continue;
            }
            if (c == '}') {
                return null;
            }
            text.append(c);
            i++;
        }
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        return parts.toArray();
    }
}
