package io.github.perfeval.core.form;

import java.util.Optional;

/**
 * Level-2 indicators (二级指标), each under its level 1.
 *
 * <pre>{@code
 * Level2.fromLabel("可持续\n影响指\n标");  // Optional[SUSTAINABILITY]
 * Level2.fromLabel("生态效益");           // Optional[ECOLOGICAL_BENEFIT]
 * }</pre>
 */
public enum Level2 {
    /** 数量指标. */
    QUANTITY("数量指标", "quantity", Level1.OUTPUT),
    /** 质量指标. */
    QUALITY("质量指标", "quality", Level1.OUTPUT),
    /** 时效指标. */
    TIMELINESS("时效指标", "timeliness", Level1.OUTPUT),
    /** 成本指标 under 产出 (2020 framework). */
    COST("成本指标", "cost", Level1.OUTPUT),
    /** 经济效益指标. */
    ECONOMIC_BENEFIT("经济效益指标", "economic benefit", Level1.EFFECT),
    /** 社会效益指标. */
    SOCIAL_BENEFIT("社会效益指标", "social benefit", Level1.EFFECT),
    /** 生态效益指标. */
    ECOLOGICAL_BENEFIT("生态效益指标", "ecological benefit", Level1.EFFECT),
    /** 可持续影响指标. */
    SUSTAINABILITY("可持续影响指标", "sustainability", Level1.EFFECT),
    /** 服务对象满意度指标. */
    SERVICE_SATISFACTION("服务对象满意度指标", "service-recipient satisfaction", Level1.SATISFACTION),
    /** 经济成本指标 (2021+ framework). */
    ECONOMIC_COST("经济成本指标", "economic cost", Level1.COST),
    /** 社会成本指标. */
    SOCIAL_COST("社会成本指标", "social cost", Level1.COST),
    /** 生态环境成本指标. */
    ECOLOGICAL_COST("生态环境成本指标", "ecological-environmental cost", Level1.COST);

    private final String label;
    private final String english;
    private final Level1 parent;

    Level2(String label, String english, Level1 parent) {
        this.label = label;
        this.english = english;
        this.parent = parent;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /** The level 1 it belongs to in the Ministry's framework. */
    public Level1 parent() {
        return parent;
    }

    /** Whether it is a cost indicator (成本指标 of either framework). */
    public boolean isCost() {
        return this == COST || parent == Level1.COST;
    }

    /**
     * The level for a label as written (line breaks, spaces, weights ignored; with or without 指标).
     *
     * @param label the label
     * @return the level, or empty for a label perfeval does not know
     */
    public static Optional<Level2> fromLabel(String label) {
        return Holder.CACHE.get(label);
    }

    /** The cache, initialised after the constants it refers to. */
    private static final class Holder {
        static final LabelCache<Level2> CACHE = new LabelCache<>(Level2::lookup);
    }

    private static Optional<Level2> lookup(String label) {
        switch (Labels.stem(label)) {
            case "数量": case "产出数量":
                return Optional.of(QUANTITY);
            case "质量": case "产出质量":
                return Optional.of(QUALITY);
            case "时效": case "产出时效": case "进度":
                return Optional.of(TIMELINESS);
            case "成本": case "产出成本":
                return Optional.of(COST);
            case "经济效益":
                return Optional.of(ECONOMIC_BENEFIT);
            case "社会效益":
                return Optional.of(SOCIAL_BENEFIT);
            case "生态效益": case "生态环境效益":
                return Optional.of(ECOLOGICAL_BENEFIT);
            case "可持续影响": case "可持续发展": case "可持续": case "可持续影响力":
                return Optional.of(SUSTAINABILITY);
            case "服务对象满意度": case "满意度": case "社会公众满意度": case "服务对象满意":
                return Optional.of(SERVICE_SATISFACTION);
            case "经济成本":
                return Optional.of(ECONOMIC_COST);
            case "社会成本":
                return Optional.of(SOCIAL_COST);
            case "生态环境成本": case "生态成本": case "环境成本":
                return Optional.of(ECOLOGICAL_COST);
            default:
                return Optional.empty();
        }
    }
}
