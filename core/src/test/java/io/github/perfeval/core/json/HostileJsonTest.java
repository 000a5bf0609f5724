package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.quantity.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * JSON from strangers: refused quickly with a clear error naming the path of the bad value, never a
 * hang or an out-of-memory. The same under {@link PerfevalJson} and under an application's own Jackson 2
 * or Jackson 3 mapper with perfeval's module (whose own limits are far looser).
 */
class HostileJsonTest {

    /** Reads a form from JSON text. */
    interface Reader {
        Form read(String json) throws Exception;
    }

    static List<Object[]> readers() {
        var two = JsonContract.jackson2();
        var three = JsonContract.jackson3();
        return List.of(
                new Object[] {"PerfevalJson", (Reader) PerfevalJson::readForm},
                new Object[] {"Jackson 2 + module", (Reader) json -> two.readValue(json, Form.class)},
                new Object[] {"Jackson 3 + module", (Reader) json -> three.readValue(json, Form.class)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void deeplyNestedDocumentsAreRefused(String name, Reader reader) {
        String deep = "{\"kind\":\"PROJECT\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertRefused(reader, deep, "nesting depth", "/x" + "/0".repeat(PerfevalJson.MAX_NESTING_DEPTH));
        String deeper = "{\"kind\":\"PROJECT\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        long start = System.nanoTime();
        assertThat(catchThrowable(() -> reader.read(deeper))).hasMessageContaining("nesting depth");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void extremeNumbersAreRefusedNotExpanded(String name, Reader reader) {
        long start = System.nanoTime();
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"declaredTotal\":1e1000000}", "range", "/declaredTotal");
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"x\",\"value\":1e-999999}}", "range", "/declaredTotal");
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":" + "9".repeat(5000) + "}]}",
                "Number value length", "/indicators/0/weight");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void hugeStringsAreRefused(String name, Reader reader) {
        String huge = "{\"kind\":\"PROJECT\",\"title\":\"" + "长".repeat(PerfevalJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertRefused(reader, huge, "String value length", "/title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void duplicateKeysAreRefused(String name, Reader reader) {
        Throwable t = catchThrowable(() -> reader.read("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"name\":\"b\"}]}"));
        assertThat(t).hasMessageContaining("Duplicate field 'name'");
    }

    /**
     * A name used by a nested value ({@code sheet} of a header field's place) is not a repeat of the same
     * name in the form: found by a reviewer, {@code convert} refused the JSON it had written itself.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aNameRepeatedInANestedObjectIsNotADuplicate(String name, Reader reader) throws Exception {
        String json = "{\"kind\":\"PROJECT\",\"headerFields\":[{\"label\":\"主管部门\",\"text\":\"x\","
                + "\"source\":{\"sheet\":\"表\",\"cell\":\"A4\"}}],\"sheet\":\"表\",\"indicators\":[]}";
        Form form = reader.read(json);
        assertThat(form.getSheet()).contains("表");
        assertThat(form.getHeaderFields()).singleElement().satisfies(f -> assertThat(f.getText()).isEqualTo("x"));
        Throwable t = catchThrowable(() -> reader.read("{\"kind\":\"PROJECT\",\"title\":\"a\",\"headerFields\":[{\"label\":\"l\","
                + "\"text\":\"x\",\"source\":{\"sheet\":\"表\",\"cell\":\"A4\"}}],\"title\":\"b\"}"));
        assertThat(t).hasMessageContaining("Duplicate field 'title'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void textAfterTheFormIsRefused(String name, Reader reader) {
        assertThat(catchThrowable(() -> reader.read("{\"kind\":\"PROJECT\"} {\"kind\":\"DEPARTMENT\"}"))).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void badValuesNameTheirPath(String name, Reader reader) {
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":true}]}", "Figure", "/indicators/0/weight");
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"year\":\"二〇二四\"}", "二〇二四", "/year");
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\"},{\"name\":\"b\",\"weight\":{\"raw\":\"x\",\"value\":\"abc\"}}]}",
                "must be a number", "/indicators/1/weight");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aMissingRequiredPropertyIsNamedAtItsPath(String name, Reader reader) {
        assertRefused(reader, "{\"indicators\":[]}", "Missing required property 'kind'", "/kind");
        assertRefused(reader, "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\"},{\"weight\":5}]}",
                "Missing required property 'name'", "/indicators/1/name");
    }

    @Test
    void dataAfterTheDocumentIsAnError() throws IOException {
        assertThat(PerfevalJson.readForm("{\"kind\":\"PROJECT\"}\n  \n").getKind().name()).isEqualTo("PROJECT");
        for (String trailing : new String[] {"{\"kind\":\"PROJECT\"} {\"kind\":\"DEPARTMENT\"}", "{\"kind\":\"PROJECT\"}]",
                "{\"kind\":\"PROJECT\"}garbage", "{\"kind\":\"PROJECT\"} 42"}) {
            assertThatThrownBy(() -> PerfevalJson.readForm(trailing)).as(trailing).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> PerfevalJson.mapper().readTree(trailing)).as(trailing).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\"} {\"kind\":\"DEPARTMENT\"}"))
                .hasMessageContaining("Trailing token");
    }

    @Test
    void figuresMayBeWrittenByHand() throws IOException {
        Form form = PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"declaredTotal\":97.99,\"declaredWeightTotal\":\"１００\","
                + "\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"declaredRate\":\"99.86%\",\"adjusted\":{\"raw\":\"4759.76\"}}]}}");
        assertThat(form.getDeclaredTotal()).contains(Figure.of("97.99"));
        assertThat(form.getDeclaredWeightTotal().orElseThrow().decimal()).isEqualByComparingTo("100");
        assertThat(form.getDeclaredWeightTotal().orElseThrow().getRaw()).isEqualTo("１００");
        var total = form.getBudget().orElseThrow().total().orElseThrow();
        assertThat(total.getDeclaredRate().orElseThrow().decimal()).isEqualByComparingTo("0.9986");
        assertThat(total.getAdjusted().orElseThrow().decimal()).isEqualByComparingTo("4759.76");
    }

    @Test
    void aMissingNameIsNamed() {
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"indicators\":[{}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("name");
    }

    private static void assertRefused(Reader reader, String json, String message, String pointer) {
        Throwable t = catchThrowable(() -> reader.read(json));
        assertThat(t).as("refused").isNotNull().hasMessageContaining(message);
        assertThat(pointer(t)).as("JSON pointer of %s", t).isEqualTo(pointer);
    }

    /** The JSON Pointer of a Jackson 2 or Jackson 3 mapping error, as an error handler would build it. */
    static String pointer(Throwable t) {
        if (t instanceof JsonMappingException) {
            return ((JsonMappingException) t).getPath().stream()
                    .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex()).collect(Collectors.joining());
        }
        if (t instanceof tools.jackson.core.JacksonException) {
            return ((tools.jackson.core.JacksonException) t).getPath().stream()
                    .map(r -> r.getPropertyName() != null ? "/" + r.getPropertyName() : "/" + r.getIndex()).collect(Collectors.joining());
        }
        return null;
    }
}
