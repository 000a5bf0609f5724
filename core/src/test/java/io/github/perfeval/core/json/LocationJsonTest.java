package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.source.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A place is read by hand under both Jacksons (a form holds one per value: Jackson's creator-based path
 * for each was a third of a form's read). It must read exactly what Jackson's own binding of
 * {@link Location} reads (a plain mapper, with no perfeval module), coercions and refusals included.
 */
class LocationJsonTest {

    /** Reads a location from JSON text. */
    interface Reader {
        Location read(String json) throws Exception;
    }

    /** Jackson's own binding through the model's {@code @JsonCreator}: the reference. */
    private static final ObjectMapper PLAIN = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static List<Object[]> readers() {
        var two = JsonContract.jackson2();
        var three = JsonContract.jackson3();
        return List.of(
                new Object[] {"PerfevalJson", (Reader) json -> PerfevalJson.mapper().readValue(json, Location.class)},
                new Object[] {"Jackson 2 + module", (Reader) json -> two.readValue(json, Location.class)},
                new Object[] {"Jackson 3 + module", (Reader) json -> three.readValue(json, Location.class)});
    }

    static List<Object[]> cases() {
        String[] json = {
            "{\"sheet\":\"部门整体支出绩效自评表\",\"cell\":\"E14\"}",
            "{\"cell\":\"E14\",\"sheet\":\"表\",\"indicator\":\"产出指标/数量指标/培训场次\"}",
            "{\"table\":3,\"row\":14,\"column\":4,\"context\":\"2024年度项目支出绩效自评表\"}",
            "{\"table\":\"3\",\"row\":\"14\",\"column\":4}",
            "{\"sheet\":12,\"cell\":\"A1\"}",
            "{\"sheet\":\"  \",\"cell\":\"A1\"}",
            "{\"sheet\":null,\"cell\":\"A1\",\"table\":null}",
            "{\"sheet\":\"表\",\"note\":{\"a\":[1,{\"b\":2}]},\"cell\":\"A1\",\"more\":[1]}",
            "{\"indicator\":\"产出指标/数量指标/x\"}",
        };
        List<Object[]> cases = new java.util.ArrayList<>();
        for (Object[] reader : readers()) {
            for (String j : json) {
                cases.add(new Object[] {reader[0], reader[1], j});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void readsWhatJacksonsOwnBindingReads(String name, Reader reader, String json) throws Exception {
        assertThat(reader.read(json)).isEqualTo(PLAIN.readValue(json, Location.class));
    }

    static List<Object[]> refusals() {
        Object[][] bad = {
            {"{}", "A location needs", ""},
            {"{\"sheet\":\"\"}", "A location needs", ""},
            {"{\"table\":0}", "counts from 1", ""},
            {"{\"row\":1,\"sheet\":\"s\"}", "needs a table", ""},
            {"{\"table\":{\"x\":1}}", "Integer", "/table"},
            {"{\"sheet\":[\"a\"]}", "String", "/sheet"},
            {"{\"table\":99999999999}", "", "/table"},
            {"\"E14\"", "Location", ""},
        };
        List<Object[]> cases = new java.util.ArrayList<>();
        for (Object[] reader : readers()) {
            for (Object[] b : bad) {
                cases.add(new Object[] {reader[0], reader[1], b[0], b[1], b[2]});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusals")
    void refusesWhatJacksonsOwnBindingRefuses(String name, Reader reader, String json, String message, String pointer) {
        assertThat(catchThrowable(() -> PLAIN.readValue(json, Location.class))).as("the reference refuses it").isNotNull();
        Throwable t = catchThrowable(() -> reader.read(json));
        assertThat(t).as("refused").isNotNull().hasMessageContaining(message);
        assertThat(HostileJsonTest.pointer(t)).as("JSON pointer of %s", t).isEqualTo(pointer);
    }

    /** A bad place inside a figure, a target or an indicator is refused with the form's path to it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"1\",\"source\":{\"table\":0}}}",
        "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"target\":{\"raw\":\"≥1\",\"source\":{\"row\":2,\"sheet\":\"s\"}}}]}",
        "{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"source\":{}}]}",
    })
    void aBadPlaceInAFormIsRefused(String json) {
        for (Object[] r : HostileJsonTest.readers()) {
            Throwable t = catchThrowable(() -> ((HostileJsonTest.Reader) r[1]).read(json));
            assertThat(t).as("%s refuses %s", r[0], json).isNotNull().hasMessageContaining("Location");
            assertThat(HostileJsonTest.pointer(t)).as("%s: %s", r[0], t).startsWith(json.contains("declaredTotal") ? "/declaredTotal" : "/indicators/0");
        }
    }

    /** Places read inside a form are the places written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aFormsPlacesSurvive(String name, Reader unused) throws Exception {
        Form form = BothJacksonsTest.everyPart();
        Form back = PerfevalJson.readForm(PerfevalJson.write(form));
        assertThat(back.getIndicators().get(0).getSource()).isEqualTo(form.getIndicators().get(0).getSource());
        assertThat(back.getTextSections().get(0).getSource()).isEqualTo(form.getTextSections().get(0).getSource());
        assertThat(back.getBudget().orElseThrow().getLines().get(0).getInitial().orElseThrow().getSource())
                .isEqualTo(form.getBudget().orElseThrow().getLines().get(0).getInitial().orElseThrow().getSource());
    }
}
