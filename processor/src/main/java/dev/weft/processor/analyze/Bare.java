package dev.weft.processor.analyze;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;

/** An expression without the parentheses around it, as every analysis reads it. */
public final class Bare {
    private Bare() {}

    public static ExpressionTree of(ExpressionTree expression) {
        ExpressionTree bare = expression;
        while (bare instanceof ParenthesizedTree parenthesized) {
            bare = parenthesized.getExpression();
        }
        return bare;
    }
}
