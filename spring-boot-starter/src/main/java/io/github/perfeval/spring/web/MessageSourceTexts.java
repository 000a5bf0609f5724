package io.github.perfeval.spring.web;

import io.github.perfeval.core.diagnostic.MessageTexts;
import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Optional;

/**
 * The application's {@code MessageSource} as the texts of diagnostics' messages: a key the application
 * defines ({@code WEIGHT_TOTAL_MISMATCH} in its {@code messages_fr.properties}) is its pattern, with
 * perfeval's arguments filled in; a key it lacks falls to perfeval's bundles.
 */
final class MessageSourceTexts implements MessageTexts {

    private final MessageSource source;

    MessageSourceTexts(MessageSource source) {
        this.source = source;
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        // no arguments: Spring hands back the pattern as written, perfeval fills it in
        return Optional.ofNullable(source.getMessage(key, null, null, locale));
    }
}
