package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Outer locals a loop body advances as cursors: by constants ({@code k++}, {@code k += 2}, {@code
 * k = k + 2}), the same in every iteration, as Fortran compilers recognise induction variables. The
 * value such a local has in an iteration is then a linear function of the iteration's position,
 * {@code k0 + step * position + offset}, so a chunk can start from its own value, and writes at
 * {@code out[k++]} give every iteration slots of its own: {@code [base, base + step)}.
 */
final class Inductions {
    /**
     * @param step what one iteration adds to the local, over all its updates
     * @param refused where the local is advanced, but not the same in every iteration, and why:
     *     {@code null} for a cursor
     */
    record Cursor(VariableTree declaration, long step, Tree refused, String why) {
        boolean induction() {
            return refused == null;
        }
    }

    private static final Set<String> INTEGRAL = Set.of("int", "long");

    private final LoopScope scope;
    private final MethodContext method;
    private final TreePath body;
    /** Each local's answer, empty for a local that is no cursor: every index of an array write asks. */
    private final Map<VariableTree, Optional<Cursor>> known = new HashMap<>();
    /** For every use of a cursor in the body, how far the iteration has advanced it there. */
    private final Map<Tree, Long> offsets = new IdentityHashMap<>();

    Inductions(LoopScope scope, MethodContext method, TreePath body) {
        this.scope = scope;
        this.method = method;
        this.body = body;
    }

    /**
     * What the body does with an outer local it changes: a cursor, one advanced by constants only
     * but not the same in every iteration (refused, with where), or {@code null} for any other.
     */
    Cursor of(VariableTree local) {
        return known.computeIfAbsent(local, declaration -> Optional.ofNullable(walk(declaration))).orElse(null);
    }

    /**
     * How far past the iteration's first value of its cursor {@code index} reads: {@code k} and
     * {@code k++} before any update, 0; {@code ++k}, 1; {@code k + 2}, 2; {@code null} for an index
     * that is no cursor's.
     */
    At offset(ExpressionTree index, TreePath path) {
        // (int) k of a long cursor: an index is an int anyway
        Syntax.WithConstant sum = Syntax.withConstant(Syntax.uncast(index), Tree.Kind.PLUS);
        ExpressionTree bare = sum != null ? sum.other() : Syntax.uncast(index);
        long added = sum != null ? sum.constant() : 0;
        if (sum == null && Syntax.uncast(index) instanceof BinaryTree) {
            return null;
        }
        Cursor cursor = cursorOf(bare, path);
        Long at = offsets.get(bare instanceof UnaryTree unary ? strip(unary.getExpression()) : bare);
        return cursor == null || !cursor.induction() || at == null ? null : new At(cursor, at + added);
    }

    /** Whether {@code index} reads a local advanced by constants that is refused as a cursor, which says why itself. */
    boolean refusedAt(ExpressionTree index, TreePath path) {
        Syntax.WithConstant sum = Syntax.withConstant(Syntax.uncast(index), Tree.Kind.PLUS);
        Cursor cursor = cursorOf(sum != null ? sum.other() : index, path);
        return cursor != null && !cursor.induction();
    }

    /** A use of {@code cursor}, {@code offset} past where the iteration found it. */
    record At(Cursor cursor, long offset) {}

    /** The cursor a use {@code k}, {@code k++} or {@code ++k} reads, if any. */
    private Cursor cursorOf(ExpressionTree use, TreePath path) {
        ExpressionTree bare = strip(use);
        if (bare instanceof UnaryTree unary && (bare.getKind() == Tree.Kind.POSTFIX_INCREMENT
                || bare.getKind() == Tree.Kind.PREFIX_INCREMENT)) {
            bare = strip(unary.getExpression());
        }
        if (!(bare instanceof IdentifierTree name)) {
            return null;
        }
        Resolution resolution = scope.resolve(name, new TreePath(path, name));
        return resolution.isOuterVariable() ? of(resolution.declaration()) : null;
    }

    private Cursor walk(VariableTree local) {
        if (!INTEGRAL.contains(LoopHeader.declaredType(local, method))) {
            return null;
        }
        Walk walk = new Walk(local);
        walk.scan(body, null);
        if (walk.other || !walk.valueUsed) {
            return null; // a count the body never reads is a reduction
        }
        if (walk.refused == null && walk.continued != null && walk.step > 0) {
            walk.refused = walk.continued;
            walk.why = "a `continue` may end an iteration before it advances `" + local.getName() + "`";
        }
        if (walk.refused == null) {
            offsets.putAll(walk.seen);
        }
        return new Cursor(local, walk.step, walk.refused, walk.why);
    }


    /** The body in evaluation order, counting what the iteration has added to the local at each use. */
    private final class Walk extends TreePathScanner<Void, Void> {
        private final VariableTree local;
        private final Map<Tree, Long> seen = new IdentityHashMap<>();
        private long step;
        private boolean other;
        private Tree refused;
        private String why;
        private Tree continued;
        /** Whether the body reads the local's value, other than in updates that are statements of their own. */
        private boolean valueUsed;

        Walk(VariableTree local) {
            this.local = local;
        }

        private boolean isLocal(ExpressionTree expression) {
            return strip(expression) instanceof IdentifierTree name
                    && scope.resolve(name, new TreePath(getCurrentPath(), name)).declaration() == local;
        }

        @Override
        public Void visitIdentifier(IdentifierTree name, Void unused) {
            if (scope.resolve(name, getCurrentPath()).declaration() == local) {
                seen.put(name, step);
                valueUsed = true;
            }
            return null;
        }

        @Override
        public Void visitUnary(UnaryTree unary, Void unused) {
            if (!isLocal(unary.getExpression())) {
                return super.visitUnary(unary, unused);
            }
            valueUsed |= !statement();
            switch (unary.getKind()) {
                case POSTFIX_INCREMENT -> {
                    seen.put(strip(unary.getExpression()), step);
                    advance(unary, 1);
                }
                case PREFIX_INCREMENT -> {
                    advance(unary, 1);
                    seen.put(strip(unary.getExpression()), step);
                }
                case POSTFIX_DECREMENT, PREFIX_DECREMENT -> other = true;
                default -> super.visitUnary(unary, unused);
            }
            return null;
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
            if (!isLocal(assignment.getVariable())) {
                return super.visitCompoundAssignment(assignment, unused);
            }
            valueUsed |= !statement();
            Long by = Syntax.integer(assignment.getExpression());
            if (assignment.getKind() != Tree.Kind.PLUS_ASSIGNMENT || by == null) {
                other = true;
            } else {
                advance(assignment, by);
            }
            return null;
        }

        @Override
        public Void visitAssignment(AssignmentTree assignment, Void unused) {
            if (!isLocal(assignment.getVariable())) {
                return super.visitAssignment(assignment, unused);
            }
            // k = k + c, the update spelled out
            if (strip(assignment.getExpression()) instanceof BinaryTree sum && sum.getKind() == Tree.Kind.PLUS
                    && isLocal(sum.getLeftOperand()) && Syntax.integer(sum.getRightOperand()) != null) {
                valueUsed |= !statement();
                seen.put(strip(sum.getLeftOperand()), step);
                advance(assignment, Syntax.integer(sum.getRightOperand()));
            } else {
                other = true;
            }
            return null;
        }

        @Override
        public Void visitContinue(ContinueTree jump, Void unused) {
            if (continued == null) {
                continued = jump;
            }
            return null;
        }

        /** Whether the update being visited is a statement of its own, its value dropped. */
        private boolean statement() {
            return getCurrentPath().getParentPath().getLeaf() instanceof ExpressionStatementTree;
        }

        private void advance(Tree update, long by) {
            step += by;
            if (by <= 0 && refused == null) {
                refused = update;
                why = "`" + method.source().text(update) + "` does not advance `" + local.getName() + "`";
            }
            if (refused == null && !unconditional(getCurrentPath())) {
                refused = update;
                why = "`" + method.source().text(update) + "` may run more or less than once in an iteration (it is "
                        + "inside a condition, a loop, a lambda or a class of the body)";
            }
        }

        /** Whether the update runs exactly once an iteration: only statements and plain expressions around it. */
        private boolean unconditional(TreePath update) {
            Tree child = update.getLeaf();
            for (TreePath p = update.getParentPath(); p != null && child != body.getLeaf(); child = p.getLeaf(), p = p.getParentPath()) {
                Tree tree = p.getLeaf();
                boolean shortCircuit = tree instanceof BinaryTree binary && binary.getRightOperand() == child
                        && (tree.getKind() == Tree.Kind.CONDITIONAL_AND || tree.getKind() == Tree.Kind.CONDITIONAL_OR);
                boolean plain = tree instanceof ExpressionTree && !shortCircuit
                        && tree.getKind() != Tree.Kind.CONDITIONAL_EXPRESSION && tree.getKind() != Tree.Kind.LAMBDA_EXPRESSION
                        && tree.getKind() != Tree.Kind.SWITCH_EXPRESSION
                        || tree instanceof ExpressionStatementTree || tree instanceof BlockTree
                        || tree instanceof VariableTree || tree instanceof LabeledStatementTree;
                if (!plain) {
                    return false;
                }
            }
            return true;
        }
    }
}
