package io.github.perfeval.excel;

import io.github.perfeval.core.diagnostic.Diagnostic;
import io.github.perfeval.core.diagnostic.StandardCode;
import io.github.perfeval.core.diagnostic.ValueWithDiagnostics;
import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.BudgetLineKind;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.FormKind;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.source.Location;
import io.github.perfeval.excel.read.ExcelFormReader;
import io.github.perfeval.excel.read.ExcelReadResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Both fixture workbooks read with every value as published. */
class FixtureReadingTest {

    private static final ExcelFormReader READER = ExcelFormReader.create();

    @Test
    void yueyangReadsAsPublished() {
        ExcelReadResult read = READER.read(Fixtures.yueyang());
        assertThat(read.getForms()).hasSize(1);
        Form form = read.forms().get(0);
        assertThat(form).isEqualTo(PublishedForms.yueyang2024());
        assertThat(form.getSheet()).contains("部门整体支出绩效自评表");
        assertThat(form.getIndicators()).hasSize(24);
        assertThat(form.getIndicators().stream().map(i -> i.getWeight().orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("86");
        assertThat(form.getIndicators().stream().map(i -> i.getDeclaredScore().orElseThrow().decimal())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("83");
        Indicator loss = form.getIndicators().get(12);
        assertThat(loss.getName()).isEqualTo("因自然灾害造成的经济损失下降");
        assertThat(loss.getDeclaredScore()).contains(Figure.of(1));
        assertThat(loss.getDeclaredScore().orElseThrow().getSource()).contains(Location.cell("部门整体支出绩效自评表", "H26"));
        assertThat(loss.getSource()).contains(Location.cell("部门整体支出绩效自评表", "D26"));
        assertThat(loss.getTarget().getSource()).contains(Location.cell("部门整体支出绩效自评表", "E26"));
        assertThat(form.getDeclaredTotal().orElseThrow().getRaw()).as("Excel's 97.98999999999999 as Excel shows it").isEqualTo("97.99");
        assertThat(form.getDeclaredTotal().orElseThrow().getSource()).contains(Location.cell("部门整体支出绩效自评表", "H38"));
        assertThat(form.getBudget().orElseThrow().total().orElseThrow().getDeclaredRate().orElseThrow().decimal())
                .isEqualByComparingTo("0.9986");
        assertThat(form.getBudget().orElseThrow().getLines()).extracting(l -> l.getKind()).containsExactly(
                BudgetLineKind.TOTAL, BudgetLineKind.GENERAL_PUBLIC_BUDGET, BudgetLineKind.GOVERNMENT_FUND,
                BudgetLineKind.SPECIAL_ACCOUNT_NON_TAX, BudgetLineKind.OTHER_INCOME, BudgetLineKind.BASIC_EXPENDITURE,
                BudgetLineKind.PROJECT_EXPENDITURE);
        assertThat(read.getDiagnostics()).isEmpty();
        assertThat(read.getUnreadCells()).isEmpty();
        assertThat(form.getTextSections()).as("the 附件2 line above the title").extracting(s -> s.getText()).containsExactly("附件2");
    }

    @Test
    void everyCellOfBothFixturesIsInTheModel() throws java.io.IOException {
        for (java.nio.file.Path fixture : new java.nio.file.Path[] {Fixtures.yueyang(), Fixtures.liuhe()}) {
            ExcelReadResult read = READER.read(fixture);
            assertThat(read.getUnreadCells()).as("%s", fixture).isEmpty();
            assertThat(read.getForms()).allSatisfy(f -> assertThat(f.getDiagnostics())
                    .noneMatch(d -> d.is(StandardCode.CELLS_NOT_READ) || d.is(StandardCode.TEMPLATE_ROWS)));
            WorkbookFuzzProperties.assertEveryCellAccountedFor(java.nio.file.Files.readAllBytes(fixture), fixture.toString());
        }
    }

    @Test
    void liuheHasAProjectFormAndADepartmentForm() {
        ExcelReadResult read = READER.read(Fixtures.liuhe());
        assertThat(read.forms()).extracting(Form::getKind).containsExactly(FormKind.PROJECT, FormKind.DEPARTMENT);
        Form project = read.forms().get(0);
        Form department = read.forms().get(1);
        assertThat(project).isEqualTo(PublishedForms.liuhe2024Project());
        assertThat(department).isEqualTo(PublishedForms.liuhe2024Department());
        assertThat(project.getIndicators().get(1).getTarget().getRaw())
                .as("a target typed as =30000元 that Excel stored as a formula with no value").isEqualTo("=30000元");
        assertThat(department.getIndicators().get(5).getTarget().getQuantity().orElseThrow().value()).isEqualByComparingTo("3000");
        ValueWithDiagnostics<Form> withNotes = read.getForms().get(0);
        assertThat(withNotes.getDiagnostics()).filteredOn(d -> d.is(StandardCode.FORMULA_AS_TEXT))
                .extracting(Diagnostic::getWhere)
                .containsExactly("项目支出绩效自评表!E14", "项目支出绩效自评表!E15", "项目支出绩效自评表!E16",
                        "项目支出绩效自评表!E18", "项目支出绩效自评表!E19");
        assertThat(withNotes.getDiagnostics()).anyMatch(d -> d.is(StandardCode.NO_SCORE_COLUMNS));
    }
}
