package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Writes;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Builders and containers a loop body reuses from one iteration to the next, emptying each first:
 * {@code sb.setLength(0)} or {@code seen.clear()} as the first statement of the body that names it
 * ({@link JdkChanges#RESETS}). No iteration sees what another left in it, so each chunk of the twin
 * may use one of its own, made as the declaration makes it, where nothing takes it, or a view of
 * it, out of the iteration, and where nothing outside the loop uses it: after the loop the
 * method's own would not hold what the last iteration left.
 */
final class ScratchObjects {
    /**
     * What the body's scratch objects are.
     *
     * @param accepted each accepted one, with how each chunk makes its own, as the method writes it,
     *     in the order of the body
     * @param claimed those and the ones refused here: no other analysis judges their uses again
     */
    record Found(Map<VariableTree, String> accepted, Set<VariableTree> claimed) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final LoopScope scope;
    private final TreePath loop;

    private ScratchObjects(MethodContext method, ExpressionTypes expressions, LoopScope scope, TreePath loop) {
        this.method = method;
        this.expressions = expressions;
        this.scope = scope;
        this.loop = loop;
    }

    static Found find(MethodContext method, ExpressionTypes expressions, LoopScope scope, TreePath loop,
            TreePath body) {
        Map<VariableTree, String> accepted = new LinkedHashMap<>();
        Set<VariableTree> claimed = new LinkedHashSet<>();
        if (body.getLeaf() instanceof BlockTree block) {
            ScratchObjects objects = new ScratchObjects(method, expressions, scope, loop);
            List<? extends StatementTree> statements = block.getStatements();
            for (int n = 0; n < statements.size(); n++) {
                TreePath reset = new TreePath(body, statements.get(n));
                VariableTree local = objects.resetLocal(reset);
                if (local != null && !claimed.contains(local) && !objects.namedBefore(local, body, n)) {
                    int errors = method.diagnostics().errorCount();
                    String created = objects.check(local, reset, body);
                    claimed.add(local);
                    if (method.diagnostics().errorCount() == errors) {
                        accepted.put(local, created);
                    }
                }
            }
        }
        return new Found(Collections.unmodifiableMap(accepted), Set.copyOf(claimed));
    }

    /** The outer local that {@code statement} empties, {@code x.clear();} or {@code sb.setLength(0);}; {@code null} for any other statement. */
    private VariableTree resetLocal(TreePath statement) {
        if (!(statement.getLeaf() instanceof ExpressionStatementTree expression)
                || !(expression.getExpression() instanceof MethodInvocationTree call)
                || !(call.getMethodSelect() instanceof MemberSelectTree select)
                || !(strip(select.getExpression()) instanceof IdentifierTree name)) {
            return null;
        }
        Resolution resolution = scope.resolve(name, new TreePath(new TreePath(statement, call), name));
        if (resolution.kind() != Resolution.Kind.LOCAL || resolution.insideLoop()) {
            return null;
        }
        return JdkChanges.RESETS.containsValue(calledAs(call)) ? resolution.declaration() : null;
    }

    /** Whether a statement of the body before the one at {@code index} names {@code local}. */
    private boolean namedBefore(VariableTree local, TreePath body, int index) {
        List<? extends StatementTree> statements = ((BlockTree) body.getLeaf()).getStatements();
        for (int n = 0; n < index; n++) {
            if (!mentions(local, new TreePath(body, statements.get(n))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports what keeps {@code local}, emptied by the statement at {@code reset}, from being each
     * chunk's own; how a chunk makes one, where nothing does.
     */
    private String check(VariableTree local, TreePath reset, TreePath body) {
        String name = local.getName().toString();
        ExpressionTree initializer = local.getInitializer() == null ? null : strip(local.getInitializer());
        TreePath initializerPath = initializer == null ? null
                : TreePath.getPath(method.path().getCompilationUnit(), initializer);
        TypeElement type = initializer instanceof NewClassTree creation && creation.getClassBody() == null
                && creation.getArguments().stream().allMatch(argument -> constant(argument, initializerPath))
                ? expressions.writtenClass(creation.getIdentifier()) : null;
        String emptied = "`" + name + "` is emptied by each iteration of this @ParallelFor loop (`"
                + method.source().text(((ExpressionStatementTree) reset.getLeaf()).getExpression()) + "`, "
                + method.source().location(reset.getLeaf()) + ")";
        String resetCall = type == null ? null : JdkChanges.RESETS.get(type.getQualifiedName().toString());
        if (resetCall == null || !resetCall.equals(resetText(reset))) {
            Tree made = initializer != null ? initializer : local;
            TreePath at = TreePath.getPath(method.path().getCompilationUnit(), made);
            method.error(DiagnosticId.SHARED_COLLECTION, at, made, emptied + " as a scratch object, and each chunk "
                    + "of the twin would use one of its own, made as this declaration makes it: Weft repeats only a "
                    + "`new` of a builder or container of the JDK (" + classes() + ") with constant arguments or "
                    + "none. Declare `" + name + "` so, or inside the loop body");
            return null;
        }
        boolean historyOrdered = JdkChanges.ORDERED_BY_HISTORY.contains(type.getQualifiedName().toString());
        TreePath outside = outsideUse(local, body, historyOrdered ? null : resetCall, type);
        if (outside != null) {
            method.error(DiagnosticId.SHARED_COLLECTION, outside, outside.getLeaf(), emptied + ", as a scratch "
                    + type.getSimpleName() + ", and used here, outside the loop: each chunk of the twin uses one of "
                    + "its own, so the method's would not hold what the sequential loop leaves in it. Use `" + name
                    + "` in the loop alone, or in other loops that empty it first"
                    + (historyOrdered ? " (not a " + type.getSimpleName() + ", whose order tells how large it grew)" : "")
                    + ", or declare it inside the loop body");
            return null;
        }
        for (TreePath use : mentions(local, body)) {
            if (use.getParentPath().getParentPath().getLeaf() == ((ExpressionStatementTree) reset.getLeaf()).getExpression()) {
                continue;
            }
            String why = misuse(use, type, historyOrdered);
            if (why != null) {
                method.error(DiagnosticId.SHARED_COLLECTION, use, use.getLeaf(), emptied + ", as a scratch "
                        + type.getSimpleName() + ", and here " + why);
                return null;
            }
        }
        return method.edits().render(method.source().start(initializer), method.source().end(initializer));
    }

    /** Whether {@code argument} is a constant: a literal, a constant field ({@code static final int N = 16}), or an operation on them. */
    private boolean constant(ExpressionTree argument, TreePath path) {
        ExpressionTree bare = strip(argument);
        if (bare instanceof LiteralTree) {
            return true;
        }
        if (bare instanceof BinaryTree binary) {
            return constant(binary.getLeftOperand(), path) && constant(binary.getRightOperand(), path);
        }
        if (bare instanceof UnaryTree unary) {
            return !Writes.isStep(unary.getKind()) && constant(unary.getExpression(), path);
        }
        if (bare instanceof IdentifierTree name) {
            Resolution resolution = scope.resolve(name, new TreePath(path, name));
            return resolution.kind() == Resolution.Kind.FIELD && resolution.field().getConstantValue() != null;
        }
        return false;
    }

    private static String resetText(TreePath reset) {
        return calledAs((MethodInvocationTree) ((ExpressionStatementTree) reset.getLeaf()).getExpression());
    }

    /** {@code setLength(0)} for {@code sb.setLength( 0 )}: the call on its receiver, as {@link JdkChanges#RESETS} writes it. */
    private static String calledAs(MethodInvocationTree call) {
        return (((MemberSelectTree) call.getMethodSelect()).getIdentifier() + "(" + call.getArguments().stream()
                .map(Object::toString).collect(Collectors.joining(",")) + ")").replace(" ", "");
    }

    private static String classes() {
        return JdkChanges.RESETS.keySet().stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * Why the use of the scratch object at {@code use} may let it, or a view of it, outlive the
     * iteration, or show what iterations before left in it; {@code null} where it does neither.
     */
    private String misuse(TreePath use, TypeElement type, boolean historyOrdered) {
        for (TreePath p = use; p.getLeaf() != loop.getLeaf(); p = p.getParentPath()) {
            if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
                return "it is used in a lambda or a class of the body, which may run after the iteration, when the "
                        + "chunk's has gone on to the next. Use it outside the lambda, or declare it inside the loop body";
            }
        }
        String order = "the order it iterates in shows, and a " + type.getSimpleName() + " iterates in an order that "
                + "depends on how large it once grew (clear() keeps its table), which differs between the loop and "
                + "each chunk of the twin. Use it by key alone here (add, contains, get, put, merge, size), declare it "
                + "with a Linked or a Tree class, or declare it inside the loop body";
        TreePath at = use;
        boolean view = false;
        while (true) {
            Tree parent = at.getParentPath().getLeaf();
            if (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree) {
                at = at.getParentPath();
                continue;
            }
            if (parent instanceof MemberSelectTree select && at.getParentPath().getParentPath().getLeaf()
                    instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
                String called = select.getIdentifier().toString();
                if (JdkChanges.HISTORY.contains(type.getQualifiedName() + "." + called)) {
                    return "`" + called + "()` tells how large it grew in iterations before, which differ between "
                            + "the loop and each chunk of the twin. Declare it inside the loop body";
                }
                if (historyOrdered && !view && !JdkChanges.BY_KEY.contains(called)) {
                    return order;
                }
                at = at.getParentPath().getParentPath();
                view = JdkChanges.VIEWS.contains(called) || JdkChanges.RETURNS_RECEIVER.contains(called)
                        || view && JdkChanges.STREAM_STAGES.contains(called);
                if (!view) {
                    return null; // a value, an element or a copy: nothing of the object itself
                }
                continue;
            }
            if (parent instanceof ExpressionStatementTree) {
                return null;
            }
            if (parent instanceof AssignmentTree assignment && assignment.getVariable() == at.getLeaf()) {
                return "it is assigned, where each chunk of the twin uses one object of its own for all its "
                        + "iterations. Empty it instead, or declare it inside the loop body";
            }
            if (parent instanceof EnhancedForLoopTree walk && walk.getExpression() == at.getLeaf()) {
                return historyOrdered ? order : entriesKept(walk, at.getParentPath());
            }
            // A builder or a container added to a string, the only + that takes one: its text is added
            if (parent.getKind() == Tree.Kind.PLUS || parent.getKind() == Tree.Kind.PLUS_ASSIGNMENT) {
                return historyOrdered ? order : null;
            }
            if (parent instanceof MethodInvocationTree call && call.getArguments().contains(at.getLeaf())) {
                return handedTo(expressions.calledMethods(call, at.getParentPath()), historyOrdered, order);
            }
            if (parent instanceof NewClassTree creation && creation.getArguments().contains(at.getLeaf())) {
                return handedTo(expressions.constructors(creation), historyOrdered, order);
            }
            return "it, or a view of it, may outlive the iteration (stored, returned or compared by identity), "
                    + "where each chunk of the twin uses one of its own for all its iterations. Take what it holds "
                    + "here (`toString()`, a copy), or declare it inside the loop body";
        }
    }

    private String handedTo(List<ExecutableElement> callees, boolean historyOrdered, String order) {
        if (callees.isEmpty() || !callees.stream().allMatch(JdkChanges::keepsNoHold)) {
            return "it is handed to a call that Weft does not know to keep no hold of it, where each chunk of the "
                    + "twin uses one of its own for all its iterations. Hand the call what it holds (`toString()`, a "
                    + "copy), or declare it inside the loop body";
        }
        boolean orderFree = callees.stream().allMatch(callee -> Set.of("equals", "containsAll", "removeAll",
                "retainAll", "disjoint").contains(callee.getSimpleName().toString()));
        return historyOrdered && !orderFree ? order : null;
    }

    /**
     * Why the entries a walk over a map's {@code entrySet()} hands out, views of the map, may
     * outlive the iteration: a use of the walk's variable other than as the receiver of a call,
     * {@code e.getKey()}; {@code null} for none, and for a walk over anything else.
     */
    private String entriesKept(EnhancedForLoopTree walk, TreePath walkPath) {
        if (!(strip(walk.getExpression()) instanceof MethodInvocationTree call)
                || !(call.getMethodSelect() instanceof MemberSelectTree select)
                || !select.getIdentifier().contentEquals("entrySet")) {
            return null;
        }
        for (TreePath use : mentions(walk.getVariable(), new TreePath(walkPath, walk.getStatement()))) {
            boolean called = use.getParentPath().getLeaf() instanceof MemberSelectTree member
                    && use.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree invocation
                    && invocation.getMethodSelect() == member;
            if (!called) {
                return "the entries of its entrySet(), views of it, may outlive the iteration (`"
                        + walk.getVariable().getName() + "` is used other than by its getKey() and getValue()), "
                        + "where each chunk of the twin uses one of its own for all its iterations. Take the key and "
                        + "the value, or declare it inside the loop body";
            }
        }
        return null;
    }

    /**
     * The first use of {@code local} in the method outside the loop's body that may see what the
     * loop left in it; {@code null} for none. A use in another loop that empties it with
     * {@code resetCall} before any other use in each of its iterations sees nothing the loop left,
     * unless it asks how large the object grew; {@code resetCall} is {@code null} where no use
     * elsewhere is safe.
     */
    private TreePath outsideUse(VariableTree local, TreePath body, String resetCall, TypeElement type) {
        long start = method.source().start(body.getLeaf());
        long end = method.source().end(body.getLeaf());
        for (TreePath use : mentions(local, new TreePath(method.path(), method.tree().getBody()))) {
            long at = method.source().start(use.getLeaf());
            boolean outside = at < start || at >= end;
            // Emptying it sees nothing, wherever it is done
            boolean emptying = resetLocal(use.getParentPath().getParentPath().getParentPath()) == local;
            if (outside && !emptying && (resetCall == null || !inAnotherEmptyingLoop(use, local, resetCall)
                    || historyAsked(use, type))) {
                return use;
            }
        }
        return null;
    }

    /**
     * Whether {@code use} lies in the body of a loop, around neither the parallel loop nor a lambda
     * or class, whose first statement naming {@code local} empties it.
     */
    private boolean inAnotherEmptyingLoop(TreePath use, VariableTree local, String resetCall) {
        for (TreePath p = use.getParentPath(); p != null && p.getLeaf() != method.tree(); p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree instanceof LambdaExpressionTree || tree instanceof ClassTree) {
                return false;
            }
            StatementTree statement = tree instanceof ForLoopTree loop ? loop.getStatement()
                    : tree instanceof EnhancedForLoopTree walk ? walk.getStatement()
                    : tree instanceof WhileLoopTree loop ? loop.getStatement()
                    : tree instanceof DoWhileLoopTree loop ? loop.getStatement() : null;
            if (statement instanceof BlockTree block && !ScratchLocals.within(this.loop, tree)
                    && ScratchLocals.within(use, block) && emptiedFirst(local, new TreePath(p, block), resetCall)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first statement of {@code block} that names {@code local} empties it with {@code resetCall}. */
    private boolean emptiedFirst(VariableTree local, TreePath block, String resetCall) {
        for (StatementTree inner : ((BlockTree) block.getLeaf()).getStatements()) {
            TreePath innerPath = new TreePath(block, inner);
            if (!mentions(local, innerPath).isEmpty()) {
                return resetLocal(innerPath) == local && resetCall.equals(resetText(innerPath));
            }
        }
        return false;
    }

    /** Whether {@code use} asks how large the object grew: {@code sb.capacity()}. */
    private static boolean historyAsked(TreePath use, TypeElement type) {
        return use.getParentPath().getLeaf() instanceof MemberSelectTree select
                && JdkChanges.HISTORY.contains(type.getQualifiedName() + "." + select.getIdentifier());
    }

    /** The names of {@code local} under {@code root}, in the order of the text. */
    private List<TreePath> mentions(VariableTree local, TreePath root) {
        List<TreePath> found = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (scope.resolve(name, getCurrentPath()).declaration() == local) {
                    found.add(getCurrentPath());
                }
                return null;
            }
        }.scan(root, null);
        return found;
    }
}
