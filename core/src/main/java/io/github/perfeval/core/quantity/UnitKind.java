package io.github.perfeval.core.quantity;

/**
 * What a unit measures (计量单位类别).
 */
public enum UnitKind {
    /** No unit written: a bare number such as {@code 95}. */
    NONE("无单位"),
    /** Counts of things or events: 次 人次 期 个 家 部 人 起 件 项… */
    COUNT("计数"),
    /** Percent: {@code %}. */
    PERCENT("百分比"),
    /** Durations and periods: 分钟 小时 天 周 月 季度 年. */
    DURATION("时间"),
    /** Money: 元 千元 万元 百万元 亿元. */
    MONEY("金额"),
    /** Physical measures: 米 公里 平方米 亩 吨 千克… */
    MEASURE("度量"),
    /** A unit per another: {@code 人/亿元}, {@code 万元/期}. */
    RATE("比率"),
    /** A unit perfeval does not know; kept as written and compatible only with itself. */
    OTHER("其他");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
