package io.github.perfeval.core.form;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.quantity.Figure;
import io.github.perfeval.core.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * A self-evaluation form (自评表): header, budget block, goals, indicators, declared totals and footer.
 *
 * <pre>{@code
 * Form form = Form.builder()
 *         .kind(FormKind.DEPARTMENT).year(2024).department("岳阳市应急管理局")
 *         .addIndicators(indicator)
 *         .declaredTotal(Figure.of("97.99"))
 *         .build();
 * String json = PerfevalJson.mapper().writeValueAsString(form);
 * }</pre>
 *
 * <p>Everything read from a file keeps its raw text and its place; equality ignores places, so the
 * same form read from two layouts is equal. The footer holds personal data and is redacted from
 * {@code toString()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableForm.class)
@JsonDeserialize(as = ImmutableForm.class)
@JsonPropertyOrder({"kind", "title", "year", "department", "supervisingDepartment", "implementingUnit",
        "projectName", "headerFields", "sheet", "sheetHidden", "budget", "goals", "indicators", "declaredWeightTotal", "declaredTotal",
        "declaredGrade", "textSections", "footer"})
public abstract class Form {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Form}; {@code from(form)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableForm.Builder {
        Builder() {
        }
    }

    /** Project or department form. */
    @NotNull
    public abstract FormKind getKind();

    /** The title as written, e.g. {@code 2024年度部门整体支出绩效自评表}. */
    public abstract Optional<String> getTitle();

    /** The fiscal year evaluated. */
    public abstract Optional<@Min(value = 1990, message = "{io.github.perfeval.year.message}")
            @Max(value = 2100, message = "{io.github.perfeval.year.message}") Integer> getYear();

    /** 预算部门名称 / 部门名称. */
    public abstract Optional<String> getDepartment();

    /** 主管部门. */
    public abstract Optional<String> getSupervisingDepartment();

    /** 实施单位. */
    public abstract Optional<String> getImplementingUnit();

    /** 项目名称, for project forms. */
    public abstract Optional<String> getProjectName();

    /**
     * Header fields the model has no attribute for, as written ({@code 联系人: 张三}, {@code 资金用途: …},
     * {@code 报表编号: …}), in the form's order.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid LabelledText> getHeaderFields();

    /** The sheet the form was read from. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<String> getSheet();

    /**
     * Whether the form's sheet is hidden in its workbook; a hidden sheet's form is still read, and written
     * back hidden.
     */
    @Value.Default
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
    public boolean isSheetHidden() {
        return false;
    }

    /** The budget block. */
    public abstract Optional<@Valid Budget> getBudget();

    /** The annual overall goals. */
    public abstract Optional<Goals> getGoals();

    /** The indicators, in the form's order. */
    public abstract List<@Valid Indicator> getIndicators();

    /** The 分值 of the 总分 row (normally 100). */
    public abstract Optional<@NonNegative Figure> getDeclaredWeightTotal();

    /** The 得分 of the 总分 row: the total the form declares. */
    public abstract Optional<@NonNegative Figure> getDeclaredTotal();

    /**
     * The grade the form declares beside its total ({@code 100 | 96 | 优}) or under a label of its own
     * ({@code 自评等级: 优}), as written.
     */
    public abstract Optional<@Valid LabelledText> getDeclaredGrade();

    /**
     * The prose filed with the form, in the form's order: text of the title block ({@code 附件2}),
     * 项目实施内容及过程概述, 评价结论, 存在问题, 改进措施, 其他需要说明事项, notes under the table.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid TextSection> getTextSections();

    /** The footer (personal data; redacted from toString). */
    public abstract Optional<Footer> getFooter();

    /**
     * The budget unit the form is about: the department, else the implementing unit, else the
     * supervising department.
     */
    public Optional<String> budgetUnit() {
        if (getDepartment().isPresent()) {
            return getDepartment();
        }
        return getImplementingUnit().isPresent() ? getImplementingUnit() : getSupervisingDepartment();
    }
}
