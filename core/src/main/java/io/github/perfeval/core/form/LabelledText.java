package io.github.perfeval.core.form;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.perfeval.core.source.Location;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A value the form holds under a label of its own, kept exactly as written: a header field the model
 * has no attribute for ({@code 联系人}, {@code 资金用途}), a column the model has no attribute for
 * ({@code 指标解释}, {@code 评分标准}, {@code 备注}: the label is the column's header), a part of a split
 * target ({@code 指标性质: ≥}), a declared grade ({@code 自评等级: 优}).
 *
 * <pre>{@code
 * LabelledText contact = LabelledText.of("联系人", "张三");
 * LabelledText criterion = LabelledText.builder().label("评分标准").text("每少1次扣1分")
 *         .source(Location.cell("表", "K14")).build();
 * }</pre>
 *
 * <p>Invariants: label and text are never null (either may be empty: a value with no label of its own, a
 * label left unfilled). Equality ignores {@link #getSource()}. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableLabelledText.class)
@JsonDeserialize(as = ImmutableLabelledText.class)
@JsonPropertyOrder({"label", "text", "source"})
public abstract class LabelledText {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LabelledText}. Not thread-safe; the values it builds are.
     */
    public static final class Builder extends ImmutableLabelledText.Builder {
        Builder() {
        }
    }

    /**
     * A labelled text with no place.
     *
     * @param label the label as written
     * @param text the text as written
     * @return the value
     */
    public static LabelledText of(String label, String text) {
        return builder().label(label).text(text).build();
    }

    /** The label as written (a header field's label, a column's header), possibly empty. */
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

    /** Where the text is, when it came from a file. Not part of equality. */
    @Value.Auxiliary
    public abstract Optional<Location> getSource();
}
