package io.github.perfeval.core.diagnostic;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the patterns of diagnostics' messages come from: a key and a locale in, a
 * {@link MessageFormat} pattern out ({@code 总分{0}超过100}). perfeval's own are
 * {@link #bundled()}: the resource bundle {@code io/github/perfeval/core/diagnostic/Messages}
 * ({@code Messages.properties} English, {@code Messages_zh.properties} Chinese, UTF-8). An application adds
 * a language by putting {@code io/github/perfeval/core/diagnostic/Messages_fr.properties} on its class
 * path, or answers from its own bundle or {@code MessageSource}:
 *
 * <pre>{@code
 * ResourceBundle mine = ResourceBundle.getBundle("messages", Locale.FRENCH);
 * MessageTexts texts = (key, locale) -> mine.containsKey(key) ? Optional.of(mine.getString(key)) : Optional.empty();
 * diagnostic.message(Locale.FRENCH, texts);   // the application's text, perfeval's for keys it lacks
 * }</pre>
 *
 * <p>Patterns follow {@link MessageFormat}'s rules (one parse per pattern, then filled in fast): a literal
 * apostrophe is written {@code ''}.
 * Arguments reach the pattern as text (numbers written out plainly), so a placeholder is {@code {0}}.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageTexts {

    /** The base name of perfeval's message bundles. */
    String BUNDLE = "io/github/perfeval/core/diagnostic/Messages";

    /**
     * The pattern of a key in a language.
     *
     * @param key the message key ({@code WEIGHT_TOTAL_MISMATCH}, {@code WEIGHTS_ASSIGNED.scheme})
     * @param locale the reader's locale, not null
     * @return the pattern, empty when this source has none for the key
     */
    Optional<String> pattern(String key, Locale locale);

    /**
     * These texts, and another source's for the keys these lack.
     *
     * @param fallback the other source
     * @return the combined source
     */
    default MessageTexts orElse(MessageTexts fallback) {
        return (key, locale) -> {
            Optional<String> p = pattern(key, locale);
            return p.isPresent() ? p : fallback.pattern(key, locale);
        };
    }

    /**
     * perfeval's bundles, and any {@code Messages_xx.properties} an application adds under the same
     * name: the locale's most specific bundle that has the key ({@code zh_TW}, then {@code zh}), else
     * the English base. Never the JVM's default locale.
     *
     * @return the bundled texts
     */
    static MessageTexts bundled() {
        return BundledTexts.INSTANCE;
    }

    /**
     * Whether a locale reads Chinese ({@code zh}, {@code zh_CN}, {@code zh_TW}, {@code zh-Hant-HK}…);
     * {@code null} counts as Chinese, the forms' own language.
     *
     * @param locale a locale, may be null
     * @return true for Chinese
     */
    static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /**
     * A key's message in a language: its pattern with the arguments filled in.
     *
     * @param key the key
     * @param arguments the arguments
     * @param locale the reader's locale
     * @param texts where patterns come from
     * @return the message, empty when no pattern has the key or the pattern is broken
     */
    static Optional<String> format(String key, List<MessageArgument> arguments, Locale locale, MessageTexts texts) {
        Locale l = locale == null ? Locale.CHINESE : locale;
        Optional<String> pattern = texts.pattern(key, l);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).render(l, texts);
        }
        try {
            return Optional.of(MessagePattern.of(pattern.get()).format(l, values));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
