package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.CountingLoop;
import dev.weft.processor.analyze.effects.JdkChanges;
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
 * s += tmp[k];}, with {@code L} the same in every iteration. Where a statement of a block of the
 * body sets every element ({@code Arrays.fill(tmp, 0)}, {@code System.arraycopy(x[i], 0, tmp, 0,
 * tmp.length)}, such a loop up to the array's length), the statements after it in that block may
 * read any element and hand the array to the JDK's methods that only use its elements while they
 * run ({@code Arrays.sort(tmp)}).
 * No iteration then sees what another left, and each chunk of the twin may fill a new array of the
 * same length (OpenMP's {@code private} for an array, inferred).
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
    private final ExpressionTypes expressions;
    private final LoopScope scope;
    private final TreePath loop;
    private final TreePath body;
    /** Whether an index, where it stands, keeps the iterations apart (the loop's own, a cursor's). */
    private final BiPredicate<ExpressionTree, TreePath> apart;
    private final Map<VariableTree, Use> known = new HashMap<>();

    ScratchArrays(MethodContext method, ExpressionTypes expressions, LoopScope scope, TreePath loop, TreePath body,
            BiPredicate<ExpressionTree, TreePath> apart) {
        this.method = method;
        this.expressions = expressions;
        this.scope = scope;
        this.loop = loop;
        this.body = body;
        this.apart = apart;
    }

    /**
     * What the body does with the outer local {@code array}: {@code null} unless it is an array of a
     * primitive type the method creates, that the body never assigns and fills, at an index that
     * does not keep the iterations apart ({@code tmp[k] = ...}) or whole ({@code Arrays.fill(tmp, 0)}),
     * the arrays this class is about.
     */
    Use of(VariableTree array) {
        return known.computeIfAbsent(array, this::judge);
    }

    private Use judge(VariableTree array) {
        String name = array.getName().toString();
        boolean created = array.getInitializer() != null && strip(array.getInitializer()) instanceof NewArrayTree;
        if (!created || !ArrayRoots.primitiveRow(LoopHeader.declaredType(array, method))
                || CountingLoop.assigns(body.getLeaf(), name)) {
            return null;
        }
        List<WholeFill> fills = wholeFills(array);
        if (fills.isEmpty() && !filledApart(array)) {
            TreePath call = changedByCall(array);
            return call == null ? null : new Use(call, "`" + method.source().text(call.getLeaf()) + "` changes `" + name
                    + "`, an array every iteration can reach, and Weft cannot show that a statement of the loop body "
                    + "before it sets every element of `" + name + "` (from 0 up to `" + name + ".length`, or up to what "
                    + "the method creates it with, where the method assigns none of the names that reads): each chunk could have an array of its own only if every iteration set "
                    + "all of it before using it (`Arrays.fill(" + name + ", v)`, `System.arraycopy(src, from, " + name
                    + ", 0, " + name + ".length)`, or a loop up to its length). Set all of `"
                    + name + "` first, or declare it inside the loop body");
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
        WholeUse used = uses(array, fills, reads);
        if (used != null) {
            return new Use(used.path(), "This @ParallelFor loop fills `" + name + "` at indices that do not keep the "
                    + "iterations apart, and uses it here other than by reading or writing one element (or "
                    + "reading its length)" + (used.deferred() ? ", in a lambda or class, which may run at "
                    + "another time" : "") + ": Weft can give each chunk an array of its own only where every "
                    + "use is an element the iteration fills before it reads it, or, after a statement that sets "
                    + "every element (`Arrays.fill(" + name + ", 0)`), a call of the JDK that only uses "
                    + "the elements while it runs (`Arrays.sort(" + name + ")`). Use `" + name + "` so, or declare it "
                    + "inside the loop body");
        }
        for (TreePath read : reads) {
            if (!fills.isEmpty() && !setBefore(fills, read) && !filledBefore(array, read)) {
                Tree fill = fills.get(0).statement().getLeaf();
                return new Use(read, "This @ParallelFor loop reads `" + method.source().text(read.getLeaf()) + "`, an "
                        + "element of `" + name + "`, where no statement before it, in the blocks around it, has set "
                        + "every element of it in the iteration (the statement at " + method.source().location(fill)
                        + " does, but not before this read): it may read what another iteration left there. Read `"
                        + name + "` only after such a statement, or declare it inside the loop body");
            }
            if (fills.isEmpty() && !filledBefore(array, read)) {
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

    /** The first call of the JDK in the body that changes {@code array} ({@code Arrays.sort(tmp)}); {@code null} for none. */
    private TreePath changedByCall(VariableTree array) {
        TreePath[] found = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                TreePath path = getCurrentPath();
                if (found[0] == null && expressions.calledMethods(call, path).stream().anyMatch(callee -> {
                    int changed = JdkChanges.changedArgument(callee);
                    return changed >= 0 && changed < call.getArguments().size()
                            && names(call.getArguments().get(changed), path, array);
                })) {
                    found[0] = path;
                }
                return super.visitMethodInvocation(call, unused);
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
     * first use that is no element access nor the length, or one in a lambda or class, but for the
     * array handed to a call of {@code fills} to fill it and, after one of them, handed to a call that
     * only uses its elements or iterated by an enhanced {@code for}; {@code null} for none.
     */
    private WholeUse uses(VariableTree array, List<WholeFill> fills, List<TreePath> reads) {
        WholeUse[] found = {null};
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
                boolean filled = !inDeferredCode() && (fills.stream().anyMatch(fill -> fill.through() == name)
                        || setBefore(fills, path) && elementsOnly(path));
                if (found[0] == null && (!element && !length && !filled || inDeferredCode())) {
                    found[0] = new WholeUse(path, inDeferredCode());
                }
                Tree around = path.getParentPath().getParentPath().getLeaf();
                if (element && !(around instanceof AssignmentTree assignment && assignment.getVariable() == parent)) {
                    reads.add(path.getParentPath());
                }
                return null;
            }
        }.scan(body, null);
        return found[0];
    }

    /**
     * Whether the array named at {@code path} is only handed to a call that uses its elements while
     * it runs ({@code Arrays.sort(tmp)}), or iterated by an enhanced {@code for}.
     */
    private boolean elementsOnly(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        return parent instanceof EnhancedForLoopTree loop && loop.getExpression() == path.getLeaf()
                || parent instanceof MethodInvocationTree call && call.getArguments().contains(path.getLeaf())
                        && JdkChanges.usesElementsOnly(expressions.calledMethods(call, path.getParentPath()));
    }

    /**
     * A statement of a block of the body that sets every element of an array.
     *
     * @param through the array's name as the call that fills it is handed it; {@code null} for a loop
     */
    private record WholeFill(TreePath statement, Tree through) {}

    /**
     * The statements of the body's blocks, outside its lambdas and classes, that set every element
     * of {@code array}: a loop filling it up to its length ({@link #filledTo}), or a call of the JDK
     * that does, from its first element up to its length where the call is told where to start and end.
     */
    private List<WholeFill> wholeFills(VariableTree array) {
        List<WholeFill> fills = new ArrayList<>();
        new DeferredCodeScanner() {
            @Override
            public Void visitBlock(BlockTree block, Void unused) {
                for (StatementTree each : inDeferredCode() ? List.<StatementTree>of() : block.getStatements()) {
                    TreePath statement = new TreePath(getCurrentPath(), each);
                    ExpressionTree bound = filledTo(array, statement);
                    Tree through = bound == null ? filledByCall(array, statement) : null;
                    if (bound != null && coversAll(array, bound, statement) || through != null) {
                        fills.add(new WholeFill(statement, through));
                    }
                }
                return super.visitBlock(block, unused);
            }
        }.scan(body, null);
        return fills;
    }

    /**
     * The name of {@code array} as {@code statement} hands it to a call of the JDK that sets every
     * element of it; {@code null} where the statement is no such call.
     */
    private Tree filledByCall(VariableTree array, TreePath statement) {
        if (!(statement.getLeaf() instanceof ExpressionStatementTree step)
                || !(step.getExpression() instanceof MethodInvocationTree call)) {
            return null;
        }
        TreePath callPath = new TreePath(statement, call);
        JdkChanges.Fill fill = JdkChanges.fill(expressions.calledMethods(call, callPath), call.getArguments().size());
        ExpressionTree filled = fill == null ? null : call.getArguments().get(fill.array());
        boolean whole = filled != null && names(filled, callPath, array) && (fill.all()
                || Syntax.isZero(call.getArguments().get(fill.first()))
                        && coversAll(array, call.getArguments().get(fill.limit()), callPath));
        return whole ? strip(filled) : null;
    }

    /**
     * Whether one of {@code fills} has run before {@code path} whenever it runs: a statement of a
     * block around it, before the statement of that block that holds it.
     */
    private boolean setBefore(List<WholeFill> fills, TreePath path) {
        for (TreePath at = path; at.getParentPath() != null && at.getLeaf() != body.getLeaf(); at = at.getParentPath()) {
            if (at.getParentPath().getLeaf() instanceof BlockTree block) {
                int holding = block.getStatements().indexOf(at.getLeaf());
                if (fills.stream().anyMatch(fill -> fill.statement().getParentPath().getLeaf() == block
                        && block.getStatements().indexOf(fill.statement().getLeaf()) < holding)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code bound}, a child of the tree at {@code parent}, is the length of {@code array}:
     * {@code tmp.length}, or what the method creates it with where nothing may change that in
     * between (a constant, or parameters and locals declared before it that the method never
     * assigns: {@code new double[k]} and {@code k}).
     */
    private boolean coversAll(VariableTree array, ExpressionTree bound, TreePath parent) {
        ExpressionTree bare = strip(bound);
        if (bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("length")
                && names(select.getExpression(), new TreePath(parent, bare), array)) {
            return true;
        }
        List<? extends ExpressionTree> dimensions = ((NewArrayTree) strip(array.getInitializer())).getDimensions();
        if (dimensions.size() != 1 || !Syntax.onlyReads(dimensions.get(0))
                || !scope.normalized(dimensions.get(0)).equals(scope.normalized(bare))) {
            return false;
        }
        boolean[] unchanging = {true};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                // Declared before the array, a local is the one its creation reads, not a field it hides.
                Resolution resolution = scope.resolve(name, new TreePath(parent, bare));
                boolean before = resolution.kind() == Resolution.Kind.PARAMETER || resolution.kind() == Resolution.Kind.LOCAL
                        && method.source().start(resolution.declaration()) < method.source().start(array);
                unchanging[0] &= before && !CountingLoop.assigns(method.tree().getBody(), name.getName().toString());
                return null;
            }
        }.scan(bare, null);
        return unchanging[0];
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
        boolean fills = !Syntax.jumps(fill.getStatement()) && steps.stream().anyMatch(step -> step instanceof ExpressionStatementTree set
                && set.getExpression() instanceof AssignmentTree assignment
                && strip(assignment.getVariable()) instanceof ArrayAccessTree element
                && names(element.getExpression(), inner, array)
                && strip(element.getIndex()) instanceof IdentifierTree at && at.getName().equals(counter.getName()));
        ExpressionTree bound = condition.getRightOperand();
        return fills && CountingLoop.countsColumns(fill, counter, limit -> limit == bound)
                && scope.sameInEveryIteration(bound, new TreePath(new TreePath(statement, fill.getCondition()), bound))
                ? bound : null;
    }
}
