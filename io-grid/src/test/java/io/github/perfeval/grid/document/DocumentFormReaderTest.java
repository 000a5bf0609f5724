package io.github.perfeval.grid.document;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.grid.Grid;
import io.github.perfeval.grid.GridCell;
import io.github.perfeval.grid.GridLimits;
import io.github.perfeval.grid.GridSketch;
import io.github.perfeval.grid.form.FormParser;
import io.github.perfeval.grid.read.FileReadResult;
import io.github.perfeval.grid.read.PartReport;
import io.github.perfeval.grid.read.PartReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.github.perfeval.grid.GridSketch.num;
import static org.assertj.core.api.Assertions.assertThat;

/** A document's tables: forms found, forms continued after a page break joined, everything else reported. */
class DocumentFormReaderTest {

    private static final DocumentFormReader READER = DocumentFormReader.create();
    /** The header row of the indicator table in {@link #form}, counted from 0. */
    private static final int HEADER = 7;

    /** A small project form as a document table gives it: every value text, level labels merged down. */
    static List<Object[]> form() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"项目支出绩效自评表", "", "", "", "", "", "", ""});
        rows.add(new Object[] {"项目名称", "森林防火宣传", "", "", "", "", "", ""});
        rows.add(new Object[] {"实施单位", "市应急管理局", "", "", "", "", "", ""});
        rows.add(new Object[] {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"});
        rows.add(new Object[] {"", "年度资金总额", "20", "20", "19", "10", "95%", "9.5"});
        rows.add(new Object[] {"年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""});
        rows.add(new Object[] {"", "开展宣传20次", "", "", "开展宣传22次", "", "", ""});
        rows.add(new Object[] {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"});
        rows.add(new Object[] {"", "产出指标", "数量指标", "宣传次数", "≥20次", "22次", "25", "25"});
        rows.add(new Object[] {"", "", "时效指标", "完成时间", "≤12月", "11月", "25", "25"});
        rows.add(new Object[] {"", "效益指标", "社会效益指标", "群众防火意识", "提升", "提升", "30", "30"});
        rows.add(new Object[] {"", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10"});
        rows.add(new Object[] {"总分", "", "", "", "", "", "100", "99.5"});
        return rows;
    }

    /** The merges of {@link #form}, as {first row, first column, last row, last column}. */
    static List<int[]> merges() {
        return List.of(new int[] {0, 0, 0, 7}, new int[] {1, 1, 1, 7}, new int[] {2, 1, 2, 7}, new int[] {3, 0, 3, 1},
                new int[] {7, 0, 11, 0}, new int[] {8, 1, 9, 1});
    }

    /** Rows [from, to) of the form as table {@code n}, merges cut at the table's edges (as a page break cuts them). */
    static Grid table(int n, String context, int from, int to, boolean repeatHeader) {
        Grid.Builder b = Grid.tableBuilder(n, context, GridLimits.defaults());
        List<Object[]> rows = form();
        int r = 0;
        if (repeatHeader) {
            put(b, r++, rows.get(HEADER));
        }
        int shift = r - from;
        for (int i = from; i < to; i++) {
            put(b, r++, rows.get(i));
        }
        for (int[] m : merges()) {
            int first = Math.max(m[0], from);
            int last = Math.min(m[2], to - 1);
            if (first <= last && (first < last || m[1] < m[3])) {
                b.merge(first + shift, m[1], last + shift, m[3]);
            }
        }
        return b.build();
    }

    private static void put(Grid.Builder b, int r, Object[] row) {
        for (int c = 0; c < row.length; c++) {
            b.put(r, c, GridCell.text((String) row[c]));
        }
    }

    static Form whole() {
        return FormParser.create().parse(table(1, null, 0, form().size(), false)).forms().get(0);
    }

    @Test
    void aFormContinuedInTheNextTableIsReadAsOne() {
        Grid first = table(1, "附件2", 0, 10, false);
        Grid second = table(2, null, 10, form().size(), false);
        FileReadResult read = READER.read("决算公开.docx", List.of(DocumentTable.of(first), DocumentTable.of(second).followingDirectly()));

        assertThat(read.forms()).containsExactly(whole());
        Form form = read.forms().get(0);
        Indicator last = form.getIndicators().get(3);
        assertThat(last.getName()).isEqualTo("群众满意度");
        assertThat(last.getSource()).as("a place in the second table").contains(Location.tableCell(2, 2, 4).withContext("附件2"));
        assertThat(form.getDeclaredTotal().orElseThrow().getSource()).contains(Location.tableCell(2, 3, 8).withContext("附件2"));
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.CONTINUATION);
        assertThat(read.getParts().get(1).getContinues()).hasValue(1);
        assertThat(read.getForms().get(0).getDiagnostics()).filteredOn(d -> d.is(StandardCode.TABLE_JOINED))
                .singleElement().satisfies(d -> {
                    assertThat(d.getLocation()).contains(Location.table(2));
                    assertThat(d.getMessageZh()).contains("表格2紧接表格1").contains("跨页续表");
                });
        assertThat(read.getDiagnostics()).as("nothing skipped").isEmpty();
    }

    @Test
    void aHeaderRepeatedAtTheTopOfTheContinuationIsLeftOut() {
        Grid first = table(1, null, 0, 10, false);
        Grid second = table(2, null, 10, form().size(), true);
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(first), DocumentTable.of(second).followingDirectly()));
        assertThat(read.forms()).containsExactly(whole());
        assertThat(read.getParts().get(1).getReason().orElseThrow().getMessageEn()).contains("first 1 row(s) repeat the header");
        assertThat(read.forms().get(0).getIndicators().get(3).getSource()).as("row 3 of table 2, after the repeated header")
                .contains(Location.tableCell(2, 3, 4));
    }

    @Test
    void aTableAfterProseIsNoContinuationAndIsReportedAsSkipped() {
        Grid first = table(1, null, 0, 10, false);
        Grid second = table(2, "以上为自评表，下表为其他说明", 10, form().size(), false);
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(first), DocumentTable.of(second)));
        assertThat(read.forms()).hasSize(1);
        assertThat(read.forms().get(0).getIndicators()).hasSize(2);
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.SKIPPED);
        Diagnostic why = read.getParts().get(1).getReason().orElseThrow();
        assertThat(why.is(StandardCode.TABLE_SKIPPED)).isTrue();
        assertThat(why.getMessageZh()).startsWith("表格2（3行×8列）中没有自评表").contains("首行为“效益指标 | 社会效益指标 | 群众防火意识 | 提升 | 提升 | 30 | 30”")
                .contains("表格上方文字：“以上为自评表，下表为其他说明”");
        assertThat(read.getDiagnostics()).containsExactly(why);
    }

    @Test
    void tablesWithAsManyColumnsThatEachHoldAFormAreNotJoined() {
        Grid first = table(1, null, 0, form().size(), false);
        Grid second = table(2, null, 0, form().size(), false);
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(first), DocumentTable.of(second).followingDirectly()));
        assertThat(read.forms()).containsExactly(whole(), whole());
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.FORMS);
    }

    @Test
    void aTableWithOtherColumnsIsNotJoined() {
        Grid first = table(1, null, 0, 10, false);
        Grid.Builder other = Grid.tableBuilder(2, null, GridLimits.defaults());
        other.put(0, 0, "效益指标").put(0, 1, "社会效益指标").put(0, 2, "群众防火意识");
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(first), DocumentTable.of(other.build()).followingDirectly()));
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.SKIPPED);
    }

    @Test
    void aTitleAndBudgetInOneTableAndTheIndicatorsInTheNextAreOneForm() {
        Grid upper = table(1, null, 0, HEADER, false);
        Grid lower = table(2, null, HEADER, form().size(), false);
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(upper), DocumentTable.of(lower).followingDirectly()));
        assertThat(read.forms()).containsExactly(whole());
        assertThat(read.forms().get(0).getBudget()).isPresent();
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.CONTINUATION);
    }

    static Stream<Arguments> splits() {
        return IntStream.range(1, form().size()).boxed()
                .flatMap(k -> Stream.of(Arguments.of(k, false), Arguments.of(k, k > HEADER + 1)))
                .distinct();
    }

    /** Wherever a page break splits the form, and whether or not the header is repeated, the form reads the same. */
    @ParameterizedTest(name = "split before row {0}, header repeated: {1}")
    @MethodSource("splits")
    void wherevertheFormIsSplitItReadsTheSame(int k, boolean repeat) {
        Grid first = table(1, null, 0, k, false);
        Grid second = table(2, null, k, form().size(), repeat);
        FileReadResult read = READER.read("d.docx", List.of(DocumentTable.of(first), DocumentTable.of(second).followingDirectly()));
        assertThat(read.forms()).containsExactly(whole());
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.FORMS, Outcome.CONTINUATION);
    }

    @Test
    void aFormSplitOverThreeTablesIsReadAsOne() {
        List<DocumentTable> tables = List.of(DocumentTable.of(table(1, null, 0, 9, false)),
                DocumentTable.of(table(2, null, 9, 11, true)).followingDirectly(),
                DocumentTable.of(table(3, null, 11, form().size(), true)).followingDirectly());
        FileReadResult read = READER.read("d.docx", tables);
        assertThat(read.forms()).containsExactly(whole());
        assertThat(read.getParts()).extracting(p -> p.getContinues().orElse(0)).containsExactly(0, 1, 1);
    }

    @Test
    void aFinalAccountsTableIsSkippedWithWhatItHolds() {
        Grid accounts = GridSketch.table(1, "2024年度部门决算\n收入支出决算总表").row("收入", "", "支出", "")
                .row("项目", "决算数", "项目", "决算数").row("一般公共预算财政拨款收入", num("4754.76"), "一般公共服务支出", num("120.5")).build();
        Grid form = table(2, "附件3", 0, form().size(), false);
        FileReadResult read = READER.read("决算.docx", List.of(DocumentTable.of(accounts), DocumentTable.of(form)));
        assertThat(read.forms()).containsExactly(whole());
        PartReport skipped = read.getParts().get(0);
        assertThat(skipped.getOutcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(skipped.getPlace()).isEqualTo(Location.table(1).withContext("2024年度部门决算\n收入支出决算总表"));
        assertThat(skipped.describe(true)).isEqualTo("表格1（3行×4列）中没有自评表（未找到三级指标、年度指标值、实际完成值表头），"
                + "也没有基础数据表，已跳过；首行为“收入 | 支出”；表格上方文字：“收入支出决算总表”");
        assertThat(skipped.describe(false)).startsWith("table 1 (3×4) holds no form");
        assertThat(read.getParts().get(1).describe(true)).isEqualTo("表格2（13行×8列）：读取为自评表1份");
    }

    @Test
    void aFormNestedInALayoutTableIsReadAndTheLayoutTableSaysSo() {
        Grid layout = GridSketch.table(1, null).row("附件3").row("").build();
        Grid nested = table(2, null, 0, form().size(), false);
        Grid empty = Grid.tableBuilder(3, null, GridLimits.defaults()).put(0, 0, "").build();
        FileReadResult read = READER.read("page.html", List.of(DocumentTable.of(layout), DocumentTable.of(nested).nestedIn(1),
                DocumentTable.of(empty)));
        assertThat(read.forms()).containsExactly(whole());
        assertThat(read.getParts()).extracting(PartReport::getOutcome).containsExactly(Outcome.SKIPPED, Outcome.FORMS, Outcome.SKIPPED);
        assertThat(read.getParts().get(0).getReason().orElseThrow().getMessageZh()).contains("其单元格中嵌套表格2，其中表格2读取为自评表");
        assertThat(read.getParts().get(2).getReason().orElseThrow().getMessageEn()).isEqualTo("table 3 (1×1) is empty; skipped");
    }

    @Test
    void theTextAboveATableNamesItsFormWhenTheTableDoesNot() {
        String above = "附件2\n2024年度项目支出绩效自评表\n项目名称：森林防火宣传　主管部门：市应急管理局  单位：万元";
        Grid noTitle = table(1, above, 1, form().size(), false);
        Form form = READER.read("d.docx", List.of(DocumentTable.of(noTitle))).forms().get(0);
        assertThat(form.getTitle()).contains("2024年度项目支出绩效自评表");
        assertThat(form.getYear()).contains(2024);
        assertThat(form.getKind()).isEqualTo(FormKind.PROJECT);
        assertThat(form.getProjectName()).as("the table's own 项目名称 row wins").contains("森林防火宣传");
        assertThat(form.getSupervisingDepartment()).contains("市应急管理局");

        Grid department = GridSketch.table(4, "预算单位名称：岳阳市应急管理局\n2023年度部门整体支出绩效自评表")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "检查企业", "≥100家", "120家", num("50"), num("50")).build();
        Form d = READER.read("d.docx", List.of(DocumentTable.of(department))).forms().get(0);
        assertThat(d.getKind()).isEqualTo(FormKind.DEPARTMENT);
        assertThat(d.getYear()).contains(2023);
        assertThat(d.getDepartment()).as("预算单位名称, not the 单位名称 inside it").contains("岳阳市应急管理局");
        assertThat(d.getIndicators().get(0).getWeight()).contains(Figure.of(50));
    }
}
