package io.github.perfeval.core.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.form.PerfevalStyle;
import io.github.perfeval.core.source.Location;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * One labelled part of a self-evaluation report (自评报告): the group it stands in ({@code 部门概况}), its
 * label and its text, each as written, what it is ({@link ReportItem}), and where its text is.
 *
 * <pre>{@code
 * ReportSection s = ReportSection.builder().group("部门概况").item(ReportItem.PROJECT_NAME).label("专项名称")
 *         .text("非税收入").source(Location.tableCell(1, 1, 3)).build();
 * }</pre>
 *
 * <p>The text keeps its line breaks; an empty text is a section the unit left blank. Equality ignores
 * places. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize
@JsonPropertyOrder({"group", "item", "label", "text", "source"})
public abstract class ReportSection {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportSection}. Not thread-safe; the values it builds are. */
    public static final class Builder extends ImmutableReportSection.Builder {
        Builder() {
        }
    }

    /**
     * A section of the template's item, with the template's group and label.
     *
     * @param item the item, not {@link ReportItem#OTHER}
     * @param text the text
     * @return the section
     */
    public static ReportSection of(ReportItem item, String text) {
        return builder().group(item.group()).item(item).label(item.label()).text(text).build();
    }

    /** The group as written ({@code 部门概况}, {@code 绩效情况}), when the report groups its sections. */
    public abstract Optional<String> getGroup();

    /** What the section is. */
    @Value.Default
    public ReportItem getItem() {
        return ReportItem.fromLabel(getLabel()).orElse(ReportItem.OTHER);
    }

    /** The label as written. */
    public abstract String getLabel();

    /** The text as written, line breaks kept; empty when left blank. */
    @Value.Default
    public String getText() {
        return "";
    }

    /** Where the text is (the cell beside the label), when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();

    /** Whether the unit left the section blank (nothing but white space; {@code 无} counts as written). */
    public boolean leftBlank() {
        return getText().strip().isEmpty();
    }
}
