package io.github.perfeval.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.perfeval.core.source.Location;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding about a form: a stable code, a severity, where it is, and a message in Chinese and
 * English. Diagnostics are data: filter, count and show them.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(StandardCode.DECLARED_TOTAL_MISMATCH, Location.cell("表", "H38"),
 *         "总分97.99不等于各项得分之和92.99", "declared total 97.99 is not the sum of the scores 92.99");
 * d.message(Locale.ENGLISH);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"code", "severity", "where", "message", "messageEn", "location"})
public final class Diagnostic {

    private final String code;
    private final Severity severity;
    private final Location location;
    private final String messageZh;
    private final String messageEn;

    private Diagnostic(String code, Severity severity, Location location, String messageZh, String messageEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.location = location;
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A diagnostic with the code's default severity.
     *
     * @param code the code
     * @param location where it is, or null for the whole form
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, Location location, String messageZh, String messageEn) {
        return new Diagnostic(code.name(), code.defaultSeverity(), location, messageZh, messageEn);
    }

    /** A diagnostic with a severity other than the code's default. */
    public static Diagnostic of(DiagnosticCode code, Severity severity, Location location, String messageZh,
                                String messageEn) {
        return new Diagnostic(code.name(), severity, location, messageZh, messageEn);
    }

    @JsonCreator
    static Diagnostic fromJson(@JsonProperty("code") String code, @JsonProperty("severity") Severity severity,
                               @JsonProperty("location") Location location, @JsonProperty("message") String zh,
                               @JsonProperty("messageEn") String en) {
        return new Diagnostic(code, severity, location, zh == null ? "" : zh, en == null ? "" : en);
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
        return messageZh;
    }

    /** The English message. */
    @JsonProperty("messageEn")
    public String getMessageEn() {
        return messageEn;
    }

    /**
     * The message in a language: Chinese for any Chinese locale ({@code zh}, {@code zh_CN}, {@code zh_TW},
     * {@code zh-Hant-HK}…) and for {@code null} (the forms' own language); English for every other
     * language, as the fallback a reader of neither language is likeliest to read.
     *
     * <pre>{@code
     * d.message(Locale.TRADITIONAL_CHINESE);   // 指标分值与预算执行分值合计96…
     * d.message(Locale.FRENCH);                // The weights … add up to 96, not 100 …
     * }</pre>
     *
     * @param locale the reader's locale, or null
     * @return the Chinese or the English message
     */
    public String message(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
    }

    /** This diagnostic at another place (e.g. once the reader knows the cell). */
    public Diagnostic at(Location newLocation) {
        return new Diagnostic(code, severity, newLocation, messageZh, messageEn);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Diagnostic)) {
            return false;
        }
        Diagnostic d = (Diagnostic) o;
        return code.equals(d.code) && severity == d.severity && Objects.equals(location, d.location)
                && messageZh.equals(d.messageZh) && messageEn.equals(d.messageEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, location, messageZh);
    }

    @Override
    public String toString() {
        return severity + " " + code + (location == null ? "" : " @ " + location.describe()) + ": " + messageEn;
    }
}
