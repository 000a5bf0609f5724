package io.github.perfeval.core.basicdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.source.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * The department's basic-data table (部门整体支出绩效评价基础数据表), filed in Hunan beside the
 * department-wide self-evaluation form: staffing, spending control by year (三公经费, 项目支出 with its
 * special lines, 公用经费 and its 其中 rows, 政府采购金额), the control of office buildings (楼堂馆所) and the
 * measures taken to save (厉行节约保障措施).
 *
 * <pre>{@code
 * BasicData table = BasicData.builder().year(2023)
 *         .staffing(Staffing.builder().authorized(Figure.of(90)).actual(Figure.of(86)).build())
 *         .spending(SpendingControl.builder()
 *                 .addLines(SpendingLine.builder().item(SpendingItem.THREE_PUBLIC)
 *                         .priorActual(Figure.of("59.17")).budget(Figure.of("80.3")).actual(Figure.of("67.32")).build())
 *                 .build())
 *         .build();
 * String json = PerfevalJson.write(table);
 * }</pre>
 *
 * <p>Every figure keeps its raw text and its place; equality ignores places, so the same table read
 * from two layouts is equal. Texts of the table's area that belong to none of its parts (a note under
 * it, {@code 附件3} above its title) are kept in {@link #getNotes()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"title", "year", "department", "sheet", "staffing", "spending", "buildings", "savingMeasures",
        "notes", "source"})
public abstract class BasicData {

    /** The template's title. */
    public static final String TITLE = "部门整体支出绩效评价基础数据表";

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BasicData}; {@code from(table)} starts from an existing one. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableBasicData.Builder {
        Builder() {
        }
    }

    /** The title as written. */
    public abstract Optional<String> getTitle();

    /** The year evaluated: the year of 本年决算数 (or of the staffing label) as the table names it. */
    public abstract Optional<@Min(value = 1990, message = "{io.github.perfeval.year.message}")
            @Max(value = 2100, message = "{io.github.perfeval.year.message}") Integer> getYear();

    /** The department (unit) the table names, if it names one; most tables leave it to the form beside them. */
    public abstract Optional<String> getDepartment();

    /** The sheet the table was read from. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<String> getSheet();

    /** 财政供养人员情况. */
    public abstract Optional<@Valid Staffing> getStaffing();

    /** 经费控制情况. */
    public abstract Optional<@Valid SpendingControl> getSpending();

    /** 楼堂馆所控制情况. */
    public abstract Optional<@Valid BuildingControl> getBuildings();

    /** 厉行节约保障措施. */
    public abstract Optional<SavingMeasures> getSavingMeasures();

    /**
     * Texts of the table's area that belong to none of its parts, as written, top to bottom. They may hold
     * personal data (填表人, 联系电话) and are redacted from {@code toString()}.
     */
    @Value.Redacted
    public abstract List<String> getNotes();

    /** Where the table begins (its title, else its first section), when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
