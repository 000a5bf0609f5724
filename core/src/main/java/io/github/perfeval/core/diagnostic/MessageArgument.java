package io.github.perfeval.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.quantity.Decimals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One argument of a diagnostic's message, filled into its {@code {0}}, {@code {1}}… placeholder: a
 * number, a text from the form (a name, a raw value, kept as written), a place, a fragment that is
 * itself a message (a key and its own arguments, so it is translated too), a list of arguments, or,
 * for a fragment only available in two languages, its Chinese and English text.
 *
 * <pre>{@code
 * Diagnostic.of(StandardCode.SCORE_EXCEEDS_WEIGHT, at, MessageArgument.text("培训人次"),
 *         MessageArgument.number(new BigDecimal("12")), MessageArgument.number(new BigDecimal("10")));
 * }</pre>
 *
 * <p>Numbers are written out plainly ({@code 12.5}, never {@code 1.25E+1} nor {@code 12.50}, no grouping)
 * before they reach the pattern, so a pattern uses {@code {0}}, not {@code {0,number}}. JSON: one of
 * {@code {"number": 12.5}}, {@code {"text": "…"}}, {@code {"cell": "表!H38"}},
 * {@code {"key": "…", "arguments": […]}}, {@code {"list": […]}} (with {@code "separator": "list.joined"} when
 * not the usual separator), {@code {"zh": "…", "en": "…"}}.
 * Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"number", "text", "cell", "key", "arguments", "list", "separator", "zh", "en"})
public final class MessageArgument {

    /** What an argument is. */
    public enum Kind {
        /** A number, written out plainly. */
        NUMBER,
        /** A text kept as written (a name, a raw value, a label from the form). */
        TEXT,
        /** A place on the form ({@code 表!H38}, a row), kept as written. */
        CELL,
        /** A fragment that is a message of its own: a key and its arguments. */
        MESSAGE,
        /** Arguments joined by the language's list separator ({@code 、} in Chinese, {@code , } in English). */
        LIST,
        /** A fragment given in Chinese and English only; other languages get the English. */
        BILINGUAL
    }

    /** The key of the list separator in the message bundles. */
    public static final String LIST_SEPARATOR = "list.separator";
    /** The key of the empty separator: items that carry their own punctuation, joined as they are. */
    public static final String LIST_JOINED = "list.joined";

    private final Kind kind;
    private final BigDecimal number;
    private final String text;
    /** The English of a BILINGUAL; the separator key of a LIST. */
    private final String en;
    private final List<MessageArgument> arguments;

    private MessageArgument(Kind kind, BigDecimal number, String text, String en, List<MessageArgument> arguments) {
        this.kind = kind;
        this.number = number;
        this.text = text;
        this.en = en;
        this.arguments = arguments;
    }

    /**
     * A number; {@code null} (a figure that is missing) becomes the text {@code -}.
     *
     * @param value the number
     * @return the argument
     */
    public static MessageArgument number(BigDecimal value) {
        return value == null ? text("-") : new MessageArgument(Kind.NUMBER, value, null, null, List.of());
    }

    /**
     * A whole number: a count, a row, a year.
     *
     * @param value the number
     * @return the argument
     */
    public static MessageArgument number(long value) {
        return new MessageArgument(Kind.NUMBER, BigDecimal.valueOf(value), null, null, List.of());
    }

    /**
     * A text kept as written.
     *
     * @param value the text (null is written as empty text)
     * @return the argument
     */
    public static MessageArgument text(String value) {
        return new MessageArgument(Kind.TEXT, null, value == null ? "" : value, null, List.of());
    }

    /**
     * A place: a cell address, a row, a table.
     *
     * @param place the place as shown
     * @return the argument
     */
    public static MessageArgument cell(String place) {
        return new MessageArgument(Kind.CELL, null, Objects.requireNonNull(place, "place"), null, List.of());
    }

    /**
     * A place on a form in each reader's language: a sheet's cell as it is ({@code 自评表!H26}, the same in both,
     * a {@link #cell}); a document table's place in Chinese for a Chinese reader ({@code 表格3第14行第4列}) and in
     * English for any other ({@code table 3, row 14, column 4}), as {@link io.github.perfeval.core.source.Location#describe(Locale)} gives them.
     *
     * <pre>{@code
     * MessageArgument.place(Location.tableCell(3, 14, 4));   // 表格3第14行第4列 | table 3, row 14, column 4
     * }</pre>
     *
     * @param place the place, not null
     * @return the argument
     */
    public static MessageArgument place(io.github.perfeval.core.source.Location place) {
        String en = place.describe();
        String zh = place.describe(Locale.CHINESE);
        return zh.equals(en) ? cell(en) : bilingual(zh, en);
    }

    /**
     * A fragment that is a message of its own, translated with the diagnostic.
     *
     * @param key the fragment's key in the message bundles
     * @param arguments its arguments
     * @return the argument
     */
    public static MessageArgument message(String key, MessageArgument... arguments) {
        return new MessageArgument(Kind.MESSAGE, null, Objects.requireNonNull(key, "key"), null, copy(arguments));
    }

    /**
     * Arguments shown as a list.
     *
     * @param items the items, in order
     * @return the argument
     */
    public static MessageArgument list(List<MessageArgument> items) {
        return new MessageArgument(Kind.LIST, null, null, LIST_SEPARATOR, copy(items));
    }

    /**
     * Arguments shown as a list with another separator, e.g. {@link #LIST_JOINED} for items that carry
     * their own punctuation.
     *
     * @param separatorKey the key of the separator's text in the message bundles
     * @param items the items, in order
     * @return the argument
     */
    public static MessageArgument list(String separatorKey, List<MessageArgument> items) {
        return new MessageArgument(Kind.LIST, null, null, Objects.requireNonNull(separatorKey, "separatorKey"), copy(items));
    }

    /**
     * A fragment available in Chinese and English only (e.g. a text another library produced); a
     * reader of any other language gets the English.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @return the argument
     */
    public static MessageArgument bilingual(String zh, String en) {
        return new MessageArgument(Kind.BILINGUAL, null, Objects.requireNonNull(zh, "zh"), Objects.requireNonNull(en, "en"), List.of());
    }

    private static List<MessageArgument> copy(MessageArgument[] items) {
        for (MessageArgument a : items) {
            Objects.requireNonNull(a, "a message argument");
        }
        return List.of(items); // one copy: no list view of the array copied twice over
    }

    private static List<MessageArgument> copy(List<MessageArgument> items) {
        for (MessageArgument a : items) {
            Objects.requireNonNull(a, "a message argument");
        }
        return List.copyOf(items);
    }

    @JsonCreator
    static MessageArgument fromJson(@JsonProperty("number") BigDecimal number, @JsonProperty("text") String text,
                                    @JsonProperty("cell") String cell, @JsonProperty("key") String key,
                                    @JsonProperty("arguments") List<MessageArgument> arguments,
                                    @JsonProperty("list") List<MessageArgument> list, @JsonProperty("separator") String separator,
                                    @JsonProperty("zh") String zh,
                                    @JsonProperty("en") String en) {
        int given = (number != null ? 1 : 0) + (text != null ? 1 : 0) + (cell != null ? 1 : 0) + (key != null ? 1 : 0)
                + (list != null ? 1 : 0) + (zh != null || en != null ? 1 : 0);
        if (given != 1 || (arguments != null && key == null) || (separator != null && list == null)) {
            throw new IllegalArgumentException("A message argument is one of number, text, cell, key (with arguments), list, zh and en");
        }
        if (number != null) {
            return number(number);
        }
        if (text != null) {
            return text(text);
        }
        if (cell != null) {
            return cell(cell);
        }
        if (key != null) {
            return message(key, arguments == null ? new MessageArgument[0] : arguments.toArray(new MessageArgument[0]));
        }
        if (list != null) {
            return separator == null ? list(list) : list(separator, list);
        }
        return bilingual(zh == null ? "" : zh, en == null ? "" : en);
    }

    /** What this argument is. */
    public Kind kind() {
        return kind;
    }

    /** The number of a {@link Kind#NUMBER}. */
    @JsonProperty("number")
    public Optional<BigDecimal> getNumber() {
        return Optional.ofNullable(number);
    }

    /** The text of a {@link Kind#TEXT}. */
    @JsonProperty("text")
    public Optional<String> getText() {
        return kind == Kind.TEXT ? Optional.of(text) : Optional.empty();
    }

    /** The place of a {@link Kind#CELL}. */
    @JsonProperty("cell")
    public Optional<String> getCell() {
        return kind == Kind.CELL ? Optional.of(text) : Optional.empty();
    }

    /** The key of a {@link Kind#MESSAGE}. */
    @JsonProperty("key")
    public Optional<String> getKey() {
        return kind == Kind.MESSAGE ? Optional.of(text) : Optional.empty();
    }

    /** The arguments of a {@link Kind#MESSAGE}; empty for other kinds. */
    @JsonProperty("arguments")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<MessageArgument> getArguments() {
        return kind == Kind.MESSAGE ? arguments : List.of();
    }

    /** The items of a {@link Kind#LIST}. */
    @JsonProperty("list")
    public Optional<List<MessageArgument>> getList() {
        return kind == Kind.LIST ? Optional.of(arguments) : Optional.empty();
    }

    /** The separator key of a {@link Kind#LIST}, when not the usual {@link #LIST_SEPARATOR}. */
    @JsonProperty("separator")
    public Optional<String> getSeparator() {
        return kind == Kind.LIST && !LIST_SEPARATOR.equals(en) ? Optional.of(en) : Optional.empty();
    }

    /** The Chinese of a {@link Kind#BILINGUAL}. */
    @JsonProperty("zh")
    public Optional<String> getZh() {
        return kind == Kind.BILINGUAL ? Optional.of(text) : Optional.empty();
    }

    /** The English of a {@link Kind#BILINGUAL}. */
    @JsonProperty("en")
    public Optional<String> getEn() {
        return kind == Kind.BILINGUAL ? Optional.of(en) : Optional.empty();
    }

    /**
     * This argument as text in a language.
     *
     * @param locale the reader's locale, not null
     * @param texts where message patterns come from
     * @return the text
     */
    public String render(Locale locale, MessageTexts texts) {
        switch (kind) {
            case NUMBER:
                return Decimals.isWithinBounds(number) ? Decimals.normalize(number).toPlainString() : number.toString();
            case TEXT:
            case CELL:
                return text;
            case MESSAGE:
                return MessageTexts.format(text, arguments, locale, texts).orElse(text);
            case LIST: {
                String separator = MessageTexts.format(en, List.of(), locale, texts).orElse(", ");
                StringBuilder sb = new StringBuilder();
                for (MessageArgument a : arguments) {
                    if (sb.length() > 0) {
                        sb.append(separator);
                    }
                    sb.append(a.render(locale, texts));
                }
                return sb.toString();
            }
            default:
                return MessageTexts.isChinese(locale) ? text : en;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MessageArgument)) {
            return false;
        }
        MessageArgument a = (MessageArgument) o;
        return kind == a.kind && (number == null ? a.number == null : a.number != null && number.compareTo(a.number) == 0)
                && Objects.equals(text, a.text) && Objects.equals(en, a.en) && arguments.equals(a.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, number == null ? null : number.stripTrailingZeros(), text, en, arguments);
    }

    @Override
    public String toString() {
        return render(Locale.ROOT, MessageTexts.bundled());
    }
}
