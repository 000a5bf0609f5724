package io.github.perfeval.core.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** perfeval's bundles, loaded once per language, read as UTF-8, never falling back to the JVM's locale. */
final class BundledTexts implements MessageTexts {

    static final BundledTexts INSTANCE = new BundledTexts();
    private static final ResourceBundle.Control CANDIDATES = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Locales come from strangers (a request's Accept-Language): only so many are remembered. */
    private static final int MAX_CACHED = 64;

    private final Map<Locale, List<Map<String, String>>> chains = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    private BundledTexts() {
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        List<Map<String, String>> chain = chains.get(locale);
        if (chain == null) {
            chain = chain(locale);
            if (chains.size() < MAX_CACHED) {
                chains.put(locale, chain);
            }
        }
        for (Map<String, String> file : chain) {
            String p = file.get(key);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private List<Map<String, String>> chain(Locale locale) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Locale candidate : CANDIDATES.getCandidateLocales("", locale)) {
            String name = CANDIDATES.toBundleName(MessageTexts.BUNDLE, candidate) + ".properties";
            Map<String, String> file = files.get(name);
            if (file == null) {
                file = load(name);
                if (files.size() < MAX_CACHED) {
                    files.put(name, file);
                }
            }
            if (!file.isEmpty()) {
                out.add(file);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> load(String resource) {
        ClassLoader loader = MessageTexts.class.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new HashMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException("perfeval's message bundle " + resource + " cannot be read", e);
        }
    }
}
