package dev.weft.processor.analyze;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.EnumSet;
import java.util.Set;

/** Which trees write a variable, so that the analyses of fan-out methods and of loops agree on it. */
public final class Writes {
    private static final Set<Tree.Kind> STEPS = EnumSet.of(Tree.Kind.PREFIX_INCREMENT, Tree.Kind.PREFIX_DECREMENT,
            Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT);

    private Writes() {}

    /** Whether {@code kind} is {@code ++} or {@code --}, before or after its operand. */
    public static boolean isStep(Tree.Kind kind) {
        return STEPS.contains(kind);
    }

    /**
     * The variable {@code tree} writes, as written: the left side of an assignment or a compound
     * assignment, the operand of {@code ++} or {@code --}; {@code null} for any other tree.
     */
    public static ExpressionTree target(Tree tree) {
        if (tree instanceof AssignmentTree assignment) {
            return assignment.getVariable();
        }
        if (tree instanceof CompoundAssignmentTree compound) {
            return compound.getVariable();
        }
        if (tree instanceof UnaryTree unary && isStep(unary.getKind())) {
            return unary.getExpression();
        }
        return null;
    }
}
