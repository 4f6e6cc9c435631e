package dev.weft.processor.model.loop;

/**
 * {@code for (int|long i = first; i <relation> bound; update)}.
 *
 * @param first the initial value's text
 * @param relation the condition's operator, with the loop variable on its left
 * @param bound the bound's text, evaluated once before the loop
 * @param step how far each iteration moves, always positive
 * @param update the update as written ({@code i++}, {@code i += 2}), reused in the chunk method
 */
public record CountedLoop(String first, Relation relation, String bound, long step, String update)
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
