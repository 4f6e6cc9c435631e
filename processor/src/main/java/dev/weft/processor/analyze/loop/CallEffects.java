package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.effects.Arity;
import dev.weft.processor.analyze.effects.Effect;
import dev.weft.processor.analyze.effects.ElementRange;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The calls in a loop body, checked by what their callees change: a method of the compilation by
 * its summary, a JDK method by {@link JdkChanges}. A change of the iteration's own objects is
 * fine; a change of a static field, of {@code this}, or of an object the iterations share is an
 * error at the call, naming the chain of calls down to the write.
 */
final class CallEffects extends TreePathScanner<Void, Void> {
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;
    private final LoopScope scope;
    /** The calls already refused: one reason a call is refused is enough to fix it. */
    private final Set<Tree> refused = new HashSet<>();

    private final ElementWrites writes;

    /** The body's own check of the elements of outer arrays it writes, told of those its calls change. */
    interface ElementWrites {
        /** A call changes objects reached from this iteration's elements of outer arrays, which {@code origin} lists. */
        void reachedFrom(ObjectOrigins.Origin origin, Tree call);

        /**
         * A call changes only the element of {@code array} at {@code index}, or, with a {@code width},
         * the row {@code index} of that many elements, as {@code change} tells: whether that is an
         * outer array, whose elements there are now checked as the body's writes, and refused where
         * the index is not the iteration's own.
         */
        boolean changedAt(ExpressionTree array, ExpressionTree index, ExpressionTree width, String change,
                TreePath callPath, ExpressionTree call);

        /** A call is refused: what it is handed needs no second error of its own. */
        void refused(List<? extends ExpressionTree> arguments);
    }

    private CallEffects(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, LoopScope scope,
            ElementWrites writes) {
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
        this.scope = scope;
        this.writes = writes;
    }

    static void check(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, LoopScope scope,
            ElementWrites writes, TreePath body) {
        new CallEffects(method, expressions, origins, scope, writes).scan(body, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                && expressions.writtenClass(select.getExpression()) == null ? select.getExpression() : null;
        for (ExecutableElement callee : expressions.calledMethods(call, getCurrentPath())) {
            MethodSummary summary = method.summaries().of(callee);
            if (summary != null) {
                boolean instance = !callee.getModifiers().contains(Modifier.STATIC);
                summary.effects().values().forEach(effect -> check(call, effect, callee, call.getArguments(),
                        instance, receiver));
                continue;
            }
            String owner = ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString();
            int changed = JdkChanges.changedArgument(owner, callee.getSimpleName().toString());
            if (changed >= 0 && changed < call.getArguments().size()) {
                ExpressionTree argument = call.getArguments().get(changed);
                owned(call, argument, "changes `" + method.source().text(argument) + "`");
                break; // every overload of the name changes the same argument
            }
        }
        return super.visitMethodInvocation(call, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Void unused) {
        Tree written = creation.getIdentifier() instanceof ParameterizedTypeTree generic ? generic.getType()
                : creation.getIdentifier();
        TypeElement created = creation.getClassBody() == null ? expressions.writtenClass(written) : null;
        if (created != null) {
            for (ExecutableElement constructor : Arity.applicable(
                    ElementFilter.constructorsIn(created.getEnclosedElements()), creation.getArguments().size())) {
                MethodSummary summary = method.summaries().of(constructor);
                if (summary != null) {
                    // What the constructor changes of its receiver is the new object, the iteration's own.
                    summary.effects().values().forEach(effect -> check(creation, effect, constructor,
                            creation.getArguments(), false, null));
                }
            }
        }
        return super.visitNewClass(creation, unused);
    }

    private void check(ExpressionTree call, Effect effect, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            boolean instance, ExpressionTree receiver) {
        Root target = effect.target();
        switch (target.kind()) {
            case STATIC -> refuse(call, effect.trail() + ", a static field, which every iteration reaches");
            case UNKNOWN -> refuse(call, effect.trail() + ", an object reached through " + target.name()
                    + ", which Weft cannot follow and iterations may share");
            case RECEIVER -> {
                if (!instance) {
                    return;
                }
                if (receiver == null) {
                    refuse(call, effect.trail() + ", a field of `this`, which every iteration shares");
                } else {
                    owned(call, receiver, effect.trail());
                }
            }
            case PARAMETER -> {
                if (effect.range() != null && changedAt(call, effect, callee, arguments)) {
                    return;
                }
                for (int k = target.parameter(); k < Arity.lastArgument(callee, target.parameter(), arguments.size()); k++) {
                    owned(call, arguments.get(k), effect.trail());
                }
            }
            default -> { }
        }
    }

    /** A change of some elements of an array argument, checked as the body's write of those elements, where it names an outer array. */
    private boolean changedAt(ExpressionTree call, Effect effect, ExecutableElement callee, List<? extends ExpressionTree> arguments) {
        ElementRange range = effect.range();
        int array = effect.target().parameter();
        if (callee.isVarArgs() || Math.max(array, Math.max(range.index(), range.width())) >= arguments.size()) {
            return false;
        }
        return writes.changedAt(arguments.get(array), arguments.get(range.index()),
                range.isRow() ? arguments.get(range.width()) : null, effect.trail(), getCurrentPath(), call);
    }

    /** Refuses {@code call} unless {@code object}, which it changes, is the iteration's own. */
    private void owned(ExpressionTree call, ExpressionTree object, String change) {
        ObjectOrigins.Origin origin = origins.of(object, new TreePath(getCurrentPath(), object));
        String name = "`" + method.source().text(object) + "`";
        switch (origin.kind()) {
            case OWN -> writes.reachedFrom(origin, call);
            case CALLED -> refuse(call, change + ", and " + name + " is what a call returns, which Weft does not "
                    + "follow: the iterations may all get the same object. When each gets its own, name it in a "
                    + "local first");
            case UNCERTAIN -> refuse(call, change + ", and Weft cannot follow " + name + " (" + origin.why()
                    + "), which iterations may share");
            default -> refuse(call, change + ", and " + name + " is an object every iteration can reach"
                    + scope.alias(origin, object));
        }
    }

    private void refuse(Tree call, String what) {
        if (!refused.add(call)) {
            return;
        }
        writes.refused(call instanceof MethodInvocationTree invocation ? invocation.getArguments()
                : call instanceof NewClassTree creation ? creation.getArguments() : List.of());
        method.error(getCurrentPath(), call, Diagnostics.CALL_EFFECT + "`" + method.source().text(call) + "` " + what + ": iterations "
                + "that run at the same time would race on it. Change only what the iteration owns (its own "
                + "element, an object it creates), or return the value and set it in the loop");
    }
}
