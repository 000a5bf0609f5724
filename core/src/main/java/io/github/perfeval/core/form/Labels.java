package io.github.perfeval.core.form;

import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How perfeval compares labels written by people: line breaks, spaces and full-width spaces removed
 * ({@code 经济效\n\n益指标}, {@code 满意度指 标}), full-width letters folded, a weight in brackets
 * ({@code （50分）}) set apart.
 *
 * <pre>{@code
 * Labels.normalize("产出指标 （50分）");   // "产出指标"
 * Labels.weightIn("满意度\n指标\n（10分）"); // Optional[10]
 * }</pre>
 */
public final class Labels {

    private Labels() {
    }

    /**
     * The label with white space removed, full-width characters folded, and any weight in brackets
     * ({@code （50分）}, {@code (50分)}) and trailing colon dropped.
     *
     * @param label a label as written, may be null
     * @return the normal form, empty for null
     */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = Decimals.halfWidth(label.charAt(i));
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('['));
        if (open > 0 && s.indexOf('分', open) > open) {
            s = s.substring(0, open);
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The points written in a label, such as {@code 产出指标 （50分）} or {@code 满意度指标(10分)}.
     *
     * @param label a label as written, may be null
     * @return the points, or empty when the label carries none
     */
    public static Optional<BigDecimal> weightIn(String label) {
        if (label == null) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = Decimals.halfWidth(label.charAt(i));
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int fen = s.lastIndexOf('分');
        if (fen <= 0) {
            return Optional.empty();
        }
        int start = fen;
        while (start > 0 && (Character.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        if (start == fen) {
            return Optional.empty();
        }
        return Decimals.parse(s.substring(start, fen));
    }

    /**
     * The normal form without a trailing {@code 指标}: {@code 经济效益指标 → 经济效益}; {@code 指标等} ("and other
     * indicators", as templates print a level's label: 服务对象满意度指标等) is the level too.
     */
    static String stem(String label) {
        String s = normalize(label);
        if (s.endsWith("指标等")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
    }
}
