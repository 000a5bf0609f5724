package io.github.perfeval.core.value;

/**
 * Something the parser noticed while reading a target or actual; the raw text is always kept beside
 * it. Each issue has a Chinese and an English message.
 */
public enum ParseIssue {
    /** A unit with a repeated character, such as {@code 万元元}, read as the unit it repeats. */
    UNIT_TYPO("单位疑似笔误，已按去重后的单位读取", "unit looks like a typo and was read without the repeated character", false),
    /** A unit perfeval does not know; kept as written and compared only with itself. */
    UNKNOWN_UNIT("未识别的计量单位，按原文保留", "unknown unit, kept as written", false),
    /** An arithmetic expression ({@code 5*4=20万元}): the result after the last {@code =} was taken. */
    ARITHMETIC_RESULT("算式取等号后的结果", "arithmetic: the result after the last '=' was taken", false),
    /** An arithmetic expression whose result does not hold ({@code 5*4=25}). */
    ARITHMETIC_WRONG("算式结果不正确", "arithmetic does not add up", true),
    /** Prose that contains numbers: they are offered as candidates, not trusted. */
    NUMBERS_IN_PROSE("文字中含有数字，仅供参考，未作为数值使用", "prose with numbers: offered as candidates, not used as the value", true),
    /** {@code 以上}/{@code 以内} after the number was read as an operator. */
    WORDED_OPERATOR("文字表述的比较方向已转换为运算符", "a worded comparison was read as an operator", false),
    /** An operator with no number after it. */
    NO_VALUE_AFTER_OPERATOR("运算符后没有数值", "no number after the operator", true),
    /** A number too large or with too many decimals to be a figure on a form. */
    NUMBER_OUT_OF_RANGE("数值超出合理范围", "number out of the accepted range", true),
    /** Text longer than any value on a form; not read. */
    TOO_LONG("文本过长，未解析", "text too long to be a value; not read", true),
    /** Control characters removed before reading. */
    CONTROL_CHARACTERS("含控制字符，已忽略", "control characters were ignored", false),
    /** Nothing recognisable: no number and no words. */
    UNRECOGNISED("无法识别的内容", "nothing recognisable", true);

    private final String zh;
    private final String en;
    private final boolean blocking;

    ParseIssue(String zh, String en, boolean blocking) {
        this.zh = zh;
        this.en = en;
        this.blocking = blocking;
    }

    /** The Chinese message. */
    public String messageZh() {
        return zh;
    }

    /** The English message. */
    public String messageEn() {
        return en;
    }

    /** Whether the issue means the value cannot be used for scoring as is. */
    public boolean isBlocking() {
        return blocking;
    }
}
