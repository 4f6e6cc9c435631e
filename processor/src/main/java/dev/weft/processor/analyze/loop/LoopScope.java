package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.CountingLoop;

/** Names as seen from inside one loop: which are the loop's own, which come from outside it. */
final class LoopScope {
    private final MethodContext method;
    private final TreePath loop;

    LoopScope(MethodContext method, TreePath loop) {
        this.method = method;
        this.loop = loop;
    }

    Resolution resolve(IdentifierTree name, TreePath path) {
        return method.resolver().resolve(path, name.getName().toString(), loop.getLeaf());
    }

    /** Whether the expression is a variable declared inside the loop, so private to an iteration. */
    boolean isLoopLocal(ExpressionTree expression, TreePath path) {
        IdentifierTree name = Syntax.asName(expression);
        if (name == null) {
            return false;
        }
        Resolution resolution = resolve(name, path);
        return resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop();
    }

    /**
     * Whether {@code expression}, at {@code path}, has one value in every iteration: it only reads
     * ({@link Syntax#onlyReads}), and each name in it is declared outside the loop, which assigns
     * none of them (a scratch local may hold another value in every iteration).
     */
    boolean sameInEveryIteration(ExpressionTree expression, TreePath path) {
        boolean[] varies = {!Syntax.onlyReads(expression)};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                varies[0] |= isLoopLocal(name, new TreePath(path, name))
                        || CountingLoop.assigns(loop.getLeaf(), name.getName().toString());
                return null;
            }
        }.scan(expression, null);
        return !varies[0];
    }

    /** Whether the method assigns {@code name} anywhere after its declaration. */
    boolean isReassigned(String name) {
        return method.reassigned().contains(name);
    }

    /** The expression's text without whitespace, to compare indices as written. */
    String normalized(ExpressionTree expression) {
        return method.source().text(Syntax.strip(expression)).replaceAll("\\s+", "");
    }

    /**
     * How a write through {@code written} reaches a shared object by another name, for messages:
     * {@code  (`r` may be, or hold, `b`)}; empty when it names the object itself.
     */
    String alias(ObjectOrigins.Origin origin, ExpressionTree written) {
        return origin.via() == null || normalized(origin.via()).equals(normalized(written)) ? ""
                : " (`" + method.source().text(Syntax.root(written)) + "` may be, or hold, `"
                        + method.source().text(origin.via()) + "`)";
    }
}
