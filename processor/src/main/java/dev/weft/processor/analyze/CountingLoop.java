package dev.weft.processor.analyze;

import com.sun.source.tree.BinaryTree;
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
 * whose counter visits every column of one row once, and only that row's.
 */
public final class CountingLoop {
    private CountingLoop() {}

    /**
     * Whether {@code loop} declares {@code counter} from 0 and counts it up by one while it is below
     * a bound {@code isWidth} accepts, and its body never assigns it.
     */
    public static boolean countsColumns(ForLoopTree loop, VariableTree counter, Predicate<ExpressionTree> isWidth) {
        String name = counter.getName().toString();
        return loop.getInitializer().contains(counter)
                && counter.getInitializer() instanceof LiteralTree zero && Integer.valueOf(0).equals(zero.getValue())
                && Bare.of(loop.getCondition()) instanceof BinaryTree condition
                && condition.getKind() == Tree.Kind.LESS_THAN
                && Bare.of(condition.getLeftOperand()) instanceof IdentifierTree left && left.getName().contentEquals(name)
                && isWidth.test(condition.getRightOperand())
                && loop.getUpdate().size() == 1 && loop.getUpdate().get(0).getExpression() instanceof UnaryTree step
                && (step.getKind() == Tree.Kind.POSTFIX_INCREMENT || step.getKind() == Tree.Kind.PREFIX_INCREMENT)
                && !assigns(loop.getStatement(), name);
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
