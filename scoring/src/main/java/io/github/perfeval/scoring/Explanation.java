package io.github.perfeval.scoring;

/**
 * How a result was scored, in one line, built only when it is read: one object answers both languages, so
 * a result carries one deferred explanation rather than one per language.
 */
@FunctionalInterface
interface Explanation {

    /**
     * The explanation.
     *
     * @param english English when true, else Chinese
     * @return the line
     */
    String in(boolean english);
}
