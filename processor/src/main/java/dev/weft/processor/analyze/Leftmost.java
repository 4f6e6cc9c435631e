package dev.weft.processor.analyze;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;

/** Where an expression starts: javac places a diagnostic about a tree at its own position, often in its middle. */
public final class Leftmost {
    private Leftmost() {}

    /**
     * The tree that starts where {@code tree} starts. javac places a message about an assignment at
     * its {@code =} and one about {@code a[k]} or {@code T[]} at its {@code [}; Weft's messages are about whole
     * expressions, so they point at the expression's first character.
     */
    public static Tree of(Tree tree) {
        Tree next = null;
        if (tree instanceof BinaryTree binary) {
            next = binary.getLeftOperand();
        } else if (tree instanceof AssignmentTree assignment) {
            next = assignment.getVariable();
        } else if (tree instanceof CompoundAssignmentTree compound) {
            next = compound.getVariable();
        } else if (tree instanceof ArrayAccessTree element) {
            next = element.getExpression();
        } else if (tree instanceof MemberSelectTree select) {
            next = select.getExpression();
        } else if (tree instanceof MethodInvocationTree call) {
            next = call.getMethodSelect();
        } else if (tree instanceof ArrayTypeTree array) {
            next = array.getType();
        } else if (tree instanceof ParameterizedTypeTree parameterized) {
            next = parameterized.getType();
        } else if (tree instanceof ExpressionStatementTree statement) {
            next = statement.getExpression();
        } else if (tree.getKind() == Tree.Kind.POSTFIX_INCREMENT || tree.getKind() == Tree.Kind.POSTFIX_DECREMENT) {
            next = ((UnaryTree) tree).getExpression();
        }
        return next == null ? tree : of(next);
    }
}
