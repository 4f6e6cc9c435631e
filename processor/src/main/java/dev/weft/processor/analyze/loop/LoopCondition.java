package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.isName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.weft.processor.model.loop.CountedLoop.Relation;

/**
 * A counted loop's condition: the loop variable, or the variable plus or minus an offset, compared
 * with a bound, on either side: {@code i < n}, {@code i + 3 < n}, {@code n > 1 + i}, {@code i - 1 <= n}.
 *
 * @param relation the comparison, with the variable's side on its left
 * @param bound the other side
 * @param offset what the variable's side adds to or takes from the variable; {@code null} when
 *     that side is the variable alone
 * @param added whether the offset is added ({@code i + c}) rather than taken ({@code i - c})
 */
record LoopCondition(Relation relation, ExpressionTree bound, ExpressionTree offset, boolean added) {

    /** The condition's parts, or {@code null} when it is not a comparison of this form. */
    static LoopCondition read(ExpressionTree condition, String name) {
        if (!(strip(condition) instanceof BinaryTree binary)) {
            return null;
        }
        Relation relation = switch (binary.getKind()) {
            case LESS_THAN -> Relation.LESS;
            case LESS_THAN_EQUAL -> Relation.LESS_EQUAL;
            case GREATER_THAN -> Relation.GREATER;
            case GREATER_THAN_EQUAL -> Relation.GREATER_EQUAL;
            default -> null;
        };
        if (relation == null) {
            return null;
        }
        LoopCondition left = side(relation, binary.getLeftOperand(), binary.getRightOperand(), name);
        LoopCondition right = side(flipped(relation), binary.getRightOperand(), binary.getLeftOperand(), name);
        // The variable on both sides, or on neither, leaves nothing to count with.
        return left != null && right == null && !Syntax.mentions(binary.getRightOperand(), name) ? left
                : right != null && left == null && !Syntax.mentions(binary.getLeftOperand(), name) ? right : null;
    }

    private static LoopCondition side(Relation relation, ExpressionTree variableSide, ExpressionTree bound, String name) {
        if (isName(variableSide, name)) {
            return new LoopCondition(relation, bound, null, false);
        }
        if (!(strip(variableSide) instanceof BinaryTree sum)) {
            return null;
        }
        boolean plus = sum.getKind() == Tree.Kind.PLUS;
        if (!plus && sum.getKind() != Tree.Kind.MINUS) {
            return null;
        }
        ExpressionTree offset = isName(sum.getLeftOperand(), name) ? sum.getRightOperand()
                : plus && isName(sum.getRightOperand(), name) ? sum.getLeftOperand() : null;
        return offset == null || Syntax.mentions(offset, name) ? null : new LoopCondition(relation, bound, offset, plus);
    }

    private static Relation flipped(Relation relation) {
        return switch (relation) {
            case LESS -> Relation.GREATER;
            case LESS_EQUAL -> Relation.GREATER_EQUAL;
            case GREATER -> Relation.LESS;
            case GREATER_EQUAL -> Relation.LESS_EQUAL;
        };
    }

    /**
     * What the variable alone is compared with, as the twin writes it: {@code i + c < n} is
     * {@code i < n - c}, computed in {@code long} for an {@code int} variable, so that a bound near
     * the end of {@code int}'s range does not wrap around where the original's sum would not.
     */
    String boundText(MethodContext method, boolean intVariable) {
        String bound = text(this.bound, method);
        if (offset == null) {
            return bound;
        }
        String widened = intVariable ? "(long) " + operand(this.bound, bound) : operand(this.bound, bound);
        return widened + (added ? " - " : " + ") + operand(offset, text(offset, method));
    }

    private static String text(ExpressionTree expression, MethodContext method) {
        return method.edits().render(method.source().start(expression), method.source().end(expression));
    }

    /** The text, in parentheses unless it is a primary expression that needs none next to a cast or an operator. */
    private static String operand(ExpressionTree expression, String text) {
        ExpressionTree bare = strip(expression);
        boolean primary = bare instanceof IdentifierTree || bare instanceof LiteralTree
                || bare instanceof MemberSelectTree || bare instanceof MethodInvocationTree
                || bare instanceof ArrayAccessTree;
        return primary || bare != expression ? text : "(" + text + ")";
    }
}
