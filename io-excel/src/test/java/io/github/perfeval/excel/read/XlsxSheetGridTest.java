package io.github.perfeval.excel.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The xlsx reader's shortcut past POI's date test: where it says a number is a general one without asking POI, POI's
 * {@code DateUtil.isADateFormat} says it is no date, for every format id a style can hold (as POI casts it, a short)
 * with no pattern, an empty one, {@code General} and the built-in pattern of the id; and the shortcut does say so for
 * general numbers, so a sheet of them never starts POI's formatter.
 */
class XlsxSheetGridTest {

    @Test
    void aGeneralNumberIsNoDateWhereverPoiWouldSaySo() {
        int shortcuts = 0;
        for (int id = Short.MIN_VALUE; id <= Short.MAX_VALUE; id++) {
            short s = (short) id;
            for (String format : Arrays.asList(null, "", "General", "general", "GENERAL", BuiltinFormats.getBuiltinFormat(s), "0.00", "yyyy/m/d")) {
                if (XlsxSheetGrid.generalNumber(s, format)) {
                    shortcuts++;
                    assertThat(DateUtil.isADateFormat(id, format)).as("id " + id + " format " + format).isFalse();
                }
            }
        }
        assertThat(shortcuts).as("the shortcut is taken").isGreaterThan(3 * 65_000);
    }

    @Test
    void builtInDateIdsAndDatePatternsAreAskedOfPoi() {
        for (int id : List.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47)) {
            assertThat(XlsxSheetGrid.generalNumber((short) id, "General")).as("built-in date id " + id).isFalse();
            assertThat(DateUtil.isADateFormat(id, "General")).as("POI: built-in date id " + id).isTrue();
        }
        assertThat(XlsxSheetGrid.generalNumber((short) 0, "General")).isTrue();
        assertThat(XlsxSheetGrid.generalNumber((short) 0, null)).isTrue();
        assertThat(XlsxSheetGrid.generalNumber((short) 164, "yyyy/m/d")).isFalse();
        assertThat(XlsxSheetGrid.generalNumber((short) 10, "0.00%")).isFalse();
    }
}
