package dev.weft.processor.analyze;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.function.Predicate;

/**
 * The inner loop of a row-major index {@code y * w + x}: {@code for (int x = 0; x < w; x++)},
 * whose counter visits every column of one row once, or {@code for (int x = 1; x < w - 1; x++)},
 * which visits some of them; only that row's.
 */
public final class CountingLoop {
    private CountingLoop() {}

    /**
     * Whether {@code loop} declares {@code counter} from 0 and counts it up by one while it is below
     * a bound {@code isWidth} accepts, and its body never assigns it.
     */
    public static boolean countsColumns(ForLoopTree loop, VariableTree counter, Predicate<ExpressionTree> isWidth) {
        return loop.getInitializer().contains(counter) && constant(counter.getInitializer()) == 0
                && Bare.of(loop.getCondition()) instanceof BinaryTree condition
                && condition.getKind() == Tree.Kind.LESS_THAN && isWidth.test(condition.getRightOperand())
                && countsUpByOne(loop, counter.getName().toString(), condition);
    }

    /**
     * Whether {@code loop} keeps {@code counter} among the columns 0 to {@code w - 1} of one row, each
     * at most once, for a width {@code w} that {@code isWidth} accepts: from a constant {@code c >= 0},
     * up by one, while below {@code w} or {@code w - d}, or at most {@code w - d} with {@code d >= 1},
     * as an image filter that skips its border columns counts; its body never assigns it. The loop
     * may declare the counter or, as C code does, set one declared before it ({@code for (j = 1; ...)}).
     * A width so far below zero that {@code w - d} wraps is left to the twin's check of the rows,
     * which runs the loop as written for a negative width.
     */
    public static boolean staysInColumns(ForLoopTree loop, String counter, Predicate<ExpressionTree> isWidth) {
        if (first(loop, counter) < 0 || !(Bare.of(loop.getCondition()) instanceof BinaryTree condition)
                || !countsUpByOne(loop, counter, condition)) {
            return false;
        }
        ExpressionTree limit = Bare.of(condition.getRightOperand());
        boolean lessThan = condition.getKind() == Tree.Kind.LESS_THAN;
        if (lessThan && isWidth.test(limit)) {
            return true;
        }
        return (lessThan || condition.getKind() == Tree.Kind.LESS_THAN_EQUAL)
                && limit instanceof BinaryTree difference && limit.getKind() == Tree.Kind.MINUS
                && isWidth.test(difference.getLeftOperand())
                && constant(difference.getRightOperand()) >= (lessThan ? 0 : 1);
    }

    /**
     * The columns {@code loop} keeps {@code counter} among: from what it starts the counter at, up
     * by one while below its bound or at most its bound, the body never assigning the counter.
     *
     * @param first what the loop starts the counter at
     * @param bound what the condition compares the counter with
     * @param inclusive whether the condition is {@code <=}, so the bound is a column too
     */
    public record Columns(ExpressionTree first, ExpressionTree bound, boolean inclusive) {}

    /** The columns {@code loop} counts {@code counter} through, as {@link Columns}; {@code null} for a loop of another shape. */
    public static Columns columns(ForLoopTree loop, String counter) {
        ExpressionTree start = start(loop, counter);
        if (start == null || !(Bare.of(loop.getCondition()) instanceof BinaryTree condition)
                || !countsUpByOne(loop, counter, condition)
                || condition.getKind() != Tree.Kind.LESS_THAN && condition.getKind() != Tree.Kind.LESS_THAN_EQUAL) {
            return null;
        }
        return new Columns(start, condition.getRightOperand(), condition.getKind() == Tree.Kind.LESS_THAN_EQUAL);
    }

    /** The constant {@code loop} starts {@code counter} from, as {@link #start}; -1 for anything else. */
    private static long first(ForLoopTree loop, String counter) {
        return constant(start(loop, counter));
    }

    /**
     * What {@code loop} starts {@code counter} at, declaring it ({@code int x = 1}) or setting it
     * ({@code x = 1}) as its only initializer; {@code null} for anything else.
     */
    private static ExpressionTree start(ForLoopTree loop, String counter) {
        if (loop.getInitializer().size() != 1) {
            return null;
        }
        if (loop.getInitializer().get(0) instanceof VariableTree declared && declared.getName().contentEquals(counter)) {
            return declared.getInitializer();
        }
        AssignmentTree set = counterSet(loop);
        return set != null && ((IdentifierTree) Bare.of(set.getVariable())).getName().contentEquals(counter)
                ? set.getExpression() : null;
    }

    /**
     * The assignment with which {@code loop} starts a counter declared before it, as its only
     * initializer ({@code for (j = 1; ...)}); {@code null} for any other loop.
     */
    public static AssignmentTree counterSet(ForLoopTree loop) {
        return loop.getInitializer().size() == 1 && loop.getInitializer().get(0) instanceof ExpressionStatementTree start
                && start.getExpression() instanceof AssignmentTree set && Bare.of(set.getVariable()) instanceof IdentifierTree
                ? set : null;
    }

    /** Whether {@code condition} tests {@code counter} on its left, and the update adds one to it, which the body never assigns. */
    private static boolean countsUpByOne(ForLoopTree loop, String name, BinaryTree condition) {
        return Bare.of(condition.getLeftOperand()) instanceof IdentifierTree left && left.getName().contentEquals(name)
                && loop.getUpdate().size() == 1 && loop.getUpdate().get(0).getExpression() instanceof UnaryTree step
                && (step.getKind() == Tree.Kind.POSTFIX_INCREMENT || step.getKind() == Tree.Kind.PREFIX_INCREMENT)
                && Bare.of(step.getExpression()) instanceof IdentifierTree stepped && stepped.getName().contentEquals(name)
                && !assigns(loop.getStatement(), name);
    }

    /** The value of an {@code int} literal, or -1 for anything else. */
    private static long constant(ExpressionTree expression) {
        return expression != null && Bare.of(expression) instanceof LiteralTree literal
                && literal.getValue() instanceof Integer value && value >= 0 ? value : -1;
    }

    /** Whether a {@code for} loop in {@code tree} counts with a variable of that simple name declared before it. */
    public static boolean setsCounter(Tree tree, String name) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitForLoop(ForLoopTree loop, Void unused) {
                AssignmentTree set = counterSet(loop);
                found[0] |= set != null && ((IdentifierTree) Bare.of(set.getVariable())).getName().contentEquals(name);
                return super.visitForLoop(loop, unused);
            }
        }.scan(tree, null);
        return found[0];
    }

    /** Whether {@code tree} assigns a variable of that simple name, whichever declaration it means. */
    public static boolean assigns(Tree tree, String name) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree node, Void unused) {
                found[0] |= Bare.of(Writes.target(node)) instanceof IdentifierTree written && written.getName().contentEquals(name);
                return super.scan(node, unused);
            }
        }.scan(tree, null);
        return found[0];
    }
}
