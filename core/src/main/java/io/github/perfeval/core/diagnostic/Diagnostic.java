package io.github.perfeval.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.source.Location;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding about a form: a stable code, a severity, where it is, and a message. perfeval's own
 * diagnostics carry a message key and its arguments, and their messages come from resource bundles
 * (see {@link MessageTexts}): Chinese and English are perfeval's, any other language is a bundle an
 * application adds. Diagnostics are data: filter, count and show them.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(StandardCode.DECLARED_TOTAL_MISMATCH, Location.cell("表", "H38"),
 *         MessageArgument.number(new BigDecimal("97.99")), MessageArgument.number(new BigDecimal("92.99")));
 * d.getKey();                     // Optional[DECLARED_TOTAL_MISMATCH]
 * d.getMessageZh();               // 总分填报97.99，各项得分（含预算执行）之和为92.99
 * d.message(Locale.FRENCH);       // from Messages_fr.properties when the application adds one, else English
 * }</pre>
 *
 * <p>A rule of your own may give its messages as literal Chinese and English instead, with no key:
 * {@code Diagnostic.of(MyCode.SHORT_REASON, at, "偏差原因不足10字", "reason under 10 characters")}; such a
 * diagnostic answers English to every language but Chinese. JSON: {@code code}, {@code severity},
 * {@code where}, {@code message} (Chinese), {@code messageEn}, {@code key} and {@code arguments} (when
 * keyed), {@code location}; JSON with the messages only (written before keys existed) is read as a
 * literal diagnostic.
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"code", "severity", "where", "message", "messageEn", "key", "arguments", "location"})
public final class Diagnostic {

    private final String code;
    private final Severity severity;
    private final Location location;
    private final String key;
    private final List<MessageArgument> arguments;
    /** Given for a literal diagnostic or one read from JSON; else worked out from the bundles when first asked. */
    private String messageZh;
    private String messageEn;

    private Diagnostic(String code, Severity severity, Location location, String key, List<MessageArgument> arguments,
                       String messageZh, String messageEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.location = location;
        this.key = key;
        this.arguments = List.copyOf(arguments); // the factories' List.of is kept as it is, not copied again
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        if (key == null && (messageZh == null || messageEn == null)) {
            throw new NullPointerException("A diagnostic without a message key needs its messages");
        }
    }

    /**
     * A diagnostic with literal messages and the code's default severity: for rules of your own that
     * have no message bundle. Every language but Chinese gets the English.
     *
     * @param code the code
     * @param location where it is, or null for the whole form
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, Location location, String messageZh, String messageEn) {
        return new Diagnostic(code.name(), code.defaultSeverity(), location, null, List.of(),
                Objects.requireNonNull(messageZh, "messageZh"), Objects.requireNonNull(messageEn, "messageEn"));
    }

    /**
     * A diagnostic with literal messages and a severity other than the code's default.
     *
     * @param code the code
     * @param severity the severity
     * @param location where it is, or null for the whole form
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, Severity severity, Location location, String messageZh,
                                String messageEn) {
        return new Diagnostic(code.name(), severity, location, null, List.of(),
                Objects.requireNonNull(messageZh, "messageZh"), Objects.requireNonNull(messageEn, "messageEn"));
    }

    /**
     * A diagnostic whose message is the bundles' text for the code's name, with these arguments.
     *
     * @param code the code, also the message key
     * @param location where it is, or null for the whole form
     * @param arguments the message's arguments, in the order of its placeholders
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, Location location, MessageArgument... arguments) {
        return new Diagnostic(code.name(), code.defaultSeverity(), location, code.name(), List.of(arguments), null, null);
    }

    /**
     * A diagnostic whose message is one of several sentences of its code: the key is the code's name,
     * a dot and the variant ({@code WEIGHTS_ASSIGNED.scheme}).
     *
     * @param code the code
     * @param variant the sentence's name
     * @param location where it is, or null for the whole form
     * @param arguments the message's arguments, in the order of its placeholders
     * @return the diagnostic
     */
    public static Diagnostic variant(DiagnosticCode code, String variant, Location location, MessageArgument... arguments) {
        return new Diagnostic(code.name(), code.defaultSeverity(), location, code.name() + "." + Objects.requireNonNull(variant, "variant"),
                List.of(arguments), null, null);
    }

    @JsonCreator
    static Diagnostic fromJson(@JsonProperty("code") String code, @JsonProperty("severity") Severity severity,
                               @JsonProperty("location") Location location, @JsonProperty("message") String zh,
                               @JsonProperty("messageEn") String en, @JsonProperty("key") String key,
                               @JsonProperty("arguments") List<MessageArgument> arguments) {
        List<MessageArgument> args = arguments == null ? List.of() : arguments;
        if (key == null) {
            return new Diagnostic(code, severity, location, null, args, zh == null ? "" : zh, en == null ? "" : en);
        }
        return new Diagnostic(code, severity, location, key, args, zh, en);
    }

    /** The stable code, e.g. {@code WEIGHT_TOTAL_MISMATCH}. */
    @JsonProperty("code")
    public String getCode() {
        return code;
    }

    /** Whether this diagnostic has the given code. */
    public boolean is(DiagnosticCode c) {
        return code.equals(c.name());
    }

    @JsonProperty("severity")
    public Severity getSeverity() {
        return severity;
    }

    /** Where it is; empty when it concerns the whole form. */
    @JsonProperty("location")
    public Optional<Location> getLocation() {
        return Optional.ofNullable(location);
    }

    /** The location in short ({@code sheet!H38} or the indicator path), or empty text. */
    @JsonProperty("where")
    public String getWhere() {
        return location == null ? "" : location.describe();
    }

    /** The Chinese message. */
    @JsonProperty("message")
    public String getMessageZh() {
        String m = messageZh;
        if (m == null) {
            m = render(Locale.CHINESE, MessageTexts.bundled());
            messageZh = m;
        }
        return m;
    }

    /** The English message. */
    @JsonProperty("messageEn")
    public String getMessageEn() {
        String m = messageEn;
        if (m == null) {
            m = render(Locale.ROOT, MessageTexts.bundled());
            messageEn = m;
        }
        return m;
    }

    /** The message key ({@code WEIGHT_TOTAL_MISMATCH}, {@code WEIGHTS_ASSIGNED.scheme}); empty for literal messages. */
    @JsonProperty("key")
    public Optional<String> getKey() {
        return Optional.ofNullable(key);
    }

    /** The message's arguments, in the order of its placeholders; empty for literal messages. */
    @JsonProperty("arguments")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<MessageArgument> getArguments() {
        return arguments;
    }

    /**
     * The message in a language: Chinese for any Chinese locale ({@code zh}, {@code zh_CN}, {@code zh_TW},
     * {@code zh-Hant-HK}…) and for {@code null} (the forms' own language); for another language, the text
     * of a bundle the application added for it ({@code Messages_fr.properties}, see {@link MessageTexts}),
     * else English.
     *
     * <pre>{@code
     * d.message(Locale.TRADITIONAL_CHINESE);   // 指标分值与预算执行分值合计96…
     * d.message(Locale.FRENCH);                // The weights … add up to 96, not 100 … (or the French bundle's)
     * }</pre>
     *
     * @param locale the reader's locale, or null
     * @return the message
     */
    public String message(Locale locale) {
        if (MessageTexts.isChinese(locale)) {
            return getMessageZh();
        }
        if (key == null || "en".equals(locale.getLanguage())) {
            return getMessageEn();
        }
        return MessageTexts.format(key, arguments, locale, MessageTexts.bundled()).orElseGet(this::getMessageEn);
    }

    /**
     * The message in a language from the application's texts first ({@code MessageSource}, its own
     * bundle), perfeval's bundles for the keys they lack; a literal message as {@link #message(Locale)}.
     *
     * @param locale the reader's locale, or null
     * @param texts the application's texts
     * @return the message
     */
    public String message(Locale locale, MessageTexts texts) {
        if (key == null || texts == MessageTexts.bundled()) {
            return message(locale);
        }
        Locale l = locale == null ? Locale.CHINESE : locale;
        if (texts.pattern(key, l).isEmpty()) {
            return message(locale);
        }
        return MessageTexts.format(key, arguments, l, texts.orElse(MessageTexts.bundled())).orElseGet(() -> message(locale));
    }

    private String render(Locale locale, MessageTexts texts) {
        return MessageTexts.format(key, arguments, locale, texts).orElseGet(() -> fallback(locale, texts));
    }

    /** A key no bundle has (JSON from a newer version, a rule's own key): the key and its arguments, never an exception. */
    private String fallback(Locale locale, MessageTexts texts) {
        StringBuilder sb = new StringBuilder(key);
        for (int i = 0; i < arguments.size(); i++) {
            sb.append(i == 0 ? ": " : ", ").append(arguments.get(i).render(locale, texts));
        }
        return sb.toString();
    }

    /** This diagnostic at another place (e.g. once the reader knows the cell). */
    public Diagnostic at(Location newLocation) {
        return new Diagnostic(code, severity, newLocation, key, arguments, messageZh, messageEn);
    }

    /**
     * This diagnostic with another severity (e.g. a rule that makes a warning an error).
     *
     * @param newSeverity the severity
     * @return the diagnostic
     */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, location, key, arguments, messageZh, messageEn);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Diagnostic)) {
            return false;
        }
        Diagnostic d = (Diagnostic) o;
        return code.equals(d.code) && severity == d.severity && Objects.equals(location, d.location)
                && Objects.equals(key, d.key) && arguments.equals(d.arguments)
                && getMessageZh().equals(d.getMessageZh()) && getMessageEn().equals(d.getMessageEn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, location, key, arguments, getMessageZh());
    }

    @Override
    public String toString() {
        return severity + " " + code + (location == null ? "" : " @ " + location.describe()) + ": " + getMessageEn();
    }
}
