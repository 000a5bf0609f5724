package io.github.perfeval.excel.write;

/**
 * Which scores a written form shows in its 得分 column.
 */
public enum ScoreColumns {
    /** The scores the form declares (a faithful copy of the form). */
    DECLARED,
    /** The scores perfeval computed, in place of the declared ones (the weights used, assigned ones included). */
    COMPUTED,
    /** Declared scores in 得分, computed ones in an extra 计算得分 column beside them. */
    BOTH
}
