package io.github.perfeval.core.json.internal;

import java.util.Optional;

/**
 * Which classes are perfeval's, and the generated implementation behind an abstract model type. The
 * modules apply perfeval's settings to these classes only, never to the application's own types, and
 * find implementations by the Immutables convention ({@code Form} → {@code ImmutableForm}, same
 * package), so a model type added later needs no registration.
 */
public final class ModelTypes {

    private static final ClassValue<Optional<Class<?>>> IMPLEMENTATIONS = new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
            return find(type);
        }
    };

    private ModelTypes() {
    }

    /**
     * Whether a class is one of perfeval's.
     *
     * @param c a class, may be null
     * @return true for classes in {@code io.github.perfeval} and below
     */
    public static boolean isPerfeval(Class<?> c) {
        return c != null && c.getName().startsWith("io.github.perfeval.");
    }

    /**
     * The generated implementation of an abstract perfeval model type.
     *
     * @param type a class
     * @return its {@code Immutable*} implementation, empty when it is not an abstract perfeval type or has none
     */
    public static Optional<Class<?>> implementationOf(Class<?> type) {
        return IMPLEMENTATIONS.get(type);
    }

    private static Optional<Class<?>> find(Class<?> type) {
        if (!isPerfeval(type) || type.isInterface() || type.isPrimitive() || type.isArray()
                || !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            Class<?> impl = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
            return type.isAssignableFrom(impl) ? Optional.of(impl) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
