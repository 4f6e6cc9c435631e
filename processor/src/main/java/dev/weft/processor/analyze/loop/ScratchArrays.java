package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.CountingLoop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Which outer arrays a loop body uses as scratch: an array of a primitive type that the method
 * creates before the loop and uses nowhere else, that the body fills at indices that do not keep
 * the iterations apart, and whose every element the iteration reads it has written earlier in the
 * same iteration. The proof asks for the shape numerical code gives such a row: a loop at the top
 * of the body fills it, {@code for (int k = 0; k < L; k++) tmp[k] = ...;}, and later statements
 * read it only at the variable of a loop over the same range, {@code for (int k = 0; k < L; k++)
 * s += tmp[k];}, with {@code L} the same in every iteration. No iteration then sees what another
 * left, and each chunk of the twin may fill a new array of the same length (OpenMP's
 * {@code private} for an array, inferred).
 */
final class ScratchArrays {
    /**
     * What the body does with an array it fills at indices that do not keep iterations apart.
     *
     * @param refused where it does what a scratch array may not, {@code null} for a scratch array
     * @param why what it does there, and what to do instead
     */
    record Use(TreePath refused, String why) {
        boolean scratch() {
            return refused == null;
        }
    }

    private final MethodContext method;
    private final LoopScope scope;
    private final TreePath loop;
    private final TreePath body;
    /** Whether an index, where it stands, keeps the iterations apart (the loop's own, a cursor's). */
    private final BiPredicate<ExpressionTree, TreePath> apart;
    private final Map<VariableTree, Use> known = new HashMap<>();

    ScratchArrays(MethodContext method, LoopScope scope, TreePath loop, TreePath body,
            BiPredicate<ExpressionTree, TreePath> apart) {
        this.method = method;
        this.scope = scope;
        this.loop = loop;
        this.body = body;
        this.apart = apart;
    }

    /**
     * What the body does with the outer local {@code array}: {@code null} unless it is an array of a
     * primitive type the method creates, that the body never assigns and fills ({@code tmp[k] = ...})
     * at an index that does not keep the iterations apart, the arrays this class is about.
     */
    Use of(VariableTree array) {
        return known.computeIfAbsent(array, this::judge);
    }

    private Use judge(VariableTree array) {
        String name = array.getName().toString();
        boolean created = array.getInitializer() != null && strip(array.getInitializer()) instanceof NewArrayTree;
        if (!created || !ArrayRoots.primitiveRow(LoopHeader.declaredType(array, method))
                || CountingLoop.assigns(body.getLeaf(), name) || !filledApart(array)) {
            return null;
        }
        TreePath outside = usedOutside(array);
        if (outside != null) {
            return new Use(outside, "`" + name + "` is used here, outside the body of the @ParallelFor loop at "
                    + method.source().location(loop.getLeaf()) + ", which fills it at indices that do not keep the "
                    + "iterations apart: each chunk could fill an array of its own only if nothing but the loop used "
                    + "`" + name + "`, and what the loop leaves in it depends on which iteration ran last. Declare `"
                    + name + "` inside the loop body, or use it in the loop only");
        }
        List<TreePath> reads = new ArrayList<>();
        WholeUse whole = uses(array, reads);
        if (whole != null) {
            return new Use(whole.path(), "This @ParallelFor loop fills `" + name + "` at indices that do not keep the "
                    + "iterations apart, and uses it here other than by reading or writing one element (or "
                    + "reading its length)" + (whole.deferred() ? ", in a lambda or class, which may run at "
                    + "another time" : "") + ": Weft can give each chunk an array of its own only where every "
                    + "use is an element the iteration fills before it reads it. Use `" + name + "` by element "
                    + "only, or declare it inside the loop body");
        }
        for (TreePath read : reads) {
            if (!filledBefore(array, read)) {
                String element = method.source().text(read.getLeaf());
                return new Use(read, "This @ParallelFor loop reads `" + element + "`, an element of `" + name
                        + "`, which the loop fills at indices that do not keep the iterations apart, and Weft cannot "
                        + "show that this iteration wrote that element before: it may read what another iteration "
                        + "left there. Fill `" + name + "` in a loop at the top of the body (`for (int k = 0; k < L; "
                        + "k++) " + name + "[k] = ...;`) and read it only in later loops over the same range, at "
                        + "their variable, or declare `" + name + "` inside the loop body");
            }
        }
        return new Use(null, null);
    }

    /** Whether the body sets an element of {@code array} ({@code =}) at an index that does not keep the iterations apart. */
    private boolean filledApart(VariableTree array) {
        boolean[] found = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree assignment, Void unused) {
                if (strip(assignment.getVariable()) instanceof ArrayAccessTree element && names(element.getExpression(),
                        new TreePath(getCurrentPath(), element), array)) {
                    found[0] |= !apart.test(element.getIndex(), new TreePath(getCurrentPath(), element));
                }
                return super.visitAssignment(assignment, unused);
            }
        }.scan(body, null);
        return found[0];
    }

    /** Whether {@code expression}, a child of the tree at {@code parent}, is the name of {@code array}. */
    private boolean names(ExpressionTree expression, TreePath parent, VariableTree array) {
        return strip(expression) instanceof IdentifierTree name
                && scope.resolve(name, new TreePath(parent, name)).declaration() == array;
    }

    /** The first use of {@code array} in the method outside the loop's body, its declaration aside; {@code null} for none. */
    private TreePath usedOutside(VariableTree array) {
        TreePath[] found = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (found[0] == null && !ScratchLocals.within(getCurrentPath(), body.getLeaf())
                        && scope.resolve(name, getCurrentPath()).declaration() == array) {
                    found[0] = getCurrentPath();
                }
                return null;
            }
        }.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return found[0];
    }

    /** A use of an array other than of one element or its length, or one in a lambda or class of the body. */
    private record WholeUse(TreePath path, boolean deferred) {}

    /**
     * Collects into {@code reads} the body's reads of elements of {@code array}: every element
     * access but the target of a plain assignment ({@code tmp[k] += x} reads it too). Returns the
     * first use that is no element access nor the length, or one in a lambda or class; {@code null}
     * for none.
     */
    private WholeUse uses(VariableTree array, List<TreePath> reads) {
        WholeUse[] whole = {null};
        new DeferredCodeScanner() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                TreePath path = getCurrentPath();
                if (scope.resolve(name, path).declaration() != array) {
                    return null;
                }
                Tree parent = path.getParentPath().getLeaf();
                boolean element = parent instanceof ArrayAccessTree access && access.getExpression() == name;
                boolean length = parent instanceof MemberSelectTree select && select.getIdentifier().contentEquals("length");
                if (whole[0] == null && (!element && !length || inDeferredCode())) {
                    whole[0] = new WholeUse(path, inDeferredCode());
                }
                Tree around = path.getParentPath().getParentPath().getLeaf();
                if (element && !(around instanceof AssignmentTree assignment && assignment.getVariable() == parent)) {
                    reads.add(path.getParentPath());
                }
                return null;
            }
        }.scan(body, null);
        return whole[0];
    }

    /**
     * Whether the element {@code read} reads was written earlier in the same iteration: its index
     * is the variable of a loop counting it from 0 while below some {@code L}, inside a statement of
     * the body that comes after a loop filling every element from 0 to that same {@code L}.
     */
    private boolean filledBefore(VariableTree array, TreePath read) {
        if (!(body.getLeaf() instanceof BlockTree block)
                || !(strip(((ArrayAccessTree) read.getLeaf()).getIndex()) instanceof IdentifierTree index)) {
            return false;
        }
        VariableTree counter = scope.resolve(index, new TreePath(read, index)).declaration();
        TreePath reading = counter == null ? null : loopDeclaring(read, counter);
        if (reading == null) {
            return false;
        }
        ForLoopTree loop = (ForLoopTree) reading.getLeaf();
        TreePath condition = new TreePath(reading, loop.getCondition());
        List<? extends StatementTree> statements = block.getStatements();
        int at = statements.indexOf(topStatement(read).getLeaf());
        for (int n = 0; n < at; n++) {
            TreePath statement = new TreePath(body, statements.get(n));
            ExpressionTree filledTo = filledTo(array, statement);
            if (filledTo != null && CountingLoop.countsColumns(loop, counter,
                    bound -> scope.normalized(bound).equals(scope.normalized(filledTo))
                            && scope.sameInEveryIteration(bound, new TreePath(condition, bound)))) {
                return true;
            }
        }
        return false;
    }

    /** The statement of the body that holds {@code path}. */
    private TreePath topStatement(TreePath path) {
        TreePath statement = path;
        while (statement.getParentPath().getLeaf() != body.getLeaf()) {
            statement = statement.getParentPath();
        }
        return statement;
    }

    /** The loop around {@code path} whose header declares {@code counter}; {@code null} for none. */
    private static TreePath loopDeclaring(TreePath path, VariableTree counter) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ForLoopTree loop && loop.getInitializer().contains(counter)) {
                return p;
            }
        }
        return null;
    }

    /**
     * {@code L} where {@code statement} fills every element of {@code array} from 0 to {@code L}:
     * {@code for (int k = 0; k < L; k++) tmp[k] = ...;}, the assignment alone or a statement of
     * the loop's block that no {@code break} or {@code continue} may skip, with {@code L} the same
     * in every iteration; {@code null} for any other statement.
     */
    private ExpressionTree filledTo(VariableTree array, TreePath statement) {
        if (!(statement.getLeaf() instanceof ForLoopTree fill) || fill.getInitializer().size() != 1
                || !(fill.getInitializer().get(0) instanceof VariableTree counter)
                || !(strip(fill.getCondition()) instanceof BinaryTree condition)) {
            return null;
        }
        TreePath inner = new TreePath(statement, fill.getStatement());
        List<? extends StatementTree> steps = fill.getStatement() instanceof BlockTree block ? block.getStatements()
                : List.of(fill.getStatement());
        boolean fills = !jumps(fill.getStatement()) && steps.stream().anyMatch(step -> step instanceof ExpressionStatementTree set
                && set.getExpression() instanceof AssignmentTree assignment
                && strip(assignment.getVariable()) instanceof ArrayAccessTree element
                && names(element.getExpression(), inner, array)
                && strip(element.getIndex()) instanceof IdentifierTree at && at.getName().equals(counter.getName()));
        ExpressionTree bound = condition.getRightOperand();
        return fills && CountingLoop.countsColumns(fill, counter, limit -> limit == bound)
                && scope.sameInEveryIteration(bound, new TreePath(new TreePath(statement, fill.getCondition()), bound))
                ? bound : null;
    }

    /** Whether {@code tree} holds a {@code break} or {@code continue}, which may skip a fill. */
    private static boolean jumps(Tree tree) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree node, Void unused) {
                found[0] |= node instanceof BreakTree || node instanceof ContinueTree;
                return super.scan(node, unused);
            }
        }.scan(tree, null);
        return found[0];
    }
}
