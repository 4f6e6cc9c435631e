package dev.weft.processor.generate.loop;

import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.PrivateLocal;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.ReductionOperator;
import java.util.Set;

/** What a loop's reduction partials are made for: each chunk, each worker's span, or each stretch of pieces. */
enum PartialLayout {
    /**
     * One partial per chunk: partials that cost little to fold, as scalars do, and lists and
     * builders, folded by bulk copies that cost the same however many chunks there are.
     */
    CHUNKS(""),
    /**
     * One per worker, as {@code LoopRange.spans()} groups the chunks: partials as large as an
     * array, or maps and sets whose fold looks up every key of every partial, for reductions whose
     * fold must group the iterations the same way on every run, as a floating-point sum must.
     */
    SPANS(".spans()"),
    /**
     * One per stretch of pieces a worker runs in a row, as {@code LoopRange.stretches()} numbers
     * them: as few partials as spans make, while the workers still balance. For reductions that
     * fold exactly however the iterations are grouped, whose partials may continue from one piece
     * to the next and may be left unset.
     */
    STRETCHES(".stretches()");

    /** Scalar operators whose partials may start at zero, a partials array's own initial value. */
    private static final Set<ReductionOperator> ZERO_IDENTITY = Set.of(ReductionOperator.SUM, ReductionOperator.OR,
            ReductionOperator.XOR);
    private static final Set<String> PRIMITIVE_EXACT = Set.of("int", "long", "short", "byte", "char", "boolean");

    private final String range;

    PartialLayout(String range) {
        this.range = range;
    }

    /** What the twin calls on the run's {@code LoopRange} for this layout: {@code .spans()}, or nothing. */
    String range() {
        return range;
    }

    /**
     * The condition, in generated code, on which the fold skips {@code partial}: where it is the
     * original {@code whole}, which the first chunk added into, and in stretches where no stretch
     * began at its number.
     */
    String skips(String partial, String whole) {
        return (this == STRETCHES ? partial + " == null || " : "") + partial + " == " + whole;
    }

    static PartialLayout of(ParallelLoop loop) {
        boolean costly = loop.reductions().stream().anyMatch(Reduction::array)
                || loop.collections().stream().anyMatch(CollectionReduction::foldsByKey);
        if (!costly) {
            return CHUNKS;
        }
        boolean regroupable = loop.inductions().isEmpty() && loop.privates().stream().noneMatch(PrivateLocal::kept)
                && loop.reductions().stream().allMatch(PartialLayout::continuable);
        return regroupable ? STRETCHES : SPANS;
    }

    /**
     * Whether a partial may go on from one piece to the next, and stay unset where no stretch
     * begins: an exact array reduction's, whose partials are made when first needed, or an exact
     * scalar's whose identity is zero.
     */
    private static boolean continuable(Reduction reduction) {
        return reduction.exact() && (reduction.array()
                || PRIMITIVE_EXACT.contains(reduction.type()) && ZERO_IDENTITY.contains(reduction.operator()));
    }
}
