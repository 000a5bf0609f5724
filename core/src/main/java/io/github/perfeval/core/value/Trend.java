package io.github.perfeval.core.value;

/**
 * What a qualitative word says: a change up or down, a state that holds, presence or absence, an
 * achievement, or a failure.
 */
public enum Trend {
    /** 提升, 提高, 上升. */
    UP("上升"),
    /** 下降, 降低, 减少. */
    DOWN("下降"),
    /** 稳定有序, 快速高效, 长期: a state. */
    STATE("状态"),
    /** 有. */
    PRESENT("有"),
    /** 无. */
    ABSENT("无"),
    /** 达到要求, 完成, 合格: achieved. */
    ACHIEVED("达成"),
    /** 未完成, 未达到, 无进展: not achieved. */
    NOT_ACHIEVED("未达成");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
