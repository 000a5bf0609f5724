package io.github.perfeval.core.quantity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantityTest {

    @Test
    void decimalsHaveOneNormalForm() {
        assertThat(Decimals.normalize(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(Decimals.normalize(new BigDecimal("1E+3")).toPlainString()).isEqualTo("1000");
        assertThat(Decimals.parse("１，２４４．５０")).contains(new BigDecimal("1244.5"));
        assertThat(Decimals.parse("\u3000 4754.76 \u3000")).contains(new BigDecimal("4754.76"));
        assertThat(Decimals.parse("12 34")).isEmpty();
        assertThat(Decimals.parse("1e1000000")).isEmpty();
        assertThat(Decimals.ofExcel(97.98999999999999)).contains(new BigDecimal("97.99"));
        assertThat(Decimals.ofExcel(0.9986)).contains(new BigDecimal("0.9986"));
        assertThatThrownBy(() -> Decimals.normalize(new BigDecimal("1E+1000000"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void figuresKeepTheirRawTextAndCompareByValueNotScale() {
        Figure a = Figure.parse("12.50");
        assertThat(a.getRaw()).isEqualTo("12.50");
        assertThat(a.decimal()).isEqualTo(new BigDecimal("12.5"));
        assertThat(Figure.of(new BigDecimal("12.50"))).isEqualTo(Figure.of("12.5"));
        Figure bad = Figure.parse("五分");
        assertThat(bad.isParsed()).isFalse();
        assertThat(bad.getRaw()).isEqualTo("五分");
        assertThat(Figure.parsePercent("99.86%").decimal()).isEqualTo(new BigDecimal("0.9986"));
        assertThat(Figure.parsePercent("99.86％").decimal()).isEqualTo(new BigDecimal("0.9986"));
    }

    @Test
    void moneyConvertsExactly() {
        Money m = Money.of(new BigDecimal("4759.76"), MoneyUnit.WAN_YUAN);
        assertThat(m.to(MoneyUnit.YUAN).amount()).isEqualTo(new BigDecimal("47597600"));
        assertThat(m.to(MoneyUnit.YI_YUAN).amount()).isEqualTo(new BigDecimal("0.475976"));
        assertThat(Money.of(BigDecimal.ONE, MoneyUnit.WAN_YUAN)).isEqualTo(Money.of(new BigDecimal("10000"), MoneyUnit.YUAN));
        assertThat(MoneyUnit.fromLabel("资金情况 (万元)")).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(MoneyUnit.fromLabel("年度预算申请（亿元）")).isEqualTo(MoneyUnit.YI_YUAN);
    }

    /**
     * Units per period as published: {@code 1次/月} (城市道路以克论净量化考核 and 环境卫生专项考核) and
     * {@code ≤620万/月} (人工成本) in a city-management bureau's 2020 target table for epidemic-time cleaning
     * (http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html), {@code 元/人*月}
     * in 濉溪县民政局's 2019 临时救助 form and {@code 元/亩} in 衡阳南岳区's 2018 扶贫 target table.
     */
    @Test
    void aUnitPerPeriodKeepsItsPeriodAndComparesWithTheSamePeriodOnly() {
        Unit perMonth = Unit.parse("次/月");
        assertThat(perMonth.kind()).isEqualTo(UnitKind.RATE);
        assertThat(perMonth.period()).contains(Unit.parse("月"));
        assertThat(Unit.parse("次/个月").isCompatibleWith(perMonth)).isTrue();
        assertThat(Unit.parse("次/个月").convert(new BigDecimal("2"), perMonth)).contains(new BigDecimal("2"));
        // a monthly frequency is not a yearly one times 12, nor a count: never converted silently
        assertThat(perMonth.isCompatibleWith(Unit.parse("次/年"))).isFalse();
        assertThat(perMonth.convert(BigDecimal.ONE, Unit.parse("次/年"))).isEmpty();
        assertThat(perMonth.isCompatibleWith(Unit.parse("次"))).isFalse();
        assertThat(perMonth.isCompatibleWith(Unit.parse("个/月"))).isFalse();
        // money per period converts within the period
        assertThat(Unit.parse("万元/月").convert(new BigDecimal("620"), Unit.parse("元/月"))).contains(new BigDecimal("6200000"));
        assertThat(Unit.parse("万元/月").isCompatibleWith(Unit.parse("万元/年"))).isFalse();
        assertThat(Unit.parse("小时/天").period()).contains(Unit.parse("天"));
        // a unit per person or per mu has no period, and a different base does not compare
        assertThat(Unit.parse("元/人").period()).isEmpty();
        assertThat(Unit.parse("元/人").isCompatibleWith(Unit.parse("元/亩"))).isFalse();
        assertThat(Unit.parse("元/亩").convert(new BigDecimal("0.0475"), Unit.parse("元/亩"))).contains(new BigDecimal("0.0475"));
        assertThat(Unit.parse("次").period()).isEmpty();
        // 万 alone is no unit perfeval knows: no convention makes it 万元, so 万/月 compares only with itself
        assertThat(Unit.isKnown("次/月")).isTrue();
        assertThat(Unit.isKnown("元/亩")).isTrue();
        assertThat(Unit.isKnown("万/月")).isFalse();
        assertThat(Unit.parse("万/月").isCompatibleWith(Unit.parse("万元/月"))).isFalse();
        assertThat(Unit.parse("万/月").isCompatibleWith(Unit.parse("万/月"))).isTrue();
    }

    @Test
    void unitsConvertWithinTheirDimensionOnly() {
        assertThat(Unit.parse("万元").convert(new BigDecimal("14"), Unit.parse("元"))).contains(new BigDecimal("140000"));
        assertThat(Unit.parse("天").convert(new BigDecimal("1"), Unit.parse("小时"))).contains(new BigDecimal("24"));
        assertThat(Unit.parse("年").convert(new BigDecimal("1"), Unit.parse("月"))).contains(new BigDecimal("12"));
        assertThat(Unit.parse("次").isCompatibleWith(Unit.parse("个"))).isFalse();
        // 中江 2022: 水标尺宽度 ≥50厘米
        assertThat(Unit.parse("厘米").convert(new BigDecimal("50"), Unit.parse("米")).orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(Unit.parse("毫米").isCompatibleWith(Unit.parse("公里"))).isTrue();
        assertThat(Unit.parse("家企业").isCompatibleWith(Unit.parse("家"))).isTrue();
        assertThat(Unit.parse("人/亿元").kind()).isEqualTo(UnitKind.RATE);
        assertThat(Unit.parse("人/亿元").isCompatibleWith(Unit.parse("人/万元"))).isTrue();
        assertThat(Unit.parse("人/万元").convert(BigDecimal.ONE, Unit.parse("人/亿元"))).contains(new BigDecimal("10000"));
        assertThat(Unit.parse("").isCompatibleWith(Unit.parse("%"))).isTrue();
        assertThat(Unit.parse("％")).isEqualTo(Unit.PERCENT);
    }

    @Test
    void countsInWanAndYiConvertExactly() {
        assertThat(Unit.parse("万人").convert(new BigDecimal("1.2"), Unit.parse("人"))).contains(new BigDecimal("12000"));
        assertThat(Unit.parse("人").convert(new BigDecimal("12000"), Unit.parse("万人"))).contains(new BigDecimal("1.2"));
        assertThat(Unit.parse("万亩").convert(BigDecimal.ONE, Unit.parse("亩"))).contains(new BigDecimal("10000"));
        assertThat(Unit.parse("万人").conventionTo(Unit.parse("人"))).isEmpty();
        assertThat(Unit.parse("名").convert(BigDecimal.TEN, Unit.parse("人"))).contains(BigDecimal.TEN);
        assertThat(Unit.parse("万次").isCompatibleWith(Unit.parse("人"))).isFalse();
    }

    @Test
    void conventionsAreNamedWhereNoExactFactorExists() {
        assertThat(Unit.parse("个月").convert(BigDecimal.ONE, Unit.parse("天"))).contains(new BigDecimal("30"));
        assertThat(Unit.parse("个月").conventionTo(Unit.parse("天"))).contains(UnitConvention.MONTH_AS_30_DAYS);
        assertThat(Unit.parse("年").convert(BigDecimal.ONE, Unit.parse("个月"))).contains(new BigDecimal("12"));
        assertThat(Unit.parse("年").conventionTo(Unit.parse("个月"))).isEmpty();
        assertThat(Unit.parse("天").convert(new BigDecimal("3"), Unit.parse("个工作日"))).contains(new BigDecimal("3"));
        assertThat(Unit.parse("天").conventionTo(Unit.parse("工作日"))).contains(UnitConvention.WORKDAY_AS_DAY);
        assertThat(Unit.parse("人次").convert(new BigDecimal("1200"), Unit.parse("人"))).contains(new BigDecimal("1200"));
        assertThat(Unit.parse("万人次").convert(BigDecimal.ONE, Unit.parse("人"))).contains(new BigDecimal("10000"));
        assertThat(Unit.parse("人次").conventionTo(Unit.parse("人"))).contains(UnitConvention.TIMES_AS_COUNT);
        assertThat(Unit.parse("小时").conventionTo(Unit.parse("天"))).isEmpty();
    }

    @Test
    void aConversionBeyondTheDecimalBoundsIsEmptyNotAnException() {
        assertThat(Unit.parse("亿元").convert(new BigDecimal("999999999999999999"), Unit.parse("元"))).isEmpty();
        assertThat(Unit.parse("亿元").convert(new BigDecimal("1E+999999999"), Unit.parse("元"))).isEmpty();
        assertThat(Unit.parse("元").convert(new BigDecimal("1E-999999999"), Unit.parse("亿元"))).isEmpty();
    }
}
