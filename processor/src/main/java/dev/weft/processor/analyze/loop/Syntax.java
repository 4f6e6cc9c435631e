package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.Leftmost;
import java.util.LinkedHashSet;
import java.util.Set;

/** Small questions about expression trees that the analysis asks everywhere. */
final class Syntax {
    private Syntax() {}

    /** The expression without the parentheses around it. */
    static ExpressionTree strip(ExpressionTree expression) {
        return Bare.of(expression);
    }

    /** The tree whose first character is {@code tree}'s: where javac's column for it should point. */
    static Tree leftmost(Tree tree) {
        return Leftmost.of(tree);
    }

    /** Whether the expression is the simple name {@code name}, in parentheses or not. */
    static boolean isName(ExpressionTree expression, String name) {
        return strip(expression) instanceof IdentifierTree identifier && identifier.getName().contentEquals(name);
    }

    /** The simple name the expression is, in parentheses or not; {@code null} when it is anything else. */
    static IdentifierTree asName(ExpressionTree expression) {
        return strip(expression) instanceof IdentifierTree identifier ? identifier : null;
    }

    /** Whether {@code tree} holds a {@code break} or {@code continue}, which may skip what follows it. */
    static boolean jumps(Tree tree) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree node, Void unused) {
                found[0] |= node instanceof BreakTree || node instanceof ContinueTree;
                return super.scan(node, unused);
            }
        }.scan(tree, null);
        return found[0];
    }

    /** Whether {@code expression} is the literal {@code 0}, in parentheses or not. */
    static boolean isZero(ExpressionTree expression) {
        return strip(expression) instanceof LiteralTree literal && Integer.valueOf(0).equals(literal.getValue());
    }

    /** The simple names {@code tree} uses, whatever they mean. */
    static Set<String> names(Tree tree) {
        Set<String> names = new LinkedHashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                names.add(identifier.getName().toString());
                return null;
            }
        }.scan(tree, null);
        return names;
    }

    /** Whether the name {@code name} occurs anywhere in {@code tree}. */
    static boolean mentions(Tree tree, String name) {
        return mentionsOf(tree, name) > 0;
    }

    /** How many times the name {@code name} occurs in {@code tree}. */
    static int mentionsOf(Tree tree, String name) {
        int[] count = {0};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                count[0] += identifier.getName().contentEquals(name) ? 1 : 0;
                return null;
            }
        }.scan(tree, null);
        return count[0];
    }

    /**
     * Whether running {@code tree}, an expression or a statement, only reads: names, fields,
     * elements, literals, operators and declarations, and no call, assignment, increment or
     * creation, so that it changes nothing and two evaluations of it in a row give the same value.
     */
    static boolean onlyReads(Tree tree) {
        Boolean writes = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean scan(Tree tree, Void unused) {
                if (tree == null) {
                    return false;
                }
                return switch (tree.getKind()) {
                    case METHOD_INVOCATION, NEW_CLASS, NEW_ARRAY, LAMBDA_EXPRESSION, MEMBER_REFERENCE, ASSIGNMENT,
                            PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT,
                            SWITCH_EXPRESSION -> true;
                    default -> tree instanceof CompoundAssignmentTree || Boolean.TRUE.equals(super.scan(tree, unused));
                };
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(tree, null);
        return !writes;
    }

    /** The method called on the expression at {@code receiver}, as in {@code receiver.m(...)}; {@code ""} for none. */
    static String calledOn(TreePath receiver) {
        TreePath select = receiver.getParentPath();
        return select.getLeaf() instanceof MemberSelectTree member
                && select.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == member ? member.getIdentifier().toString() : "";
    }

    /** An operation with an integer constant on one side: {@code k + 2}, {@code 2 * i}. */
    record WithConstant(ExpressionTree other, long constant) {}

    /**
     * {@code expression} as an operation of {@code kind} with an integer literal on either side,
     * casts around the other side dropped; {@code null} for any other expression.
     */
    static WithConstant withConstant(ExpressionTree expression, Tree.Kind kind) {
        if (!(strip(expression) instanceof BinaryTree binary) || binary.getKind() != kind) {
            return null;
        }
        Long right = integer(binary.getRightOperand());
        Long left = right == null ? integer(binary.getLeftOperand()) : null;
        if (right == null && left == null) {
            return null;
        }
        return new WithConstant(uncast(right != null ? binary.getLeftOperand() : binary.getRightOperand()),
                right != null ? right : left);
    }

    /** The value of an integer literal, {@code int} or {@code long}; {@code null} for any other expression. */
    static Long integer(ExpressionTree expression) {
        return strip(expression) instanceof LiteralTree literal
                && (literal.getValue() instanceof Integer || literal.getValue() instanceof Long)
                ? ((Number) literal.getValue()).longValue() : null;
    }

    /** The expression without the parentheses and casts around it: {@code k} of {@code (int) k}. */
    static ExpressionTree uncast(ExpressionTree expression) {
        ExpressionTree bare = strip(expression);
        while (bare instanceof TypeCastTree cast) {
            bare = strip(cast.getExpression());
        }
        return bare;
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
