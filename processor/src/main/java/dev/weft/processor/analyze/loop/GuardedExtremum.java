package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.asName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.model.loop.ReductionOperator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Name;

/**
 * An extremum kept by its own comparison, {@code if (e > x) x = e;} or {@code x = e > x ? e : x;},
 * or an index kept by comparing the elements it indexes, {@code if (a[i] > a[at]) at = i;}, and
 * the values the same {@code if} sets beside it, as C code finds where the largest element is:
 * {@code if (a[i] > best) { best = a[i]; at = i; }}. Such an {@code if} keeps a pair, the
 * extremum and what was set with it, and a pair folds as the extremum does: each chunk keeps the
 * pair its comparison keeps, and the fold takes a chunk's pair where its extremum passes the
 * comparison, in chunk order.
 */
final class GuardedExtremum {
    /**
     * A guarded update of an extremum.
     *
     * @param variable the extremum's variable
     * @param reads where the update reads it, in its comparison and, in a conditional, as the value kept
     * @param operator {@code MAX} where the comparison keeps the larger value, {@code MIN} the smaller
     * @param keptBy the comparison of the new value with the old, {@code >} for {@code x < e} too
     * @param indexInto for an index kept by comparing the elements of an array it indexes,
     *     {@code if (a[i] > a[at]) at = i}, that array as the comparison names it; {@code null} otherwise
     * @param beside the assignments the {@code if} makes beside the extremum's, each to an outer variable
     */
    record Match(Name variable, List<IdentifierTree> reads, ReductionOperator operator, String keptBy,
            IdentifierTree indexInto, List<TreePath> beside) {
        /** The names of the variables set beside the extremum. */
        Set<String> besideNames() {
            Set<String> names = new LinkedHashSet<>();
            beside.forEach(path -> names.add(asName(((AssignmentTree) path.getLeaf()).getVariable()).getName().toString()));
            return names;
        }
    }

    /**
     * Why values set beside an extremum cannot be kept with it.
     *
     * @param at where to report it
     */
    record Refusal(TreePath at, String message) {}

    private final LoopScope scope;
    private final MethodContext method;
    private final RepeatableReads repeatable;
    private final ScratchLocals scratch;
    private final TreePath body;

    GuardedExtremum(LoopScope scope, MethodContext method, RepeatableReads repeatable, ScratchLocals scratch,
            TreePath body) {
        this.scope = scope;
        this.method = method;
        this.repeatable = repeatable;
        this.scratch = scratch;
        this.body = body;
    }

    /**
     * What {@code update}, at {@code path}, is: an update of an extremum by the comparison of its
     * {@code if}, with plain assignments of outer variables beside it in that {@code if}, or by the
     * comparison of a conditional that otherwise keeps the target ({@code x = e > x ? e : x});
     * {@code null} for any other. Only an outer variable that the iterations share is an extremum: a
     * local of the body, or an outer one that each iteration assigns before it reads it (a nearest
     * centroid searched afresh for each point), is each iteration's own, whatever it keeps.
     *
     * @param withElse the extremum's {@code if} where it has an {@code else}: whether the {@code else}
     *     runs depends on the extremum as it runs, which each chunk sees only its own partial of
     * @param repeatable whether the value compared and kept gives the same when computed again
     * @param alsoRuns the first statement of the extremum's {@code if} that is none of its plain
     *     assignments ({@code out[i] = best}), which runs whenever a chunk's own extremum changes;
     *     {@code null} for none
     * @param keptWhenTrue whether a conditional keeps the extremum on its {@code true} side,
     *     {@code x = x > e ? x : e}: it takes {@code e} where the comparison fails, a {@code NaN}
     *     included, which the comparison taken the other way round never takes
     */
    record Update(Match match, IfTree withElse, boolean repeatable, TreePath alsoRuns, boolean keptWhenTrue) {
        /** The match where nothing refuses it. */
        Match accepted() {
            return withElse == null && repeatable && alsoRuns == null ? match : null;
        }
    }

    Update of(AssignmentTree update, TreePath path) {
        IdentifierTree target = asName(update.getVariable());
        if (target == null || !shared(target, new TreePath(path, target))) {
            return null;
        }
        boolean repeats = repeatable.of(new TreePath(path, update.getExpression()));
        if (strip(update.getExpression()) instanceof ConditionalExpressionTree choice) {
            IdentifierTree kept = asName(choice.getFalseExpression());
            IdentifierTree keptWhenTrue = asName(choice.getTrueExpression());
            boolean whenTrue = keptWhenTrue != null && keptWhenTrue.getName().equals(target.getName());
            Match match = kept != null && kept.getName().equals(target.getName())
                    ? compared(choice.getCondition(), choice.getTrueExpression(), target, List.of(kept), List.of(), false)
                    : whenTrue ? compared(choice.getCondition(), choice.getFalseExpression(), target, List.of(keptWhenTrue),
                            List.of(), true)
                    : null;
            return match == null ? null : new Update(match, null, repeats, null, whenTrue);
        }
        IfTree check = guardedBy(path);
        if (check == null) {
            return null;
        }
        List<TreePath> beside = new ArrayList<>();
        TreePath alsoRuns = null;
        TreePath statement = path.getParentPath();
        if (statement.getParentPath().getLeaf() instanceof BlockTree block) {
            for (StatementTree other : block.getStatements()) {
                TreePath assignment = other == statement.getLeaf() ? null : plainAssignment(other, statement.getParentPath());
                if (assignment != null && sameVariable(assignment, target.getName().toString())) {
                    return null;
                } else if (assignment != null) {
                    beside.add(assignment);
                } else if (other != statement.getLeaf() && alsoRuns == null) {
                    alsoRuns = new TreePath(statement.getParentPath(), other);
                }
            }
        }
        Match match = compared(check.getCondition(), update.getExpression(), target, List.of(), beside, false);
        return match == null ? null
                : new Update(match, check.getElseStatement() == null ? null : check, repeats, alsoRuns, false);
    }

    /**
     * The {@code if} whose then-branch is the statement at {@code path}'s parent, alone or in a
     * block; {@code null} for none.
     */
    private static IfTree guardedBy(TreePath path) {
        TreePath statement = path.getParentPath();
        if (!(statement.getLeaf() instanceof ExpressionStatementTree)) {
            return null;
        }
        TreePath branch = statement.getParentPath().getLeaf() instanceof BlockTree ? statement.getParentPath() : statement;
        return branch.getParentPath().getLeaf() instanceof IfTree check && check.getThenStatement() == branch.getLeaf()
                ? check : null;
    }

    /**
     * The update of {@code target} to {@code value} where {@code condition} holds, if that is a
     * comparison of {@code value} with {@code target}, or of the elements of one array they index.
     */
    private Match compared(ExpressionTree condition, ExpressionTree value, IdentifierTree target,
            List<IdentifierTree> reads, List<TreePath> beside, boolean negated) {
        if (!(strip(condition) instanceof BinaryTree comparison)) {
            return null;
        }
        // x > e ? x : e takes e where x <= e, as x = x <= e ? e : x would
        Tree.Kind kind = negated ? negation(comparison.getKind()) : comparison.getKind();
        boolean greater = kind == Tree.Kind.GREATER_THAN || kind == Tree.Kind.GREATER_THAN_EQUAL;
        boolean less = kind == Tree.Kind.LESS_THAN || kind == Tree.Kind.LESS_THAN_EQUAL;
        Side left = side(comparison.getLeftOperand(), comparison.getRightOperand(), target, value);
        Side right = side(comparison.getRightOperand(), comparison.getLeftOperand(), target, value);
        Side old = left != null ? left : right;
        if (!greater && !less || old == null) {
            return null;
        }
        boolean targetRight = left == null;
        List<IdentifierTree> all = new ArrayList<>(reads);
        all.add(old.read());
        // e > x and x < e keep the larger value
        return new Match(target.getName(), all, greater == targetRight ? ReductionOperator.MAX : ReductionOperator.MIN,
                symbol(targetRight ? kind : mirrored(kind)), old.indexInto(), beside);
    }

    /**
     * How one operand of a comparison stands for the kept value: {@code x} itself, beside a
     * {@code value} that is the other operand, or {@code a[x]}, beside {@code a[value]}.
     *
     * @param read the target as the operand reads it
     * @param indexInto the array whose elements are compared, {@code null} for the target itself
     */
    private record Side(IdentifierTree read, IdentifierTree indexInto) {}

    private Side side(ExpressionTree operand, ExpressionTree other, IdentifierTree target, ExpressionTree value) {
        IdentifierTree name = asName(operand);
        if (name != null) {
            return name.getName().equals(target.getName()) && sameText(other, value) ? new Side(name, null) : null;
        }
        if (!(strip(operand) instanceof ArrayAccessTree element) || !(strip(other) instanceof ArrayAccessTree otherElement)) {
            return null;
        }
        IdentifierTree index = asName(element.getIndex());
        IdentifierTree array = asName(element.getExpression());
        return index != null && index.getName().equals(target.getName()) && array != null
                && sameText(element.getExpression(), otherElement.getExpression()) && sameText(otherElement.getIndex(), value)
                ? new Side(index, array) : null;
    }

    private boolean sameText(ExpressionTree one, ExpressionTree other) {
        return scope.normalized(one).equals(scope.normalized(other));
    }

    /**
     * The extremum update whose {@code if} sets {@code assignment}, at {@code path}, beside it;
     * {@code null} where there is none.
     */
    Match besideOf(AssignmentTree assignment, TreePath path) {
        TreePath block = path.getParentPath().getParentPath();
        if (!(block.getLeaf() instanceof BlockTree statements) || statements.getStatements().size() < 2) {
            return null;
        }
        for (StatementTree statement : statements.getStatements()) {
            if (statement != path.getParentPath().getLeaf() && statement instanceof ExpressionStatementTree expression
                    && expression.getExpression() instanceof AssignmentTree update) {
                Update found = of(update, new TreePath(new TreePath(block, statement), update));
                Match match = found == null ? null : found.accepted();
                if (match != null && match.beside().stream().anyMatch(other -> other.getLeaf() == assignment)) {
                    return match;
                }
            }
        }
        return null;
    }

    /**
     * Why {@code match}, the update at {@code update}, cannot keep an index or values beside its
     * extremum: a comparison that keeps the last of equal values, a value computed from what the
     * {@code if} sets, or a variable the body uses elsewhere; {@code null} where it can.
     */
    Refusal refusal(Match match, TreePath update) {
        String target = match.variable().toString();
        if (match.keptBy().length() > 1 && (!match.beside().isEmpty() || match.indexInto() != null)) {
            TreePath at = match.beside().isEmpty() ? update : match.beside().get(0);
            String what = match.beside().isEmpty() ? "`" + target + "` indexes the element of `" + match.indexInto() + "` that"
                    : "`" + name(at) + "` is set beside `" + target + "`, which";
            return new Refusal(at, what + " this @ParallelFor loop keeps by `new " + match.keptBy() + " old`, the last "
                    + "of equal values: Weft folds the chunks' values where the comparison keeps the first of equal values "
                    + "(`>` or `<`), as a chunk that took nothing cannot be told there from one that took a value equal to "
                    + "the one before the loop. Keep this loop sequential, or keep the first of equal values");
        }
        Set<String> set = new HashSet<>(match.besideNames());
        set.add(target);
        for (TreePath assignment : match.beside()) {
            Set<String> read = Syntax.names(((AssignmentTree) assignment.getLeaf()).getExpression());
            read.retainAll(set);
            if (!read.isEmpty()) {
                return new Refusal(assignment, "`" + name(assignment) + "` is set beside `" + target + "` from `"
                        + read.iterator().next() + "`, which the `if` sets: Weft keeps each chunk's value of it to fold "
                        + "with `" + target + "`, so it must be computed from what the iteration reads alone. Compute it "
                        + "from the loop's own values");
            }
            ExpressionTree value = ((AssignmentTree) assignment.getLeaf()).getExpression();
            if (!repeatable.of(new TreePath(assignment, value))) {
                return new Refusal(assignment, "`" + name(assignment) + "` is set beside `" + target + "` from `"
                        + method.source().text(value) + "`, which may change something (a call other than a getter or "
                        + "a read of a list or a map, a creation or an assignment): each chunk of the twin runs the `if` from an extremum of its own, so in "
                        + "iterations where the loop would not. Read the value into a local of the body first, or "
                        + "index an array");
            }
        }
        for (TreePath assignment : match.beside()) {
            TreePath elsewhere = usedElsewhere(assignment, match.variable());
            if (elsewhere != null) {
                return new Refusal(elsewhere, "`" + name(assignment) + "` is set beside the extremum `" + target + "` ("
                        + method.source().location(assignment.getLeaf()) + ") and also used here: each chunk of "
                        + "iterations keeps a value of its own beside its own extremum, folded after the loop, so no "
                        + "iteration may read or set it otherwise. Use a separate variable here");
            }
        }
        return null;
    }

    /** A use of the variable {@code assignment} sets other than as a value set beside the extremum {@code target}. */
    private TreePath usedElsewhere(TreePath assignment, Name target) {
        IdentifierTree name = asName(((AssignmentTree) assignment.getLeaf()).getVariable());
        VariableTree declaration = scope.resolve(name, new TreePath(assignment, name)).declaration();
        TreePath[] found = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void unused) {
                if (found[0] == null && tree.getName().equals(name.getName())
                        && scope.resolve(tree, getCurrentPath()).declaration() == declaration && !besideTarget(getCurrentPath(), target)) {
                    found[0] = getCurrentPath();
                }
                return null;
            }
        }.scan(body, null);
        return found[0];
    }

    /** Whether {@code use} is the target of an assignment set beside the extremum {@code target}. */
    private boolean besideTarget(TreePath use, Name target) {
        if (!(use.getParentPath().getLeaf() instanceof AssignmentTree assignment) || assignment.getVariable() != use.getLeaf()) {
            return false;
        }
        Match match = besideOf(assignment, use.getParentPath());
        return match != null && match.variable().equals(target);
    }

    private static String name(TreePath assignment) {
        return asName(((AssignmentTree) assignment.getLeaf()).getVariable()).getName().toString();
    }

    /** {@code statement} as {@code name = value;} of an outer variable, with its path; {@code null} for any other. */
    private TreePath plainAssignment(StatementTree statement, TreePath block) {
        if (!(statement instanceof ExpressionStatementTree expression)
                || !(expression.getExpression() instanceof AssignmentTree assignment)
                || asName(assignment.getVariable()) == null) {
            return null;
        }
        TreePath path = new TreePath(new TreePath(block, statement), assignment);
        IdentifierTree name = asName(assignment.getVariable());
        return scope.resolve(name, new TreePath(path, name)).isOuterVariable() ? path : null;
    }

    /** Whether {@code name} is an outer variable that one iteration may find as another left it. */
    private boolean shared(IdentifierTree name, TreePath path) {
        Resolution resolution = scope.resolve(name, path);
        return resolution.isOuterVariable()
                && !(resolution.declaration() != null && scratch.of(resolution.declaration()).scratch());
    }

    private static boolean sameVariable(TreePath assignment, String name) {
        return name(assignment).equals(name);
    }

    /** The comparison that holds where {@code kind} fails, {@code <=} for {@code >}; any other kind as it is. */
    private static Tree.Kind negation(Tree.Kind kind) {
        return switch (kind) {
            case GREATER_THAN -> Tree.Kind.LESS_THAN_EQUAL;
            case GREATER_THAN_EQUAL -> Tree.Kind.LESS_THAN;
            case LESS_THAN -> Tree.Kind.GREATER_THAN_EQUAL;
            case LESS_THAN_EQUAL -> Tree.Kind.GREATER_THAN;
            default -> kind;
        };
    }

    /** The comparison with its operands swapped: {@code <} for {@code >}. */
    private static Tree.Kind mirrored(Tree.Kind kind) {
        return switch (kind) {
            case GREATER_THAN -> Tree.Kind.LESS_THAN;
            case GREATER_THAN_EQUAL -> Tree.Kind.LESS_THAN_EQUAL;
            case LESS_THAN -> Tree.Kind.GREATER_THAN;
            default -> Tree.Kind.GREATER_THAN_EQUAL;
        };
    }

    private static String symbol(Tree.Kind comparison) {
        return switch (comparison) {
            case GREATER_THAN -> ">";
            case GREATER_THAN_EQUAL -> ">=";
            case LESS_THAN -> "<";
            default -> "<=";
        };
    }
}
