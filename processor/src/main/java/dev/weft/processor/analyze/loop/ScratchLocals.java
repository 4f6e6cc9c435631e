package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.Writes;
import java.util.HashMap;
import java.util.Map;

/**
 * Which outer locals a loop body uses as scratch: every iteration assigns them before it reads them,
 * on every path through the body, so no iteration sees another's value and each chunk of the twin
 * may keep its own copy (OpenMP's {@code private}, inferred as Fortran compilers do). The question
 * is Java's own definite assignment, asked of one variable and one iteration, with the same
 * conservative answers: a branch assigns only where every branch does, a loop body, a {@code
 * switch} case or a {@code try} block may not have run, the right side of {@code &&} may not run.
 */
final class ScratchLocals {
    /**
     * What one iteration does with an outer local it assigns.
     *
     * @param readFirst a read of the value the iteration finds, before it assigns one on some
     *     path; {@code null} for a scratch local
     * @param assignedAtEnd whether every iteration that ends normally, at the body's end or by
     *     {@code continue}, has assigned it: then the last iteration leaves its own value there
     */
    record Use(TreePath readFirst, boolean assignedAtEnd) {
        boolean scratch() {
            return readFirst == null;
        }
    }

    private final LoopScope scope;
    private final TreePath body;
    private final Map<VariableTree, Use> known = new HashMap<>();

    ScratchLocals(LoopScope scope, TreePath body) {
        this.scope = scope;
        this.body = body;
    }

    Use of(VariableTree local) {
        return known.computeIfAbsent(local, this::walk);
    }

    /**
     * Where the method reads {@code local} after the loop: further down, or anywhere in a loop
     * around it, whose next turn comes after it; {@code null} where it does not.
     */
    static TreePath readAfter(VariableTree local, MethodContext method, TreePath loop, LoopScope scope) {
        long end = method.source().end(loop.getLeaf());
        TreePath[] read = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                TreePath path = getCurrentPath();
                boolean assignedOnly = path.getParentPath().getLeaf() instanceof AssignmentTree assignment
                        && assignment.getVariable() == name;
                if (read[0] == null && !assignedOnly && scope.resolve(name, path).declaration() == local
                        && !within(path, loop.getLeaf())
                        && (method.source().start(name) > end || aroundBoth(path, loop))) {
                    read[0] = path;
                }
                return null;
            }
        }.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return read[0];
    }

    /** Whether {@code path} lies in {@code tree}. */
    static boolean within(TreePath path, Tree tree) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() == tree) {
                return true;
            }
        }
        return false;
    }

    /** Whether a loop statement holds both the use and the parallel loop. */
    private static boolean aroundBoth(TreePath use, TreePath loop) {
        for (TreePath p = loop.getParentPath(); p != null; p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            boolean isLoop = tree instanceof ForLoopTree || tree instanceof EnhancedForLoopTree
                    || tree instanceof WhileLoopTree || tree instanceof DoWhileLoopTree;
            if (isLoop && within(use, tree)) {
                return true;
            }
        }
        return false;
    }

    private Use walk(VariableTree local) {
        Walk walk = new Walk(local);
        walk.scan(body, null);
        return new Use(walk.readFirst, walk.assigned && !walk.endsUnassigned);
    }

    /** One pass over the body in evaluation order, {@link #assigned} being the definite assignment of the local. */
    private final class Walk extends TreePathScanner<Void, Void> {
        private final VariableTree local;
        private boolean assigned;
        private boolean endsUnassigned;
        private TreePath readFirst;
        /** How many loops of the body the walk is inside: a plain {@code continue} there is theirs. */
        private int innerLoops;

        Walk(VariableTree local) {
            this.local = local;
        }

        private boolean isLocal(ExpressionTree expression, TreePath path) {
            return Bare.of(expression) instanceof IdentifierTree name
                    && scope.resolve(name, new TreePath(path, name)).declaration() == local;
        }

        @Override
        public Void visitIdentifier(IdentifierTree name, Void unused) {
            if (!assigned && readFirst == null && scope.resolve(name, getCurrentPath()).declaration() == local) {
                readFirst = getCurrentPath();
            }
            return null;
        }

        @Override
        public Void visitAssignment(AssignmentTree assignment, Void unused) {
            if (isLocal(assignment.getVariable(), getCurrentPath())) {
                scan(assignment.getExpression(), null);
                assigned = true;
                return null;
            }
            return super.visitAssignment(assignment, unused);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
            super.visitCompoundAssignment(assignment, unused); // reads the variable first
            assigned |= isLocal(assignment.getVariable(), getCurrentPath());
            return null;
        }

        @Override
        public Void visitUnary(UnaryTree unary, Void unused) {
            super.visitUnary(unary, unused);
            assigned |= Writes.isStep(unary.getKind()) && isLocal(unary.getExpression(), getCurrentPath());
            return null;
        }

        @Override
        public Void visitBinary(BinaryTree binary, Void unused) {
            if (binary.getKind() != Tree.Kind.CONDITIONAL_AND && binary.getKind() != Tree.Kind.CONDITIONAL_OR) {
                return super.visitBinary(binary, unused);
            }
            scan(binary.getLeftOperand(), null);
            maybe(binary.getRightOperand());
            return null;
        }

        @Override
        public Void visitConditionalExpression(ConditionalExpressionTree choice, Void unused) {
            scan(choice.getCondition(), null);
            both(choice.getTrueExpression(), choice.getFalseExpression());
            return null;
        }

        @Override
        public Void visitIf(IfTree branch, Void unused) {
            scan(branch.getCondition(), null);
            both(branch.getThenStatement(), branch.getElseStatement());
            return null;
        }

        /** Assigned after two alternatives where both assign; {@code otherwise} may be absent. */
        private void both(Tree either, Tree otherwise) {
            boolean before = assigned;
            scan(either, null);
            boolean afterEither = assigned;
            assigned = before;
            scan(otherwise, null);
            assigned = afterEither && assigned;
        }

        /** A part that may not run: what it assigns does not count after it. */
        private void maybe(Tree part) {
            boolean before = assigned;
            scan(part, null);
            assigned = before;
        }

        @Override
        public Void visitForLoop(ForLoopTree loop, Void unused) {
            scan(loop.getInitializer(), null);
            scan(loop.getCondition(), null);
            inner(loop.getStatement(), loop.getUpdate());
            return null;
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree loop, Void unused) {
            scan(loop.getExpression(), null);
            inner(loop.getStatement(), null);
            return null;
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree loop, Void unused) {
            scan(loop.getCondition(), null);
            inner(loop.getStatement(), null);
            return null;
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree loop, Void unused) {
            // The body runs once at least, but a continue in it may skip what follows: counted as a loop.
            inner(loop.getStatement(), loop.getCondition());
            return null;
        }

        /** An inner loop's body (and update) may run no time at all. */
        private void inner(Tree statement, Object update) {
            innerLoops++;
            boolean before = assigned;
            scan(statement, null);
            if (update instanceof Tree tree) {
                scan(tree, null);
            } else if (update instanceof Iterable<?> trees) {
                trees.forEach(tree -> scan((Tree) tree, null));
            }
            assigned = before;
            innerLoops--;
        }

        @Override
        public Void visitSwitch(SwitchTree choice, Void unused) {
            scan(choice.getExpression(), null);
            choice.getCases().forEach(this::maybe);
            return null;
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree choice, Void unused) {
            scan(choice.getExpression(), null);
            choice.getCases().forEach(this::maybe);
            return null;
        }

        @Override
        public Void visitTry(TryTree attempt, Void unused) {
            boolean before = assigned;
            scan(attempt.getResources(), null);
            scan(attempt.getBlock(), null);
            boolean afterBlock = assigned;
            assigned = before;
            attempt.getCatches().forEach(this::maybe);
            scan(attempt.getFinallyBlock(), null);
            // Past the try, the block ran to its end, or a catch did: only the finally block is sure.
            assigned = assigned || afterBlock && attempt.getCatches().isEmpty();
            return null;
        }

        @Override
        public Void visitContinue(ContinueTree jump, Void unused) {
            if (innerLoops == 0 || jump.getLabel() != null && labels(jump)) {
                endsUnassigned |= !assigned;
            }
            assigned = true; // nothing after it runs
            return null;
        }

        /** Whether a labelled continue names the parallel loop rather than a loop of the body. */
        private boolean labels(ContinueTree jump) {
            for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != body.getLeaf(); p = p.getParentPath()) {
                if (p.getLeaf() instanceof LabeledStatementTree labeled && labeled.getLabel().equals(jump.getLabel())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Void visitThrow(ThrowTree thrown, Void unused) {
            scan(thrown.getExpression(), null);
            assigned = true; // the iteration does not end normally
            return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
            maybe(lambda.getBody());
            return null;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            boolean before = assigned;
            super.visitClass(type, unused);
            assigned = before;
            return null;
        }

        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
            scan(variable.getInitializer(), null);
            return null;
        }
    }
}
