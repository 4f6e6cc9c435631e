package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.effects.JdkAccumulations;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Finds calls in a loop body that change a collection, a map or a string builder the iterations
 * share: {@code results.add(x)}, {@code this.counts.merge(k, 1, Integer::sum)}, or through a local
 * copy. Iterations running at the same time would race on it, and even a synchronized one would
 * see its elements arrive in another order than the loop's. The classes of
 * {@code java.util.concurrent} are made for this and pass, as do containers of the iteration's own
 * (created in it, or the element at its index: {@code buckets[i].add(x)}).
 */
final class SharedCollections extends TreePathScanner<Void, Void> {
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;
    private final LoopScope scope;
    private final SeparatingIndex separating;
    private final Set<Tree> reductions;

    private SharedCollections(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins,
            LoopScope scope, SeparatingIndex separating, Set<Tree> reductions) {
        this.reductions = reductions;
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
        this.scope = scope;
        this.separating = separating;
    }

    /**
     * Reports each call in {@code body} that changes such a container, which the iterations share,
     * but for the calls on collection reductions, judged there.
     */
    static void check(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, LoopScope scope,
            SeparatingIndex separating, Set<Tree> reductions, TreePath body) {
        new SharedCollections(method, expressions, origins, scope, separating, reductions).scan(body, null);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return null; // a local or anonymous class's methods run whenever they are called, not per iteration
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (!reductions.contains(tree) && tree.getMethodSelect() instanceof MemberSelectTree select
                && JdkChanges.CONTAINER_CHANGES.contains(select.getIdentifier().toString()) && !setsOwnElement(select, tree)) {
            ExpressionTree receiver = Syntax.strip(select.getExpression());
            ObjectOrigins.Origin origin = origins.of(receiver, new TreePath(getCurrentPath(), receiver));
            // a group a collection reduction hands back (groups.get(k).add(x)) is judged with the reduction
            boolean grouped = receiver instanceof MethodInvocationTree got && reductions.contains(got);
            String shared = origin.shared() && !grouped ? sharedKind(receiver) : null;
            String reached = origin.kind() == ObjectOrigins.Kind.UNCERTAIN ? " that Weft cannot follow (" + origin.why()
                    + ") and that iterations may share" : " that every iteration can reach" + scope.alias(origin, receiver);
            if (shared != null) {
                String fix = JdkAccumulations.CALLS.contains(select.getIdentifier().toString())
                        ? "Accumulate into a local created before the loop (`var added = new ArrayList<...>()` or the "
                                + "like), which Weft builds in the loop's order, and add it to `"
                                + method.source().text(receiver) + "` after the loop: what a field or a parameter "
                                + "holds, the body might read by another name while the loop builds it"
                        : "Set the element at the loop index of an array (`out[i] = ...`), or accumulate with a reduction";
                method.error(DiagnosticId.SHARED_COLLECTION, getCurrentPath(), tree, "`" + method.source().text(tree) + "` changes `"
                        + method.source().text(receiver) + "`, a " + shared + reached + ", from "
                        + "iterations that run at the same time: they would race on it, and its elements would not "
                        + "arrive in the loop's order. " + fix + "; for a collection whose order does not matter, "
                        + "declare it with a concurrent type of java.util.concurrent (ConcurrentMap, ConcurrentLinkedQueue)");
            }
        }
        return super.visitMethodInvocation(tree, unused);
    }

    /**
     * Whether the call is {@code list.set(i, v)} at an index that separates the iterations, which
     * like {@code a[i] = v} races with nothing; the loop's dependences see that no iteration reads
     * another's element.
     */
    private boolean setsOwnElement(MemberSelectTree select, MethodInvocationTree call) {
        return select.getIdentifier().contentEquals("set") && call.getArguments().size() == 2
                && separating.separates(call.getArguments().get(0),
                        new TreePath(getCurrentPath(), call.getArguments().get(0)));
    }

    /** The shared, unsynchronised container class {@code receiver} is declared with; {@code null} for any other. */
    private String sharedKind(ExpressionTree receiver) {
        TypeElement type = expressions.declaredClass(receiver, getCurrentPath());
        return type != null && expressions.unsynchronisedContainer(type) ? type.getQualifiedName().toString() : null;
    }
}
