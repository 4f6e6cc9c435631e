package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;

/** Drops a loop's {@code @ParallelFor} annotation from the text carried into the companion. */
final class ParallelForAnnotations {
    private ParallelForAnnotations() {}

    static void remove(TreePath loop, MethodContext method) {
        VariableTree variable = loop.getLeaf() instanceof EnhancedForLoopTree elements ? elements.getVariable() : null;
        if (loop.getLeaf() instanceof ForLoopTree counted) {
            for (StatementTree init : counted.getInitializer()) {
                if (init instanceof VariableTree declared) {
                    variable = declared;
                }
            }
        }
        if (variable == null) {
            return;
        }
        for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
            if (annotation.getAnnotationType().toString().endsWith("ParallelFor")) {
                int start = method.source().start(annotation);
                int end = method.source().end(annotation);
                while (method.source().text(end, end + 1).isBlank()) {
                    end++;
                }
                method.edits().replace(start, end, "", false);
            }
        }
    }
}
