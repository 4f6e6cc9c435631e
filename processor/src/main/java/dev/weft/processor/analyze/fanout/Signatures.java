package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import java.util.stream.Collectors;

/** Methods named as people read them in messages and in the runtime's plans and failures. */
final class Signatures {
    private Signatures() {}

    /** {@code @Parallelizable method square(int, int)}, how every message starts. */
    static String subject(TreePath method) {
        return "@Parallelizable method " + of((MethodTree) method.getLeaf());
    }

    /** {@code square(int, int)}: parameter types as the source writes them. */
    static String of(MethodTree method) {
        return method.getName() + method.getParameters().stream()
                .map(parameter -> parameter.getType().toString())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
