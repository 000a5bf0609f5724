package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.RandomForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Budget;
import io.github.perfeval.core.form.BudgetLine;
import io.github.perfeval.core.form.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link PerfevalJson}'s mapper streams a form, its budget and budget lines into their builders by hand. Whatever
 * the JSON holds, it must read what Jackson's generic path reads with the same settings: the same value, places
 * included, or the same refusal, with the same exception type, message and JSON pointer.
 */
class FormReadTest {

    private static final ObjectMapper GENERIC = PerfevalJson.newMapper(false);
    private static final ObjectMapper HAND = PerfevalJson.mapper();

    static Stream<Long> seeds() {
        return Seeds.of(200);
    }

    static List<String> forms() {
        return List.of(
                "{\"kind\":\"PROJECT\"}",
                "{\"kind\":\"DEPARTMENT\",\"title\":\"t\",\"year\":2024,\"department\":\"d\",\"supervisingDepartment\":\"s\","
                        + "\"implementingUnit\":\"i\",\"projectName\":\"p\",\"sheet\":\"表\",\"sheetHidden\":true}",
                "{\"kind\":\"PROJECT\",\"title\":null,\"year\":null,\"department\":null,\"supervisingDepartment\":null,\"implementingUnit\":null,"
                        + "\"projectName\":null,\"headerFields\":null,\"sheet\":null,\"sheetHidden\":null,\"budget\":null,\"goals\":null,"
                        + "\"indicators\":null,\"declaredWeightTotal\":null,\"declaredTotal\":null,\"declaredGrade\":null,\"textSections\":null,\"footer\":null}",
                "{\"kind\":\"PROJECT\",\"title\":12,\"year\":\"2024\",\"department\":true,\"sheetHidden\":\"true\"}",
                "{\"kind\":\"PROJECT\",\"year\":2024.7}",
                "{\"kind\":\"PROJECT\",\"year\":0,\"sheetHidden\":false,\"title\":\"\"}",
                "{\"kind\":0}",
                "{\"kind\":\"PROJECT\",\"unknown\":{\"a\":[1,{\"b\":null}]},\"more\":[[]],\"path\":\"x\"}",
                "{\"kind\":\"PROJECT\",\"headerFields\":[{\"label\":\"联系人\",\"text\":\"王五\",\"source\":{\"sheet\":\"s\",\"cell\":\"A2\"}}],"
                        + "\"declaredGrade\":{\"label\":\"等级\",\"text\":\"优\"},\"textSections\":[{\"kind\":\"NOTE\",\"text\":\"注\"}],"
                        + "\"goals\":{\"expected\":\"e\",\"achieved\":\"a\"},\"footer\":{\"raw\":\"填表人：张三\",\"preparer\":\"张三\"}}",
                "{\"kind\":\"PROJECT\",\"declaredWeightTotal\":100,\"declaredTotal\":\"97.99\",\"indicators\":[{\"name\":\"a\"},{\"kpi_lv3\":\"b\"}]}",
                "{\"kind\":\"PROJECT\",\"budget\":{}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"unit\":\"YUAN\",\"lines\":[],\"weight\":10,\"declaredScore\":{\"raw\":\"9.99\"},\"source\":{\"sheet\":\"s\"}}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"unit\":null,\"lines\":null,\"weight\":null,\"declaredScore\":null,\"source\":null,\"x\":1}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\"},{\"kind\":\"OTHER\",\"label\":\"其他\",\"initial\":\"1\","
                        + "\"adjusted\":2,\"executed\":{\"raw\":\"3\"},\"declaredRate\":\"99.86%\",\"labelAmount\":\"5\","
                        + "\"extras\":[{\"label\":\"原因\",\"text\":\"t\"}],\"source\":{\"table\":1,\"row\":2,\"column\":3},\"unknown\":[1]}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"label\":null,\"initial\":null,\"extras\":null,\"source\":null}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"label\":5}]}}",
                // refused
                "{}",
                "{\"kind\":null}",
                "{\"kind\":\"project\"}",
                "{\"kind\":\"PROJECT\",\"kind\":\"DEPARTMENT\"}",
                "{\"kind\":[\"PROJECT\"]}",
                "{\"kind\":\"PROJECT\",\"year\":\"二〇二四\"}",
                "{\"kind\":\"PROJECT\",\"year\":99999999999}",
                "{\"kind\":\"PROJECT\",\"title\":{\"a\":1}}",
                "{\"kind\":\"PROJECT\",\"title\":[\"a\"]}",
                "{\"kind\":\"PROJECT\",\"sheetHidden\":\"maybe\"}",
                "{\"kind\":\"PROJECT\",\"sheetHidden\":[true]}",
                "{\"kind\":\"PROJECT\",\"headerFields\":[null]}",
                "{\"kind\":\"PROJECT\",\"headerFields\":\"x\"}",
                "{\"kind\":\"PROJECT\",\"indicators\":[null]}",
                "{\"kind\":\"PROJECT\",\"indicators\":{\"name\":\"a\"}}",
                "{\"kind\":\"PROJECT\",\"indicators\":[{}]}",
                "{\"kind\":\"PROJECT\",\"textSections\":[{\"text\":\"no kind\"}]}",
                "{\"kind\":\"PROJECT\",\"declaredTotal\":true}",
                "{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"x\",\"value\":\"abc\"}}",
                "{\"kind\":\"PROJECT\",\"goals\":\"g\"}",
                "{\"kind\":\"PROJECT\",\"footer\":[1]}",
                "{\"kind\":\"PROJECT\",\"budget\":\"b\"}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"unit\":\"万元\"}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":{}}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[null]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"initial\":[1]}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"extras\":[null]}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"lines\":[{\"kind\":\"TOTAL\",\"source\":{}}]}}",
                "{\"kind\":\"PROJECT\",\"budget\":{\"weight\":-1E+999999}}",
                "\"a form as text\"",
                "[{\"kind\":\"PROJECT\"}]",
                "42");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void readsWhatTheGenericPathReads(String form) throws Exception {
        assertSame(form, Form.class);
    }

    @Test
    void aBudgetAndALineAloneReadWhatTheGenericPathReads() throws Exception {
        for (String json : forms()) {
            com.fasterxml.jackson.databind.JsonNode tree;
            try {
                tree = GENERIC.readTree(json);
            } catch (JsonProcessingException e) {
                continue;
            }
            if (tree.path("budget").isObject()) {
                assertSame(tree.path("budget").toString(), Budget.class);
                for (com.fasterxml.jackson.databind.JsonNode line : tree.path("budget").path("lines")) {
                    assertSame(line.toString(), BudgetLine.class);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomFormReadsAsTheGenericPathReadsIt(long seed) throws Exception {
        Form f = RandomForms.form(new Random(seed));
        String json = HAND.writeValueAsString(f);
        assertSame(json, Form.class);
        assertSame(PerfevalJson.write(f), Form.class);
    }

    /** The hand-written reader is in use: the form's deserializer under the shared mapper is it, not the generic one. */
    @Test
    void theSharedMapperReadsFormsByHand() throws Exception {
        for (Class<?> type : List.of(Form.class, Budget.class, BudgetLine.class)) {
            assertThat(chain(HAND, type)).as("%s", type).contains("FormDeserializer");
            assertThat(chain(GENERIC, type)).as("%s", type).doesNotContain("FormDeserializer");
        }
    }

    private static String chain(ObjectMapper m, Class<?> type) throws Exception {
        com.fasterxml.jackson.databind.DeserializationContext ctxt = ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext)
                m.getDeserializationContext()).createDummyInstance(m.getDeserializationConfig());
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonDeserializer<?> d = ctxt.findRootValueDeserializer(m.constructType(type)); d != null;
                d = d.getDelegatee()) {
            sb.append(d.getClass().getName()).append(' ');
        }
        return sb.toString();
    }

    @Test
    void theSampleFormsReadBackEqual() throws Exception {
        for (Form f : List.of(BothJacksonsTest.everyPart(), PublishedForms.yueyang2024())) {
            assertThat(HAND.readValue(PerfevalJson.write(f), Form.class)).isEqualTo(f);
        }
    }

    private static void assertSame(String json, Class<?> type) throws JsonProcessingException {
        Object generic;
        try {
            generic = GENERIC.readValue(json, type);
        } catch (JsonProcessingException expected) {
            Throwable t = catchThrowable(() -> HAND.readValue(json, type));
            assertThat(t).as("refused as the generic path refuses %s: %s", json, expected).isNotNull();
            assertThat(t.getClass()).as("%s: %s", json, t).isEqualTo(expected.getClass());
            assertThat(((JsonProcessingException) t).getOriginalMessage()).as(json).isEqualTo(expected.getOriginalMessage());
            assertThat(HostileJsonTest.pointer(t)).as(json).isEqualTo(HostileJsonTest.pointer(expected));
            return;
        }
        Object hand = HAND.readValue(json, type);
        assertThat(hand).as(json).isEqualTo(generic);
        // equality ignores places: the text does not
        assertThat(HAND.writeValueAsString(hand)).as(json).isEqualTo(HAND.writeValueAsString(generic));
    }
}
