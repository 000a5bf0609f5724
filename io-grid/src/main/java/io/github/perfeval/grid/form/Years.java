package io.github.perfeval.grid.form;

/** The fiscal year written in a title or a line of its own ({@code 2024年度}, {@code （2024年度）}, {@code 2024 年}). */
final class Years {

    private Years() {
    }

    /** The first year 19xx/20xx followed by 年, or null. */
    static Integer in(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i + 4 <= s.length(); i++) {
            if ((s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                int rest = i + 4;
                while (rest < s.length() && Character.isWhitespace(s.charAt(rest))) {
                    rest++;
                }
                if (rest < s.length() && s.charAt(rest) == '年') {
                    return Integer.parseInt(s.substring(i, i + 4));
                }
            }
        }
        return null;
    }

    /** Whether a text says nothing but a year ({@code （2024年度）}, {@code 2024年}, {@code 年度：2024年}). */
    static boolean onlyYear(String s) {
        String k = Vocabulary.key(s).replace("(", "").replace(")", "").replace("年度", "").replace("年", "");
        return k.matches("[0-9]{4}") || k.matches("[0-9]{4}:?") || k.matches(":?[0-9]{4}");
    }
}
