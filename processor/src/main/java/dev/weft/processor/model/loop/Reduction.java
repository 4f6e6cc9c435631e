package dev.weft.processor.model.loop;

/**
 * An outer variable, or the elements of an outer array, that iterations only accumulate into.
 * Each chunk accumulates into its own partial; the twin combines the partials in chunk order,
 * which keeps floating-point results the same from run to run.
 *
 * @param variable the variable's name, kept in the chunk method
 * @param type its declared type, or the element type of an array reduction
 * @param array whether the elements of the array {@code variable} are reduced
 */
public record Reduction(String variable, String type, ReductionOperator operator, boolean array) {
    /**
     * Whether folding partials gives exactly what the loop computes in its own order, however the
     * iterations are grouped: true but for floating-point sums and products, which round differently.
     */
    public boolean exact() {
        boolean floating = switch (type) {
            case "float", "double", "Float", "Double" -> true;
            default -> false;
        };
        return !floating || operator.idempotent();
    }
}
