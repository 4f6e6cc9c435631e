package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * A scan that knows when it is inside a lambda or a class, whose code runs when it is called, not
 * where it is written.
 */
abstract class DeferredCodeScanner extends TreePathScanner<Void, Void> {
    /** The outermost lambda or class the scan is in; {@code null} outside any. */
    private TreePath deferred;

    /** Whether the scan is inside a lambda or a class of what it scans. */
    final boolean inDeferredCode() {
        return deferred != null;
    }

    /** The outermost lambda or class the scan is in, which runs what it holds; {@code null} outside any. */
    final TreePath deferredCode() {
        return deferred;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return deferring(() -> super.visitLambdaExpression(tree, unused));
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return deferring(() -> super.visitClass(tree, unused));
    }

    private Void deferring(Runnable scan) {
        boolean outermost = deferred == null;
        if (outermost) {
            deferred = getCurrentPath();
        }
        scan.run();
        if (outermost) {
            deferred = null;
        }
        return null;
    }
}
