package io.github.perfeval.core.form;

import io.github.perfeval.core.quantity.UnitKind;
import io.github.perfeval.core.value.Comparison;
import io.github.perfeval.core.value.Direction;
import io.github.perfeval.core.value.IndicatorValue;

import java.util.Optional;

/**
 * Which way a target points when it is written without an operator ({@code 90%}, {@code 90天},
 * {@code 0起}).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>an explicit operator decides ({@code ≥ > =} at least, {@code ≤ <} at most);</li>
 *   <li>cost indicators (level 1 成本, or level 2 成本指标) are at most;</li>
 *   <li>timeliness indicators whose target is a duration (天, 小时, 月…) are time limits: at most;</li>
 *   <li>names that count harm are at most: 事故, 死亡, 伤亡, 损失, 投诉, 违规, 违法, 差错, 故障, 超支,
 *       负面, 发生率, 费用, 成本, 用时, 时长, 时限;</li>
 *   <li>a target of zero ({@code 0起}) means "none": at most;</li>
 *   <li>everything else is at least.</li>
 * </ol>
 *
 * <pre>{@code
 * DirectionRule.of(Optional.of(Level1.OUTPUT), Optional.of(Level2.TIMELINESS), "灾情上报",
 *         IndicatorValue.parse("2小时"));   // AT_MOST
 * }</pre>
 */
public final class DirectionRule {

    private static final String[] AT_MOST_WORDS = {
        "事故", "死亡", "伤亡", "损失", "投诉", "违规", "违法", "差错", "故障", "超支", "负面", "发生率", "费用", "成本",
        "用时", "时长", "时限", "误差", "失误", "逾期", "延误", "能耗", "污染", "排放", "不良", "隐患数"
    };

    private DirectionRule() {
    }

    /**
     * The direction of an indicator's target.
     *
     * @param level1 the level 1, if known
     * @param level2 the level 2, if known
     * @param name the level-3 name
     * @param target the target as read
     * @return the direction
     */
    public static Direction of(Optional<Level1> level1, Optional<Level2> level2, String name, IndicatorValue target) {
        Optional<Comparison> explicit = target.getComparison();
        if (explicit.isPresent()) {
            return explicit.get().direction();
        }
        if (level1.map(l -> l == Level1.COST).orElse(false) || level2.map(Level2::isCost).orElse(false)) {
            return Direction.AT_MOST;
        }
        boolean duration = target.getQuantity().map(q -> q.unit().kind() == UnitKind.DURATION).orElse(false);
        if (duration && level2.map(l -> l == Level2.TIMELINESS).orElse(false)) {
            return Direction.AT_MOST;
        }
        String n = name == null ? "" : name;
        for (String w : AT_MOST_WORDS) {
            if (n.contains(w)) {
                return Direction.AT_MOST;
            }
        }
        if (target.getQuantity().map(q -> q.value().signum() == 0).orElse(false)) {
            return Direction.AT_MOST;
        }
        return Direction.AT_LEAST;
    }
}
