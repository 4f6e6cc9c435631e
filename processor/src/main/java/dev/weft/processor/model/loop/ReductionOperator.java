package dev.weft.processor.model.loop;

/** How the partials of a reduction combine. */
public enum ReductionOperator {
    SUM("+"), PRODUCT("*"), AND("&"), OR("|"), XOR("^"), MAX("Math.max"), MIN("Math.min"),
    /**
     * A string added before what the variable holds, {@code s = e + s}: each partial holds its
     * chunk's strings last first, and each is added before the fold of the chunks before it.
     */
    PREPEND("+");

    private final String symbol;

    ReductionOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as the user wrote it, {@code +} or {@code Math.max}. */
    public String symbol() {
        return symbol;
    }

    /** The operator for a message or a comment: its symbol, and for {@link #PREPEND} where it adds. */
    public String told() {
        return this == PREPEND ? "+ before" : symbol;
    }

    /**
     * Whether combining a value with itself changes nothing: such a partial may start from the
     * variable's value before the loop rather than from an identity element.
     */
    public boolean idempotent() {
        return this == AND || this == OR || this == MAX || this == MIN;
    }
}
