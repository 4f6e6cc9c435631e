package dev.weft.processor.model.loop;

/** How the partials of a reduction combine. */
public enum ReductionOperator {
    SUM("+"), PRODUCT("*"), AND("&"), OR("|"), XOR("^"), MAX("Math.max"), MIN("Math.min");

    private final String symbol;

    ReductionOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as the user wrote it, {@code +} or {@code Math.max}. */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether combining a value with itself changes nothing: such a partial may start from the
     * variable's value before the loop rather than from an identity element.
     */
    public boolean idempotent() {
        return this == AND || this == OR || this == MAX || this == MIN;
    }
}
