package io.github.perfeval.grid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What number formats seen in real forms say about the numbers they show. */
class CellFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // pattern               | percent | unit  | decimals | thousands
        "General                 | false   | -     | -        | false",
        "0.00%                   | true    | -     | 2        | false",
        "0%                      | true    | -     | 0        | false",
        "0\"天\"                  | false   | 天    | 0        | false",
        "0.00\"万元\"              | false   | 万元  | 2        | false",
        "#,##0.00                | false   | -     | 2        | true",
        "#,##0                   | false   | -     | 0        | true",
        "0.00_);[Red](0.00)      | false   | -     | 2        | false",
        "[$-804]0.0\"人次\"        | false   | 人次  | 1        | false",
        "0\\元                    | false   | 元    | 0        | false",
        "0个                     | false   | 个    | 0        | false",
        "0.000                   | false   | -     | 3        | false",
        "@                       | false   | -     | -        | false",
    })
    void readsWhatTheFormatShows(String pattern, boolean percent, String unit, Integer decimals, boolean thousands) {
        CellFormat f = CellFormat.parse(pattern);
        assertThat(f.isPercent()).as("percent").isEqualTo(percent);
        assertThat(f.getUnit().orElse(null)).as("unit").isEqualTo(unit);
        assertThat(f.getDecimals().isPresent() ? Integer.valueOf(f.getDecimals().getAsInt()) : null).as("decimals").isEqualTo(decimals);
        assertThat(f.isThousands()).as("thousands").isEqualTo(thousands);
    }
}
