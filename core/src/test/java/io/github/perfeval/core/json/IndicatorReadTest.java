package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link PerfevalJson}'s mapper streams each indicator into its builder by hand. Whatever an indicator's
 * JSON holds, it must read what Jackson's generic path reads with the same settings (a mapper without the
 * hand-written reader): the same indicator, places included, or the same refusal, with the same message
 * and JSON pointer. Each indicator is read alone and inside a form.
 */
class IndicatorReadTest {

    private static final ObjectMapper GENERIC = PerfevalJson.newMapper(false);
    private static final ObjectMapper HAND = PerfevalJson.mapper();

    static List<String> indicators() throws Exception {
        List<String> json = new ArrayList<>();
        for (Form f : List.of(BothJacksonsTest.everyPart(), PublishedForms.yueyang2024())) {
            for (Indicator i : f.getIndicators()) {
                json.add(HAND.writeValueAsString(i));
            }
        }
        json.addAll(List.of(
                "{\"kpi_lv1\":\"产出指标\",\"kpi_lv2\":\"数量指标\",\"kpi_lv3\":\"培训场次\",\"kpi_remark\":\"无偏差\"}",
                "{\"level1Label\":\"a\",\"kpi_lv1\":\"产出指标\",\"name\":\"n\",\"kpi_lv3\":\"m\",\"deviationReason\":\"r\",\"kpi_remark\":null}",
                "{\"name\":\"n\",\"level1Label\":null,\"level2Label\":null,\"target\":null,\"actual\":null,\"weight\":null,"
                        + "\"declaredScore\":null,\"deviationReason\":null,\"splitTarget\":null,\"extras\":null,\"comments\":null,"
                        + "\"hidden\":null,\"source\":null}",
                "{\"name\":123,\"level1Label\":true,\"level2Label\":4.50,\"deviationReason\":7,\"hidden\":\"true\"}",
                "{\"name\":\"n\",\"hidden\":false,\"deviationReason\":\"\"}",
                "{\"name\":\"n\",\"hidden\":1}",
                "{\"name\":\"n\",\"target\":\"≥90%\",\"actual\":\"95%\",\"weight\":5,\"declaredScore\":\"4.5\"}",
                "{\"name\":\"n\",\"target\":{\"computesign\":\"≥\",\"kpi_val\":\"90\",\"meterunit\":\"%\"},\"actual\":{\"raw\":\"95%\",\"kind\":\"X\"}}",
                "{\"name\":\"n\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"direction\":\"AT_LEAST\",\"declaredLevel1Weight\":50,"
                        + "\"path\":\"a/b/c\",\"unknown\":{\"a\":[1,{\"b\":null}]},\"more\":[[]]}",
                "{\"name\":\"n\",\"extras\":[{\"label\":\"指标解释\",\"text\":\"t\"}],\"comments\":[{\"label\":\"weight\",\"text\":\"评审意见\"}],"
                        + "\"extras2\":[]}",
                "{\"name\":\"n\",\"extras\":[],\"comments\":[]}",
                "{\"name\":\"n\",\"splitTarget\":{\"operator\":{\"label\":\"指标性质\",\"text\":\"≥\"},\"value\":{\"label\":\"指标值\",\"text\":\"80\"}}}",
                "{\"name\":\"n\",\"source\":{\"table\":2,\"row\":3,\"column\":4,\"context\":\"表\"},\"weight\":{\"raw\":\"5\",\"source\":{\"sheet\":\"s\",\"cell\":\"G9\"}}}",
                "{\"name\":\"  \"}",
                // refused
                "{}",
                "{\"weight\":5}",
                "{\"name\":null}",
                "{\"name\":\"n\",\"weight\":true}",
                "{\"name\":[\"a\"]}",
                "{\"name\":{\"a\":1}}",
                "{\"name\":\"n\",\"extras\":[null]}",
                "{\"name\":\"n\",\"extras\":\"x\"}",
                "{\"name\":\"n\",\"extras\":[{\"text\":\"no label\"}]}",
                "{\"name\":\"n\",\"hidden\":\"maybe\"}",
                "{\"name\":\"n\",\"hidden\":[true]}",
                "{\"name\":\"n\",\"source\":{}}",
                "{\"name\":\"n\",\"source\":\"E14\"}",
                "{\"name\":\"n\",\"target\":[\"x\"]}",
                "{\"name\":\"n\",\"weight\":{\"raw\":\"x\",\"value\":\"abc\"}}",
                "{\"name\":\"n\",\"splitTarget\":5}",
                "\"an indicator as text\"",
                "[{\"name\":\"n\"}]",
                "42"));
        return json;
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void readsWhatTheGenericPathReads(String indicator) throws Exception {
        assertSame(indicator, Indicator.class);
        assertSame("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"first\"}," + indicator + "]}", Form.class);
    }

    @Test
    void theFormsReadTheSame() throws Exception {
        for (Form f : List.of(BothJacksonsTest.everyPart(), PublishedForms.yueyang2024())) {
            String json = PerfevalJson.write(f);
            assertThat(HAND.writeValueAsString(HAND.readValue(json, Form.class))).isEqualTo(HAND.writeValueAsString(GENERIC.readValue(json, Form.class)));
            assertThat(HAND.readValue(json, Form.class)).isEqualTo(f);
        }
    }

    private static void assertSame(String json, Class<?> type) throws JsonProcessingException {
        Object generic;
        try {
            generic = GENERIC.readValue(json, type);
        } catch (JsonProcessingException expected) {
            Throwable t = catchThrowable(() -> HAND.readValue(json, type));
            assertThat(t).as("refused as the generic path refuses %s: %s", json, expected).isNotNull();
            assertThat(t.getClass()).as("%s", t).isEqualTo(expected.getClass());
            assertThat(((JsonProcessingException) t).getOriginalMessage()).isEqualTo(expected.getOriginalMessage());
            assertThat(HostileJsonTest.pointer(t)).isEqualTo(HostileJsonTest.pointer(expected));
            return;
        }
        Object hand = HAND.readValue(json, type);
        assertThat(hand).as(json).isEqualTo(generic);
        // equality ignores places: the text does not
        assertThat(HAND.writeValueAsString(hand)).as(json).isEqualTo(HAND.writeValueAsString(generic));
    }
}
