package io.github.perfeval.report.html;

import java.io.IOException;
import java.io.Writer;

/**
 * HTML being written: elements opened and closed by the writer, text and attribute values always
 * escaped. Every text of a form is a stranger's, so there is no way to append unescaped text but
 * {@link #raw(String)}, which is only given this package's own constants.
 */
final class Markup {

    private static final char REPLACEMENT = '\uFFFD';

    private final StringBuilder out;

    Markup(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Appends markup this package wrote itself (tags, its stylesheet), never a value from a form. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and for a double-quoted attribute alike. */
    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** Opens an element: {@code open("td", "class", "x", "colspan", "2")}; null attribute values are left out. */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element with its text: {@code element("th", "分值", "scope", "col")}. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Closes an element. */
    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
    }

    /** Writes what has been built so far and starts afresh, so that a long page never sits whole in memory. */
    void drainTo(Writer sink) throws IOException {
        sink.append(out);
        out.setLength(0);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes text for HTML element content and double- or single-quoted attribute values: {@code & < > " '}
     * become character references; characters HTML does not allow in a document (C0 and C1 controls other
     * than tab and line feed, noncharacters, unpaired surrogates) become U+FFFD; {@code \r\n} and a lone
     * {@code \r} become a line feed.
     *
     * @param text the text, may be null (nothing is appended)
     * @param out where to append
     */
    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                case '\r':
                    out.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, text.charAt(i + 1));
                        if (isNonCharacter(cp)) {
                            out.append(REPLACEMENT);
                        } else {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                    } else if (Character.isSurrogate(c) || !allowed(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    /** Escapes text to a new string. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text == null ? 0 : text.length() + 16);
        escape(text, sb);
        return sb.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return !isNonCharacter(c);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
