package io.github.perfeval.core.json.internal;

import io.github.perfeval.core.source.Location;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes a {@link Location} from its JSON parts through the same factory Jackson's creator calls
 * ({@code Location.fromJson}, package-private: the public factories cannot give every combination, and
 * the model's invariants stay in one place). Looked up once; the call is as direct as a static call.
 */
final class LocationFactory {

    private static final MethodHandle FROM_JSON = find();

    private LocationFactory() {
    }

    private static MethodHandle find() {
        try {
            return MethodHandles.privateLookupIn(Location.class, MethodHandles.lookup()).findStatic(Location.class, "fromJson",
                    MethodType.methodType(Location.class, String.class, String.class, Integer.class, Integer.class, Integer.class,
                            String.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The location of these parts, any of them null.
     *
     * @throws IllegalArgumentException when the location's invariants refuse them
     */
    static Location of(String sheet, String cell, Integer table, Integer row, Integer column, String context, String indicator) {
        try {
            return (Location) FROM_JSON.invokeExact(sheet, cell, table, row, column, context, indicator);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
