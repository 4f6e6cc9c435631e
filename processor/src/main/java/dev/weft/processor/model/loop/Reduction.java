package dev.weft.processor.model.loop;

/**
 * An outer variable, or the elements of an outer array, that iterations only accumulate into.
 * Each chunk accumulates into its own partial; the twin combines the partials in chunk order,
 * which keeps floating-point results the same from run to run.
 *
 * @param variable the variable's name, kept in the chunk method
 * @param type its declared type, or the element type of an array reduction
 * @param array whether the elements of the array {@code variable} are reduced
 * @param rows for an array reduction, whether {@code variable} is an array of rows, whose elements
 *     are added into at a row and a column ({@code sums[c][d] += x}); {@code type} is then still
 *     the type of an element
 * @param updatedOnce whether an iteration updates it once at most: one update in the loop body,
 *     outside any loop, lambda or class in it
 * @param keptBy for a floating-point maximum or minimum kept by a comparison,
 *     {@code if (e > x) x = e}, or one with values kept beside it, the comparison of the new value
 *     with the old ({@code >}, {@code >=}, {@code <}, {@code <=}), with which the partials are
 *     folded in order; {@code null} otherwise
 * @param indexInto for an index kept by comparing the elements of an array it indexes,
 *     {@code if (a[i] > a[at]) at = i}, that array as the twin names it, and {@code keptBy} their comparison;
 *     {@code null} otherwise
 * @param keptWith for a value set beside an extremum where its comparison keeps a new one
 *     ({@code at} in {@code if (a[i] > best) { best = a[i]; at = i; }}), that extremum's variable:
 *     its partials are folded with the extremum's, and the other components are the extremum's
 *     but {@code type}; {@code null} otherwise
 */
public record Reduction(String variable, String type, ReductionOperator operator, boolean array, boolean rows,
        boolean updatedOnce,
        String keptBy, String indexInto, String keptWith) {
    /**
     * Whether folding partials gives exactly what the loop computes in its own order, however the
     * iterations are grouped: true but for floating-point sums and products, which round differently.
     */
    public boolean exact() {
        return !floating() || operator.idempotent();
    }

    /**
     * Whether folding one partial per iteration, in order, gives exactly what the loop computes:
     * true for an exact reduction, and for a floating-point one that each iteration updates once
     * at most, since its partial then starts from the identity and takes in one value, which
     * changes nothing about it (the identity of {@code +} being {@code -0.0}).
     */
    public boolean exactInSingleIterationChunks() {
        return exact() || updatedOnce && !array;
    }

    /**
     * Whether a chunk's partial starts from the variable's value before the loop: an idempotent
     * operator's may, as folding that value in again changes nothing, and so may a value kept
     * beside an extremum, which the fold takes only with it. An extremum kept by {@code >=} or
     * {@code <=} starts from the infinity every other value passes instead: a partial that took
     * nothing would otherwise hand back the value before the loop, and the fold would take it over
     * an equal one an earlier chunk took ({@code 0.0} over {@code -0.0}). By {@code >} or
     * {@code <}, the fold takes a partial only where it passes every earlier one, which the value
     * before the loop never does.
     */
    public boolean startsFromValueBefore() {
        return operator.idempotent() && (keptBy == null || keptBy.length() == 1);
    }

    /** This reduction, comparing the elements of {@code array}, as the twin names it ({@code this.a} for a field {@code a}). */
    public Reduction indexing(String array) {
        return new Reduction(variable, type, operator, this.array, rows, updatedOnce, keptBy, array, keptWith);
    }

    /** Whether the partials are {@code float} or {@code double}, boxed or not. */
    public boolean floating() {
        return switch (type) {
            case "float", "double", "Float", "Double" -> true;
            default -> false;
        };
    }
}
