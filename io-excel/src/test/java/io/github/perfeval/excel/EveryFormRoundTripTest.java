package io.github.perfeval.excel;

import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.excel.read.ExcelReadResult;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.form.HeadRowForms;
import io.github.perfeval.grid.form.ProvinceForms;
import io.github.perfeval.grid.form.ReviewForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form the repo holds comes back whole, the README's lossless promise checked on forms the writer was
 * not tuned on: each province and review form read from its grid, every form of every workbook fixture (the
 * forms read from perfeval's own copy equal those read from the original), the published forms as built in
 * code; each written to perfeval's own workbook and read back, and each through {@link PerfevalJson} and back.
 */
class EveryFormRoundTripTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    /** The folders of the workbook fixtures that hold forms (relative to this module, as Maven runs it). */
    private static final List<Path> WORKBOOK_FOLDERS = List.of(
            Path.of("src", "test", "resources", "io", "github", "perfeval", "excel", "read", "review"),
            Fixtures.path(SampleFormNames.YUEYANG).getParent());

    static Stream<Arguments> grids() {
        return Stream.of(
                Arguments.of("yunnanLijiang2020", (Supplier<Grid>) ProvinceForms::yunnanLijiang2020),
                Arguments.of("sichuanQingshen2023", (Supplier<Grid>) ProvinceForms::sichuanQingshen2023),
                Arguments.of("sichuanDaying2023", (Supplier<Grid>) ProvinceForms::sichuanDaying2023),
                Arguments.of("sichuanDaying2023Wages", (Supplier<Grid>) ProvinceForms::sichuanDaying2023Wages),
                Arguments.of("anhuiChizhou2022", (Supplier<Grid>) ProvinceForms::anhuiChizhou2022),
                Arguments.of("shanghaiPutuo2022", (Supplier<Grid>) ProvinceForms::shanghaiPutuo2022),
                Arguments.of("hebeiLangfang2019", (Supplier<Grid>) ProvinceForms::hebeiLangfang2019),
                Arguments.of("hainanCommerce", (Supplier<Grid>) ProvinceForms::hainanCommerce),
                Arguments.of("zhongjiang2022", (Supplier<Grid>) ReviewForms::zhongjiang2022),
                Arguments.of("tianchang2022", (Supplier<Grid>) ReviewForms::tianchang2022),
                Arguments.of("commerce2020", (Supplier<Grid>) ReviewForms::commerce2020),
                Arguments.of("chongqingKxc2021", (Supplier<Grid>) ReviewForms::chongqingKxc2021),
                Arguments.of("hubeiHbeu", (Supplier<Grid>) ReviewForms::hubeiHbeu),
                Arguments.of("yinchuan2021", (Supplier<Grid>) HeadRowForms::yinchuan2021),
                Arguments.of("sichuanProseLine2023", (Supplier<Grid>) HeadRowForms::sichuanProseLine2023));
    }

    /** Every workbook in the fixture folders (found, not listed, so that a fixture added later is checked too). */
    static Stream<Path> workbooks() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : WORKBOOK_FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                all.addAll(files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted()
                        .collect(Collectors.toList()));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> published() {
        return Stream.of(
                Arguments.of("PublishedForms.yueyang2024", PublishedForms.yueyang2024()),
                Arguments.of("PublishedForms.liuhe2024Project", PublishedForms.liuhe2024Project()),
                Arguments.of("PublishedForms.liuhe2024Department", PublishedForms.liuhe2024Department()));
    }

    /** Every form of every source above, named by where it came from. */
    static Stream<Arguments> everyForm() throws IOException {
        List<Arguments> all = new ArrayList<>();
        grids().forEach(a -> all.add(Arguments.of(a.get()[0], fromGrid(grid(a)))));
        for (Path p : (Iterable<Path>) workbooks()::iterator) {
            List<Form> forms = READER.read(p).forms();
            for (int i = 0; i < forms.size(); i++) {
                all.add(Arguments.of(p.getFileName() + "#" + (i + 1), forms.get(i)));
            }
        }
        published().forEach(all::add);
        return all.stream();
    }

    @Test
    void theFixtureFoldersHoldTheWorkbooksTheyAreKnownToHold() throws IOException {
        assertThat(workbooks().map(p -> p.getFileName().toString())).contains("chongqing-kxc-2021-dept.xlsx",
                "commerce-2020.xlsx", "hubei-hbeu-student-aid.xlsx", "tianchang-2022.xlsx", "zhongjiang-2022.xlsx",
                SampleFormNames.YUEYANG, SampleFormNames.LIUHE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void aFormReadFromItsGridComesBackFromTheWorkbookEqual(String name, Supplier<Grid> grid) throws IOException {
        Form given = fromGrid(grid);
        Form back = roundTrip(List.of(given)).get(0);
        assertThat(back.getIndicators()).as(name + ": indicators").isEqualTo(given.getIndicators());
        assertThat(back).as(name).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyFormOfAWorkbookFixtureComesBackFromPerfevalsOwnWorkbookEqual(Path workbook) throws IOException {
        List<Form> given = READER.read(workbook).forms();
        assertThat(given).as(workbook + " reads into forms").isNotEmpty();
        assertThat(roundTrip(given)).as(workbook.toString()).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void aPublishedFormBuiltInCodeComesBackFromTheWorkbookEqual(String name, Form given) throws IOException {
        assertThat(roundTrip(List.of(given)).get(0)).as(name).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void everyFormComesBackFromJsonEqual(String name, Form given) throws IOException {
        assertThat(PerfevalJson.readForm(PerfevalJson.write(given))).as(name).isEqualTo(given);
    }

    @Test
    void splitTargetPartsComeBackUnderTheirOwnHeaders() throws IOException {
        Form given = FormParser.create().parse(ProvinceForms.yunnanLijiang2020()).forms().get(0);
        assertThat(given.getIndicators()).anyMatch(i -> i.getSplitTarget().isPresent());
        Form back = roundTrip(List.of(given)).get(0);
        for (int i = 0; i < given.getIndicators().size(); i++) {
            assertThat(back.getIndicators().get(i).getSplitTarget()).isEqualTo(given.getIndicators().get(i).getSplitTarget());
            assertThat(back.getIndicators().get(i).getTarget()).isEqualTo(given.getIndicators().get(i).getTarget());
        }
    }

    @Test
    void aProjectFormWithoutAProjectNameComesBackEqual() throws IOException {
        Form given = Form.builder().from(PublishedForms.yueyang2024()).kind(FormKind.PROJECT)
                .title("2024年度项目支出绩效自评表").projectName(Optional.empty()).build();
        assertThat(roundTrip(List.of(given))).containsExactly(given);
    }

    @Test
    void aGoalColumnFollowedByAnotherHeaderFieldComesBackEqualAndWhole() throws IOException {
        // 重庆's goals block keeps 全年（调整）绩效目标 as a header field; 银川's head fields after it make it no longer the last
        Form chongqing = fromGrid(ReviewForms::chongqingKxc2021);
        Form yinchuan = fromGrid(HeadRowForms::yinchuan2021);
        Form given = Form.builder().from(chongqing).addAllHeaderFields(yinchuan.getHeaderFields()).build();
        List<String> labels = given.getHeaderFields().stream().map(LabelledText::getLabel).collect(Collectors.toList());
        assertThat(labels).contains("全年（调整）绩效目标");
        assertThat(labels.get(labels.size() - 1)).isNotEqualTo("全年（调整）绩效目标");
        ExcelReadResult back = READER.read(new ByteArrayInputStream(RoundTripTest.write(List.of(given))), "every.xlsx");
        assertThat(back.forms()).containsExactly(given);
        assertThat(LosslessRoundTripTest.all(back)).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.NOT_KEPT));
        assertThat(PerfevalJson.readForm(PerfevalJson.write(given))).isEqualTo(given);
    }

    @Test
    void headFieldsUnderLabelsNamedElsewhereComeBackWithNothingUnread() throws IOException {
        for (Supplier<Grid> grid : List.<Supplier<Grid>>of(HeadRowForms::yinchuan2021, HeadRowForms::sichuanProseLine2023)) {
            Form given = fromGrid(grid);
            ExcelReadResult back = READER.read(new ByteArrayInputStream(RoundTripTest.write(List.of(given))), "every.xlsx");
            assertThat(back.forms()).containsExactly(given);
            assertThat(LosslessRoundTripTest.all(back)).noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.NOT_KEPT));
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Grid> grid(Arguments a) {
        return (Supplier<Grid>) a.get()[1];
    }

    private static Form fromGrid(Supplier<Grid> grid) {
        return FormParser.create().parse(grid.get()).forms().get(0);
    }

    private static List<Form> roundTrip(List<Form> forms) throws IOException {
        byte[] bytes = RoundTripTest.write(forms);
        return READER.read(new ByteArrayInputStream(bytes), "every.xlsx").forms();
    }

    /** The sample workbooks' names (testkit's SampleForms holds the same; io-excel cannot depend on testkit). */
    private static final class SampleFormNames {
        static final String YUEYANG = "yueyang-2024-department.xlsx";
        static final String LIUHE = "liuhe-2024.xlsx";
    }
}
