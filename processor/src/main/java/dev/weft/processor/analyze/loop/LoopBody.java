package dev.weft.processor.analyze.loop;

import com.sun.source.tree.VariableTree;
import java.util.Set;

/**
 * What the analyses of one loop body that follow objects share: the method, its expressions'
 * types, the loop's scope and separating indices, its variable, and every value the body's locals
 * may hold.
 *
 * @param scratchObjects the outer builders and containers each iteration empties before it uses
 *     them ({@link ScratchObjects}): each chunk's own
 */
record LoopBody(MethodContext method, ExpressionTypes expressions, LoopScope scope, SeparatingIndex separating,
        VariableTree loopVariable, LocalSources locals, Set<VariableTree> scratchObjects) {}
