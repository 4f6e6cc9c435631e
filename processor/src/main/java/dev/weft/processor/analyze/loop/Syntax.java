package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;

/** Small questions about expression trees that the analysis asks everywhere. */
final class Syntax {
    private Syntax() {}

    /** The expression without the parentheses around it. */
    static ExpressionTree strip(ExpressionTree expression) {
        ExpressionTree bare = expression;
        while (bare instanceof ParenthesizedTree parenthesized) {
            bare = parenthesized.getExpression();
        }
        return bare;
    }

    /**
     * The tree that starts where {@code tree} starts. javac places a message about an assignment at
     * its {@code =} and one about {@code a[k]} or {@code T[]} at its {@code [}; Weft's messages are about whole
     * expressions, so they point at the expression's first character.
     */
    static Tree leftmost(Tree tree) {
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
        return next == null ? tree : leftmost(next);
    }

    /** Whether the expression is the simple name {@code name}, in parentheses or not. */
    static boolean isName(ExpressionTree expression, String name) {
        return strip(expression) instanceof IdentifierTree identifier && identifier.getName().contentEquals(name);
    }

    /** The simple name the expression is, in parentheses or not; {@code null} when it is anything else. */
    static IdentifierTree asName(ExpressionTree expression) {
        return strip(expression) instanceof IdentifierTree identifier ? identifier : null;
    }

    /** The object a chain of fields and elements starts from: {@code a} of {@code a.b[i].c}. */
    static ExpressionTree root(ExpressionTree expression) {
        ExpressionTree bare = strip(expression);
        while (true) {
            if (bare instanceof MemberSelectTree select) {
                bare = strip(select.getExpression());
            } else if (bare instanceof ArrayAccessTree element) {
                bare = strip(element.getExpression());
            } else {
                return bare;
            }
        }
    }
}
