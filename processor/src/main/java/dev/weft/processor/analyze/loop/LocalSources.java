package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.CalledName;
import dev.weft.processor.analyze.ReachedThrough;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every value a variable declared in a loop body may come to hold: its initializer, each later
 * assignment, the elements of what an inner enhanced {@code for} walks, the expression a pattern
 * tests, and for a parameter of a lambda or of a local class's method the arguments of the calls
 * in the body that reach it. Where Weft cannot see every such value (a lambda handed to a method,
 * a caught exception) the variable gets a reason instead, and writes through it are refused.
 */
final class LocalSources {
    /**
     * One value a local may hold.
     *
     * @param expression what the local is set to, read at {@code path}
     * @param elements whether the local is set to an element of {@code expression} rather than to it
     */
    record Source(ExpressionTree expression, TreePath path, boolean elements) {}

    /**
     * A call handed, as its receiver ({@code index} -1) or as its argument {@code index}, a local
     * or an object reached through one: the call may leave it holding what else it is handed.
     */
    record Operand(TreePath call, int index) {}

    private final LoopScope scope;
    private final ExpressionTypes expressions;
    private final Map<VariableTree, List<Source>> sources = new IdentityHashMap<>();
    private final Map<VariableTree, List<Source>> stores = new IdentityHashMap<>();
    private final Map<VariableTree, String> unknown = new IdentityHashMap<>();
    private final Map<VariableTree, List<Operand>> operands = new IdentityHashMap<>();
    /** What the body stores into elements of each outer array, or into what they reach, by the array's name. */
    private final Map<String, List<Source>> elementStores = new HashMap<>();
    /** What the body sets elements of each outer array to ({@code ps[i] = p}), by the array's name. */
    private final Map<String, List<Source>> elementSets = new HashMap<>();
    private final Map<String, List<Operand>> elementOperands = new HashMap<>();
    /** The calls on each outer variable or field, by its name: what they may leave in a list the loop reads elements of. */
    private final Map<String, List<Operand>> outerReceivers = new HashMap<>();
    private final List<TreePath> calls = new ArrayList<>();
    private final List<TreePath> names = new ArrayList<>();
    private final List<MemberReferenceTree> references = new ArrayList<>();

    private LocalSources(LoopScope scope, ExpressionTypes expressions) {
        this.scope = scope;
        this.expressions = expressions;
    }

    /** The sources of every local of the body at {@code body}, the loop variable itself left out. */
    static LocalSources of(LoopScope scope, ExpressionTypes expressions, TreePath body, VariableTree loopVariable) {
        LocalSources found = new LocalSources(scope, expressions);
        List<TreePath> parameters = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree tree, Void unused) {
                if (tree != loopVariable) {
                    found.declared(getCurrentPath(), parameters);
                }
                return super.visitVariable(tree, unused);
            }

            @Override
            public Void visitAssignment(AssignmentTree tree, Void unused) {
                IdentifierTree target = Syntax.asName(tree.getVariable());
                if (target != null) {
                    Resolution resolution = scope.resolve(target, new TreePath(getCurrentPath(), target));
                    if (resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) {
                        found.add(found.sources, resolution.declaration(), tree.getExpression(), getCurrentPath(), false);
                    }
                } else {
                    found.stored(tree.getVariable(), getCurrentPath(), tree.getExpression());
                }
                return super.visitAssignment(tree, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                found.called(getCurrentPath());
                return super.visitMethodInvocation(tree, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree tree, Void unused) {
                found.called(getCurrentPath());
                return super.visitNewClass(tree, unused);
            }

            @Override
            public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
                found.references.add(tree);
                return super.visitMemberReference(tree, unused);
            }

            @Override
            public Void visitIdentifier(IdentifierTree tree, Void unused) {
                found.names.add(getCurrentPath());
                return null;
            }
        }.scan(body, null);
        parameters.forEach(found::parameter);
        return found;
    }

    /** What {@code local} may hold; empty when it is never set. */
    List<Source> of(VariableTree local) {
        return sources.getOrDefault(local, List.of());
    }

    /** What the body stores into the fields or elements of {@code local}, or of what it reaches ({@code xs[0] = v}). */
    List<Source> stored(VariableTree local) {
        return stores.getOrDefault(local, List.of());
    }

    /** The calls handed {@code local}, or an object reached through it. */
    List<Operand> operands(VariableTree local) {
        return operands.getOrDefault(local, List.of());
    }

    /** The receiver of {@code call}, where it has one written, then its arguments. */
    static List<ExpressionTree> operandsOf(Tree call) {
        List<ExpressionTree> all = new ArrayList<>();
        all.add(call instanceof MethodInvocationTree invocation
                && invocation.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null);
        all.addAll(arguments(call));
        return all;
    }

    private void called(TreePath call) {
        calls.add(call);
        List<ExpressionTree> handed = operandsOf(call.getLeaf());
        for (int k = 0; k < handed.size(); k++) {
            if (handed.get(k) == null) {
                continue;
            }
            Operand operand = new Operand(call, k - 1);
            Holder holder = holder(handed.get(k), call);
            if (holder.local() != null) {
                operands.computeIfAbsent(holder.local(), key -> new ArrayList<>()).add(operand);
            } else if (holder.array() != null) {
                elementOperands.computeIfAbsent(holder.array(), key -> new ArrayList<>()).add(operand);
            }
            Resolution outer = k == 0 && Syntax.strip(handed.get(0)) instanceof IdentifierTree receiver
                    ? scope.resolve(receiver, new TreePath(call, receiver)) : null;
            if (outer != null && (outer.isOuterVariable() || outer.kind() == Resolution.Kind.FIELD)) {
                IdentifierTree receiver = (IdentifierTree) Syntax.strip(handed.get(0));
                outerReceivers.computeIfAbsent(receiver.getName().toString(), key -> new ArrayList<>()).add(operand);
            }
        }
    }

    /** {@code value} stored into {@code target}, a field or an element, at {@code path}. */
    private void stored(ExpressionTree target, TreePath path, ExpressionTree value) {
        Holder holder = holder(target, path);
        if (holder.local() != null) {
            add(stores, holder.local(), value, path, false);
        } else if (holder.array() != null) {
            Source source = new Source(value, new TreePath(path, value), false);
            elementStores.computeIfAbsent(holder.array(), key -> new ArrayList<>()).add(source);
            if (Syntax.strip(target) instanceof ArrayAccessTree element
                    && Syntax.strip(element.getExpression()) instanceof IdentifierTree array
                    && array.getName().contentEquals(holder.array())) {
                elementSets.computeIfAbsent(holder.array(), key -> new ArrayList<>()).add(source);
            }
        }
    }

    /**
     * What an object is reached through: a local of the body ({@code h} for {@code h.rows[0]} and
     * for {@code h.get(0)}, as what a call returns may be held by its receiver), or an element of
     * an outer array ({@code ps} for {@code ps[i].pos}); neither for anything else.
     */
    private record Holder(VariableTree local, String array) {}

    private Holder holder(ExpressionTree expression, TreePath path) {
        ReachedThrough reached = ReachedThrough.of(expression);
        if (!(reached.base() instanceof IdentifierTree name) || name.getName().contentEquals("this")) {
            return new Holder(null, null);
        }
        Resolution resolution = scope.resolve(name, new TreePath(path, name));
        if (resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) {
            return new Holder(resolution.declaration(), null);
        }
        return new Holder(null, reached.throughElement() ? name.getName().toString() : null);
    }

    /** What the body stores into elements of the outer array {@code array}, or into what they reach. */
    List<Source> storedInElements(String array) {
        return elementStores.getOrDefault(array, List.of());
    }

    /** What the body sets elements of the outer array {@code array} to ({@code array[i] = p}). */
    List<Source> setInElements(String array) {
        return elementSets.getOrDefault(array, List.of());
    }

    /** The calls on the outer variable or field {@code name} itself, as {@code list.set(i, x)}. */
    List<Operand> callsOn(String name) {
        return outerReceivers.getOrDefault(name, List.of());
    }

    /** The calls handed an element of the outer array {@code array}, or an object reached through one. */
    List<Operand> elementOperands(String array) {
        return elementOperands.getOrDefault(array, List.of());
    }

    /** Why Weft cannot see every value {@code local} may hold; {@code null} when it can. */
    String unknown(VariableTree local) {
        return unknown.get(local);
    }

    private void add(VariableTree local, ExpressionTree expression, TreePath parent, boolean elements) {
        add(sources, local, expression, parent, elements);
    }

    private static void add(Map<VariableTree, List<Source>> into, VariableTree local, ExpressionTree expression,
            TreePath parent, boolean elements) {
        into.computeIfAbsent(local, key -> new ArrayList<>()).add(new Source(expression,
                new TreePath(parent, expression), elements));
    }

    private void declared(TreePath path, List<TreePath> parameters) {
        VariableTree local = (VariableTree) path.getLeaf();
        Tree parent = path.getParentPath().getLeaf();
        if (parent instanceof EnhancedForLoopTree loop && loop.getVariable() == local) {
            add(local, loop.getExpression(), path.getParentPath(), true);
        } else if (parent instanceof LambdaExpressionTree || parent instanceof MethodTree) {
            parameters.add(path);
        } else if (parent instanceof CatchTree) {
            unknown.put(local, "`" + local.getName() + "` is a caught exception, which may be an object other "
                    + "iterations reach");
        } else if (parent instanceof BindingPatternTree) {
            ExpressionTree tested = tested(path);
            if (tested == null) {
                unknown.put(local, "Weft does not follow what the pattern declaring `" + local.getName() + "` tests");
            } else {
                add(local, tested, path, false);
            }
        } else if (local.getInitializer() != null) {
            add(local, local.getInitializer(), path, false);
        }
    }

    /** The expression that the pattern declaring the binding at {@code binding} tests: an instanceof's, a switch's. */
    private static ExpressionTree tested(TreePath binding) {
        for (TreePath p = binding.getParentPath(); p != null; p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree instanceof InstanceOfTree test) {
                return test.getExpression();
            }
            if (tree instanceof CaseTree && p.getParentPath().getLeaf() instanceof SwitchTree statement) {
                return statement.getExpression();
            }
            if (tree instanceof CaseTree && p.getParentPath().getLeaf() instanceof SwitchExpressionTree switched) {
                return switched.getExpression();
            }
        }
        return null;
    }

    /** A parameter of a lambda or of a method of a class declared in the body: the arguments that reach it. */
    private void parameter(TreePath path) {
        VariableTree parameter = (VariableTree) path.getLeaf();
        TreePath owner = path.getParentPath();
        List<TreePath> reaching = owner.getLeaf() instanceof LambdaExpressionTree lambda
                ? callsOfLambda(owner, lambda) : callsOfLocalMethod(owner);
        if (reaching == null) {
            String of = owner.getLeaf() instanceof LambdaExpressionTree ? "a lambda"
                    : "`" + ((MethodTree) owner.getLeaf()).getName() + "`";
            unknown.put(parameter, "`" + parameter.getName() + "` is a parameter of " + of + " that code Weft does "
                    + "not see may call, with any object");
            return;
        }
        int index = parametersOf(owner.getLeaf()).indexOf(parameter);
        for (TreePath call : reaching) {
            List<? extends ExpressionTree> arguments = arguments(call.getLeaf());
            add(parameter, arguments.get(index), call, false);
        }
    }

    private static List<? extends VariableTree> parametersOf(Tree owner) {
        return owner instanceof LambdaExpressionTree lambda ? lambda.getParameters()
                : ((MethodTree) owner).getParameters();
    }

    private static List<? extends ExpressionTree> arguments(Tree call) {
        return call instanceof MethodInvocationTree invocation ? invocation.getArguments()
                : ((NewClassTree) call).getArguments();
    }

    /**
     * The calls of a lambda kept in a local of the body ({@code Consumer<int[]> c = q -> ...;
     * c.accept(b)}): every use of that local must be such a call. {@code null} when the lambda is
     * handed anywhere else.
     */
    private List<TreePath> callsOfLambda(TreePath path, LambdaExpressionTree lambda) {
        if (!(path.getParentPath().getLeaf() instanceof VariableTree holder) || holder.getInitializer() != lambda) {
            return null;
        }
        // Only the interface's own method runs the lambda: c.andThen(d) hands it on, to be run later.
        String function = expressions.functionMethod(holder);
        if (function == null) {
            return null;
        }
        List<TreePath> found = new ArrayList<>();
        for (TreePath use : names) {
            IdentifierTree name = (IdentifierTree) use.getLeaf();
            if (!name.getName().contentEquals(holder.getName()) || scope.resolve(name, use).declaration() != holder) {
                continue;
            }
            TreePath select = use.getParentPath();
            TreePath call = select.getParentPath();
            if (!(select.getLeaf() instanceof MemberSelectTree member) || member.getExpression() != name
                    || !(call.getLeaf() instanceof MethodInvocationTree invocation)
                    || invocation.getMethodSelect() != member || !member.getIdentifier().contentEquals(function)
                    || invocation.getArguments().size() != lambda.getParameters().size()) {
                return null;
            }
            found.add(call);
        }
        return found;
    }

    /**
     * The calls in the body of a method of a class declared there, by name. Only a local class with
     * no supertype is followed, and only a method that no method reference names and that every
     * call of its name passes as many arguments as it has parameters (no overloads, no varargs):
     * code Weft does not see may call any other.
     */
    private List<TreePath> callsOfLocalMethod(TreePath path) {
        MethodTree method = (MethodTree) path.getLeaf();
        if (!(path.getParentPath().getLeaf() instanceof ClassTree local) || local.getSimpleName().isEmpty()
                || local.getKind() != Tree.Kind.CLASS || local.getExtendsClause() != null
                || !local.getImplementsClause().isEmpty()) {
            return null;
        }
        boolean constructor = method.getReturnType() == null;
        String name = constructor ? "new" : method.getName().toString();
        if (references.stream().anyMatch(reference -> reference.getName().contentEquals(name))) {
            return null;
        }
        List<TreePath> found = new ArrayList<>();
        for (TreePath call : calls) {
            Tree tree = call.getLeaf();
            boolean reaches = constructor
                    ? tree instanceof NewClassTree created && created.getIdentifier().toString()
                            .equals(local.getSimpleName().toString())
                    : tree instanceof MethodInvocationTree invocation && CalledName.of(invocation)
                            .equals(method.getName().toString());
            if (reaches && arguments(tree).size() != method.getParameters().size()) {
                return null;
            }
            if (reaches) {
                found.add(call);
            }
        }
        return found;
    }

}
