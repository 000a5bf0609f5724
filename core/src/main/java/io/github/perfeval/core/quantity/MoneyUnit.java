package io.github.perfeval.core.quantity;

/**
 * The money units forms use. Budget blocks are in 万元 unless they say otherwise.
 */
public enum MoneyUnit {
    /** 元. */
    YUAN("元", 0),
    /** 千元. */
    THOUSAND_YUAN("千元", 3),
    /** 万元, ten thousand yuan: the usual unit of a budget block. */
    WAN_YUAN("万元", 4),
    /** 百万元. */
    MILLION_YUAN("百万元", 6),
    /** 亿元, a hundred million yuan. */
    YI_YUAN("亿元", 8);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    /** The Chinese label, e.g. {@code 万元}. */
    public String label() {
        return label;
    }

    /** How many yuan one of this unit is, as a power of ten. */
    public int powerOfTen() {
        return powerOfTen;
    }

    /**
     * The unit named in a label such as {@code 资金情况 (万元)} or {@code 年度预算申请（万元）}.
     *
     * @param text a label, may be null
     * @return the unit named in it, the longest match first; {@link #WAN_YUAN} when none is named
     */
    public static MoneyUnit fromLabel(String text) {
        if (text != null) {
            for (MoneyUnit u : new MoneyUnit[] {MILLION_YUAN, YI_YUAN, WAN_YUAN, THOUSAND_YUAN}) {
                if (text.contains(u.label)) {
                    return u;
                }
            }
            if (text.contains("（元）") || text.contains("(元)") || text.contains("单位：元")) {
                return YUAN;
            }
        }
        return WAN_YUAN;
    }
}
