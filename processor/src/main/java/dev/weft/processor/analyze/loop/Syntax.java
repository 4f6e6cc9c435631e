package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ParenthesizedTree;

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

    /** Whether the expression is the simple name {@code name}, in parentheses or not. */
    static boolean isName(ExpressionTree expression, String name) {
        return strip(expression) instanceof IdentifierTree identifier && identifier.getName().contentEquals(name);
    }

    /** The simple name the expression is, in parentheses or not; {@code null} when it is anything else. */
    static IdentifierTree asName(ExpressionTree expression) {
        return strip(expression) instanceof IdentifierTree identifier ? identifier : null;
    }
}
