package io.github.perfeval.core.value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser never throws, always keeps the raw text, and stays linear on adversarial input.
 */
class ParserRobustnessProperties {

    @Property(tries = 3000)
    void neverThrowsOnAnyString(@ForAll @StringLength(max = 200) String any) {
        IndicatorValue v = IndicatorValue.parse(any);
        assertThat(v.getRaw()).isEqualTo(any);
        assertThat(v.getKind()).isNotNull();
    }

    @Property(tries = 3000)
    void neverThrowsOnFormLikeStrings(@ForAll("formLike") String s) {
        IndicatorValue v = IndicatorValue.parse(s);
        assertThat(v.getRaw()).isEqualTo(s);
        if (v.getKind() == ValueKind.UNPARSED) {
            assertThat(v.getIssues()).as("an unparsed value says why").isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> formLike() {
        Arbitrary<String> pieces = Arbitraries.of("≥", "≧", ">=", "≤", "≦", "<=", "＞", "＜", "=", "$\\geq ", "$", "\\%", "%",
                "4", "0.0211", "1,244", "１２", "-", "~", "至", "次", "万元", "元元", "/", "人/亿元", "提升", "下降", "以上",
                "以内", "，", "、", "。", " ", "\u3000", "\n", "\u0000", "\u200b", "*", "×", "+", "(", ")", "合格率", "年", "月",
                "\uD83D\uDE00", "\uD800", "e", "E", "1e1000000", ".", "..", "９");
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 30)
    void staysFastOnLongAdversarialInput(@ForAll("adversarial") String s) {
        long start = System.nanoTime();
        IndicatorValue v = IndicatorValue.parse(s);
        long micros = (System.nanoTime() - start) / 1000;
        assertThat(v.getRaw()).isEqualTo(s);
        // a linear scan of at most 4000 characters: far under 50 ms even on a slow, cold machine
        assertThat(micros).as("microseconds for %d characters", s.length()).isLessThan(50_000);
    }

    @Provide
    Arbitrary<String> adversarial() {
        return Arbitraries.of("9", "1,", ",000", "≥", "=", "-", "5*", "大于", "达到", "万", "元", "a", "、", "\u0001")
                .list().ofMinSize(500).ofMaxSize(3999).map(l -> String.join("", l))
                .filter(s -> s.length() <= 4000);
    }
}
