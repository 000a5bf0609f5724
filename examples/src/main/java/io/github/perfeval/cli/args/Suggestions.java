package io.github.perfeval.cli.args;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an unknown name may have meant: the options that start like it ({@code --formt}: {@code --format}), or the
 * subcommands most like it by their pairs of letters ({@code chek}: {@code check}), as picocli suggested them.
 */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * @param spec the command the name was given to
     * @param arg the unknown name
     * @return the line to print, or null when nothing resembles it
     */
    static String of(CommandSpec spec, String arg) {
        if (ArgumentParser.resemblesOption(arg)) {
            String stripped = strip(arg);
            String prefix = stripped.substring(0, Math.min(2, stripped.length()));
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                for (String n : o.names()) {
                    if (strip(n).startsWith(prefix)) {
                        names.add(n);
                    }
                }
            }
            return names.isEmpty() ? null : "Possible solutions: " + String.join(", ", names);
        }
        if (spec.subcommands().isEmpty()) {
            return null;
        }
        // the most similar first; equally similar ones keep the last (picocli kept them in a map by score)
        TreeMap<Double, String> byScore = new TreeMap<>();
        String pattern = arg.toLowerCase(Locale.ROOT);
        for (String sub : spec.subcommands().keySet()) {
            double score = similarity(pattern, sub.toLowerCase(Locale.ROOT));
            if (score > 0) {
                byScore.put(score, spec.name() + " " + sub);
            }
        }
        List<String> best = new ArrayList<>(byScore.descendingMap().values());
        best = best.subList(0, Math.min(3, best.size()));
        return best.isEmpty() ? null : "Did you mean: " + String.join(" or ", best) + "?";
    }

    private static String strip(String name) {
        int i = 0;
        while (i < name.length() && !Character.isJavaIdentifierPart(name.charAt(i))) {
            i++;
        }
        return name.substring(i);
    }

    /** The cosine of the two words' vectors of letter pairs. */
    private static double similarity(String a, String b) {
        Map<String, Integer> x = pairs(a);
        Map<String, Integer> y = pairs(b);
        return dot(x, y) / Math.sqrt(dot(x, x) * dot(y, y));
    }

    private static Map<String, Integer> pairs(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            m.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return m;
    }

    private static double dot(Map<String, Integer> x, Map<String, Integer> y) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            sum += e.getValue() * y.getOrDefault(e.getKey(), 0);
        }
        return sum;
    }
}
