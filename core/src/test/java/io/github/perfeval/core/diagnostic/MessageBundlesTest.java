package io.github.perfeval.core.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * perfeval's message bundles agree: every key has a Chinese and an English text with the same
 * placeholders, and every key the library's code uses (a diagnostic's code or variant, a fragment) is in
 * both, with as many arguments as the text has placeholders. The code is read from the modules' sources:
 * library code gives no literal messages.
 */
public class MessageBundlesTest {

    /**
     * Keys whose text in one language leaves out an argument the other shows (kept as they were
     * written before the messages had keys), and why.
     */
    private static final Map<String, String> ONE_LANGUAGE_OMITS = Map.of(
            "BUDGET_BREAKDOWN_MISMATCH", "the English says \"the total's\" where the Chinese names the total row ({3})",
            "DECLARED_GRADE_MISMATCH", "the English glosses the declared grade ({1}), the Chinese shows it as written only",
            "fragment.cellsMore", "the Chinese counts every cell ({0}), the English the ones not listed ({1})");

    // basicData.field.*: the Chinese names the section before the field ({0}编制数), the English the field only

    @Test
    void everyPatternFillsInAsMessageFormatDoes() throws IOException {
        List<String> patterns = new ArrayList<>(bundle("").values());
        patterns.addAll(bundle("_zh").values());
        patterns.addAll(List.of("{0,number} of {1}", "it''s '{0}' {1}", "{1}{0}{2}", "{0}", "", "only text", "a {3} b"));
        Object[] args = {"甲", "b''c", "{2}", "12.5"};
        for (String p : patterns) {
            Object[] a = p.contains("number") ? new Object[] {12.5, "x"} : args;
            assertThat(MessagePattern.of(p).format(java.util.Locale.ROOT, a)).as(p).isEqualTo(new MessageFormat(p, java.util.Locale.ROOT).format(a));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MessagePattern.of("{0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConstraintMessagesAreTheValidatorsOwn() throws IOException {
        Map<String, String> en = bundle("");
        for (String[] b : new String[][] {{"", "/ContributorValidationMessages.properties"}, {"_zh", "/ContributorValidationMessages_zh.properties"}}) {
            Properties validation = new Properties();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream(b[1])) {
                validation.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, String> mine = bundle(b[0]);
            for (String key : validation.stringPropertyNames()) {
                assertThat(mine.get("constraint." + key)).as("constraint." + key + " in Messages" + b[0]).isEqualTo(validation.getProperty(key));
            }
        }
        assertThat(en.keySet().stream().filter(k -> k.startsWith("constraint.")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEnumsKeysSayWhatTheirLabelsSay() {
        for (io.github.perfeval.core.form.Level1 l : io.github.perfeval.core.form.Level1.values()) {
            assertSays("level1." + l.name(), l.label(), l.english());
        }
        for (io.github.perfeval.core.value.ParseIssue i : io.github.perfeval.core.value.ParseIssue.values()) {
            assertSays("parseIssue." + i.name(), i.messageZh(), i.messageEn());
        }
        for (io.github.perfeval.core.quantity.UnitConvention c : io.github.perfeval.core.quantity.UnitConvention.values()) {
            assertSays("unitConvention." + c.name(), c.label(), c.english());
        }
    }

    /**
     * A key's Chinese and English texts are the given ones (for keys that word an enum's labels).
     *
     * @param key the key
     * @param zh the Chinese
     * @param en the English
     */
    public static void assertSays(String key, String zh, String en) {
        assertThat(MessageTexts.format(key, List.of(), java.util.Locale.CHINESE, MessageTexts.bundled())).as(key).contains(zh);
        assertThat(MessageTexts.format(key, List.of(), java.util.Locale.ROOT, MessageTexts.bundled())).as(key).contains(en);
    }

    /** Keys made of a prefix and an enum constant's name: every constant has its text. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.of("level1.", io.github.perfeval.core.form.Level1.class,
            "parseIssue.", io.github.perfeval.core.value.ParseIssue.class, "unitConvention.", io.github.perfeval.core.quantity.UnitConvention.class);
    /** Keys made of a prefix and a constant of an enum another module owns: that module's tests check them. */
    private static final Map<String, String> CHECKED_ELSEWHERE = Map.of("constraint.", "theConstraintMessagesAreTheValidatorsOwn below",
            "grade.", "scoring's MessageKeysTest (Grade)",
            "measure.", "scoring's MessageKeysTest (DerivedMeasure)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[},]");
    /** Modules whose diagnostics may be literal: the examples show a user's own rules. Library code gives keys. */
    private static final Set<String> LITERAL_ALLOWED = Set.of("examples");

    static Map<String, String> bundle(String suffix) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + MessageTexts.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return m;
        }
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        new MessageFormat(pattern); // parses, or throws
        String unquoted = pattern.replace("''", "");
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void everyKeyHasChineseAndEnglishWithTheSamePlaceholders() throws IOException {
        Map<String, String> en = bundle("");
        Map<String, String> zh = bundle("_zh");
        assertThat(zh.keySet()).as("keys of Messages_zh against Messages").isEqualTo(en.keySet());
        for (String key : en.keySet()) {
            if (!ONE_LANGUAGE_OMITS.containsKey(key) && !key.startsWith("basicData.field.")) {
                assertThat(placeholders(zh.get(key))).as("placeholders of " + key).isEqualTo(placeholders(en.get(key)));
            }
            Set<Integer> p = placeholders(zh.get(key));
            p.addAll(placeholders(en.get(key)));
            assertThat(p).as("placeholders of " + key + " are 0..n-1").isEqualTo(
                    Stream.iterate(0, i -> i + 1).limit(p.size()).collect(Collectors.toCollection(TreeSet::new)));
            if (!key.equals(MessageArgument.LIST_JOINED)) {
                assertThat(en.get(key)).as(key).isNotBlank();
                assertThat(zh.get(key)).as(key).isNotBlank();
            }
            // an apostrophe alone would vanish: MessageFormat wants ''
            assertThat(en.get(key).replace("''", "")).as("a lone apostrophe in " + key).doesNotContain("'");
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundlesWithItsArguments() throws IOException {
        Map<String, String> en = bundle("");
        Map<String, String> zh = bundle("_zh");
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).exists();
        List<String> problems = new ArrayList<>();
        int uses = 0;
        List<Path> sources;
        try (Stream<Path> s = Files.walk(root, 12)) {
            sources = s.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/")).collect(Collectors.toList());
        }
        for (Path file : sources) {
            String module = root.relativize(file).getName(0).toString();
            String text = Files.readString(file);
            for (Call c : calls(text, "Diagnostic.of(")) {
                if (c.args.size() < 2 || c.javadoc) {
                    continue;
                }
                if (LITERAL_ALLOWED.contains(module)) {
                    continue;
                }
                int first = c.args.get(1).matches("Severity\\.\\w+") ? 3 : 2;
                for (String key : codesIn(c.args.get(0))) {
                    uses++;
                    check(en, zh, key, c.args.size() - first, file, problems);
                }
            }
            for (Call c : calls(text, "Diagnostic.variant(")) {
                if (c.javadoc) {
                    continue;
                }
                List<String> variants = literals(c.args.get(1));
                if (variants.isEmpty()) {
                    problems.add(file.getFileName() + ": a variant that is not a literal " + c.args.get(1));
                    continue;
                }
                for (String code : codesIn(c.args.get(0))) {
                    for (String variant : variants) {
                        uses++;
                        check(en, zh, code + "." + variant, c.args.size() - 3, file, problems);
                    }
                }
            }
            for (Call c : calls(text, "MessageArgument.message(")) {
                if (c.javadoc) {
                    continue;
                }
                String key = c.args.get(0);
                Matcher dynamic = Pattern.compile("(?s)\"([\\w.]+\\.)\" \\+ .*").matcher(key);
                if (dynamic.matches() && ENUM_KEYS.containsKey(dynamic.group(1))) {
                    for (Enum<?> constant : ENUM_KEYS.get(dynamic.group(1)).getEnumConstants()) {
                        uses++;
                        check(en, zh, dynamic.group(1) + constant.name(), c.args.size() - 1, file, problems);
                    }
                    continue;
                }
                if (dynamic.matches() && CHECKED_ELSEWHERE.containsKey(dynamic.group(1))) {
                    continue;
                }
                List<String> keys = literals(key);
                if (keys.isEmpty()) {
                    problems.add(file.getFileName() + ": a fragment key that is not a literal " + key);
                    continue;
                }
                for (String k : keys) {
                    uses++;
                    check(en, zh, k, c.args.size() - 1, file, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(uses).as("keyed uses found in the sources").isGreaterThan(3);
    }

    private static void check(Map<String, String> en, Map<String, String> zh, String key, int arguments, Path file, List<String> problems) {
        String pattern = en.get(key);
        if (pattern == null) {
            problems.add(file.getFileName() + ": no message for " + key);
            return;
        }
        Set<Integer> all = placeholders(pattern);
        all.addAll(placeholders(zh.get(key)));
        int wanted = all.size();
        if (wanted != arguments) {
            problems.add(file.getFileName() + ": " + key + " has " + wanted + " placeholder(s), given " + arguments + " argument(s)");
        }
    }

    /**
     * The keys a key expression can give: a literal, or a choice between literals
     * ({@code zero ? "fragment.a" : "fragment.b"}); empty for anything else (a key built at run time).
     */
    private static List<String> literals(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([\\w.]+)\"").matcher(expression);
        while (m.find()) {
            out.add(m.group(1));
        }
        String rest = m.replaceAll("");
        return rest.contains("+") || rest.contains("(") || rest.contains("\"") ? List.of() : out;
    }

    private static List<String> codesIn(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:Code|StandardCode|BasicDataCode)\\.([A-Z][A-Z0-9_]+)").matcher(expression);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A call in the source: its top-level arguments. */
    static final class Call {
        final String text;
        final List<String> args;
        final boolean javadoc;

        Call(String text, List<String> args, boolean javadoc) {
            this.text = text;
            this.args = args;
            this.javadoc = javadoc;
        }
    }

    /** Every call of a method in a source, split into its top-level arguments (strings and chars skipped). */
    static List<Call> calls(String source, String opening) {
        List<Call> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = source.indexOf(opening, from);
            if (at < 0) {
                return out;
            }
            int lineStart = source.lastIndexOf('\n', at) + 1;
            String linePrefix = source.substring(lineStart, at).strip();
            boolean javadoc = linePrefix.startsWith("*") || linePrefix.startsWith("//");
            int i = at + opening.length();
            int depth = 1;
            int argStart = i;
            List<String> args = new ArrayList<>();
            while (i < source.length() && depth > 0) {
                char ch = source.charAt(i);
                if (ch == '"' || ch == '\'') {
                    i++;
                    while (i < source.length() && source.charAt(i) != ch) {
                        if (source.charAt(i) == '\\') {
                            i++;
                        }
                        i++;
                    }
                } else if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    depth--;
                    if (depth == 0) {
                        String last = source.substring(argStart, i).strip();
                        if (!last.isEmpty()) {
                            args.add(last);
                        }
                    }
                } else if (ch == ',' && depth == 1) {
                    args.add(source.substring(argStart, i).strip());
                    argStart = i + 1;
                }
                i++;
            }
            out.add(new Call(source.substring(at, Math.min(i, source.length())), args, javadoc));
            from = at + opening.length();
        }
    }
}
