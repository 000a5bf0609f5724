package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.RandomForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Inside a form, {@link PerfevalJson}'s mapper checks the property names of the objects it reads by hand itself
 * (an indicator, its targets, figures and places) instead of the parser's hash set per object. A repeated name
 * must be refused wherever it is, as the parser refuses it under Jackson's generic path: the same exception type,
 * message and JSON pointer; and objects read after a form's indicators (Jackson reuses its parsing contexts) must
 * still be checked.
 */
class RepeatedNamesTest {

    private static final ObjectMapper GENERIC = PerfevalJson.newMapper(false);
    private static final ObjectMapper HAND = PerfevalJson.mapper();
    /** The parser's own check, with nothing read by hand. */
    private static final ObjectMapper PARSER = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static Stream<Long> seeds() {
        return Seeds.of(150);
    }

    static List<String> indicators() {
        return List.of(
                "{\"name\":\"a\",\"name\":\"b\"}",
                "{\"name\":\"a\",\"kpi_lv3\":\"b\",\"kpi_lv3\":\"c\"}",
                "{\"name\":\"a\",\"x\":1,\"y\":2,\"x\":3}",
                "{\"name\":\"a\",\"path\":\"p\",\"path\":\"p\"}",
                "{\"name\":\"a\",\"hidden\":true,\"hidden\":false}",
                "{\"name\":\"a\",\"target\":{\"raw\":\"1\",\"raw\":\"2\"}}",
                "{\"name\":\"a\",\"target\":{\"raw\":\"1\",\"kind\":\"QUANTITY\",\"kind\":\"TEXT\"}}",
                "{\"name\":\"a\",\"target\":{\"raw\":\"1\",\"quantity\":{\"value\":1,\"value\":2}}}",
                "{\"name\":\"a\",\"target\":{\"raw\":\"1\",\"candidates\":[{\"unit\":\"a\",\"unit\":\"b\"}]}}",
                "{\"name\":\"a\",\"target\":{\"raw\":\"1\",\"source\":{\"sheet\":\"s\",\"sheet\":\"t\"}}}",
                "{\"name\":\"a\",\"actual\":{\"computesign\":\"≥\",\"kpi_val\":\"1\",\"computesign\":\"≤\"}}",
                "{\"name\":\"a\",\"weight\":{\"raw\":\"5\",\"value\":5,\"value\":6}}",
                "{\"name\":\"a\",\"weight\":{\"raw\":\"5\",\"formula\":\"=1\",\"formula\":\"=2\"}}",
                "{\"name\":\"a\",\"weight\":{\"raw\":\"5\",\"source\":{\"cell\":\"A1\",\"table\":1,\"cell\":\"A2\"}}}",
                "{\"name\":\"a\",\"weight\":{\"raw\":\"5\",\"extra\":{\"a\":{\"b\":1,\"b\":2}}}}",
                "{\"name\":\"a\",\"source\":{\"sheet\":\"s\",\"cell\":\"A1\",\"cell\":\"A1\"}}",
                "{\"name\":\"a\",\"source\":{\"sheet\":\"s\",\"sheet\":\"s\"}}",
                "{\"name\":\"a\",\"extras\":[{\"label\":\"l\",\"label\":\"m\"}]}",
                "{\"name\":\"a\",\"comments\":[{\"label\":\"l\",\"text\":\"t\",\"source\":{\"sheet\":\"s\",\"sheet\":\"s\"}}]}",
                "{\"name\":\"a\",\"splitTarget\":{\"operator\":{\"text\":\"≥\",\"text\":\"≤\"}}}",
                "{\"name\":\"a\",\"unknown\":{\"a\":1,\"a\":2}}",
                "{\"name\":\"a\",\"unknown\":[[{\"a\":1,\"b\":{\"c\":1,\"c\":2}}]]}",
                // not repeats: aliases are other names, a name repeated in a nested object is its own
                "{\"name\":\"a\",\"kpi_lv3\":\"b\",\"level1Label\":\"x\",\"kpi_lv1\":\"y\"}",
                "{\"name\":\"a\",\"source\":{\"sheet\":\"s\"},\"weight\":{\"raw\":\"1\",\"source\":{\"sheet\":\"s\"}},\"x\":{\"name\":1}}");
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void aRepeatInsideAnIndicatorIsRefusedAsTheParserRefusesIt(String indicator) throws Exception {
        assertSame(indicator, Form.class, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"first\"}," + indicator + "]}");
        assertSame(indicator, io.github.perfeval.core.form.Indicator.class, indicator);
        // what the parser alone refuses, the hand-written readers refuse, with its message
        Throwable parser = catchThrowable(() -> PARSER.readTree(indicator));
        Throwable hand = catchThrowable(() -> HAND.readValue(indicator, io.github.perfeval.core.form.Indicator.class));
        if (parser != null) {
            assertThat(hand).as(indicator).isNotNull();
            assertThat(((JsonProcessingException) hand).getOriginalMessage()).isEqualTo(((JsonProcessingException) parser).getOriginalMessage());
        } else {
            assertThat(hand).as(indicator).isNull();
        }
        // the same contexts are used again for what comes after the indicators: still checked
        for (String after : List.of("\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"kind\":\"OTHER\"}]}",
                "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"initial\":{\"raw\":\"1\",\"source\":{\"sheet\":\"a\",\"cell\":\"B\",\"sheet\":\"c\"}}}]}",
                "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"extras\":[{\"label\":\"l\",\"text\":\"t\",\"text\":\"u\"}]}]}",
                "\"goals\":{\"expected\":\"e\",\"expected\":\"f\"}",
                "\"textSections\":[{\"kind\":\"NOTE\",\"text\":\"a\",\"source\":{\"table\":1,\"table\":2}}]",
                "\"headerFields\":[{\"label\":\"l\",\"label\":\"m\"}]",
                "\"footer\":{\"raw\":\"r\",\"raw\":\"s\"}")) {
            String form = "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"first\"}," + indicator + "]," + after + "}";
            assertSame(indicator + " then " + after, Form.class, form);
            // forms after a form: the second form's parts are checked
            assertSame("[form, " + after + "]", new TypeReference<List<Form>>() { },
                    "[{\"kind\":\"PROJECT\",\"indicators\":[" + indicators().get(indicators().size() - 1) + "]},{\"kind\":\"PROJECT\","
                            + after + "}]");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRepeatAnywhereInARandomFormIsRefusedAsTheParserRefusesIt(long seed) throws Exception {
        Random r = new Random(seed);
        Form f = seed % 10 == 0 ? PublishedForms.yueyang2024() : RandomForms.form(r);
        JsonNode tree = HAND.readTree(HAND.writeValueAsString(f));
        int objects = count(tree);
        for (int k = 0; k < 3; k++) {
            String json = withRepeat(tree, r.nextInt(objects), r);
            Throwable hand = catchThrowable(() -> HAND.readValue(json, Form.class));
            assertThat(hand).as("refused: %s", json).isNotNull().hasMessageContaining("Duplicate field");
            // the parser alone, reading the same text into a tree, refuses the same repeat first
            Throwable parser = catchThrowable(() -> PARSER.readTree(json));
            assertThat(parser).isNotNull();
            assertThat(((JsonProcessingException) hand).getOriginalMessage()).isEqualTo(((JsonProcessingException) parser).getOriginalMessage());
            assertSame(json, Form.class, json);
        }
    }

    @Test
    void aFormWithoutRepeatsIsReadTheSameAfterOneWithARepeatWasRefused() throws Exception {
        String ok = PerfevalJson.write(PublishedForms.yueyang2024());
        assertThat(catchThrowable(() -> HAND.readValue("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"name\":\"b\"}]}", Form.class)))
                .hasMessageContaining("Duplicate field 'name'");
        assertThat(HAND.readValue(ok, Form.class)).isEqualTo(GENERIC.readValue(ok, Form.class));
    }

    private static void assertSame(String what, Object type, String json) throws IOException {
        Object generic;
        try {
            generic = read(GENERIC, json, type);
        } catch (JsonProcessingException expected) {
            Throwable t = catchThrowable(() -> read(HAND, json, type));
            assertThat(t).as("refused as the generic path refuses %s: %s", what, expected).isNotNull();
            assertThat(t.getClass()).as("%s", t).isEqualTo(expected.getClass());
            assertThat(((JsonProcessingException) t).getOriginalMessage()).as(what).isEqualTo(expected.getOriginalMessage());
            assertThat(HostileJsonTest.pointer(t)).as(what).isEqualTo(HostileJsonTest.pointer(expected));
            return;
        }
        assertThat(read(HAND, json, type)).as(what).isEqualTo(generic);
    }

    private static Object read(ObjectMapper m, String json, Object type) throws IOException {
        if (type instanceof Class) {
            return m.readValue(json, (Class<?>) type);
        }
        return m.readValue(json, (TypeReference<?>) type);
    }

    private static int count(JsonNode n) {
        int c = n.isObject() && n.size() > 0 ? 1 : 0;
        for (JsonNode child : n) {
            c += count(child);
        }
        return c;
    }

    /** The document with one property of the {@code target}-th non-empty object written twice. */
    private static String withRepeat(JsonNode tree, int target, Random r) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().createGenerator(out)) {
            write(tree, g, new int[] {target}, r);
        }
        return out.toString();
    }

    private static void write(JsonNode n, JsonGenerator g, int[] countdown, Random r) throws IOException {
        if (n.isObject()) {
            boolean here = n.size() > 0 && countdown[0]-- == 0;
            int repeat = here ? r.nextInt(n.size()) : -1;
            int at = here ? r.nextInt(n.size()) : -1;
            g.writeStartObject();
            int i = 0;
            Map.Entry<String, JsonNode> repeated = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                if (i == repeat) {
                    repeated = e;
                }
                g.writeFieldName(e.getKey());
                write(e.getValue(), g, countdown, r);
                if (repeated != null && i >= at) {
                    g.writeFieldName(repeated.getKey());
                    g.writeTree(repeated.getValue());
                    repeated = null;
                    at = Integer.MAX_VALUE;
                }
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode child : n) {
                write(child, g, countdown, r);
            }
            g.writeEndArray();
        } else {
            g.writeTree(n);
        }
    }
}
