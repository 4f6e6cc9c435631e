package dev.weft.processor.analyze.loop;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import javax.lang.model.element.Name;

/**
 * Reports the statements that leave a parallel loop early, which the iterations cannot do because
 * they do not run in order: {@code break} and {@code return} out of it, {@code continue} to a loop
 * around it. A plain {@code continue} only ends its own iteration, and stays.
 */
final class Jumps extends TreePathScanner<Void, Void> {
    private final MethodContext method;
    private final Tree loop;

    Jumps(MethodContext method, TreePath loopPath) {
        this.method = method;
        this.loop = loopPath.getLeaf();
    }

    @Override
    public Void visitBreak(BreakTree tree, Void unused) {
        if (leavesLoop(tree.getLabel(), true)) {
            report(tree, "`" + tree.toString().replace(";", "") + "` leaves the @ParallelFor loop, whose iterations run "
                    + "in parallel and in no particular order, so there is no \"rest of the loop\" to skip. Remove the "
                    + "break, or keep this loop sequential");
        }
        return null;
    }

    @Override
    public Void visitContinue(ContinueTree tree, Void unused) {
        if (tree.getLabel() != null && leavesLoop(tree.getLabel(), false)) {
            report(tree, "`continue " + tree.getLabel() + "` continues a loop around the @ParallelFor loop, leaving "
                    + "it early. Use a plain `continue` to end one iteration, or keep this loop sequential");
        }
        return null;
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void unused) {
        report(tree, "`return` inside the @ParallelFor loop would leave the method from one iteration while others "
                + "run. Compute a result per iteration (an array element or a reduction) and return after the loop");
        return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null; // its returns and jumps stay inside it
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return null;
    }

    /** Whether a jump, labelled or not, targets the parallel loop ({@code break}) or a statement around it. */
    private boolean leavesLoop(Name label, boolean isBreak) {
        for (TreePath p = getCurrentPath().getParentPath(); p != null; p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree == loop) {
                if (label == null) {
                    return isBreak;
                }
                Tree parent = p.getParentPath().getLeaf();
                return isBreak || !(parent instanceof LabeledStatementTree labeled && labeled.getLabel().equals(label));
            }
            if (label == null && (isLoop(tree) || isBreak && tree instanceof SwitchTree)) {
                return false;
            }
            if (label != null && tree instanceof LabeledStatementTree labeled && labeled.getLabel().equals(label)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLoop(Tree tree) {
        return tree instanceof ForLoopTree || tree instanceof EnhancedForLoopTree || tree instanceof WhileLoopTree
                || tree instanceof DoWhileLoopTree;
    }

    private void report(Tree tree, String message) {
        method.error(DiagnosticId.JUMP, getCurrentPath(), tree, message);
    }
}
