package io.github.perfeval.grid.layout;

import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.LabelledText;
import io.github.perfeval.core.form.SplitTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns that the parts of targets filed in parts take when a form is written as a table (指标性质 and
 * 度量单位; the value stays in the target's column): one for each part that some indicator has, under the header the
 * form gave it (the usual header when the form's was blank), operator first, so that the reader finds the parts again.
 *
 * <pre>{@code
 * SplitTargetColumns columns = SplitTargetColumns.of(form.getIndicators());
 * columns.headers();                          // e.g. [指标性质, 度量单位], or [] when no target was filed in parts
 * columns.partsOf(indicator);                 // one per column: the part's text, or empty
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SplitTargetColumns {

    private static final List<Function<SplitTarget, Optional<LabelledText>>> PARTS =
            List.of(SplitTarget::getOperator, SplitTarget::getUnit);
    private static final List<String> USUAL_HEADERS = List.of("指标性质", "度量单位");

    private final List<Function<SplitTarget, Optional<LabelledText>>> parts;
    private final List<String> headers;

    private SplitTargetColumns(List<Function<SplitTarget, Optional<LabelledText>>> parts, List<String> headers) {
        this.parts = List.copyOf(parts);
        this.headers = List.copyOf(headers);
    }

    /** The columns for these indicators' split targets. */
    public static SplitTargetColumns of(List<Indicator> indicators) {
        List<Function<SplitTarget, Optional<LabelledText>>> parts = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int p = 0; p < PARTS.size(); p++) {
            Function<SplitTarget, Optional<LabelledText>> part = PARTS.get(p);
            Optional<String> header = indicators.stream().map(Indicator::getSplitTarget).flatMap(Optional::stream)
                    .map(part).flatMap(Optional::stream).map(LabelledText::getLabel).findFirst();
            if (header.isPresent()) {
                parts.add(part);
                headers.add(header.get().isBlank() ? USUAL_HEADERS.get(p) : header.get());
            }
        }
        return new SplitTargetColumns(parts, headers);
    }

    /** How many columns. */
    public int size() {
        return parts.size();
    }

    /** The columns' headers, in column order. */
    public List<String> headers() {
        return headers;
    }

    /** An indicator's part in each column, in column order: empty where it has none (or no split target). */
    public List<Optional<LabelledText>> partsOf(Indicator indicator) {
        List<Optional<LabelledText>> values = new ArrayList<>(parts.size());
        Optional<SplitTarget> target = indicator.getSplitTarget();
        for (Function<SplitTarget, Optional<LabelledText>> part : parts) {
            values.add(target.flatMap(part));
        }
        return values;
    }
}
