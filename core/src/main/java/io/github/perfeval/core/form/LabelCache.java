package io.github.perfeval.core.form;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what labels, as written, were recognised as: forms repeat a handful of spellings, and
 * recognising one means rebuilding its normal form. Bounded, so that hostile input cannot grow it.
 *
 * @param <T> what a label is recognised as
 */
final class LabelCache<T> {

    private static final int LIMIT = 4096;

    private final Map<String, Optional<T>> seen = new ConcurrentHashMap<>();
    private final Function<String, Optional<T>> lookup;

    LabelCache(Function<String, Optional<T>> lookup) {
        this.lookup = lookup;
    }

    Optional<T> get(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Optional<T> found = seen.get(label);
        if (found == null) {
            found = lookup.apply(label);
            if (seen.size() < LIMIT) {
                seen.put(label, found);
            }
        }
        return found;
    }
}
