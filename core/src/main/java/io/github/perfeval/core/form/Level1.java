package io.github.perfeval.core.form;

import java.util.Optional;

/**
 * Level-1 indicators (一级指标).
 *
 * <pre>{@code
 * Level1.fromLabel("产出指标 （50分）");   // Optional[OUTPUT]
 * Level1.fromLabel("满意度\n指标\n（10分）"); // Optional[SATISFACTION]
 * }</pre>
 */
public enum Level1 {
    /** 产出指标. */
    OUTPUT("产出指标", "output"),
    /** 效益指标. */
    EFFECT("效益指标", "effect"),
    /** 满意度指标. */
    SATISFACTION("满意度指标", "satisfaction"),
    /** 成本指标, a level 1 of its own in the 2021+ framework. */
    COST("成本指标", "cost");

    private final String label;
    private final String english;

    Level1(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /**
     * The level for a label as written: line breaks, spaces, full-width spaces and a weight such as
     * {@code （50分）} are ignored, with or without the trailing 指标.
     *
     * @param label the label
     * @return the level, or empty for a label perfeval does not know
     */
    public static Optional<Level1> fromLabel(String label) {
        return Holder.CACHE.get(label);
    }

    /** The cache, initialised after the constants it refers to. */
    private static final class Holder {
        static final LabelCache<Level1> CACHE = new LabelCache<>(Level1::lookup);
    }

    private static Optional<Level1> lookup(String label) {
        switch (Labels.stem(label)) {
            case "产出": case "项目产出": case "产出指标":
                return Optional.of(OUTPUT);
            case "效益": case "项目效益": case "效果": case "效益指标":
                return Optional.of(EFFECT);
            case "满意度": case "服务对象满意度": case "满意度指标":
                return Optional.of(SATISFACTION);
            case "成本": case "项目成本": case "成本指标":
                return Optional.of(COST);
            default:
                return Optional.empty();
        }
    }
}
