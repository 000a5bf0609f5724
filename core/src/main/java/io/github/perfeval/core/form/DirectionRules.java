package io.github.perfeval.core.form;

import io.github.perfeval.core.quantity.Quantity;
import io.github.perfeval.core.quantity.Unit;
import io.github.perfeval.core.quantity.UnitKind;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which way an indicator's target points (at least or at most), decided from evidence and saying what
 * decided it. The rules, in order:
 * <ol>
 *   <li>an operator written on the form: ≥ ＞ at least, ≤ ＜ at most ({@link DirectionBasis#OPERATOR});</li>
 *   <li>the user's rules, by exact name ({@link #withName}) or by pattern ({@link #withPattern}), for
 *       targets written without an operator or with ＝;</li>
 *   <li>what the indicator measures, from the keyword of its name that ends last (Chinese compounds put
 *       their head last: 设备故障排除率 is a rate of 排除, 事故发生率 a rate of 发生): a reduction, saving or
 *       increase ({@link WordList#CHANGE}: 下降, 节约, 增长…) is at least; a rate (…率, …度, a % target) of
 *       something good ({@link WordList#GOOD}: 达标, 合格, 完成, 覆盖, 办结, 修复, 知晓, 满意, 到位, 及时…)
 *       is at least; a count, amount or rate of harm ({@link WordList#HARM}: 事故, 死亡, 损失, 投诉…) is
 *       at most, except a name that is not a rate and has a good word before the harm (处置突发事件,
 *       排查隐患: an action on harm, counted as done);</li>
 *   <li>a cost (an amount under a level 成本指标, or a {@link WordList#COST} word with an amount of money
 *       outside 数量指标) is at most; a percentage under 成本指标 is a rate, judged by its name (政府采购率
 *       at least), except a control rate of a cost (成本控制率: the cost spent over the cost allowed, at most), and
 *       money paid out under 数量指标 (补助经费 72890元) is an output;</li>
 *   <li>a time limit (a duration under 时效指标, or a {@link WordList#TIME} word with a duration) is at most;
 *       a target written without a unit takes the one its name gives in parentheses (任务完成时限(月) 10);</li>
 *   <li>a bare zero target that is not a percentage ({@code 0起}) is at most: none may happen;</li>
 *   <li>a satisfaction indicator is at least;</li>
 *   <li>otherwise at least, and the decision says it is a guess ({@link DirectionBasis#DEFAULT}).</li>
 * </ol>
 * A target written with ＝ is read as at least (as deployed systems do), except ＝0 (nothing may
 * happen), a user's rule, and harm or a cost whose name does not say it is a change for the better or a
 * rate of something good (＝30000元 of 费用 is at most; ＝3% of 预算资金节约率 stays at least).
 *
 * <p>The word lists are data: {@code io/github/perfeval/core/form/direction-words.txt} on the class path,
 * listed by {@link #words(WordList)}. Change them for your province, or name your own indicators:
 *
 * <pre>{@code
 * DirectionRules mine = DirectionRules.standard()
 *         .withName("设备故障排除率", Direction.AT_LEAST)
 *         .withPattern("空置.*(率|套数)", Direction.AT_MOST)
 *         .withWords(DirectionRules.WordList.HARM, "漏水");
 * mine.decide(indicator).getDirection();
 * }</pre>
 *
 * <p>Immutable and thread-safe; deciding scans the name once.
 */
public final class DirectionRules {

    /** The word lists of the rules. */
    public enum WordList {
        /** Something good: a rate of it is at least (达标, 合格, 完成…). */
        GOOD,
        /** A reduction, saving or increase: the more, the better (下降, 节约, 增长…). */
        CHANGE,
        /** Harm: a count, amount or rate of it is at most (事故, 死亡, 损失…). */
        HARM,
        /** Cost words: with an amount of money, a cost (成本, 费用, 单价…). */
        COST,
        /** Time-limit words: with a duration, a time limit (时限, 用时, 响应时间…). */
        TIME
    }

    private static final String RESOURCE = "direction-words.txt";
    /** What follows a cost word in the name of a cost spent over the cost allowed (成本控制率). */
    private static final String CONTROL_RATE = "控制率";
    private static final Keyword[] NO_HITS = new Keyword[0];
    private static final DirectionRules STANDARD = new DirectionRules(load(), Map.of(), List.of());

    private final Map<WordList, List<String>> words;
    private final Map<String, Direction> byName;
    private final List<PatternRule> patterns;
    /** The first characters of all keywords, sorted, and the keywords starting with each. */
    private final char[] firstChars;
    private final Keyword[][] byFirstChar;

    private DirectionRules(Map<WordList, List<String>> words, Map<String, Direction> byName, List<PatternRule> patterns) {
        Map<WordList, List<String>> w = new EnumMap<>(WordList.class);
        for (WordList l : WordList.values()) {
            w.put(l, List.copyOf(words.getOrDefault(l, List.of())));
        }
        this.words = Collections.unmodifiableMap(w);
        this.byName = Map.copyOf(byName);
        this.patterns = List.copyOf(patterns);
        java.util.TreeMap<Character, List<Keyword>> idx = new java.util.TreeMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (WordList l : new WordList[] {WordList.CHANGE, WordList.HARM, WordList.GOOD, WordList.COST, WordList.TIME}) {
            for (String word : w.get(l)) {
                // a word on a naming list and on a context list (COST, TIME) is kept on both
                String key = (l == WordList.COST || l == WordList.TIME ? l.name() : "") + word;
                if (seen.add(key)) {
                    idx.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new Keyword(word, l));
                }
            }
        }
        this.firstChars = new char[idx.size()];
        this.byFirstChar = new Keyword[idx.size()][];
        int i = 0;
        for (Map.Entry<Character, List<Keyword>> e : idx.entrySet()) {
            firstChars[i] = e.getKey();
            byFirstChar[i++] = e.getValue().toArray(new Keyword[0]);
        }
    }

    /** The rules of the README, with the word lists shipped in {@code direction-words.txt}. */
    public static DirectionRules standard() {
        return STANDARD;
    }

    /**
     * These rules with a direction for every indicator of this name (compared in the normal form of
     * {@link Labels#normalize}: white space and full-width letters do not matter).
     *
     * @param name a level-3 name
     * @param direction its direction
     * @return the new rules
     */
    public DirectionRules withName(String name, Direction direction) {
        Map<String, Direction> m = new LinkedHashMap<>(byName);
        m.put(Labels.normalize(Objects.requireNonNull(name, "name")), Objects.requireNonNull(direction, "direction"));
        return new DirectionRules(words, m, patterns);
    }

    /**
     * These rules with a direction for every indicator whose name (in its normal form) contains a match
     * of a regular expression. Patterns are tried in the order they were added, after the names.
     *
     * @param regex a {@link Pattern} expression, e.g. {@code 空置.*率}
     * @param direction the direction
     * @return the new rules
     * @throws java.util.regex.PatternSyntaxException if the expression is not valid
     */
    public DirectionRules withPattern(String regex, Direction direction) {
        List<PatternRule> p = new ArrayList<>(patterns);
        p.add(new PatternRule(Pattern.compile(regex), Objects.requireNonNull(direction, "direction")));
        return new DirectionRules(words, byName, p);
    }

    /**
     * These rules with more words in a list.
     *
     * @param list the list
     * @param more the words (blank ones are ignored)
     * @return the new rules
     */
    public DirectionRules withWords(WordList list, String... more) {
        Map<WordList, List<String>> m = new EnumMap<>(words);
        Set<String> all = new LinkedHashSet<>(words.get(list));
        for (String w : more) {
            String n = Labels.normalize(w);
            if (!n.isEmpty()) {
                all.add(n);
            }
        }
        m.put(list, new ArrayList<>(all));
        return new DirectionRules(m, byName, patterns);
    }

    /** The words of a list, in the order they were given. */
    public List<String> words(WordList list) {
        return words.get(list);
    }

    /**
     * The direction of an indicator's target.
     *
     * @param indicator the indicator
     * @return the decision, with what decided it
     */
    public DirectionDecision decide(Indicator indicator) {
        return decide(indicator.getLevel1(), indicator.getLevel2(), indicator.getName(), indicator.getTarget());
    }

    /**
     * The direction of a target.
     *
     * @param level1 the level 1, if known
     * @param level2 the level 2, if known
     * @param name the level-3 name
     * @param target the target as read
     * @return the decision, with what decided it
     */
    public DirectionDecision decide(Optional<Level1> level1, Optional<Level2> level2, String name, IndicatorValue target) {
        String n = normalName(name);
        Comparison op = target.getComparison().orElse(null);
        Quantity q = target.getQuantity().orElse(null);
        UnitKind unit = q == null ? UnitKind.NONE : q.unit().kind();
        if (q != null && unit == UnitKind.NONE) {
            unit = unitInName(n);
        }
        boolean money = unit == UnitKind.MONEY || unit == UnitKind.RATE && moneyNumerator(q.unit());
        boolean costLevel = level1.map(l -> l == Level1.COST).orElse(false) || level2.map(Level2::isCost).orElse(false);
        Keyword[] hits = hits(n);
        String costWord = first(hits, WordList.COST);
        // a cost is an amount: a percentage under a cost level (政府采购率, 节支率) is a rate, judged by its name
        // and money paid out under 数量指标 (补助经费 72890元) is an output, not a cost
        boolean quantityLevel = level2.map(l -> l == Level2.QUANTITY).orElse(false);
        // a control rate of a cost (成本控制率, 费用控制率) is the cost spent over the cost allowed, whatever its unit
        boolean costRatio = costWord != null && n.indexOf(CONTROL_RATE, n.indexOf(costWord)) >= 0;
        boolean cost = costLevel && unit != UnitKind.PERCENT || costWord != null && money && !quantityLevel || costRatio;
        String costEvidence = costRatio
                ? n.substring(n.indexOf(costWord), n.indexOf(CONTROL_RATE, n.indexOf(costWord)) + CONTROL_RATE.length())
                : costLevel ? level2.filter(Level2::isCost).map(Level2::label).orElse(Level1.COST.label()) : costWord;

        if (op != null && op != Comparison.EQUAL) {
            return DirectionDecision.of(op.direction(), DirectionBasis.OPERATOR, null, cost);
        }
        Direction user = byName.get(n);
        if (user != null) {
            return DirectionDecision.of(user, DirectionBasis.USER_NAME, n, cost);
        }
        for (PatternRule p : patterns) {
            if (p.pattern.matcher(n).find()) {
                return DirectionDecision.of(p.direction, DirectionBasis.USER_PATTERN, p.pattern.pattern(), cost);
            }
        }
        boolean zero = q != null && q.value().signum() == 0;
        Keyword head = null;
        boolean goodBefore = false;
        for (Keyword k : hits) {
            if (k != null && k.list != WordList.COST && k.list != WordList.TIME
                    && (head == null || k.end > head.end || k.end == head.end && k.word.length() > head.word.length())) {
                head = k;
            }
        }
        if (head != null) {
            for (Keyword k : hits) {
                if (k != null && k.list == WordList.GOOD && k.end <= head.start) {
                    goodBefore = true;
                    break;
                }
            }
        }
        boolean rate = isRate(n, unit);
        boolean harm = head != null && head.list == WordList.HARM && (rate || !goodBefore);

        if (op == Comparison.EQUAL) {
            boolean good = head != null && (head.list == WordList.CHANGE || head.list == WordList.GOOD && rate);
            if (zero) {
                return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.OPERATOR, null, cost);
            }
            if (!good && harm) {
                return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.HARM, head.word, cost);
            }
            if (!good && cost) {
                return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.COST, costEvidence, true);
            }
            return DirectionDecision.of(Direction.AT_LEAST, DirectionBasis.OPERATOR, null, cost);
        }
        if (head != null && head.list == WordList.CHANGE) {
            return DirectionDecision.of(Direction.AT_LEAST, DirectionBasis.CHANGE, head.word, cost);
        }
        if (head != null && head.list == WordList.GOOD && rate) {
            return DirectionDecision.of(Direction.AT_LEAST, DirectionBasis.GOOD_RATE, head.word, cost);
        }
        if (harm) {
            return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.HARM, head.word, cost);
        }
        if (cost) {
            return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.COST, costEvidence, true);
        }
        if (unit == UnitKind.DURATION) {
            if (level2.map(l -> l == Level2.TIMELINESS).orElse(false)) {
                return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.TIME_LIMIT, Level2.TIMELINESS.label(), false);
            }
            String timeWord = first(hits, WordList.TIME);
            if (timeWord != null) {
                return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.TIME_LIMIT, timeWord, false);
            }
        }
        if (zero && unit != UnitKind.PERCENT) {
            return DirectionDecision.of(Direction.AT_MOST, DirectionBasis.ZERO_TARGET, q.toString(), false);
        }
        if (level1.map(l -> l == Level1.SATISFACTION).orElse(false)) {
            return DirectionDecision.of(Direction.AT_LEAST, DirectionBasis.SATISFACTION, Level1.SATISFACTION.label(), false);
        }
        return DirectionDecision.of(Direction.AT_LEAST, DirectionBasis.DEFAULT, null, false);
    }

    /**
     * The keywords found in a name. Of the naming lists (GOOD, CHANGE, HARM), one contained in a longer one
     * found at the same place is dropped (合格 in 不合格).
     */
    private Keyword[] hits(String n) {
        Keyword[] found = null;
        int count = 0;
        for (int i = 0; i < n.length(); i++) {
            int at = java.util.Arrays.binarySearch(firstChars, n.charAt(i));
            if (at < 0) {
                continue;
            }
            for (Keyword k : byFirstChar[at]) {
                if (n.startsWith(k.word, i)) {
                    if (found == null) {
                        found = new Keyword[8];
                    } else if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = k.at(i);
                }
            }
        }
        if (found == null) {
            return NO_HITS;
        }
        for (int a = 0; a < count; a++) {
            if (found[a] == null || found[a].list == WordList.COST || found[a].list == WordList.TIME) {
                continue;
            }
            for (int b = 0; b < count; b++) {
                if (a != b && found[b] != null && found[b].list != WordList.COST && found[b].list != WordList.TIME
                        && found[b].start <= found[a].start && found[a].end <= found[b].end
                        && found[b].word.length() > found[a].word.length()) {
                    found[a] = null;
                    break;
                }
            }
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }

    private static String first(Keyword[] hits, WordList list) {
        for (Keyword k : hits) {
            if (k != null && k.list == list) {
                return k.word;
            }
        }
        return null;
    }

    /** The name in the normal form of {@link Labels#normalize}, without copying a name that is already in it. */
    private static String normalName(String name) {
        if (name == null) {
            return "";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c >= 0xff00 && c <= 0xffef || c == '\u3000' || c == '\u00a0' || c == '\u200b' || c == ':'
                    || c == '(' || c == '[') {
                return Labels.normalize(name);
            }
        }
        return name;
    }

    private static boolean isRate(String n, UnitKind unit) {
        if (unit == UnitKind.PERCENT || n.indexOf('率') >= 0) {
            return true;
        }
        String s = n;
        int open = s.lastIndexOf('(');
        if (open > 0 && s.endsWith(")")) {
            s = s.substring(0, open);
        }
        return s.endsWith("度") || s.endsWith("比例") || s.endsWith("比重") || s.endsWith("占比");
    }

    /**
     * The unit a name gives in its last parentheses when the target has none: 任务完成时限(月) 10, 满意度(%) 90,
     * 助农增收(元) 1980, or a template's placeholder (≥**万元). Only a duration, an amount of money or a
     * percentage counts; anything else in parentheses (含监测对象) is no unit.
     */
    private static UnitKind unitInName(String n) {
        int open = n.lastIndexOf('(');
        if (open < 0 || !n.endsWith(")")) {
            return UnitKind.NONE;
        }
        int from = open + 1;
        while (from < n.length() - 1 && "≥≤<>=*".indexOf(n.charAt(from)) >= 0) {
            from++;
        }
        UnitKind kind = Unit.parse(n.substring(from, n.length() - 1)).kind();
        return kind == UnitKind.DURATION || kind == UnitKind.MONEY || kind == UnitKind.PERCENT ? kind : UnitKind.NONE;
    }

    private static boolean moneyNumerator(Unit rate) {
        int slash = rate.symbol().indexOf('/');
        return slash > 0 && Unit.parse(rate.symbol().substring(0, slash)).kind() == UnitKind.MONEY;
    }

    private static Map<WordList, List<String>> load() {
        Map<WordList, List<String>> m = new EnumMap<>(WordList.class);
        try (InputStream in = DirectionRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int colon = s.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(RESOURCE + ": not a word list: " + s);
                }
                WordList list = WordList.valueOf(s.substring(0, colon).strip());
                Set<String> ws = new LinkedHashSet<>(m.getOrDefault(list, List.of()));
                for (String w : s.substring(colon + 1).strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        ws.add(w);
                    }
                }
                m.put(list, new ArrayList<>(ws));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** A keyword, and where it was found. */
    private static final class Keyword {
        final String word;
        final WordList list;
        final int start;
        final int end;

        Keyword(String word, WordList list) {
            this(word, list, -1);
        }

        private Keyword(String word, WordList list, int start) {
            this.word = word;
            this.list = list;
            this.start = start;
            this.end = start + word.length();
        }

        Keyword at(int i) {
            return new Keyword(word, list, i);
        }
    }

    /** A user's pattern and its direction. */
    private static final class PatternRule {
        final Pattern pattern;
        final Direction direction;

        PatternRule(Pattern pattern, Direction direction) {
            this.pattern = pattern;
            this.direction = direction;
        }
    }

    @Override
    public String toString() {
        return "DirectionRules " + words.keySet() + (byName.isEmpty() ? "" : " names=" + byName.keySet())
                + (patterns.isEmpty() ? "" : " patterns=" + patterns.size());
    }
}
