package io.github.perfeval.core.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.quantity.Figure;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON from strangers: refused quickly with a clear error, never a hang or an out-of-memory. */
class HostileJsonTest {

    @Test
    void deeplyNestedDocumentsAreRefused() {
        String deep = "{\"kind\":\"PROJECT\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        long start = System.nanoTime();
        assertThatThrownBy(() -> PerfevalJson.readForm(deep)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void extremeExponentsAreRefusedNotExpanded() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"declaredTotal\":1e1000000}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("declaredTotal");
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"declaredTotal\":{\"raw\":\"x\",\"value\":1e-999999}}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("declaredTotal");
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"declaredTotal\":" + "9".repeat(5000) + "}"))
                .isInstanceOf(IOException.class).hasMessageContaining("Number value length");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void hugeStringsAreRefused() {
        String huge = "{\"kind\":\"PROJECT\",\"title\":\"" + "长".repeat(PerfevalJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertThatThrownBy(() -> PerfevalJson.readForm(huge)).isInstanceOf(IOException.class).hasMessageContaining("title")
                .hasMessageContaining("String value length");
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
    void badValuesNameTheirPath() {
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"indicators\":[{\"name\":\"a\",\"weight\":true}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("indicators").hasMessageContaining("weight");
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"year\":\"二〇二四\"}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> PerfevalJson.readForm("{\"kind\":\"PROJECT\",\"indicators\":[{}]}"))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("name");
    }
}
