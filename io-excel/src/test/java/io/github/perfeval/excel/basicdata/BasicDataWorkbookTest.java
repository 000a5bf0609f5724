package io.github.perfeval.excel.basicdata;

import io.github.perfeval.core.basicdata.BasicData;
import io.github.perfeval.core.basicdata.BasicDataCode;
import io.github.perfeval.core.basicdata.ColumnHeader;
import io.github.perfeval.core.basicdata.DepartmentFiling;
import io.github.perfeval.core.basicdata.Heading;
import io.github.perfeval.core.basicdata.SpendingControl;
import io.github.perfeval.core.basicdata.Staffing;
import io.github.perfeval.core.basicdata.SpendingLine;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.fixtures.PublishedBasicData;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.excel.write.BasicDataWriter;
import io.github.perfeval.excel.write.ExcelFormWriter;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The table written back in its published layout, and a workbook holding a form and its table. */
class BasicDataWorkbookTest {

    private static ExcelReadResult read(byte[] bytes) {
        return ExcelFormReader.create().read(new ByteArrayInputStream(bytes), "written.xlsx");
    }

    private static List<Location> places(BasicData t) {
        List<Location> out = new ArrayList<>();
        for (SpendingLine l : t.getSpending().orElseThrow().getLines()) {
            l.getSource().ifPresent(out::add);
            l.getPriorActual().flatMap(Figure::getSource).ifPresent(out::add);
            l.getBudget().flatMap(Figure::getSource).ifPresent(out::add);
            l.getActual().flatMap(Figure::getSource).ifPresent(out::add);
        }
        t.getStaffing().orElseThrow().getDeclaredRate().flatMap(Figure::getSource).ifPresent(out::add);
        t.getBuildings().orElseThrow().getActualInvestment().flatMap(Figure::getSource).ifPresent(out::add);
        t.getSavingMeasures().orElseThrow().getSource().ifPresent(out::add);
        return out;
    }

    @Test
    void thePublishedTableWrittenBackReadsEqualAtTheSameCells() throws IOException {
        BasicData published = HengyangBasicDataTest.read().basicData().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasicDataWriter.create().write(List.of(published), out);
        ExcelReadResult back = read(out.toByteArray());
        assertThat(back.getBasicData()).hasSize(1);
        assertThat(back.getBasicData().get(0).getDiagnostics()).isEmpty();
        BasicData again = back.basicData().get(0);
        assertThat(again).isEqualTo(published);
        assertThat(places(again)).as("the published layout: every figure at its published cell").isEqualTo(places(published));
    }

    @Test
    void aTableBuiltInCodeWithADepartmentAndNotesRoundTrips() throws IOException {
        BasicData t = BasicData.builder().from(PublishedBasicData.hengyang2023()).department("衡阳市应急管理局")
                .addNotes("填表人：李四  联系电话：0734-0000000").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasicDataWriter.create().write(List.of(t), out);
        assertThat(read(out.toByteArray()).basicData()).containsExactly(t);
    }

    @Test
    void aWorkbookWithAFormAndItsTableGivesBothLinked() throws IOException {
        Form form = PublishedForms.yueyang2024();   // 岳阳市应急管理局, 2024
        BasicData table = of2024(PublishedBasicData.hengyang2023());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(form), null)) {
            BasicDataWriter.create().addSheet(wb, table);
            wb.write(out);
        }
        ExcelReadResult read = read(out.toByteArray());
        assertThat(read.forms()).hasSize(1);
        assertThat(read.getBasicData()).hasSize(1);
        assertThat(read.getDiagnostics()).noneMatch(d -> d.is(StandardCode.SHEET_SKIPPED));
        assertThat(read.filings()).hasSize(1);
        DepartmentFiling filing = read.filings().get(0);
        assertThat(filing.getForm()).isEqualTo(read.forms().get(0));
        assertThat(filing.unit()).contains("岳阳市应急管理局");
        assertThat(filing.year()).contains(2024);
    }

    /** The table with the years of its labels moved on by one. */
    static BasicData of2024(BasicData t) {
        SpendingControl s = t.getSpending().orElseThrow();
        List<ColumnHeader> columns = new ArrayList<>();
        for (ColumnHeader h : s.getColumns()) {
            int y = h.getYear().orElseThrow() + 1;
            columns.add(ColumnHeader.builder().from(h).year(y).label(h.getLabel().replaceAll("20[0-9][0-9]", String.valueOf(y))).build());
        }
        Staffing st = t.getStaffing().orElseThrow();
        return BasicData.builder().from(t).year(2024)
                .staffing(Staffing.builder().from(st).actualHeading(Heading.of("2024 年实际在职人数")).build())
                .spending(SpendingControl.builder().from(s).columns(columns).build()).build();
    }

    @Test
    void aTableOfAnotherYearIsReadButNotLinkedAndTheReaderSaysWhy() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = ExcelFormWriter.create().toWorkbook(List.of(PublishedForms.yueyang2024()), null)) {
            BasicDataWriter.create().addSheet(wb, PublishedBasicData.hengyang2023());
            wb.write(out);
        }
        ExcelReadResult read = read(out.toByteArray());
        assertThat(read.basicData()).hasSize(1);
        assertThat(read.filings()).isEmpty();
        assertThat(read.getDiagnostics()).anySatisfy(d -> {
            assertThat(d.is(BasicDataCode.BASIC_DATA_NOT_LINKED)).isTrue();
            assertThat(d.getMessageZh()).contains("2023").contains("2024");
            assertThat(d.getWhere()).isEqualTo("基础数据表!A1");
        });
    }

    @Test
    void aTableNamingAnotherUnitIsNotLinked() {
        Form form = PublishedForms.yueyang2024();
        BasicData other = BasicData.builder().from(PublishedBasicData.hengyang2023()).year(2024).department("衡阳市应急管理局").build();
        assertThat(DepartmentFiling.link(form, other)).isEmpty();
        assertThat(DepartmentFiling.linkProblem(form, other)).hasValueSatisfying(d -> assertThat(d.getMessageZh()).contains("衡阳市应急管理局"));
        BasicData same = BasicData.builder().from(other).department("岳阳市应急管理局（本级）").build();
        assertThat(DepartmentFiling.link(form, same)).isPresent();
        assertThat(DepartmentFiling.link(PublishedForms.liuhe2024Project(), same)).as("a project form has no basic-data table").isEmpty();
    }
}
