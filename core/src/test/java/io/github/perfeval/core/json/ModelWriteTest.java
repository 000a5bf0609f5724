package io.github.perfeval.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.fixtures.RandomForms;
import io.github.perfeval.core.fixtures.Seeds;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PerfevalJson}'s mapper writes the model by hand. Whatever a form holds, it must write the bytes
 * Jackson's generic path writes with the same settings (a mapper without the hand-written writer), compact and
 * pretty, for the form and for each of its parts written alone; and what it writes reads back equal.
 */
class ModelWriteTest {

    private static final ObjectMapper GENERIC = PerfevalJson.newMapper(false);
    private static final ObjectMapper HAND = PerfevalJson.mapper();

    static Stream<Long> seeds() {
        return Seeds.of(200);
    }

    @Test
    void theSampleFormsAreWrittenAsTheGenericPathWritesThem() throws Exception {
        for (Form f : List.of(BothJacksonsTest.everyPart(), PublishedForms.yueyang2024(), Form.builder().kind(FormKind.DEPARTMENT).build())) {
            assertWrittenTheSame(f);
            assertThat(HAND.readValue(HAND.writeValueAsBytes(f), Form.class)).isEqualTo(f);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomFormIsWrittenAsTheGenericPathWritesIt(long seed) throws Exception {
        assertWrittenTheSame(RandomForms.form(new Random(seed)));
    }

    /** The hand-written writer is in use: a form's bytes are not the generic serializer's by accident of setup. */
    @Test
    void theSharedMapperWritesTheModelByHand() throws Exception {
        Form f = PublishedForms.yueyang2024();
        com.fasterxml.jackson.databind.JsonSerializer<Object> hand = HAND.getSerializerProviderInstance().findValueSerializer(f.getClass());
        com.fasterxml.jackson.databind.JsonSerializer<Object> generic = GENERIC.getSerializerProviderInstance().findValueSerializer(f.getClass());
        assertThat(hand.getClass().getName()).contains("ModelWriter");
        assertThat(generic.getClass().getName()).doesNotContain("ModelWriter");
    }

    private static void assertWrittenTheSame(Form f) throws Exception {
        List<Object> parts = new ArrayList<>();
        parts.add(f);
        f.getBudget().ifPresent(b -> {
            parts.add(b);
            parts.addAll(b.getLines());
            b.getSource().ifPresent(parts::add);
        });
        f.getGoals().ifPresent(parts::add);
        f.getFooter().ifPresent(parts::add);
        f.getDeclaredGrade().ifPresent(parts::add);
        parts.addAll(f.getHeaderFields());
        parts.addAll(f.getTextSections());
        for (Indicator i : f.getIndicators()) {
            parts.add(i);
            i.getSplitTarget().ifPresent(parts::add);
            parts.addAll(i.getExtras());
            i.getSource().ifPresent(parts::add);
        }
        for (Object part : parts) {
            assertThat(HAND.writeValueAsString(part)).as("%s", part.getClass()).isEqualTo(GENERIC.writeValueAsString(part));
            assertThat(HAND.writerWithDefaultPrettyPrinter().writeValueAsString(part))
                    .isEqualTo(GENERIC.writerWithDefaultPrettyPrinter().writeValueAsString(part));
        }
        byte[] bytes = HAND.writeValueAsBytes(f);
        assertThat(bytes).isEqualTo(GENERIC.writeValueAsBytes(f));
        // read back equal under both paths (an unparsed "99.86%" stays unparsed: FigureJsonTest)
        Form back = HAND.readValue(bytes, Form.class);
        assertThat(back).isEqualTo(f);
        assertThat(back).isEqualTo(GENERIC.readValue(bytes, Form.class));
        assertThat(HAND.writeValueAsBytes(back)).isEqualTo(GENERIC.writeValueAsBytes(back));
    }
}
