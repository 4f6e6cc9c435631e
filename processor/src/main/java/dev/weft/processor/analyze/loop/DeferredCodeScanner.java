package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePathScanner;

/**
 * A scan that knows when it is inside a lambda or a class, whose code runs when it is called, not
 * where it is written.
 */
abstract class DeferredCodeScanner extends TreePathScanner<Void, Void> {
    private int depth;

    /** Whether the scan is inside a lambda or a class of what it scans. */
    final boolean inDeferredCode() {
        return depth > 0;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        depth++;
        super.visitLambdaExpression(tree, unused);
        depth--;
        return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        depth++;
        super.visitClass(tree, unused);
        depth--;
        return null;
    }
}
