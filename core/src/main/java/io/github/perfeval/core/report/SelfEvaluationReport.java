package io.github.perfeval.core.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.quantity.Money;
import io.github.perfeval.core.quantity.MoneyUnit;
import io.github.perfeval.core.source.Location;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * A project's self-evaluation report (项目支出绩效自评报告), filed beside its self-evaluation form: in
 * Hunan a table of three columns (group, label, text) with 专项名称, 年度预算金额, 项目主管部门, 项目立项目的,
 * the narrative of 项目支出管理和使用基本情况 and 项目绩效目标完成情况, 存在的问题, 改进措施 and
 * 其他需要说明问题.
 *
 * <pre>{@code
 * SelfEvaluationReport report = SelfEvaluationReport.builder().title("2021年度项目支出绩效自评报告").year(2021)
 *         .addSections(ReportSection.of(ReportItem.PROJECT_NAME, "非税收入"))
 *         .addSections(ReportSection.of(ReportItem.BUDGET_AMOUNT, "54万元"))
 *         .budgetAmount(Figure.of("54万元", new BigDecimal("54"), null)).budgetUnit(MoneyUnit.WAN_YUAN)
 *         .build();
 * report.projectName();   // Optional[非税收入]
 * report.budget();        // Optional[54万元]
 * String json = PerfevalJson.write(report);
 * }</pre>
 *
 * <p>The sections are kept in the report's order with their labels and texts as written; the budget
 * amount is read from the 年度预算金额 section (its raw text is that section's text). Texts of the report's
 * area that are no section (a note under it) are kept in {@link #getNotes()}. Equality ignores places.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"title", "year", "sheet", "sections", "budgetAmount", "budgetUnit", "notes", "source"})
public abstract class SelfEvaluationReport {

    /** The title of Hunan's template, after the year ({@code 2021年度项目支出绩效自评报告}). */
    public static final String TITLE = "项目支出绩效自评报告";

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SelfEvaluationReport}; {@code from(report)} starts from an existing one. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableSelfEvaluationReport.Builder {
        Builder() {
        }
    }

    /** The title as written. */
    public abstract Optional<String> getTitle();

    /** The year reported on, as the title names it. */
    public abstract Optional<@Min(value = 1990, message = "{io.github.perfeval.year.message}")
            @Max(value = 2100, message = "{io.github.perfeval.year.message}") Integer> getYear();

    /** The sheet the report was read from. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<String> getSheet();

    /** The sections in the report's order. */
    public abstract List<ReportSection> getSections();

    /**
     * 年度预算金额 as a figure: its raw text is the section's text as written ({@code 54万元}), its value the
     * amount in {@link #getBudgetUnit()}; unparsed when the text states no amount.
     */
    public abstract Optional<Figure> getBudgetAmount();

    /** The unit of {@link #getBudgetAmount()}: the one the text names, else 万元 (the template's). */
    public abstract Optional<MoneyUnit> getBudgetUnit();

    /**
     * Texts of the report's area that are no section, as written, top to bottom. They may hold personal
     * data (填报人, 联系电话) and are redacted from {@code toString()}.
     */
    @Value.Redacted
    public abstract List<String> getNotes();

    /** Where the report begins (its title, else its first section), when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /**
     * The first section of an item.
     *
     * @param item the item
     * @return the section, empty when the report has none
     */
    public Optional<ReportSection> section(ReportItem item) {
        return getSections().stream().filter(s -> s.getItem() == item).findFirst();
    }

    /** 专项名称, when the report names its project. */
    public Optional<String> projectName() {
        return text(ReportItem.PROJECT_NAME);
    }

    /** 项目主管部门, when the report names it. */
    public Optional<String> department() {
        return text(ReportItem.DEPARTMENT);
    }

    /** 项目立项目的, when the report states it. */
    public Optional<String> purpose() {
        return text(ReportItem.PURPOSE);
    }

    /** 年度预算金额 as money, when the text states an amount. */
    public Optional<Money> budget() {
        return getBudgetAmount().flatMap(Figure::getValue)
                .map(v -> Money.of(v, getBudgetUnit().orElse(MoneyUnit.WAN_YUAN)));
    }

    private Optional<String> text(ReportItem item) {
        return section(item).map(s -> s.getText().strip()).filter(t -> !t.isEmpty());
    }
}
