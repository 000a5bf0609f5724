package io.github.perfeval.spring.web;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a JSON error is (an RFC 6901 JSON Pointer) and what Jackson said, from a Jackson 2 or Jackson 3
 * exception anywhere in a cause chain. Jackson 3 classes are touched only when Jackson 3 is present.
 */
final class JsonErrors {

    private static final boolean JACKSON3 = isPresent("tools.jackson.core.JacksonException");

    private JsonErrors() {
    }

    /** The pointer of the bad value ({@code /indicators/1/weight}); {@code ""} for the whole document. */
    static Optional<String> pointer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException) {
                return Optional.of(((JsonMappingException) t).getPath().stream()
                        .map(r -> r.getFieldName() != null ? "/" + escape(r.getFieldName()) : "/" + r.getIndex())
                        .collect(Collectors.joining()));
            }
            if (JACKSON3 && Jackson3.isJacksonException(t)) {
                return Optional.of(Jackson3.pointer(t));
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }

    /** Jackson's own message, without its location. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return ((com.fasterxml.jackson.core.JsonProcessingException) t).getOriginalMessage();
            }
            if (JACKSON3 && Jackson3.isJacksonException(t)) {
                return Jackson3.message(t);
            }
        }
        return e.getMessage();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isPresent(String name) {
        try {
            Class.forName(name, false, JsonErrors.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Jackson 3's side, loaded only when Jackson 3 is on the class path. */
    private static final class Jackson3 {
        static boolean isJacksonException(Throwable t) {
            return t instanceof tools.jackson.core.JacksonException;
        }

        static String pointer(Throwable t) {
            List<tools.jackson.core.JacksonException.Reference> path = ((tools.jackson.core.JacksonException) t).getPath();
            return path.stream().map(r -> r.getPropertyName() != null ? "/" + escape(r.getPropertyName()) : "/" + r.getIndex())
                    .collect(Collectors.joining());
        }

        static String message(Throwable t) {
            return ((tools.jackson.core.JacksonException) t).getOriginalMessage();
        }
    }
}
