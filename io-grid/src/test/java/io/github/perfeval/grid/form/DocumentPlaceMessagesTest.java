package io.github.perfeval.grid.form;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.MessageArgument;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.CellRange;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridLimits;
import io.github.perfeval.grid.report.ReportParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form read from a document's table (Word, HTML) names its places in the reader's language: 表格3第14行第4列 in a
 * Chinese message, table 3, row 14, column 4 in an English one; never one inside the other. Checked on every
 * published form of the tests laid out as a document's table.
 */
class DocumentPlaceMessagesTest {

    private static final Pattern ENGLISH_PLACE = Pattern.compile("table \\d|row \\d|column \\d|R\\d+C\\d+");
    private static final Pattern CHINESE_PLACE = Pattern.compile("表格\\d|第\\d+行|第\\d+列");

    static Stream<Object[]> forms() throws Exception {
        return LevelLabelPlacesTest.forms().map(a -> new Object[] {a.get()[0], asTable((Grid) a.get()[1])});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachMessageNamesPlacesInItsOwnLanguage(String name, Grid table) {
        for (Diagnostic d : diagnostics(FormParser.create().parse(table))) {
            assertAllOneLanguage(d);
        }
    }

    /** 海南's money block leaves cells unread: the finding lists them, each at its place in the reader's language. */
    @Test
    void unreadCellsOfADocumentTableAreListedInTheReadersLanguage() {
        List<Diagnostic> all = diagnostics(FormParser.create().parse(asTable(ProvinceForms.hainanCommerce())));
        Diagnostic unread = all.stream().filter(d -> d.is(StandardCode.CELLS_NOT_READ)).findFirst().orElseThrow();
        assertThat(unread.getMessageZh()).contains("表格3第").doesNotContain("table", "row", "column");
        assertThat(unread.getMessageEn()).contains("table 3, row ").doesNotContain("表格", "行“");
        assertThat(unread.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(unread.getMessageZh());
        assertThat(unread.message(Locale.FRENCH)).as("any other reader gets the English").isEqualTo(unread.getMessageEn());
    }

    /** A self-evaluation report's stray cell in a document's table, named in each language. */
    @Test
    void aReportsUnreadCellIsNamedInTheReadersLanguage() {
        Grid g = io.github.perfeval.grid.GridSketch.table(2, "2021年度项目支出绩效自评报告")
                .row("部门概况", "专项名称", "非税收入")
                .row("", "年度预算金额", "54万元")
                .row("", "项目主管部门", "永州市应急管理局")
                .row("绩效情况", "项目支出管理和使用基本情况", "资金已全部使用。")
                .row("附注", "", "", "某某备注")
                .build();
        List<Diagnostic> ds = new ArrayList<>();
        ReportParser.create().parse(g).forEach(v -> ds.addAll(v.getDiagnostics()));
        assertThat(ds).filteredOn(d -> d.getCode().equals("REPORT_UNREAD_CELL") && d.getMessageZh().contains("某某备注")).singleElement().satisfies(d -> {
            assertThat(d.getMessageZh()).contains("表格2第5行第4列").doesNotContain("R5C4");
            assertThat(d.getMessageEn()).contains("table 2, row 5, column 4");
        });
    }

    @Test
    void aPlaceArgumentIsTheSameInBothLanguagesOnASheetOnly() {
        MessageArgument inTable = MessageArgument.place(Location.tableCell(3, 14, 4).withContext("自评表"));
        assertThat(inTable.getZh()).contains("表格3第14行第4列");
        assertThat(inTable.getEn()).contains("table 3, row 14, column 4");
        MessageArgument onSheet = MessageArgument.place(Location.cell("自评表", "H26"));
        assertThat(onSheet.getCell()).contains("自评表!H26");
    }

    private static List<Diagnostic> diagnostics(GridReadResult read) {
        List<Diagnostic> all = new ArrayList<>();
        read.getForms().forEach(v -> all.addAll(v.getDiagnostics()));
        return all;
    }

    private static void assertAllOneLanguage(Diagnostic d) {
        assertThat(ENGLISH_PLACE.matcher(d.getMessageZh()).find()).as("zh: %s", d.getMessageZh()).isFalse();
        assertThat(CHINESE_PLACE.matcher(d.getMessageEn()).find()).as("en: %s", d.getMessageEn()).isFalse();
    }

    /** The same cells and merges as a document's table 3 (as the Word and HTML readers give them). */
    static Grid asTable(Grid g) {
        Grid.Builder b = Grid.tableBuilder(3, "2023年度项目支出绩效自评表", GridLimits.defaults());
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                b.put(r, c, g.ownCell(r, c));
            }
        }
        for (CellRange m : g.getMergedRegions()) {
            b.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
        }
        return b.build();
    }
}
