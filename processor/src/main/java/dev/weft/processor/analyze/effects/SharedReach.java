package dev.weft.processor.analyze.effects;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Bare;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * How far beyond its root the object an expression of a method evaluates to lies: {@code null}
 * where it is the receiver, a parameter, or reached from them through fields each object owns
 * ({@link OwnedFields}); otherwise why another receiver or argument may reach it too.
 */
final class SharedReach {
    private final SummaryScan scan;
    private final Summaries summaries;

    SharedReach(SummaryScan scan, Summaries summaries) {
        this.scan = scan;
        this.summaries = summaries;
    }

    Shared of(ExpressionTree expression, TreePath path) {
        return of(expression, path, new HashSet<>());
    }

    private Shared of(ExpressionTree expression, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof TypeCastTree cast) {
            return of(cast.getExpression(), new TreePath(path, cast.getExpression()), following);
        }
        if (bare instanceof AssignmentTree assignment) {
            return of(assignment.getExpression(), new TreePath(path, assignment.getExpression()), following);
        }
        if (bare instanceof ConditionalExpressionTree choice) {
            return Shared.either(of(choice.getTrueExpression(), new TreePath(path, choice.getTrueExpression()), following),
                    of(choice.getFalseExpression(), new TreePath(path, choice.getFalseExpression()), following));
        }
        if (bare instanceof IdentifierTree name) {
            return name.getName().contentEquals("this") ? null : named(name, path, following);
        }
        if (bare instanceof MemberSelectTree select) {
            if (select.getIdentifier().contentEquals("length") || scan.namesType(select.getExpression(), path)) {
                return null;
            }
            TreePath objectPath = new TreePath(path, select.getExpression());
            TypeElement owner = scan.typeOf(select.getExpression(), objectPath);
            Optional<VariableElement> field = owner == null ? Optional.empty()
                    : Members.field(summaries.elements(), owner, select.getIdentifier());
            Shared through = field.isEmpty() ? new Shared("`" + select + "` is a field Weft cannot find", false)
                    : summaries.sharedBecause(field.get()).map(why -> new Shared(why, false)).orElse(null);
            return through != null ? through : of(select.getExpression(), objectPath, following);
        }
        if (bare instanceof ArrayAccessTree) {
            return new Shared("`" + bare + "` is an element of an array", true);
        }
        if (bare instanceof MethodInvocationTree call) {
            return returned(call, path, following);
        }
        return null;
    }

    /** A local stands for what it may be set to; a field named alone is a field of the receiver. */
    private Shared named(IdentifierTree name, TreePath path, Set<VariableTree> following) {
        TreePath declaration = LocalNames.declaration(path, name.getName());
        if (declaration == null) {
            Optional<VariableElement> field = scan.fieldNamed(name.getName().toString());
            return field.isEmpty() || field.get().getModifiers().contains(Modifier.STATIC) ? null
                    : summaries.sharedBecause(field.get()).map(why -> new Shared(why, false)).orElse(null);
        }
        VariableTree variable = (VariableTree) declaration.getLeaf();
        Tree declaring = declaration.getParentPath().getLeaf();
        if (scan.isParameter(variable) || !following.add(variable)) {
            return null;
        }
        Shared shared = null;
        if (declaring instanceof EnhancedForLoopTree loop) {
            shared = new Shared("`" + name + "` is an element of `" + loop.getExpression() + "`", true);
        } else if (declaring instanceof LambdaExpressionTree) {
            shared = new Shared("`" + name + "` is a lambda's parameter, handed what the code calling it chooses", false);
        } else if (variable.getInitializer() != null) {
            shared = of(variable.getInitializer(), new TreePath(declaration, variable.getInitializer()), following);
        }
        for (TreePath value : scan.assignedValues(variable)) {
            shared = Shared.either(shared, of((ExpressionTree) value.getLeaf(), value, following));
        }
        following.remove(variable);
        return shared;
    }

    /**
     * What a call returns: nothing beyond its root for a copy or a method that returns only what it
     * creates; its receiver's reach for a view ({@link JdkChanges#VIEWS}), a builder's chained call and a getter of a field
     * each object owns; an element for the JDK's reads of what a container holds; otherwise anything.
     */
    private Shared returned(MethodInvocationTree call, TreePath path, Set<VariableTree> following) {
        if (JdkChanges.copied(call) != null) {
            return null;
        }
        List<ExecutableElement> callees = scan.calleesOf(call, path);
        if (summaries.returnOnlyNew(callees) || JdkChanges.createsNew(callees)) {
            return null;
        }
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null;
        String name = receiver != null ? ((MemberSelectTree) call.getMethodSelect()).getIdentifier().toString()
                : call.getMethodSelect().toString();
        // A view changes its receiver itself, a builder's chained call returns it, and a getter
        // returns what the receiver owns.
        if (receiver != null && (JdkChanges.VIEWS.contains(name) || JdkChanges.RETURNS_RECEIVER.contains(name))
                || !callees.isEmpty()
                && callees.stream().allMatch(callee -> summaries.returnsSharedBecause(callee).isEmpty())) {
            return receiver == null ? null : of(receiver, new TreePath(path, receiver), following);
        }
        boolean element = JdkChanges.ELEMENT_READS.contains(name) || JdkChanges.KEYED_READS.contains(name);
        return new Shared("`" + call + "` returns " + (element ? "an element of a container" : "an object Weft cannot tell "
                + "is its receiver's own"), element);
    }
}
