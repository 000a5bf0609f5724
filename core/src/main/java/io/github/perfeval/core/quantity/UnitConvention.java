package io.github.perfeval.core.quantity;

/**
 * A convention that makes two units of one dimension comparable although no exact factor links them.
 * A comparison that relies on one says so (the scorer reports it as a remark beside the result).
 *
 * <pre>{@code
 * Unit.parse("个月").conventionTo(Unit.parse("天"));          // Optional[MONTH_AS_30_DAYS]
 * Unit.parse("个月").convert(BigDecimal.ONE, Unit.parse("天")); // Optional[30]
 * }</pre>
 *
 * <ul>
 *   <li>{@link #MONTH_AS_30_DAYS}: 1 月 (个月) = 30 天, 1 季度 = 90 天, 1 年 = 360 天 (the financial
 *       convention of a 30-day month; 1 年 = 12 个月 stays exact);</li>
 *   <li>{@link #WORKDAY_AS_DAY}: 1 工作日 = 1 天. Against a limit in working days a count of calendar
 *       days is never smaller than the working days it holds, so a limit met in 天 is surely met in
 *       工作日;</li>
 *   <li>{@link #TIMES_AS_COUNT}: 人次 counted as 人 (户次 as 户, 场次 as 场…): one person served twice
 *       counts twice, so the comparison may overstate how many were reached.</li>
 * </ul>
 */
public enum UnitConvention {
    /** 1 个月 = 30 天 (1 季度 = 90 天, 1 年 = 360 天). */
    MONTH_AS_30_DAYS("1个月按30天计（1年按360天计）", "a month counted as 30 days (a year as 360)"),
    /** 1 工作日 = 1 天. */
    WORKDAY_AS_DAY("1个工作日按1天计", "a working day counted as a day"),
    /** 人次 counted as 人, 户次 as 户… */
    TIMES_AS_COUNT("人次按人计（户次按户计等）", "person-times counted as persons (household-times as households…)");

    private final String zh;
    private final String en;

    UnitConvention(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The convention in Chinese. */
    public String label() {
        return zh;
    }

    /** The convention in English. */
    public String english() {
        return en;
    }
}
