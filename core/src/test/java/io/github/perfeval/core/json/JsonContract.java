package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.json.internal.ModelTypes;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON contract every perfeval type keeps, for the tests of any module (in core's test jar): the
 * same JSON text under Jackson 2 and Jackson 3 through an application's own mapper with perfeval's
 * module, equal values read back under both, and samples that use every type and every optional part,
 * so that a type or field added without Jackson 3 support, or without a sample, fails a test.
 *
 * <pre>{@code
 * JsonContract.assertSameJsonUnderBothJacksons(myReport, Report.class);
 * JsonContract.assertSamplesUseEveryPart(List.of(myReport));
 * }</pre>
 */
public final class JsonContract {

    private JsonContract() {
    }

    /** A Jackson 2 mapper as an application builds it: Jackson's defaults and perfeval's module. */
    public static ObjectMapper jackson2() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new PerfevalJackson2Module()).build();
    }

    /** A Jackson 3 mapper as an application builds it: Jackson's defaults and perfeval's module. */
    public static tools.jackson.databind.json.JsonMapper jackson3() {
        return tools.jackson.databind.json.JsonMapper.builder().addModule(new PerfevalJackson3Module()).build();
    }

    /**
     * A Jackson 3 mapper whose parser enforces perfeval's limits itself and refuses repeated names, as
     * {@link PerfevalJson}'s does under Jackson 2: the module then reads without a checking parser.
     */
    public static tools.jackson.databind.json.JsonMapper jackson3WithLimits() {
        tools.jackson.core.json.JsonFactory factory = tools.jackson.core.json.JsonFactory.builder()
                .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(PerfevalJson.MAX_NESTING_DEPTH).maxNumberLength(PerfevalJson.MAX_NUMBER_LENGTH)
                        .maxStringLength(PerfevalJson.MAX_STRING_LENGTH).maxDocumentLength(PerfevalJson.MAX_DOCUMENT_LENGTH).build())
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return tools.jackson.databind.json.JsonMapper.builder(factory).addModule(new PerfevalJackson3Module()).build();
    }

    /**
     * Writes the value with both Jacksons and with {@link PerfevalJson}, expects one text, reads it
     * back with both and expects the value (or, for types without equality, the same text again).
     *
     * @param value the value
     * @param type the type an application reads it as
     * @return the JSON text
     */
    public static String assertSameJsonUnderBothJacksons(Object value, Class<?> type) throws Exception {
        String two = jackson2().writeValueAsString(value);
        String three = jackson3().writeValueAsString(value);
        assertThat(three).as("Jackson 3 writes what Jackson 2 writes").isEqualTo(two);
        assertThat(PerfevalJson.mapper().writeValueAsString(value)).as("PerfevalJson writes the same").isEqualTo(two);
        Object back2 = jackson2().readValue(two, type);
        Object back3 = jackson3().readValue(two, type);
        if (overridesEquals(value.getClass())) {
            assertThat(back2).as("read back by Jackson 2").isEqualTo(value);
            assertThat(back3).as("read back by Jackson 3").isEqualTo(value);
        }
        assertThat(jackson2().writeValueAsString(back2)).as("Jackson 2 round trip").isEqualTo(two);
        assertThat(jackson3().writeValueAsString(back3)).as("Jackson 3 round trip").isEqualTo(two);
        return two;
    }

    /**
     * The samples use every perfeval type their getters can return, and every optional part (an
     * {@code Optional} present, a list not empty) at least once.
     *
     * @param samples the sample values
     * @return every perfeval type the samples use
     */
    public static Set<Class<?>> assertSamplesUseEveryPart(Collection<?> samples) throws Exception {
        Set<Class<?>> declared = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        Set<Class<?>> used = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        Set<String> parts = new TreeSet<>();
        Set<String> usedParts = new TreeSet<>();
        Deque<Object> todo = new ArrayDeque<>(samples);
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> type = apiType(o.getClass());
            used.add(type);
            if (type.isEnum()) {
                continue;
            }
            for (Method m : getters(type)) {
                for (Class<?> t : perfevalTypesIn(m.getGenericReturnType())) {
                    declared.add(t);
                }
                String part = type.getSimpleName() + "." + m.getName();
                boolean optional = Optional.class.isAssignableFrom(m.getReturnType()) || Collection.class.isAssignableFrom(m.getReturnType());
                if (optional) {
                    parts.add(part);
                }
                Object v = m.invoke(o);
                for (Object e : values(v)) {
                    if (optional) {
                        usedParts.add(part);
                    }
                    if (ModelTypes.isPerfeval(e.getClass())) {
                        todo.push(e);
                    }
                }
            }
        }
        Set<Class<?>> unused = new LinkedHashSet<>(declared);
        unused.removeAll(used);
        assertThat(unused).as("perfeval types no sample uses").isEmpty();
        parts.removeAll(usedParts);
        assertThat(parts).as("optional parts no sample fills").isEmpty();
        return used;
    }

    private static List<Object> values(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Optional) {
            ((Optional<?>) v).ifPresent(o -> out.addAll(o instanceof Collection ? (Collection<?>) o : List.of(o)));
        } else if (v instanceof Collection) {
            out.addAll((Collection<?>) v);
        } else if (v instanceof Map) {
            out.addAll(((Map<?, ?>) v).values());
        } else if (v != null) {
            out.add(v);
        }
        return out;
    }

    /** The public type behind a generated implementation ({@code ImmutableForm} → {@code Form}). */
    static Class<?> apiType(Class<?> c) {
        if (c.isEnum() || c.getSuperclass() != null && c.getSuperclass().isEnum()) {
            return c.isEnum() ? c : c.getSuperclass();
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (Modifier.isPublic(k.getModifiers())) {
                return k;
            }
        }
        return c;
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && (n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)
                    && m.getReturnType() != void.class && !n.equals("getClass") && !n.equals("getDeclaringClass")) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    private static List<Class<?>> perfevalTypesIn(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class) {
            if (ModelTypes.isPerfeval((Class<?>) t)) {
                out.add((Class<?>) t);
            }
        } else if (t instanceof ParameterizedType) {
            out.addAll(perfevalTypesIn(((ParameterizedType) t).getRawType()));
            for (Type a : ((ParameterizedType) t).getActualTypeArguments()) {
                out.addAll(perfevalTypesIn(a));
            }
        } else if (t instanceof WildcardType) {
            for (Type a : ((WildcardType) t).getUpperBounds()) {
                out.addAll(perfevalTypesIn(a));
            }
        }
        return out;
    }

    private static boolean overridesEquals(Class<?> c) {
        try {
            return c.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
