package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.effects.JdkAccumulations;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.CollectionReduction.Accumulation;
import dev.weft.processor.model.loop.WrittenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Finds the collections, maps and string builders, locals of the method, that the body only
 * accumulates into ({@code out.add(x)}, {@code sb.append(s)}, {@code counts.merge(w, 1, Integer::sum)},
 * {@code groups.computeIfAbsent(k, key -> new ArrayList<>()).add(x)}): collection reductions, which
 * each chunk fills a partial of and the twin adds in chunk order. One that the body also uses
 * otherwise is reported at that use: a partial would not see what other chunks add.
 */
final class CollectionReductions extends DeferredCodeScanner {
    private static final List<String> CONTAINERS = List.of("java.util.Collection", "java.util.Map",
            "java.lang.StringBuilder", "java.lang.StringBuffer");

    /**
     * The body's collection reductions, and the calls on the locals it accumulates into, accepted
     * or reported here, which the check of shared collections leaves alone.
     */
    record Found(List<CollectionReduction> reductions, Set<Tree> handled) {}

    /**
     * One use of a container local in the body: an accumulation ({@code accumulation} set), or
     * anything else, with why that conflicts with accumulating into partials ({@code null} when reported already).
     */
    private record Use(TreePath path, Tree where, Accumulation accumulation, String function, boolean groupsAppend,
            String conflict) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final LoopScope scope;
    /** The parallel loop itself. */
    private final TreePath loop;
    private final Map<VariableTree, List<Use>> uses = new LinkedHashMap<>();
    /** The calls on each local: left to the check of shared collections unless the body accumulates into it. */
    private final Map<Tree, VariableTree> calls = new LinkedHashMap<>();
    /** The calls reported here whatever else the body does. */
    private final Set<Tree> reported = new HashSet<>();
    /** The calls on a local that are part of an accumulation into it: the read of {@code map.getOrDefault(k, 0)} in a count. */
    private final Set<Tree> partOfAccumulation = new HashSet<>();
    /** The local whose use is being classified. */
    private VariableTree current;
    private final RepeatableReads repeatable;
    /** The builders and containers each iteration empties first: each chunk's own, judged by {@link ScratchObjects}. */
    private final Set<VariableTree> scratch;

    private CollectionReductions(MethodContext method, ExpressionTypes expressions, LoopScope scope, TreePath loop,
            Set<VariableTree> scratch) {
        this.scratch = scratch;
        this.method = method;
        this.expressions = expressions;
        this.scope = scope;
        this.loop = loop;
        this.repeatable = new RepeatableReads(method, expressions, scope);
    }

    /** The collection reductions of {@code body}, after reporting each that cannot be one at the offending use. */
    static Found find(MethodContext method, ExpressionTypes expressions, LoopScope scope, TreePath body,
            Set<VariableTree> scratch) {
        CollectionReductions found = new CollectionReductions(method, expressions, scope, body.getParentPath(), scratch);
        found.scan(body, null);
        List<CollectionReduction> reductions = new ArrayList<>();
        Set<VariableTree> accumulated = new HashSet<>();
        found.uses.forEach((declaration, uses) -> {
            if (uses.stream().anyMatch(use -> use.accumulation() != null)) {
                accumulated.add(declaration);
            }
            CollectionReduction reduction = found.reduction(declaration, uses);
            if (reduction != null) {
                reductions.add(reduction);
            }
        });
        Set<Tree> handled = new HashSet<>(found.reported);
        found.calls.forEach((call, declaration) -> {
            if (accumulated.contains(declaration)) {
                handled.add(call);
            }
        });
        return new Found(reductions, handled);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Resolution resolution = scope.resolve(tree, getCurrentPath());
        if (resolution.kind() == Resolution.Kind.LOCAL && !resolution.insideLoop() && isContainer(tree)
                && !scratch.contains(resolution.declaration())
                && !partOfAccumulation.contains(getCurrentPath().getParentPath().getParentPath().getLeaf())) {
            current = resolution.declaration();
            if (inDeferredCode() && getCurrentPath().getParentPath().getLeaf() instanceof MemberSelectTree select
                    && getCurrentPath().getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                    && call.getMethodSelect() == select) {
                calls.put(call, current);
            }
            uses.computeIfAbsent(resolution.declaration(), declaration -> new ArrayList<>()).add(inDeferredCode()
                    ? other(getCurrentPath(), tree, "is used in a lambda or a class of the body, which may run when "
                            + "other iterations have added to it, or after the loop")
                    : classify(tree, getCurrentPath()));
        }
        return super.visitIdentifier(tree, unused);
    }

    private boolean isContainer(IdentifierTree name) {
        return CONTAINERS.stream().anyMatch(container -> is(name, container));
    }

    private static Use other(TreePath path, Tree where, String conflict) {
        return new Use(path, where, null, null, false, conflict);
    }

    /** What the use of {@code name} at {@code path} is. */
    private Use classify(IdentifierTree name, TreePath path) {
        TreePath selectPath = path.getParentPath();
        if (!(selectPath.getLeaf() instanceof MemberSelectTree select)
                || !(selectPath.getParentPath().getLeaf() instanceof MethodInvocationTree call)
                || call.getMethodSelect() != select) {
            return other(path, name, "is read here, or passed where a call may read or change it");
        }
        TreePath callPath = selectPath.getParentPath();
        calls.put(call, current);
        String called = select.getIdentifier().toString();
        int arguments = call.getArguments().size();
        Accumulation accumulation = null;
        if ((called.equals("add") || called.equals("addAll")) && arguments == 1 && is(name, "java.util.Collection")) {
            accumulation = Accumulation.COLLECT;
        } else if (called.equals("append") && !is(name, "java.util.Collection")) {
            callPath = appendChain(callPath);
            accumulation = Accumulation.APPEND;
        } else if (called.equals("insert") && arguments == 2 && !is(name, "java.util.Collection")
                && Syntax.strip(call.getArguments().get(0)) instanceof LiteralTree start && Integer.valueOf(0).equals(start.getValue())) {
            accumulation = Accumulation.INSERT_AT_START;
        } else if (called.equals("put") && arguments == 2) {
            Use count = count(name, call, callPath);
            if (count != null) {
                return count;
            }
            accumulation = Accumulation.PUT;
        } else if (called.equals("putIfAbsent") && arguments == 2) {
            accumulation = Accumulation.PUT_IF_ABSENT;
        } else if (called.equals("merge") && arguments == 3) {
            return merge(name, call, callPath);
        } else if (called.equals("computeIfAbsent") && arguments == 2) {
            return group(name, call, callPath);
        } else if (called.equals("containsKey") && arguments == 1) {
            Use count = countByContains(name, call, callPath);
            if (count != null) {
                return count;
            }
        } else if (called.equals("get") && arguments == 1) {
            Use group = groupByPut(name, call, callPath);
            if (group != null) {
                return group;
            }
            Use count = countByGet(name, call, callPath);
            if (count != null) {
                return count;
            }
        }
        if (accumulation == null) {
            return other(callPath, call, JdkChanges.CONTAINER_CHANGES.contains(called) ? "changes `" + name.getName()
                    + "` other than by accumulating into it" : "reads `" + name.getName() + "`");
        }
        return statement(callPath, new Use(callPath, callPath.getLeaf(), accumulation, null, false, null));
    }

    /** The accumulation, if its call is a statement of its own; else the use of what it returns, which other iterations decide. */
    private static Use statement(TreePath call, Use accumulation) {
        return call.getParentPath().getLeaf() instanceof ExpressionStatementTree ? accumulation
                : other(call, call.getLeaf(), "is used for what it returns, which depends on what other "
                        + "iterations added");
    }

    /** The outermost call of {@code sb.append(a).append(b)...}, starting from its first. */
    private TreePath appendChain(TreePath call) {
        TreePath outer = call;
        while (outer.getParentPath().getLeaf() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("append")
                && outer.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree next
                && next.getMethodSelect() == select) {
            outer = outer.getParentPath().getParentPath();
            calls.put(outer.getLeaf(), current);
        }
        return outer;
    }

    private Use merge(IdentifierTree name, MethodInvocationTree call, TreePath callPath) {
        ExpressionTree function = Syntax.strip(call.getArguments().get(2));
        if (!associative(function, call, callPath)) {
            TreePath at = new TreePath(callPath, function);
            method.error(DiagnosticId.REDUCTION, at, function, "`" + method.source().text(call) + "` merges into `"
                    + name.getName() + "` with `" + method.source().text(function) + "`, which Weft does not know "
                    + "to be associative: each chunk merges into a partial of its own, and merging the partials in "
                    + "turn gives what the loop gives only for an associative function. Merge with Integer::sum, "
                    + "Long::sum, Math::max, Math::min, String::concat or `(x, y) -> x + y` over integers or "
                    + "strings, or remove @ParallelFor");
            reported.add(call);
            return other(at, function, null);
        }
        return statement(callPath, new Use(callPath, call, Accumulation.MERGE, rendered(function), false, null));
    }

    /**
     * {@code counts.put(k, counts.getOrDefault(k, 0) + e)}, a count as often written without
     * {@code merge}: a merge with the sum, whose partials fold as {@code merge(k, v, Integer::sum)}
     * does. The key must only read, as it is evaluated twice; a string may only be appended to.
     */
    private Use count(IdentifierTree name, MethodInvocationTree put, TreePath putPath) {
        if (Syntax.strip(put.getArguments().get(1)) instanceof ConditionalExpressionTree choice) {
            return countByChoice(name, put, putPath, choice);
        }
        ExpressionTree key = put.getArguments().get(0);
        if (!(Syntax.strip(put.getArguments().get(1)) instanceof BinaryTree sum) || sum.getKind() != Tree.Kind.PLUS) {
            return null;
        }
        String value = valueClass(put, putPath);
        String function = JdkAccumulations.SUM_FUNCTIONS.get(value);
        if (function == null) {
            return null;
        }
        boolean commutes = !"java.lang.String".equals(value);
        for (ExpressionTree side : commutes ? List.of(sum.getLeftOperand(), sum.getRightOperand())
                : List.of(sum.getLeftOperand())) {
            if (Syntax.strip(side) instanceof MethodInvocationTree read
                    && read.getMethodSelect() instanceof MemberSelectTree select
                    && select.getIdentifier().contentEquals("getOrDefault") && read.getArguments().size() == 2
                    && Syntax.isName(select.getExpression(), name.getName().toString())
                    && scope.normalized(read.getArguments().get(0)).equals(scope.normalized(key))
                    && JdkAccumulations.SUM_IDENTITIES.get(value)
                            .contains(scope.normalized(read.getArguments().get(1)))) {
                claim(read);
                Use refused = countKeyComputedAgain(putPath, key, "`" + method.source().text(put) + "`",
                        name.getName().toString(), function, List.of(put));
                if (refused != null) {
                    return refused;
                }
                return statement(putPath, new Use(putPath, put, Accumulation.COUNT, function, false, null));
            }
        }
        return null;
    }

    /**
     * {@code if (!map.containsKey(k)) map.put(k, e); else map.put(k, map.get(k) + e);}, either way
     * round: a count as written before {@code getOrDefault}, the same merge with the sum, from the
     * {@code containsKey} that starts it. {@code null} where it starts nothing of this shape.
     */
    private Use countByContains(IdentifierTree name, MethodInvocationTree contains, TreePath containsPath) {
        TreePath up = outsideParentheses(containsPath.getParentPath());
        boolean absent = up.getLeaf() instanceof UnaryTree not && not.getKind() == Tree.Kind.LOGICAL_COMPLEMENT;
        if (absent) {
            up = outsideParentheses(up.getParentPath());
        }
        if (!(up.getLeaf() instanceof IfTree check) || check.getElseStatement() == null) {
            return null;
        }
        String map = name.getName().toString();
        MethodInvocationTree first = onlyPut(absent ? check.getThenStatement() : check.getElseStatement(), map);
        MethodInvocationTree more = onlyPut(absent ? check.getElseStatement() : check.getThenStatement(), map);
        ExpressionTree key = contains.getArguments().get(0);
        if (first == null || more == null || !sameKey(first, key) || !sameKey(more, key)) {
            return null;
        }
        String value = valueClass(more, TreePath.getPath(up, more));
        String function = JdkAccumulations.SUM_FUNCTIONS.get(value);
        MethodInvocationTree read = summedGet(more.getArguments().get(1), map, key, first.getArguments().get(1), value);
        if (function == null || read == null) {
            return null;
        }
        List.of(first, more, read).forEach(this::claim);
        Use refused = countKeyComputedAgain(containsPath, key, "`" + method.source().text(check.getCondition())
                + "` ... `" + method.source().text(more) + "`", map, function, List.of(first, more, read));
        if (refused != null) {
            return refused;
        }
        return new Use(up, check, Accumulation.COUNT, function, false, null);
    }

    /**
     * A count as written before {@code merge}, from the {@code get} that starts it, the value held
     * in a local that nothing else uses:
     * <pre>{@code
     * Integer c = map.get(k);
     * if (c == null) map.put(k, e); else map.put(k, c + e);   // either way round
     * }</pre>
     * or {@code map.put(k, c == null ? e : c + e)}, or as {@link #countFromZero} reads it: a merge
     * with the sum, of which a {@code null} held counts as none. {@code null} where the
     * {@code get} starts nothing of this shape: it is then a read of the map.
     */
    private Use countByGet(IdentifierTree name, MethodInvocationTree get, TreePath getPath) {
        TreePath holderPath = getPath.getParentPath();
        if (!(holderPath.getLeaf() instanceof VariableTree holder) || holder.getInitializer() != get
                || !(holderPath.getParentPath().getLeaf() instanceof BlockTree block)) {
            return null;
        }
        int at = block.getStatements().indexOf(holder);
        if (at + 1 >= block.getStatements().size()) {
            return null;
        }
        StatementTree next = block.getStatements().get(at + 1);
        List<? extends StatementTree> statements = List.of(next);
        String count = holder.getName().toString();
        String map = name.getName().toString();
        MethodInvocationTree first; // puts a key the map holds no count for
        MethodInvocationTree more; // puts the sum
        ExpressionTree added;
        ExpressionTree summed;
        IfTree check = next instanceof IfTree choose && choose.getElseStatement() != null ? choose : null;
        Boolean absentFirst = check == null ? null : nullTest(check.getCondition(), count);
        if (absentFirst != null) {
            first = onlyPut(absentFirst ? check.getThenStatement() : check.getElseStatement(), map);
            more = onlyPut(absentFirst ? check.getElseStatement() : check.getThenStatement(), map);
            if (first == null || more == null) {
                return null;
            }
            added = first.getArguments().get(1);
            summed = more.getArguments().get(1);
        } else {
            // The choice put in at once, or first kept in the local: c = c == null ? e : c + e; map.put(k, c);
            ExpressionTree chosen = chosenAgain(next, count);
            MethodInvocationTree put = chosen == null ? onlyPut(next, map)
                    : at + 2 < block.getStatements().size() ? onlyPut(block.getStatements().get(at + 2), map) : null;
            if (chosen != null && (put == null || !Syntax.isName(put.getArguments().get(1), count))) {
                put = null;
            }
            ExpressionTree choose = chosen != null ? chosen : put == null ? null : put.getArguments().get(1);
            ConditionalExpressionTree choice = put != null
                    && Syntax.strip(choose) instanceof ConditionalExpressionTree c ? c : null;
            absentFirst = choice == null ? null : nullTest(choice.getCondition(), count);
            if (absentFirst == null) {
                return countFromZero(name, get, getPath, holder, block.getStatements().subList(at + 1,
                        block.getStatements().size()));
            }
            first = put;
            more = put;
            added = absentFirst ? choice.getTrueExpression() : choice.getFalseExpression();
            summed = absentFirst ? choice.getFalseExpression() : choice.getTrueExpression();
            if (chosen != null) {
                statements = block.getStatements().subList(at + 1, at + 3);
            }
        }
        String value = valueClass(more, TreePath.getPath(holderPath.getParentPath(), more));
        ExpressionTree addend = addend(summed, count, value);
        // The local is set again only by the statements read here, which it serves alone.
        if (addend == null || Syntax.mentions(added, count) || !scope.normalized(addend).equals(scope.normalized(added))
                || statements.size() == 1 && scope.isReassigned(count)) {
            return null;
        }
        return countUse(name, get, getPath, holder, statements, first, more, value);
    }

    /** What {@code statement} sets the local {@code count} to, where it is {@code count = ...;}; {@code null} otherwise. */
    private static ExpressionTree chosenAgain(StatementTree statement, String count) {
        return statement instanceof ExpressionStatementTree set && set.getExpression() instanceof AssignmentTree assignment
                && Syntax.isName(assignment.getVariable(), count) ? assignment.getExpression() : null;
    }

    /**
     * A count by {@code get} that starts the local from zero where the map holds none, and then
     * puts the sum in, at once or after adding to the local:
     * <pre>{@code
     * Integer c = map.get(k);
     * if (c == null) c = 0;
     * map.put(k, c + e);        // or: c++; (c += e; c = c + e;) map.put(k, c);
     * }</pre>
     * {@code after} are the statements after the local's declaration; {@code null} where they do
     * not start so.
     */
    private Use countFromZero(IdentifierTree name, MethodInvocationTree get, TreePath getPath, VariableTree holder,
            List<? extends StatementTree> after) {
        String count = holder.getName().toString();
        String map = name.getName().toString();
        if (after.size() < 2 || !(after.get(0) instanceof IfTree check) || check.getElseStatement() != null
                || !isNullCheck(check.getCondition(), count)
                || !(onlyStatement(check.getThenStatement()) instanceof ExpressionStatementTree zeroing)
                || !(zeroing.getExpression() instanceof AssignmentTree zero) || !Syntax.isName(zero.getVariable(), count)) {
            return null;
        }
        MethodInvocationTree put = onlyPut(after.get(1), map);
        List<? extends StatementTree> statements = after.subList(0, 2);
        ExpressionTree sum = put == null ? null : put.getArguments().get(1);
        if (put == null && after.size() >= 3) {
            // The local added to, then put in as it is.
            put = onlyPut(after.get(2), map);
            sum = put != null && Syntax.isName(put.getArguments().get(1), count)
                    && after.get(1) instanceof ExpressionStatementTree update ? update.getExpression() : null;
            statements = after.subList(0, 3);
        }
        if (put == null || sum == null) {
            return null;
        }
        String value = valueClass(put, TreePath.getPath(getPath.getParentPath().getParentPath(), put));
        boolean adds = isIncrement(sum, count) || addend(sum, count, value) != null;
        Set<String> zeros = JdkAccumulations.SUM_IDENTITIES.getOrDefault(value, Set.of());
        if (!adds || !zeros.contains(scope.normalized(zero.getExpression()))) {
            return null;
        }
        return countUse(name, get, getPath, holder, statements, put, put, value);
    }

    /**
     * The accumulation of a count by {@code get} whose shape has been read: a count into the map
     * where the local serves nowhere but in {@code statements} and the key only reads, or the
     * report of what is not.
     */
    private Use countUse(IdentifierTree name, MethodInvocationTree get, TreePath getPath, VariableTree holder,
            List<? extends StatementTree> statements, MethodInvocationTree first, MethodInvocationTree more,
            String value) {
        ExpressionTree key = get.getArguments().get(0);
        String function = JdkAccumulations.SUM_FUNCTIONS.get(value);
        if (function == null || !sameKey(first, key) || !sameKey(more, key) || usedOutside(holder, statements)) {
            return null;
        }
        claim(first);
        claim(more);
        Use refused = countKeyComputedAgain(getPath, key, "`" + method.source().text(holder).strip() + "` ... `"
                + method.source().text(more) + "`", name.getName().toString(), function, List.of(first, more));
        if (refused != null) {
            return refused;
        }
        TreePath blockPath = getPath.getParentPath().getParentPath();
        StatementTree last = statements.get(statements.size() - 1);
        return new Use(new TreePath(blockPath, last), last, Accumulation.COUNT_BY_GET, function, false, null);
    }

    /**
     * What {@code expression} adds to the local {@code count}: {@code e} of {@code count + e}, or
     * of {@code e + count} where the sum commutes, or of {@code count += e} and {@code count = count
     * + e}; {@code null} where it is none of those, or {@code e} uses {@code count}.
     */
    private static ExpressionTree addend(ExpressionTree expression, String count, String value) {
        ExpressionTree bare = Syntax.strip(expression);
        ExpressionTree added = null;
        if (bare instanceof CompoundAssignmentTree update && update.getKind() == Tree.Kind.PLUS_ASSIGNMENT
                && Syntax.isName(update.getVariable(), count)) {
            added = update.getExpression();
        } else if (bare instanceof AssignmentTree assignment && Syntax.isName(assignment.getVariable(), count)) {
            return addend(assignment.getExpression(), count, value);
        } else if (bare instanceof BinaryTree sum && sum.getKind() == Tree.Kind.PLUS) {
            added = Syntax.isName(sum.getLeftOperand(), count) ? sum.getRightOperand()
                    : !"java.lang.String".equals(value) && Syntax.isName(sum.getRightOperand(), count)
                            ? sum.getLeftOperand() : null;
        }
        return added == null || Syntax.mentions(added, count) ? null : added;
    }

    /** Whether {@code expression} is {@code count++} or {@code ++count}. */
    private static boolean isIncrement(ExpressionTree expression, String count) {
        return expression instanceof UnaryTree step && Syntax.isName(step.getExpression(), count)
                && (step.getKind() == Tree.Kind.POSTFIX_INCREMENT || step.getKind() == Tree.Kind.PREFIX_INCREMENT);
    }

    /** The statement, or the one statement of a block. */
    private static StatementTree onlyStatement(StatementTree statement) {
        return statement instanceof BlockTree block && block.getStatements().size() == 1
                ? block.getStatements().get(0) : statement;
    }

    /** Whether the body uses the local {@code holder} anywhere but in {@code statements}. */
    private boolean usedOutside(VariableTree holder, List<? extends StatementTree> statements) {
        boolean[] outside = {false};
        new DeferredCodeScanner() {
            private int inside;

            @Override
            public Void scan(Tree tree, Void unused) {
                boolean entering = tree != null && statements.contains(tree);
                inside += entering ? 1 : 0;
                super.scan(tree, unused);
                inside -= entering ? 1 : 0;
                return null;
            }

            @Override
            public Void visitIdentifier(IdentifierTree use, Void unused) {
                if (inside == 0 && scope.resolve(use, getCurrentPath()).declaration() == holder) {
                    outside[0] = true;
                }
                return null;
            }
        }.scan(loop, null);
        return outside[0];
    }

    /**
     * {@code map.put(k, map.containsKey(k) ? map.get(k) + e : e)}, or with {@code !containsKey}
     * and the branches the other way round: the count of {@link #countByContains} in one
     * statement; and {@code map.put(k, map.get(k) == null ? e : map.get(k) + e)}, either way
     * round, that of {@link #countByGet}, of which a {@code null} held counts as none. {@code null}
     * where the choice is not of this shape.
     */
    private Use countByChoice(IdentifierTree name, MethodInvocationTree put, TreePath putPath,
            ConditionalExpressionTree choice) {
        ExpressionTree condition = Syntax.strip(choice.getCondition());
        boolean absent = condition instanceof UnaryTree not && not.getKind() == Tree.Kind.LOGICAL_COMPLEMENT;
        if (absent) {
            condition = Syntax.strip(((UnaryTree) condition).getExpression());
        }
        String map = name.getName().toString();
        ExpressionTree key = put.getArguments().get(0);
        MethodInvocationTree tested = null; // the containsKey, or the get compared with null
        ExpressionTree held = absent ? null : comparedWithNull(condition);
        Accumulation accumulation = Accumulation.COUNT;
        if (condition instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("containsKey") && call.getArguments().size() == 1
                && Syntax.isName(select.getExpression(), map) && sameKey(call, key)) {
            tested = call;
        } else if (held != null && isGet(held, map, key)) {
            tested = (MethodInvocationTree) Syntax.strip(held);
            accumulation = Accumulation.COUNT_BY_GET;
            absent = condition.getKind() == Tree.Kind.EQUAL_TO;
        }
        if (tested == null) {
            return null;
        }
        String value = valueClass(put, putPath);
        String function = JdkAccumulations.SUM_FUNCTIONS.get(value);
        MethodInvocationTree read = summedGet(absent ? choice.getFalseExpression() : choice.getTrueExpression(), map,
                key, absent ? choice.getTrueExpression() : choice.getFalseExpression(), value);
        if (function == null || read == null) {
            return null;
        }
        List.of(tested, read).forEach(this::claim);
        Use refused = countKeyComputedAgain(putPath, key, "`" + method.source().text(put) + "`", map, function,
                List.of(put, tested, read));
        if (refused != null) {
            return refused;
        }
        return statement(putPath, new Use(putPath, put, accumulation, function, false, null));
    }

    /**
     * The {@code map.get(key)} of {@code summed} where that is {@code map.get(key) + added}, or
     * {@code added + map.get(key)} where the sum commutes; {@code null} otherwise.
     */
    private MethodInvocationTree summedGet(ExpressionTree summed, String map, ExpressionTree key, ExpressionTree added,
            String value) {
        if (!(Syntax.strip(summed) instanceof BinaryTree sum) || sum.getKind() != Tree.Kind.PLUS) {
            return null;
        }
        String addend = scope.normalized(added);
        if (isGet(sum.getLeftOperand(), map, key) && scope.normalized(sum.getRightOperand()).equals(addend)) {
            return (MethodInvocationTree) Syntax.strip(sum.getLeftOperand());
        }
        boolean commutes = !"java.lang.String".equals(value);
        return commutes && isGet(sum.getRightOperand(), map, key) && scope.normalized(sum.getLeftOperand()).equals(addend)
                ? (MethodInvocationTree) Syntax.strip(sum.getRightOperand()) : null;
    }

    /** Marks {@code part} as a call of the accumulation into the local being classified: its use of the local is that accumulation's. */
    private void claim(MethodInvocationTree part) {
        partOfAccumulation.add(part);
        calls.put(part, current);
    }

    /**
     * Reports, at {@code at}, the key of {@code accumulation} that may compute another value when
     * computed again, which the accumulation does; {@code fix} is what to write instead.
     */
    private void reportKeyComputedAgain(TreePath at, String accumulation, String fix) {
        ExpressionTree key = (ExpressionTree) at.getLeaf();
        method.error(DiagnosticId.REDUCTION, at, key, accumulation + " only where the key only reads, as it is "
                + "computed more than once; `" + method.source().text(key) + "` may compute another key the next "
                + "time. Compute the key into a local first, or write `" + fix + "`");
    }

    /**
     * Where the key of a count ({@code written} as in the source, into {@code map}, whose calls are
     * {@code parts}) may compute another key when computed again: reports it, at the key under
     * {@code keyParent}, and returns the refused use; {@code null} where the key only reads.
     */
    private Use countKeyComputedAgain(TreePath keyParent, ExpressionTree key, String written, String map,
            String function, List<? extends Tree> parts) {
        if (repeatable.of(new TreePath(keyParent, key))) {
            return null;
        }
        TreePath at = new TreePath(keyParent, key);
        reportKeyComputedAgain(at, written + " counts into `" + map + "`, which Weft runs as a merge with the sum",
                map + ".merge(" + method.source().text(key) + ", ..., " + function + ")");
        reported.addAll(parts);
        return other(at, key, null);
    }

    private static TreePath outsideParentheses(TreePath path) {
        TreePath outer = path;
        while (outer.getLeaf() instanceof ParenthesizedTree) {
            outer = outer.getParentPath();
        }
        return outer;
    }

    /** The statement's one call, if it is {@code map.put(k, v)} alone, in braces or not; {@code null} otherwise. */
    private static MethodInvocationTree onlyPut(StatementTree statement, String map) {
        return onlyStatement(statement) instanceof ExpressionStatementTree expression
                && expression.getExpression() instanceof MethodInvocationTree put
                && put.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("put") && put.getArguments().size() == 2
                && Syntax.isName(select.getExpression(), map) ? put : null;
    }

    private boolean sameKey(MethodInvocationTree call, ExpressionTree key) {
        return scope.normalized(call.getArguments().get(0)).equals(scope.normalized(key));
    }

    /** Whether {@code expression} is {@code map.get(key)}. */
    private boolean isGet(ExpressionTree expression, String map, ExpressionTree key) {
        return Syntax.strip(expression) instanceof MethodInvocationTree get
                && get.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("get") && get.getArguments().size() == 1
                && Syntax.isName(select.getExpression(), map) && sameKey(get, key);
    }

    private boolean associative(ExpressionTree function, MethodInvocationTree call, TreePath callPath) {
        if (function instanceof MemberReferenceTree reference) {
            return JdkAccumulations.ASSOCIATIVE.contains(method.source().text(reference).replaceAll("\\s+", ""));
        }
        if (!(function instanceof LambdaExpressionTree lambda) || lambda.getParameters().size() != 2
                || !(lambda.getBody() instanceof ExpressionTree body)
                || !(Syntax.strip(body) instanceof BinaryTree sum) || sum.getKind() != Tree.Kind.PLUS) {
            return false;
        }
        String x = lambda.getParameters().get(0).getName().toString();
        String y = lambda.getParameters().get(1).getName().toString();
        boolean bothOnce = Syntax.isName(sum.getLeftOperand(), x) && Syntax.isName(sum.getRightOperand(), y)
                || Syntax.isName(sum.getLeftOperand(), y) && Syntax.isName(sum.getRightOperand(), x);
        String value = valueClass(call, callPath);
        return bothOnce && JdkAccumulations.EXACT_SUMS.contains(value);
    }

    /** The class of the values of the map {@code call} merges into, from the call or the map's declaration. */
    private String valueClass(MethodInvocationTree call, TreePath callPath) {
        DeclaredType value = ExpressionTypes.declared(expressions.of(call, callPath));
        if (value != null) {
            return ((TypeElement) value.asElement()).getQualifiedName().toString();
        }
        IdentifierTree map = Syntax.asName(((MemberSelectTree) call.getMethodSelect()).getExpression());
        VariableTree declaration = map == null ? null : scope.resolve(map, callPath).declaration();
        Tree type = declaration == null ? null : method.writtenType(declaration);
        if (type == null && declaration != null && declaration.getInitializer() instanceof NewClassTree created) {
            type = created.getIdentifier(); // `var m = new LinkedHashMap<String, Long>()`
        }
        return type instanceof ParameterizedTypeTree parameterized && parameterized.getTypeArguments().size() == 2
                ? String.valueOf(qualifiedName(expressions.writtenClass(parameterized.getTypeArguments().get(1))))
                : "";
    }

    /** {@code map.computeIfAbsent(k, key -> new ArrayList<>()).add(e)}, a statement of its own. */
    private Use group(IdentifierTree name, MethodInvocationTree call, TreePath callPath) {
        ExpressionTree factory = Syntax.strip(call.getArguments().get(1));
        String groupClass = factory instanceof LambdaExpressionTree lambda && lambda.getBody() instanceof NewClassTree created
                ? written(created, TreePath.getPath(callPath, created)) : null;
        TreePath selectPath = callPath.getParentPath();
        String added = Syntax.calledOn(callPath);
        boolean appends = "java.lang.StringBuilder".equals(groupClass);
        if (added.isEmpty() && selectPath.getLeaf() instanceof VariableTree holder && holder.getInitializer() == call
                && groupHolderOnlyAddedTo(holder, appends)) {
            // `List<T> g = map.computeIfAbsent(k, key -> new ArrayList<>()); g.add(e);`
            return new Use(callPath, call, Accumulation.GROUP, rendered(factory), appends, null);
        }
        TreePath gotAndAdded = added.isEmpty() && selectPath.getLeaf() instanceof ExpressionStatementTree alone
                && groupClass != null && JdkAccumulations.GROUPS.contains(groupClass)
                ? addedThroughGet(name, call, selectPath, appends) : null;
        if (gotAndAdded != null) {
            // `map.computeIfAbsent(k, key -> new ArrayList<>()); map.get(k).add(e);`
            ExpressionTree key = call.getArguments().get(0);
            if (repeatable.of(new TreePath(callPath, key))) {
                return statement(gotAndAdded, new Use(gotAndAdded, call, Accumulation.GROUP, rendered(factory), appends, null));
            }
            String map = name.getName().toString();
            String add = appends ? "append" : "add";
            reportKeyComputedAgain(new TreePath(callPath, key), "`" + map + ".computeIfAbsent(k, ...); " + map
                    + ".get(k)." + add + "(e)` groups into `" + map + "`",
                    map + ".computeIfAbsent(" + method.source().text(key) + ", ...)." + add + "(e)");
            reported.add(call);
            reported.add(gotAndAdded.getLeaf());
            return other(new TreePath(callPath, key), key, null);
        }
        boolean accumulates = addsToGroup(added, appends);
        if (groupClass == null || !JdkAccumulations.GROUPS.contains(groupClass) || !accumulates) {
            method.error(DiagnosticId.REDUCTION, callPath, call, "`" + method.source().text(call) + "` groups into `"
                    + name.getName() + "` other than Weft can split into partials, one a chunk, whose groups it adds "
                    + "to the earlier ones in the loop's order: a group must be created empty (with no argument, or an "
                    + "int capacity) as a list, a linked or tree set, or a string builder (a hash set would iterate in "
                    + "another order), and only added to (`" + name.getName() + ".computeIfAbsent(k, key -> new ArrayList<>()).add(e)`). Write it so, "
                    + "or remove @ParallelFor");
            reported.add(call);
            return other(callPath, call, null);
        }
        TreePath groupCall = selectPath.getParentPath();
        calls.put(groupCall.getLeaf(), current);
        if (appends) {
            groupCall = appendChain(groupCall);
        }
        return statement(groupCall, new Use(groupCall, call, Accumulation.GROUP, rendered(factory), appends, null));
    }

    /**
     * The add to the group, where the statement after {@code computeIfAbsent} alone (at
     * {@code statement}) adds to what {@code get} of the same key returns: {@code map.get(k).add(e)},
     * or appends for a group of string builders. {@code null} otherwise.
     */
    private TreePath addedThroughGet(IdentifierTree name, MethodInvocationTree call, TreePath statement, boolean appends) {
        if (!(statement.getParentPath().getLeaf() instanceof BlockTree block)) {
            return null;
        }
        List<? extends StatementTree> statements = block.getStatements();
        int at = statements.indexOf(statement.getLeaf());
        if (at + 1 >= statements.size() || !(statements.get(at + 1) instanceof ExpressionStatementTree next)) {
            return null;
        }
        ExpressionTree receiver = next.getExpression();
        while (receiver instanceof MethodInvocationTree chained && chained.getMethodSelect() instanceof MemberSelectTree select
                && !isGet(receiver, name.getName().toString(), call.getArguments().get(0))) {
            receiver = select.getExpression();
        }
        if (!isGet(receiver, name.getName().toString(), call.getArguments().get(0))) {
            return null;
        }
        TreePath getPath = TreePath.getPath(new TreePath(statement.getParentPath(), next), receiver);
        if (!addsToGroup(Syntax.calledOn(getPath), appends)) {
            return null;
        }
        claim((MethodInvocationTree) receiver);
        TreePath added = getPath.getParentPath().getParentPath();
        calls.put(added.getLeaf(), current);
        return appends ? appendChain(added) : added;
    }

    /**
     * The grouping written before {@code computeIfAbsent}, from the {@code get} that starts it:
     * <pre>{@code
     * List<T> g = map.get(k);
     * if (g == null) {
     *     g = new ArrayList<>();
     *     map.put(k, g);
     * }
     * g.add(e);
     * }</pre>
     * A chunk runs it as written on its partial; the partials fold as the {@code put} adds a key.
     * {@code null} where the {@code get} starts nothing of this shape: it is then a read of the map.
     */
    private Use groupByPut(IdentifierTree name, MethodInvocationTree get, TreePath getPath) {
        TreePath holderPath = getPath.getParentPath();
        if (!(holderPath.getLeaf() instanceof VariableTree holder) || holder.getInitializer() != get
                || !(holderPath.getParentPath().getLeaf() instanceof BlockTree block)) {
            return null;
        }
        List<? extends StatementTree> statements = block.getStatements();
        int at = statements.indexOf(holder);
        String group = holder.getName().toString();
        if (at + 1 >= statements.size() || !(statements.get(at + 1) instanceof IfTree check)
                || check.getElseStatement() != null || !isNullCheck(check.getCondition(), group)) {
            return null;
        }
        List<? extends StatementTree> then = check.getThenStatement() instanceof BlockTree thenBlock
                ? thenBlock.getStatements() : List.of(check.getThenStatement());
        if (then.size() != 2
                || !(then.get(0) instanceof ExpressionStatementTree first)
                || !(first.getExpression() instanceof AssignmentTree created) || !Syntax.isName(created.getVariable(), group)
                || !(Syntax.strip(created.getExpression()) instanceof NewClassTree creation)
                || !(then.get(1) instanceof ExpressionStatementTree second)
                || !(second.getExpression() instanceof MethodInvocationTree put)
                || !(put.getMethodSelect() instanceof MemberSelectTree putSelect)
                || !putSelect.getIdentifier().contentEquals("put") || put.getArguments().size() != 2
                || !Syntax.isName(putSelect.getExpression(), name.getName().toString())
                || !Syntax.isName(put.getArguments().get(1), group)
                || !scope.normalized(put.getArguments().get(0)).equals(scope.normalized(get.getArguments().get(0)))) {
            return null;
        }
        TreePath putPath = TreePath.getPath(holderPath.getParentPath(), put);
        claim(put);
        reported.add(put);
        boolean appends = "java.lang.StringBuilder".equals(written(creation, holderPath));
        HolderUses holderUses = groupByPutHolderUses(holder, created, put, check, appends);
        holderUses.adds().forEach(add -> calls.put(add, current));
        TreePath refused = groupByPutRefusal(name, get, getPath, creation, holderPath, holderUses.conflict(), group);
        if (refused != null) {
            reported.addAll(holderUses.adds()); // the refusal says why: adding to the group is not a second problem
            return other(refused, refused.getLeaf(), null);
        }
        return new Use(putPath, put, Accumulation.GROUP_BY_PUT, method.source().text(creation), appends, null);
    }

    /** The uses of a grouping by {@code put}'s group: its adds, and the first other use, or {@code null}. */
    private record HolderUses(List<Tree> adds, TreePath conflict) {}

    /**
     * The class a {@code new} creates, where it creates an empty one without a body: with no
     * argument, or with a capacity to a class whose constructor takes one, an {@code int} that only
     * reads (a partial's factory may run more often than the loop's); {@code null} otherwise. The
     * capacity's type is read at {@code scope}.
     */
    private String written(NewClassTree creation, TreePath scope) {
        if (creation.getClassBody() != null || creation.getArguments().size() > 1) {
            return null;
        }
        String created = qualifiedName(expressions.writtenClass(creation.getIdentifier()));
        if (creation.getArguments().isEmpty()) {
            return created;
        }
        // An integer that compiles as the only argument of one of these constructors is a capacity.
        ExpressionTree capacity = creation.getArguments().get(0);
        boolean integral = new NumericKinds(expressions, this::declaredType).of(capacity, scope)
                == NumericKinds.Kind.INTEGER;
        return integral && Syntax.onlyReads(capacity) && JdkAccumulations.WITH_CAPACITY.contains(created) ? created
                : null;
    }

    /** The type the declaration of {@code name} writes, as {@link NumericKinds} reads it; {@code var} where none does. */
    private String declaredType(IdentifierTree name, TreePath path) {
        Resolution resolution = scope.resolve(name, path);
        return resolution.kind() == Resolution.Kind.FIELD ? resolution.field().asType().toString()
                : resolution.declaration() != null ? LoopHeader.declaredType(resolution.declaration(), method) : "var";
    }

    /** Reports why a grouping by {@code put} cannot be split into partials, and returns where; {@code null} when it can. */
    private TreePath groupByPutRefusal(IdentifierTree name, MethodInvocationTree get, TreePath getPath,
            NewClassTree creation, TreePath holderPath, TreePath conflict, String group) {
        ExpressionTree key = get.getArguments().get(0);
        String map = name.getName().toString();
        String written = "`" + map + ".get(" + method.source().text(key) + ")` ... `" + map + ".put("
                + method.source().text(key) + ", " + group + ")`";
        if (!repeatable.of(new TreePath(getPath, key)) || Syntax.mentions(key, group)) {
            TreePath keyPath = new TreePath(getPath, key);
            reportKeyComputedAgain(keyPath, written + " groups into `" + map + "`, which Weft runs as a grouping",
                    map + ".computeIfAbsent(" + method.source().text(key) + ", key -> " + method.source().text(creation)
                    + ")." + ("java.lang.StringBuilder".equals(written(creation, holderPath)) ? "append" : "add")
                    + "(...)");
            return keyPath;
        }
        String groupClass = written(creation, holderPath);
        if (groupClass == null || !JdkAccumulations.GROUPS.contains(groupClass)) {
            TreePath creationPath = TreePath.getPath(holderPath.getParentPath(), creation);
            method.error(DiagnosticId.REDUCTION, creationPath, creation, written + " groups into `" + map + "`, and "
                    + "Weft adds each chunk's groups to the earlier ones in the loop's order: a group must be created "
                    + "empty (with no argument, or an int capacity) as a list, a linked or tree set, or a string builder "
                    + "(a hash set would iterate in another order). Create `" + group + "` so, or remove @ParallelFor");
            return creationPath;
        }
        if (conflict != null) {
            method.error(DiagnosticId.REDUCTION, conflict, conflict.getLeaf(), "`" + method.source().text(conflict.getLeaf())
                    + "` uses the group `" + group + "` of `" + map + "` other than by adding to it, and the loop groups "
                    + "into `" + map + "` (" + written + "): each chunk groups into a partial of its own, so a group "
                    + "holds only what its chunk added until the loop ends. Only add to `" + group + "` in the loop, or "
                    + "remove @ParallelFor");
        }
        return conflict;
    }

    /** Whether {@code condition} is {@code name == null}, either way round, in parentheses or not. */
    private static boolean isNullCheck(ExpressionTree condition, String name) {
        return Boolean.TRUE.equals(nullTest(condition, name));
    }

    /**
     * Whether {@code condition} tests {@code name} for {@code null}: true for {@code name == null},
     * false for {@code name != null}, either way round, in parentheses or not; {@code null} where it
     * is neither.
     */
    private static Boolean nullTest(ExpressionTree condition, String name) {
        ExpressionTree tested = comparedWithNull(condition);
        return tested != null && Syntax.isName(tested, name) ? Syntax.strip(condition).getKind() == Tree.Kind.EQUAL_TO
                : null;
    }

    /**
     * What {@code condition} compares with {@code null}, by {@code ==} or {@code !=}, either way
     * round, in parentheses or not; {@code null} where it compares nothing so.
     */
    private static ExpressionTree comparedWithNull(ExpressionTree condition) {
        if (!(Syntax.strip(condition) instanceof BinaryTree test)
                || test.getKind() != Tree.Kind.EQUAL_TO && test.getKind() != Tree.Kind.NOT_EQUAL_TO) {
            return null;
        }
        return test.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL ? test.getLeftOperand()
                : test.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL ? test.getRightOperand() : null;
    }

    /**
     * The uses of the group {@code holder} of a grouping by {@code put}: the adds to it in
     * statements of their own outside lambdas, and the first use other than those, its null check,
     * its creation and its put.
     */
    private HolderUses groupByPutHolderUses(VariableTree holder, AssignmentTree created, MethodInvocationTree put,
            IfTree check, boolean appends) {
        List<Tree> adds = new ArrayList<>();
        TreePath[] conflict = {null};
        new DeferredCodeScanner() {
            @Override
            public Void visitIdentifier(IdentifierTree use, Void unused) {
                if (scope.resolve(use, getCurrentPath()).declaration() != holder) {
                    return null;
                }
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                if (parent == created || parent == put || Syntax.strip(check.getCondition()) == parent) {
                    return null; // `g = new ...`, `map.put(k, g)`, `g == null`
                }
                TreePath call = getCurrentPath().getParentPath().getParentPath();
                boolean adding = addsToGroup(Syntax.calledOn(getCurrentPath()), appends);
                TreePath statement = appends && adding ? appendChain(call) : call;
                if (!inDeferredCode() && adding && statement.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
                    adds.add(call.getLeaf());
                } else if (conflict[0] == null) {
                    conflict[0] = getCurrentPath();
                }
                return null;
            }
        }.scan(loop, null);
        return new HolderUses(adds, conflict[0]);
    }

    /**
     * Whether the body uses the local that holds a group only to add to it, in statements of their
     * own outside lambdas, and never assigns it again: each such add is then the group's add.
     */
    private boolean groupHolderOnlyAddedTo(VariableTree holder, boolean appends) {
        if (scope.isReassigned(holder.getName().toString())) {
            return false;
        }
        List<Tree> adds = new ArrayList<>();
        boolean[] other = {false};
        new DeferredCodeScanner() {
            @Override
            public Void visitIdentifier(IdentifierTree use, Void unused) {
                if (scope.resolve(use, getCurrentPath()).declaration() == holder) {
                    TreePath call = getCurrentPath().getParentPath().getParentPath();
                    boolean adding = addsToGroup(Syntax.calledOn(getCurrentPath()), appends);
                    TreePath statement = appends && adding ? appendChain(call) : call;
                    if (!inDeferredCode() && adding
                            && statement.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
                        adds.add(call.getLeaf());
                    } else {
                        other[0] = true;
                    }
                }
                return null;
            }
        }.scan(loop, null);
        if (other[0]) {
            return false;
        }
        adds.forEach(add -> calls.put(add, current));
        return true;
    }

    /** Whether calling {@code called} on a group adds to it: {@code append} to a builder, {@code add} or {@code addAll} to a collection. */
    private static boolean addsToGroup(String called, boolean appends) {
        return appends ? called.equals("append") : called.equals("add") || called.equals("addAll");
    }

    private String rendered(Tree tree) {
        return method.edits().render(method.source().start(tree), method.source().end(tree));
    }

    /** Whether the local {@code name} is declared as, or created as, a subclass of {@code container}. */
    private boolean is(IdentifierTree name, String container) {
        TypeElement type = repeatable.classOf(name, getCurrentPath());
        return type != null && expressions.isSubtype(type, container);
    }

    /**
     * The class of the variable {@code name}, used at {@code path}: as the types tell it, or as its
     * declaration writes it or creates its first value ({@code var m = new HashMap<...>()});
     * {@code null} where none does.
     */
    private static String qualifiedName(TypeElement type) {
        return type == null ? null : type.getQualifiedName().toString();
    }

    /** The reduction {@code declaration} is, or {@code null}: none accumulates into it, or after reporting why it cannot be one. */
    private CollectionReduction reduction(VariableTree declaration, List<Use> found) {
        String name = declaration.getName().toString();
        Use first = found.stream().filter(use -> use.accumulation() != null).findFirst().orElse(null);
        if (first == null) {
            return null; // no accumulation: the other checks judge what the body does with it
        }
        String accumulated = "`" + method.source().text(first.where()) + "`";
        boolean refused = false;
        for (Use use : found) {
            if (use.accumulation() == null && use.conflict() == null) {
                refused = true; // reported where it was found
            } else if (use.accumulation() == null) {
                method.error(DiagnosticId.REDUCTION, use.path(), use.where(), "`" + method.source().text(use.where())
                        + "` " + use.conflict() + ", and the loop accumulates into `" + name + "` (" + accumulated
                        + "): each chunk accumulates into a partial of its own, added to `" + name + "` after the "
                        + "loop in the loop's order, so no iteration sees what the others added. Only accumulate into `"
                        + name + "` in the loop, and use it after the loop; or declare what each iteration needs "
                        + "inside the loop body");
                refused = true;
            } else if (use.accumulation() != first.accumulation() || !same(use.function(), first.function())
                    || use.groupsAppend() != first.groupsAppend()) {
                method.error(DiagnosticId.REDUCTION, use.path(), use.where(), "`" + method.source().text(use.where())
                        + "` accumulates into `" + name + "` otherwise than " + accumulated + " does, and partials "
                        + "combine in one way only. Accumulate into `" + name + "` in one way, or into two locals");
                refused = true;
            }
        }
        if (refused) {
            return null;
        }
        String partialClass = null;
        boolean sorted = false;
        String why = null;
        if (scope.isReassigned(name)) {
            why = "is assigned after its declaration, so Weft cannot tell which class it is when the loop runs";
        } else if (!(declaration.getInitializer() instanceof NewClassTree created) || created.getClassBody() != null) {
            why = "is not created where it is declared as a class Weft knows";
        } else {
            String created2 = qualifiedName(expressions.writtenClass(created.getIdentifier()));
            partialClass = created2 == null ? null : JdkAccumulations.PARTIALS.get(created2);
            sorted = JdkAccumulations.SORTED.contains(created2);
            if (partialClass == null) {
                why = "is created as `" + method.source().text(created.getIdentifier()) + "`, a class Weft cannot "
                        + "create the partials of with the same order and equality";
            } else if (created2.equals("java.util.LinkedHashMap") && created.getArguments().size() == 3) {
                why = "may be kept in access order, which each access changes";
                partialClass = null;
            }
        }
        TypeName type = typeOf(declaration, first.path());
        if (why == null && type == null) {
            why = "has no written type, and its declaration shows none Weft can write for the partials";
        }
        if (why != null) {
            method.error(DiagnosticId.REDUCTION, first.path(), first.where(), "The loop accumulates into `" + name
                    + "` (" + accumulated + "), which Weft splits into partials, one a chunk, added to `" + name
                    + "` after the loop; but `" + name + "` " + why + ". Declare it as a local created before the loop "
                    + "with `new ArrayList<>()`, `new LinkedHashMap<>()`, `new TreeMap<>(comparator)`, `new "
                    + "StringBuilder()` or the like");
            return null;
        }
        TreePath handed = ReductionEscapes.find(method, declaration, loop);
        if (handed != null) {
            Tree where = handed.getLeaf();
            method.error(DiagnosticId.REDUCTION, handed, where, "`" + method.source().text(where) + "` hands `" + name
                    + "` on before the loop, which accumulates into it (" + accumulated + "): each chunk accumulates "
                    + "into a partial of its own, added to `" + name + "` after the loop, so until then `" + name
                    + "` holds only what it held before, and the body may read it by another name. Hand `" + name
                    + "` on after the loop, or accumulate into a new local and add that to `" + name
                    + "` after the loop");
            return null;
        }
        // A group's factory is checked the same at every use, and left out: the fold keeps the partials' groups.
        String mergeFunction = first.accumulation() == Accumulation.MERGE || first.accumulation() == Accumulation.COUNT
                || first.accumulation() == Accumulation.COUNT_BY_GET ? first.function() : null;
        return new CollectionReduction(name, type, first.accumulation(), ClassName.bestGuess(partialClass), sorted,
                mergeFunction, first.groupsAppend());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }

    private TypeName typeOf(VariableTree declaration, TreePath use) {
        String written = LoopHeader.declaredType(declaration, method);
        if (!written.equals("var")) {
            return WrittenType.of(written);
        }
        // `var m = new LinkedHashMap<String, Long>()` names its type in full, as the twin writes it too
        String created = declaration.getInitializer() instanceof NewClassTree creation
                ? method.source().text(creation.getIdentifier()) : "<>";
        return created.contains("<>") ? expressions.inferred(declaration, use) : WrittenType.of(created);
    }
}
