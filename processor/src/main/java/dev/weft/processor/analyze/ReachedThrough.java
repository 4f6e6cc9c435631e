package dev.weft.processor.analyze;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;

/**
 * The expression an object is reached through: {@code h} for {@code h.rows[0]}, {@code h.f.g} and
 * {@code h.get(0)}, as what a call returns may be held by its receiver.
 *
 * @param base where the fields, elements and calls start
 * @param throughElement whether an element of an array is on the way
 */
public record ReachedThrough(ExpressionTree base, boolean throughElement) {
    public static ReachedThrough of(ExpressionTree expression) {
        ExpressionTree bare = Bare.of(expression);
        boolean element = false;
        while (true) {
            if (bare instanceof MemberSelectTree select) {
                bare = Bare.of(select.getExpression());
            } else if (bare instanceof ArrayAccessTree access) {
                element = true;
                bare = Bare.of(access.getExpression());
            } else if (bare instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
                bare = Bare.of(select.getExpression());
            } else {
                return new ReachedThrough(bare, element);
            }
        }
    }
}
