package io.github.perfeval.core.form;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.source.Location;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A block of prose that was filed with the form and belongs to it: 其他需要说明事项, 评价结论, 存在问题,
 * 改进措施, 项目实施内容及过程概述, a note under the table ({@code 备注：…}), text of the title block
 * ({@code 附件2}). Kept exactly as written.
 *
 * <pre>{@code
 * TextSection problems = TextSection.builder().kind(SectionKind.PROBLEMS).label("存在问题")
 *         .text("部分资金拨付滞后").build();
 * TextSection note = TextSection.of(SectionKind.NOTE, "", "备注：本表金额单位为万元");
 * }</pre>
 *
 * <p>Invariants: the label is the label cell as written, empty when the text stands alone (a note or a
 * caption holds its own label in its text); the text is never null. Equality ignores
 * {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableTextSection.class)
@JsonDeserialize(as = ImmutableTextSection.class)
@JsonPropertyOrder({"kind", "label", "text", "source"})
public abstract class TextSection {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TextSection}. Not thread-safe; the values it builds are.
     */
    public static final class Builder extends ImmutableTextSection.Builder {
        Builder() {
        }
    }

    /**
     * A section with no place.
     *
     * @param kind what it is
     * @param label the label as written, may be empty
     * @param text the text as written
     * @return the section
     */
    public static TextSection of(SectionKind kind, String label, String text) {
        return builder().kind(kind).label(label).text(text).build();
    }

    /** What the section is. */
    @NotNull
    public abstract SectionKind getKind();

    /** The label as written ({@code 存在问题}, {@code 2.项目实施内容及过程概述}), empty when the text stands alone. */
    @NotNull
    @Value.Default
    public String getLabel() {
        return "";
    }

    /** The text as written. */
    @NotNull
    @Value.Default
    public String getText() {
        return "";
    }

    /** Where the text is (its cell), when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
