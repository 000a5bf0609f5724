package io.github.perfeval.core.form;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * The footer (填表人, 填表日期, 联系电话, 单位负责人): personal data, kept so that a form written back is
 * complete, and redacted from {@code toString()} so that it never reaches a log.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PerfevalStyle
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableFooter.class)
@JsonDeserialize(as = ImmutableFooter.class)
public abstract class Footer {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Footer}; {@code from(footer)} starts from an existing one. Not thread-safe; the
     * values it builds are.
     */
    public static final class Builder extends ImmutableFooter.Builder {
        Builder() {
        }
    }

    /**
     * The footer line exactly as written. A footer given as fields only gets the line perfeval writes for
     * them ({@code 填表人：张三  填表日期：2025年6月12日  联系电话：…  单位负责人：…}), which
     * {@link #parse(String)} reads back to the same fields.
     */
    @Value.Redacted
    public abstract Optional<String> getRaw();

    /** 填表人. */
    @Value.Redacted
    public abstract Optional<String> getPreparer();

    /** 填表日期, as written. */
    @Value.Redacted
    public abstract Optional<String> getDate();

    /** 联系电话. */
    @Value.Redacted
    public abstract Optional<String> getPhone();

    /** 单位负责人. */
    @Value.Redacted
    public abstract Optional<String> getHead();

    /** A footer given as fields only gets its line, so that a footer written and read back is equal. */
    @Value.Check
    protected Footer withLine() {
        if (getRaw().isPresent() || getPreparer().isEmpty() && getDate().isEmpty() && getPhone().isEmpty() && getHead().isEmpty()) {
            return this;
        }
        StringBuilder line = new StringBuilder();
        append(line, "填表人", getPreparer());
        append(line, "填表日期", getDate());
        append(line, "联系电话", getPhone());
        append(line, "单位负责人", getHead());
        return builder().from(this).raw(line.toString()).build();
    }

    private static void append(StringBuilder line, String label, Optional<String> value) {
        if (value.isPresent()) {
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(label).append('：').append(value.get());
        }
    }

    /**
     * Reads a footer line such as {@code 填表人：张三  填表日期：2025年6月12日  联系电话：…  单位负责人：}.
     *
     * @param line the footer text
     * @return the footer, with the raw line and whichever fields it names
     */
    public static Footer parse(String line) {
        Builder b = builder().raw(line);
        field(line, "填表人").ifPresent(b::preparer);
        field(line, "填表日期").ifPresent(b::date);
        field(line, "联系电话").ifPresent(b::phone);
        field(line, "单位负责人").ifPresent(b::head);
        return b.build();
    }

    private static final String[] FIELDS = {"填表人", "填表日期", "联系电话", "单位负责人", "项目负责人", "财务负责人", "审核人", "联系人"};

    private static boolean startsWithField(String line, int at) {
        for (String f : FIELDS) {
            if (line.startsWith(f, at)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> field(String line, String name) {
        int at = line.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + name.length();
        while (start < line.length() && (line.charAt(start) == '：' || line.charAt(start) == ':')) {
            start++;
        }
        // a value in a cell of its own after a bare label (填表人  张三), unless another field follows
        int value = start;
        while (value < line.length() && (Character.isWhitespace(line.charAt(value)) || line.charAt(value) == '\u3000')) {
            value++;
        }
        if (value > start && value < line.length() && !startsWithField(line, value)) {
            start = value;
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '\u3000') {
            end++;
        }
        String v = line.substring(start, end).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
