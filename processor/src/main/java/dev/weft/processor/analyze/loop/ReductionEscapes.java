package dev.weft.processor.analyze.loop;

import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.effects.JdkChanges;

/**
 * Where the local a collection reduction accumulates into is handed on, outside the loop, before
 * the loop runs: assigned to another name or a field, passed to a call, captured by a lambda, or a
 * view of it taken. The body might then read it by that other way, and see only what it held
 * before the loop, as each chunk accumulates into a partial of its own until the loop ends; where
 * the sequential loop sees it grow.
 *
 * <p>"Before the loop runs" is before the loop in the text, and, where a loop around the parallel
 * loop repeats it and the local lives across those repetitions, anywhere in that loop. Calls on
 * the local that only read it or change it, and {@code return}, hand nothing on. The local is
 * matched by its name, as the method's reassigned names are: a name used for two locals counts as one.
 */
final class ReductionEscapes extends DeferredCodeScanner {
    private final MethodSource source;
    private final String name;
    private final Tree loop;
    /** Where the uses that run before the loop lie: from the declaration to the loop, or to the end of a loop around it. */
    private final int from;
    private final int to;
    private TreePath escape;

    private ReductionEscapes(MethodSource source, String name, Tree loop, int from, int to) {
        this.source = source;
        this.name = name;
        this.loop = loop;
        this.from = from;
        this.to = to;
    }

    /**
     * The first hand-off of {@code declaration} before {@code loop} runs: the lambda or class that
     * uses it, or the assignment, call or declaration it is part of; {@code null} for none.
     */
    static TreePath find(MethodContext method, VariableTree declaration, TreePath loop) {
        MethodSource source = method.source();
        int declared = source.end(declaration);
        int to = source.start(loop.getLeaf());
        for (TreePath around = loop.getParentPath(); around != null; around = around.getParentPath()) {
            if (repeats(around.getLeaf()) && source.start(around.getLeaf()) > declared) {
                to = source.end(around.getLeaf());
            }
        }
        ReductionEscapes scan = new ReductionEscapes(source, declaration.getName().toString(), loop.getLeaf(), declared, to);
        scan.scan(method.path(), null);
        return scan.escape;
    }

    private static boolean repeats(Tree tree) {
        return tree instanceof ForLoopTree || tree instanceof EnhancedForLoopTree || tree instanceof WhileLoopTree
                || tree instanceof DoWhileLoopTree;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
        // The body's own uses are the reduction's, judged as accumulations.
        return tree == loop || escape != null ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        int at = source.start(tree);
        if (tree.getName().contentEquals(name) && at >= from && at < to && (inDeferredCode() || handsOn(getCurrentPath()))) {
            escape = inDeferredCode() ? deferredCode() : handOff(getCurrentPath());
        }
        return null;
    }

    /** Whether a use outside lambdas and classes hands the local on: anything but a return or a call that keeps it to itself. */
    private static boolean handsOn(TreePath use) {
        if (use.getParentPath().getLeaf() instanceof ReturnTree) {
            return false;
        }
        String called = Syntax.calledOn(use);
        if (called.isEmpty()) {
            return true;
        }
        boolean resultUsed = !(use.getParentPath().getParentPath().getParentPath().getLeaf()
                instanceof ExpressionStatementTree);
        return resultUsed && (JdkChanges.VIEWS.contains(called) || JdkChanges.RETURNS_RECEIVER.contains(called));
    }

    /** The expression that hands the name at {@code use} on: the call it is the receiver of, or what it is part of. */
    private static TreePath handOff(TreePath use) {
        TreePath parent = use.getParentPath();
        return parent.getLeaf() instanceof MemberSelectTree ? parent.getParentPath() : parent;
    }
}
