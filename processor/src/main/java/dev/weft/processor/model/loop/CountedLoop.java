package dev.weft.processor.model.loop;

/**
 * {@code for (int|long i = first; i <relation> bound; update)}.
 *
 * @param first the initial value's text
 * @param relation the condition's operator, with the loop variable on its left
 * @param bound the bound's text, evaluated once before the loop
 * @param step how far each iteration moves, always positive; {@code 0} when the step is known only
 *     at run time
 * @param runtimeStep the loop-invariant expression of a step known only at run time, names
 *     rewritten, which the twin evaluates once and checks to be positive; {@code null} for a
 *     constant step
 * @param update the update as written ({@code i++}, {@code i = i + 2}), names rewritten
 */
public record CountedLoop(String first, Relation relation, String bound, long step, String runtimeStep, String update)
        implements LoopShape {

    /** The condition's comparison. */
    public enum Relation {
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public boolean ascending() {
            return this == LESS || this == LESS_EQUAL;
        }

        /** The operator as Java writes it. */
        public String symbol() {
            return symbol;
        }
    }
}
