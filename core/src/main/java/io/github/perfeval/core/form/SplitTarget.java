package io.github.perfeval.core.form;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A target filed in separate columns, as several provinces' systems export it: {@code 指标性质 | 指标值 |
 * 度量单位} ({@code ≥ | 735 | 人次}, {@code = | 100 | %}, {@code 定性 | 有效 |}). The indicator's target
 * is the parts joined ({@code ≥735人次}); each part keeps its own text, header and cell here.
 *
 * <pre>{@code
 * SplitTarget parts = SplitTarget.builder()
 *         .operator(LabelledText.of("指标性质", "≥")).value(LabelledText.of("指标值", "735"))
 *         .unit(LabelledText.of("度量单位", "人次")).build();
 * parts.joined();   // "≥735人次"
 * }</pre>
 *
 * <p>Invariant: at least one part is present. Equality ignores places. Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableSplitTarget.class)
@JsonDeserialize(as = ImmutableSplitTarget.class)
@JsonPropertyOrder({"operator", "value", "unit"})
public abstract class SplitTarget {

    /** Words written in the operator column that name a kind of target, not a comparison. */
    private static final java.util.Set<String> KIND_WORDS = java.util.Set.of("定性", "定量", "定性指标", "定量指标");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SplitTarget}. Not thread-safe; the values it builds are.
     */
    public static final class Builder extends ImmutableSplitTarget.Builder {
        Builder() {
        }
    }

    /** The operator column (指标性质): {@code ≥ ≤ = ＞ ＜}, or {@code 定性} for a qualitative target. */
    public abstract Optional<LabelledText> getOperator();

    /** The value column (指标值). */
    public abstract Optional<LabelledText> getValue();

    /** The unit column (度量单位 / 计量单位). */
    public abstract Optional<LabelledText> getUnit();

    /**
     * The target as one text: operator, value and unit joined, each stripped; an operator that names a
     * kind of target ({@code 定性}, {@code 定量}) is left out, since it compares nothing, and a unit the
     * value already ends with ({@code 2200篇} beside {@code 篇}) is not written twice.
     */
    public String joined() {
        StringBuilder sb = new StringBuilder();
        getOperator().map(o -> o.getText().strip()).filter(o -> !KIND_WORDS.contains(Labels.normalize(o))).ifPresent(sb::append);
        String value = getValue().map(v -> v.getText().strip()).orElse("");
        sb.append(value);
        // a value that already carries its unit (2200篇 beside 篇, 100% beside %) does not get it twice
        getUnit().map(u -> u.getText().strip()).filter(u -> !Labels.normalize(value).endsWith(Labels.normalize(u)))
                .ifPresent(sb::append);
        return sb.toString();
    }

    @Value.Check
    void check() {
        if (getOperator().isEmpty() && getValue().isEmpty() && getUnit().isEmpty()) {
            throw new IllegalStateException("a split target needs at least one part");
        }
    }
}
