package dev.weft.processor.model.loop;

import java.util.List;

/**
 * One accepted {@code @ParallelFor} loop: its body becomes a chunk method of the companion that
 * runs a sub-range of the iterations.
 *
 * @param location {@code Foo.java:42}, for the comment in the twin and for failures at run time
 * @param options the annotation's attributes
 * @param shape how the iterations are counted
 * @param variable the loop variable's name
 * @param variableType the loop variable's type as written ({@code var} allowed for arrays)
 * @param label the loop's label, kept so that {@code continue label} still works; empty when none
 * @param body the loop's body as a block, names rewritten, indented relative to the loop
 * @param chunkBody the body as the chunk method runs it: {@code body}, with each assignment of a
 *     private local that some iterations leave unassigned followed by the setting of its
 *     {@link PrivateLocal#assignedFlag}
 * @param captures what the body reads from the method, in order of first use: the chunk method's
 *     parameters
 * @param reductions the outer variables and arrays the body accumulates into
 * @param collections the collections, maps and builders of the method the body only accumulates into
 * @param privates the outer locals each iteration assigns before it reads them
 * @param inductions the outer locals the body advances by the same constants in every iteration
 * @param rowMajorIndices the row-major indices {@code i * w + x} and {@code (i - o) * w + x} taken to
 *     give each iteration elements of its own, which they do only while no such index overflows
 *     {@code int}
 * @param sameArrayChecks the arrays taken to be distinct, which the twin checks before it runs the
 *     loop in parallel
 * @param distinctReached the objects the iterations' elements reach that the twin checks no two
 *     elements reach before it runs the loop in parallel, each from its element: an enhanced
 *     {@code for}'s variable, or {@code a[i]}
 * @param reachedArray for a counted loop, the array whose every element that check walks, {@code a};
 *     empty for an enhanced {@code for}, whose elements it walks
 */
public record ParallelLoop(
        String location,
        LoopOptions options,
        LoopShape shape,
        String variable,
        String variableType,
        String label,
        String body,
        String chunkBody,
        List<Capture> captures,
        List<Reduction> reductions,
        List<CollectionReduction> collections,
        List<PrivateLocal> privates,
        List<Induction> inductions,
        List<RowMajorIndex> rowMajorIndices,
        List<SameArrayCheck> sameArrayChecks,
        List<ReachedObject> distinctReached,
        String reachedArray) implements TwinPart {

    public ParallelLoop {
        captures = List.copyOf(captures);
        reductions = List.copyOf(reductions);
        collections = List.copyOf(collections);
        privates = List.copyOf(privates);
        inductions = List.copyOf(inductions);
        rowMajorIndices = List.copyOf(rowMajorIndices);
        sameArrayChecks = List.copyOf(sameArrayChecks);
        distinctReached = List.copyOf(distinctReached);
    }
}
