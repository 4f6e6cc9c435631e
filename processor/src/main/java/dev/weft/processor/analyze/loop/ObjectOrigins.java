package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the object whose field a loop body writes comes from: shared by the iterations (an outer
 * variable, a field, {@code this}, or an element at an index every iteration uses), the element of
 * an outer array at the index of this iteration ({@code nodes[i]}, also through a local copy), or
 * the iteration's own (created in it, the element an enhanced {@code for} hands it, or a call's
 * result kept in a local, {@code Particle p = particles.get(i)}: Weft does not follow calls). A
 * call's result written directly ({@code find().value = 1}) counts as shared. Objects reached
 * through an iteration's element are taken to be its own, as distinct array elements are taken to
 * be distinct objects.
 */
final class ObjectOrigins {
    enum Kind {
        /** Every iteration may reach the object. */
        SHARED,
        /** A call returns it, which may be shared: written directly it counts as shared, kept in a local as the iteration's. */
        CALLED,
        /** The iteration's own, or its element of an outer array. */
        OWN
    }

    /**
     * @param element the element of an outer array at this iteration's index the object is, or
     *     is reached from; {@code null} for none
     */
    record Origin(Kind kind, ArrayAccessTree element) {
        static final Origin SHARED = new Origin(Kind.SHARED, null);
        static final Origin CALLED = new Origin(Kind.CALLED, null);
        static final Origin OWN = new Origin(Kind.OWN, null);

        /** Whether the iterations may share the object. */
        boolean shared() {
            return kind != Kind.OWN;
        }
    }

    private final LoopScope scope;
    private final SeparatingIndex separating;
    private final VariableTree loopVariable;

    ObjectOrigins(LoopScope scope, SeparatingIndex separating, VariableTree loopVariable) {
        this.scope = scope;
        this.separating = separating;
        this.loopVariable = loopVariable;
    }

    /** Where the object {@code expression}, used at {@code path}, denotes comes from. */
    Origin of(ExpressionTree expression, TreePath path) {
        return of(expression, path, new HashSet<>());
    }

    private Origin of(ExpressionTree expression, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = strip(expression);
        if (bare instanceof IdentifierTree name) {
            return name.getName().contentEquals("this") ? Origin.SHARED : variable(name, path, following);
        }
        if (bare instanceof MemberSelectTree select) {
            // Outer.this, or a field of the object: as shared as the object it belongs to.
            return select.getIdentifier().contentEquals("this") ? Origin.SHARED
                    : of(select.getExpression(), path, following);
        }
        if (bare instanceof ArrayAccessTree element) {
            Origin array = of(element.getExpression(), path, following);
            return array.shared() && separating.separates(element.getIndex(), path) ? new Origin(Kind.OWN, element) : array;
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            Origin whenTrue = of(conditional.getTrueExpression(), path, following);
            Origin whenFalse = of(conditional.getFalseExpression(), path, following);
            if (whenTrue.shared() || whenFalse.shared()) {
                return Origin.SHARED;
            }
            return whenTrue.element() != null ? whenTrue : whenFalse;
        }
        if (bare instanceof TypeCastTree cast) {
            return of(cast.getExpression(), path, following);
        }
        return bare instanceof MethodInvocationTree ? Origin.CALLED : Origin.OWN; // new objects, literals
    }

    private Origin variable(IdentifierTree name, TreePath path, Set<VariableTree> following) {
        Resolution resolution = scope.resolve(name, path);
        if (resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) {
            VariableTree declaration = resolution.declaration();
            // Assigned again, the local may hold anything: only a copy made once is followed.
            boolean copy = declaration != loopVariable && declaration.getInitializer() != null
                    && !scope.isReassigned(declaration.getName().toString()) && following.add(declaration);
            Origin initial = copy ? of(declaration.getInitializer(), path, following) : Origin.OWN;
            // Weft does not follow calls: a local set to one's result is trusted to hold the iteration's object.
            return initial.kind() == Kind.CALLED ? Origin.OWN : initial;
        }
        // An outer variable, a field, or a class whose static field this is.
        return Origin.SHARED;
    }
}
