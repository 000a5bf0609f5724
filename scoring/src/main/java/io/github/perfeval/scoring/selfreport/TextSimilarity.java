package io.github.perfeval.scoring.selfreport;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are: the Dice coefficient of their character bigrams (each text's pairs of
 * adjacent characters, counted with repeats), after white space and punctuation are set aside. 1 is the
 * same text; a paragraph copied with a word or two changed stays above 0.9; two texts on different
 * subjects in the same register stay below 0.5. Linear in the texts' lengths.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** The texts with white space and punctuation left out, full-width folded: what comparing looks at. */
    static String essence(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp >= 0xFF10 && cp <= 0xFF5A ? cp - 0xFEE0 : cp);
            }
        });
        return sb.toString();
    }

    /**
     * The similarity of two texts already reduced by {@link #essence(String)}.
     *
     * @return from 0 (nothing shared) to 1 (the same)
     */
    static double ratio(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            counts.merge(bigram(a, i), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = counts.get(bigram(b, i));
            if (n != null && n > 0) {
                shared++;
                counts.put(bigram(b, i), n - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }

    private static int bigram(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }
}
