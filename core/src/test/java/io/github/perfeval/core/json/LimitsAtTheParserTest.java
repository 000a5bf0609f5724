package io.github.perfeval.core.json;

import io.github.perfeval.core.form.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A parser that enforces perfeval's limits itself and refuses repeated names ({@link PerfevalJson}'s, or an
 * application's Jackson 3 mapper built so) is read without perfeval's checking parser around it, as checking
 * every token twice was a tenth of a form's read. What is refused, and the path the error names, must be
 * what the checking parser gives under a mapper with Jackson's looser defaults, wherever in a form the bad
 * token is: in a property Jackson binds, in a figure, a target or a place perfeval reads by hand, in a
 * property nobody reads.
 */
class LimitsAtTheParserTest {

    private static final String LONG = "长".repeat(PerfevalJson.MAX_STRING_LENGTH + 1);
    private static final String DIGITS = "9".repeat(PerfevalJson.MAX_NUMBER_LENGTH + 1);
    private static final String DEEP = "[".repeat(100) + "]".repeat(100);
    /** The arrays below a figure or target of an indicator (the root, the list, the indicator and the value are four levels). */
    private static final String DEEP_PATH = "/0".repeat(PerfevalJson.MAX_NESTING_DEPTH - 4 + 1);

    static List<Object[]> cases() {
        String ind = "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\"},{\"name\":\"b\",";
        Object[][] bad = {
            {"{\"kind\":\"PROJECT\",\"title\":\"" + LONG + "\"}", "String value length", "/title"},
            {"{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"" + LONG + "\"}}", "String value length", "/declaredTotal/raw"},
            {ind + "\"target\":{\"raw\":\"" + LONG + "\"}}]}", "String value length", "/indicators/1/target/raw"},
            {ind + "\"source\":{\"sheet\":\"" + LONG + "\"}}]}", "String value length", "/indicators/1/source/sheet"},
            {ind + "\"weight\":" + DIGITS + "}]}", "Number value length", "/indicators/1/weight"},
            {ind + "\"source\":{\"table\":" + DIGITS + "}}]}", "Number value length", "/indicators/1/source/table"},
            {ind + "\"weight\":{\"raw\":\"1\",\"value\":" + DIGITS + "}}]}", "Number value length", "/indicators/1/weight/value"},
            {ind + "\"weight\":{\"raw\":\"1\",\"x\":" + DEEP + "}}]}", "nesting depth", "/indicators/1/weight/x" + DEEP_PATH},
            {ind + "\"target\":{\"raw\":\"1\",\"x\":" + DEEP + "}}]}", "nesting depth", "/indicators/1/target/x" + DEEP_PATH},
            {ind + "\"unknown\":" + DEEP + "}]}", "nesting depth", "/indicators/1/unknown" + DEEP_PATH + "/0"},
        };
        List<Object[]> cases = new ArrayList<>();
        for (Object[] b : bad) {
            cases.add(new Object[] {b[2], b[0], b[1], b[2]});
        }
        return cases;
    }

    /** Each reader with its name: two read through a parser that enforces the limits, two through perfeval's checking parser. */
    private static List<Object[]> readers() {
        var two = JsonContract.jackson2();
        var three = JsonContract.jackson3();
        var threeWithLimits = JsonContract.jackson3WithLimits();
        return List.of(
                new Object[] {"PerfevalJson (limits at the parser)", (HostileJsonTest.Reader) PerfevalJson::readForm},
                new Object[] {"Jackson 3 with perfeval's limits + module", (HostileJsonTest.Reader) json -> threeWithLimits.readValue(json, Form.class)},
                new Object[] {"Jackson 2 + module (checking parser)", (HostileJsonTest.Reader) json -> two.readValue(json, Form.class)},
                new Object[] {"Jackson 3 + module (checking parser)", (HostileJsonTest.Reader) json -> three.readValue(json, Form.class)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyReaderRefusesWithThePath(String name, String json, String message, String pointer) {
        for (Object[] r : readers()) {
            Throwable t = catchThrowable(() -> ((HostileJsonTest.Reader) r[1]).read(json));
            assertThat(t).as("%s refuses", r[0]).isNotNull().hasMessageContaining(message);
            assertThat(HostileJsonTest.pointer(t)).as("%s: JSON pointer of %s", r[0], t).isEqualTo(pointer);
        }
    }

    @org.junit.jupiter.api.Test
    void aRepeatedNameIsRefusedByTheParser() {
        Throwable t = catchThrowable(() -> JsonContract.jackson3WithLimits()
                .readValue("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"name\":\"b\"}]}", Form.class));
        assertThat(t).isNotNull().hasMessageContaining("Duplicate").hasMessageContaining("name");
        t = catchThrowable(() -> JsonContract.jackson3WithLimits().readValue("{\"kind\":\"PROJECT\",\"headerFields\":[{\"label\":\"l\","
                + "\"text\":\"x\",\"source\":{\"sheet\":\"表\",\"cell\":\"A4\"}}],\"sheet\":\"表\",\"title\":\"a\",\"title\":\"b\"}", Form.class));
        assertThat(t).isNotNull().hasMessageContaining("Duplicate").hasMessageContaining("title");
    }

    /** An application's value holding a form. */
    public static final class Envelope {
        /** A name the form has too. */
        public String kind;
        /** The form. */
        public Form form;
    }

    /**
     * PerfevalJson's parser refuses repeated names itself; inside a form they are looked for by perfeval
     * instead, and around it by the parser as before: a repeat is refused wherever it is.
     */
    @org.junit.jupiter.api.Test
    void aRepeatedNameIsRefusedInsideAndAroundAForm() {
        var mapper = PerfevalJson.mapper();
        String[] repeated = {
            "{\"kind\":\"a\",\"form\":{\"kind\":\"PROJECT\"},\"kind\":\"b\"}",
            "{\"form\":{\"kind\":\"PROJECT\"},\"form\":{\"kind\":\"PROJECT\"}}",
            "{\"kind\":\"a\",\"form\":{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"source\":{\"sheet\":\"s\",\"sheet\":\"t\"}}]}}",
            "{\"form\":{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"1\",\"raw\":\"2\"}}}",
            "{\"form\":{\"kind\":\"PROJECT\",\"goals\":{\"expected\":\"x\"},\"kind\":\"DEPARTMENT\"}}",
        };
        for (String json : repeated) {
            assertThat(catchThrowable(() -> mapper.readValue(json, Envelope.class))).as(json).isNotNull().hasMessageContaining("Duplicate field");
        }
        String fine = "{\"kind\":\"a\",\"form\":{\"kind\":\"PROJECT\",\"goals\":{\"expected\":\"x\",\"source\":{\"sheet\":\"s\"}},"
                + "\"sheet\":\"s\"}}";
        assertThat(catchThrowable(() -> mapper.readValue(fine, Envelope.class))).as(fine).isNull();
        for (String json : new String[] {"{\"kind\":\"PROJECT\",\"title\":\"a\",\"title\":\"b\"}", "[{\"kind\":\"PROJECT\"},{\"kind\":\"PROJECT\",\"kind\":\"PROJECT\"}]"}) {
            assertThat(catchThrowable(() -> mapper.readValue(json, (Class<?>) (json.startsWith("[") ? Form[].class : Form.class))))
                    .as(json).isNotNull().hasMessageContaining("Duplicate field");
        }
    }
}
