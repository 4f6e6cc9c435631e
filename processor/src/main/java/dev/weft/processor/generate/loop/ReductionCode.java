package dev.weft.processor.generate.loop;

import com.palantir.javapoet.CodeBlock;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.ReductionOperator;

/** The statements that start a chunk's partial of a reduction and fold the partials back in. */
final class ReductionCode {
    private ReductionCode() {}

    /**
     * Starts this chunk's partial in the chunk method, under the variable's own name, as a
     * statement without its semicolon; empty for a reduction whose partial starts from the value
     * passed in ({@link Reduction#startsFromValueBefore()}). An array reduction's partial is as long
     * as {@code whole}, the parameter its own array comes in, but for the first chunk's ({@code chunk} is 0), which adds
     * into that array itself: one partial fewer to allocate and fold in.
     */
    static CodeBlock start(Reduction reduction, String whole, String chunk) {
        if (reduction.array()) {
            return CodeBlock.of("$L $L = $L", partialType(reduction), reduction.variable(), newArray(reduction, whole, chunk));
        }
        if (reduction.startsFromValueBefore()) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("$L $L = $L", reduction.type(), reduction.variable(), identity(reduction));
    }

    /**
     * In stretches, takes up the array partial of this piece's stretch where an earlier piece
     * began it, or else starts it as {@link #start} does; in one declaration, as lambdas in the
     * body capture the partial.
     */
    static CodeBlock startOrContinue(Reduction reduction, String whole, String chunk, String partials) {
        String begun = partials + "[" + chunk + "]";
        return CodeBlock.of("$L $L = $L != null ? $L : $L", partialType(reduction), reduction.variable(), begun, begun,
                newArray(reduction, whole, chunk));
    }

    /** A new array partial: zeroed, as long as {@code whole}, and for rows with each row as long as its own. */
    private static CodeBlock newArray(Reduction reduction, String whole, String chunk) {
        return reduction.rows() ? CodeBlock.of("$L == 0 ? $L : $T.zeroedRows($L)", chunk, whole, LoopCall.LOOPS, whole)
                : CodeBlock.of("$L == 0 ? $L : new $L[$L.length]", chunk, whole, reduction.type(), whole);
    }

    /**
     * Leaves a chunk's partial in its slot; in stretches, a scalar's adds to what the stretch's
     * earlier pieces left there, which starts at zero, its identity.
     */
    static String store(Reduction reduction, String partials, String chunk, PartialLayout layout) {
        boolean adds = layout == PartialLayout.STRETCHES && !reduction.array();
        return partials + "[" + chunk + "] " + (adds ? reduction.operator().symbol() : "") + "= " + reduction.variable();
    }

    /** Why the partial starts where it does, where that is not plain: a comment for the reader, or {@code null}. */
    static String startNote(Reduction reduction) {
        if (reduction.keptBy() != null && !reduction.startsFromValueBefore()) {
            return "Not the value before the loop: a partial that takes nothing must not win the fold over an equal "
                    + "value an earlier chunk took (0.0 over -0.0)";
        }
        return negativeZero(reduction) && !reduction.array() ? "The identity of +: -0.0 + x is x for every x, while 0.0 + -0.0 is 0.0" : null;
    }

    private static boolean negativeZero(Reduction reduction) {
        return reduction.floating() && reduction.operator() == ReductionOperator.SUM;
    }

    /** The partials array's element type. */
    static String partialType(Reduction reduction) {
        return reduction.type() + (reduction.rows() ? "[][]" : reduction.array() ? "[]" : "");
    }

    /** {@code new double[chunks]}, or {@code new int[chunks][]} for an array reduction, {@code new int[chunks][][]} for rows. */
    static String newPartials(Reduction reduction, String chunks) {
        return "new " + reduction.type() + "[" + chunks + "]" + (reduction.rows() ? "[][]" : reduction.array() ? "[]" : "");
    }

    /** Folds one partial into the variable. */
    static String combine(Reduction reduction, String partial) {
        String target = reduction.variable();
        ReductionOperator operator = reduction.operator();
        if (reduction.keptBy() != null) {
            // As the loop keeps a value: the first or the last of equal ones, never a NaN
            return "if (" + compared(reduction, partial) + " " + reduction.keptBy() + " " + compared(reduction, target) + ") "
                    + target + " = " + partial + ";";
        }
        if (operator == ReductionOperator.MAX || operator == ReductionOperator.MIN) {
            return target + " = " + operator.symbol() + "(" + target + ", " + partial + ");";
        }
        if (operator == ReductionOperator.PREPEND) {
            return target + " = " + partial + " + " + target + ";";
        }
        return target + " " + operator.symbol() + "= " + partial + ";";
    }

    /** What the comparison of an extremum reads of {@code value}: the value, or the element it indexes. */
    static String compared(Reduction reduction, String value) {
        return reduction.indexInto() == null ? value : reduction.indexInto() + "[" + value + "]";
    }

    /**
     * How the loop comment names the reduction: {@code sum (+)}, {@code hist[] (+)}, {@code largest (>=)},
     * {@code at (> on a[at])}, {@code at (kept with largest)}.
     */
    static String describe(Reduction reduction) {
        if (reduction.keptWith() != null) {
            return reduction.variable() + " (kept with " + reduction.keptWith() + ")";
        }
        String folded = reduction.keptBy() == null ? reduction.operator().told()
                : reduction.keptBy() + (reduction.indexInto() == null ? "" : " on " + compared(reduction, reduction.variable()));
        return reduction.variable() + (reduction.rows() ? "[][]" : reduction.array() ? "[]" : "") + " (" + folded + ")";
    }

    /**
     * The identity as a literal a partial of its type takes: a boxed one takes no widening
     * ({@code Long s = 0} does not compile), so a {@code Long} starts from {@code 0L}.
     */
    private static String identity(Reduction reduction) {
        String type = reduction.type();
        if (reduction.keptBy() != null) {
            String boxed = type.equals("float") || type.equals("Float") ? "Float" : "Double";
            return boxed + (reduction.operator() == ReductionOperator.MAX ? ".NEGATIVE_INFINITY" : ".POSITIVE_INFINITY");
        }
        if (negativeZero(reduction)) {
            return type.equals("float") || type.equals("Float") ? "-0.0f" : "-0.0";
        }
        if (type.equals("boolean") || type.equals("Boolean")) {
            return "false";
        }
        if (type.equals("String")) {
            return "\"\"";
        }
        String one = reduction.operator() == ReductionOperator.PRODUCT ? "1" : "0";
        return switch (type) {
            case "Long" -> one + "L";
            case "Float" -> one + ".0f";
            case "Double" -> one + ".0";
            default -> one;
        };
    }
}
