package io.github.perfeval.testkit;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.SpendingItem;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.quantity.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleBasicDataTest {

    @Test
    void theHengyangTableIsShippedAndReads() {
        BasicData t = SampleForms.hengyang2023BasicData();
        assertThat(t.getYear()).contains(2023);
        assertThat(t.getSpending().orElseThrow().lines(SpendingItem.SPECIAL_LINE)).hasSize(6);
        assertThat(t.getSpending().orElseThrow().line(SpendingItem.THREE_PUBLIC).flatMap(SpendingLine::getActual))
                .contains(Figure.of("67.32"));
        assertThat(SampleForms.hengyang2023BasicData()).as("read once, shared").isSameAs(t);
    }
}
