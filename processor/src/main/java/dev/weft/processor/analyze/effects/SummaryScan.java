package dev.weft.processor.analyze.effects;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.CalledName;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.FieldResolver;
import dev.weft.processor.analyze.GivenBack;
import dev.weft.processor.analyze.ReachedThrough;
import dev.weft.processor.analyze.TypeParameters;
import dev.weft.processor.analyze.Writes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads one method's body for what it changes: every write to a field or an element, traced back
 * through the method's locals to what the object comes from ({@link Root}), every call of a
 * method with a summary applied to the call's receiver and arguments, and the JDK's changes
 * ({@link JdkChanges}). Lambdas and classes written in the body count as part of it.
 */
final class SummaryScan extends TreePathScanner<Void, Void> {
    private final Summaries summaries;
    private final Trees trees;
    private final Elements elements;
    private final ExecutableElement method;
    private final MethodTree tree;
    private final CompilationUnitTree unit;
    private final FieldResolver names;
    private final Map<VariableTree, List<TreePath>> assigned = new LinkedHashMap<>();
    /** What is stored into each local's object, its elements or fields, or left there by a call handed it. */
    private final Map<VariableTree, List<TreePath>> stored = new LinkedHashMap<>();
    private final Set<VariableTree> followingStored = new HashSet<>();
    private final Map<Root, Effect> effects = new LinkedHashMap<>();
    private final Set<Root> returned = new LinkedHashSet<>();
    private final Set<Root> held = new LinkedHashSet<>();
    private final Set<String> trusted = new LinkedHashSet<>();
    private final Set<String> varies = new LinkedHashSet<>();
    private final Map<String, String> reads = new LinkedHashMap<>();
    private final Map<List<VariableElement>, String> staticArrays = new LinkedHashMap<>();
    private final Map<FieldAccess, FieldAccess.Trail> fieldReads = new LinkedHashMap<>();
    private final Map<FieldAccess, FieldAccess.Trail> fieldWrites = new LinkedHashMap<>();
    /** The roots some change reaches beyond through a way two objects may share other than by fields alone. */
    private final Set<Root> opaque = new LinkedHashSet<>();
    private final Set<VariableTree> following = new HashSet<>();
    /** The array arguments handed to calls that touch only elements of them that this method's parameters name. */
    private final Set<Tree> rangedArguments = new HashSet<>();
    private final ParameterElements indices;
    private final SharedReach beyond;

    SummaryScan(Summaries summaries, Trees trees, Elements elements, ExecutableElement method, TreePath path) {
        this.summaries = summaries;
        this.trees = trees;
        this.elements = elements;
        this.method = method;
        this.tree = (MethodTree) path.getLeaf();
        this.indices = new ParameterElements(method, tree);
        this.unit = path.getCompilationUnit();
        this.names = new FieldResolver(elements, (TypeElement) method.getEnclosingElement(), unit);
        this.beyond = new SharedReach(this, summaries);
    }

    MethodSummary summary() {
        TreePath body = new TreePath(trees.getPath(method), tree.getBody());
        List<TreePath> read = new ArrayList<>(List.of(body));
        read.addAll(initializers());
        TreePathScanner<Void, Void> assignments = new TreePathScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree assignment, Void unused) {
                TreePath value = new TreePath(getCurrentPath(), assignment.getExpression());
                if (assignment.getVariable() instanceof IdentifierTree name) {
                    note(assigned, getCurrentPath(), name, value);
                } else {
                    note(stored, getCurrentPath(), ReachedThrough.of(assignment.getVariable()).base(), value);
                }
                return super.visitAssignment(assignment, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                List<ExecutableElement> callees = Arity.applicable(callees(call, getCurrentPath()), call.getArguments().size());
                kept(call, getCurrentPath(), callees, call.getMethodSelect() instanceof MemberSelectTree select
                        && typeName(select.getExpression(), getCurrentPath()).isEmpty() ? select.getExpression() : null,
                        call.getArguments());
                return super.visitMethodInvocation(call, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree creation, Void unused) {
                kept(creation, getCurrentPath(), Arity.applicable(constructors(creation, getCurrentPath()),
                        creation.getArguments().size()), null, creation.getArguments());
                return super.visitNewClass(creation, unused);
            }
        };
        read.forEach(part -> assignments.scan(part, null));
        read.forEach(part -> scan(part, null));
        for (Effect effect : List.copyOf(effects.values())) {
            Tree elsewhere = effect.range() == null ? null
                    : indices.touchedElsewhere(effect.target().parameter(), effect.range(), body, rangedArguments);
            if (elsewhere != null) {
                effects.put(effect.target(), new Effect(effect.target(), effect.trail() + " and uses `" + elsewhere
                        + "` (" + position(elsewhere) + ")", effect.at(), null, effect.shared()));
            }
        }
        return new MethodSummary(effects, returned, held, trusted, reads, staticArrays, fieldReads, fieldWrites,
                opaque, varies);
    }

    /** Notes {@code value} against the local {@code name} names at {@code path}, if it names one. */
    private static void note(Map<VariableTree, List<TreePath>> into, TreePath path, ExpressionTree name, TreePath value) {
        TreePath declaration = name instanceof IdentifierTree identifier
                ? LocalNames.declaration(path, identifier.getName()) : null;
        if (declaration != null) {
            into.computeIfAbsent((VariableTree) declaration.getLeaf(), key -> new ArrayList<>()).add(value);
        }
    }

    /**
     * A call that may leave an operand holding what else it is handed ({@link Summaries#mayKeep}):
     * that is stored into the local the operand is reached through. A call no method is resolved
     * for may.
     */
    private void kept(Tree call, TreePath path, List<ExecutableElement> callees, ExpressionTree receiver,
            List<? extends ExpressionTree> arguments) {
        List<ExpressionTree> operands = new ArrayList<>();
        operands.add(receiver);
        operands.addAll(arguments);
        for (int k = 0; k < operands.size(); k++) {
            int operand = k - 1;
            if (operands.get(k) == null || !callees.isEmpty()
                    && callees.stream().noneMatch(callee -> summaries.mayKeep(callee, operand))) {
                continue;
            }
            for (int other = 0; other < operands.size(); other++) {
                if (other != k && operands.get(other) != null) {
                    note(stored, path, ReachedThrough.of(operands.get(k)).base(), new TreePath(path, operands.get(other)));
                }
            }
        }
    }

    /**
     * For a constructor that does not hand over to another with {@code this(...)}, what runs with
     * its body: the initializers of its class's instance fields and its instance initializer blocks.
     */
    private List<TreePath> initializers() {
        boolean delegates = !tree.getBody().getStatements().isEmpty()
                && tree.getBody().getStatements().get(0) instanceof ExpressionStatementTree first
                && first.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof IdentifierTree called && called.getName().contentEquals("this");
        TreePath type = trees.getPath(method.getEnclosingElement());
        if (method.getKind() != ElementKind.CONSTRUCTOR || delegates || type == null) {
            return List.of();
        }
        List<TreePath> initializers = new ArrayList<>();
        for (Tree member : ((ClassTree) type.getLeaf()).getMembers()) {
            boolean instanceField = member instanceof VariableTree field && field.getInitializer() != null
                    && !field.getModifiers().getFlags().contains(Modifier.STATIC);
            boolean instanceBlock = member instanceof BlockTree block && !block.isStatic();
            if (instanceField || instanceBlock) {
                initializers.add(new TreePath(type, member));
            }
        }
        return initializers;
    }

    @Override
    public Void scan(Tree node, Void unused) {
        ExpressionTree target = Writes.target(node);
        if (target != null) {
            TreePath at = new TreePath(getCurrentPath(), node);
            boolean fresh = node instanceof AssignmentTree assignment && onlyNew(assignment.getExpression(),
                    new TreePath(at, assignment.getExpression()));
            written(target, new TreePath(at, target), fresh);
        }
        return super.scan(node, unused);
    }

    /** A field that the method reads by its simple name: of its receiver, or static. */
    @Override
    public Void visitIdentifier(IdentifierTree name, Void unused) {
        String field = name.getName().toString();
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (!field.equals("this") && !(parent instanceof MethodInvocationTree call && call.getMethodSelect() == name)
                && LocalNames.declaration(getCurrentPath(), name.getName()) == null) {
            Optional<VariableElement> read = names.field(field);
            read.filter(SummaryScan::holdsObject)
                    .ifPresent(object -> reads.putIfAbsent(field, "reads `" + field + "` (" + position(name) + ")"));
            staticArray(name, getCurrentPath());
            read.filter(declared -> !assignedOnly(name)).ifPresent(declared ->
                    accessed(fieldReads, declared, Set.of(Root.RECEIVER), receiverWay(),
                    trail("reads `" + field + "`", name)));
        }
        return super.visitIdentifier(name, unused);
    }

    /** A field that the method reads through any object, or through its class's name. */
    @Override
    public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        if (!(getCurrentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select)) {
            Optional<VariableElement> field = selectedField(select, getCurrentPath());
            if (field.filter(SummaryScan::holdsObject).isPresent()) {
                reads.putIfAbsent(select.getIdentifier().toString(), "reads `" + select + "` (" + position(select) + ")");
            }
            staticArray(select, getCurrentPath());
            if ((field.isPresent() || unresolved(select, getCurrentPath())) && !assignedOnly(select)) {
                selected(fieldReads, select, field.orElse(null), getCurrentPath(), trail("reads `" + select + "`", select));
            }
        }
        return super.visitMemberSelect(select, unused);
    }

    /** Notes {@code array}, read at {@code path}, where it is an array a static field holds or an object held in one. */
    private void staticArray(ExpressionTree array, TreePath path) {
        List<VariableElement> fields = staticWay(array, path);
        if (fields != null && fields.get(fields.size() - 1).asType().getKind() == TypeKind.ARRAY) {
            staticArrays.putIfAbsent(fields, "reads `" + array + "` (" + position(array) + ")");
        }
    }

    /**
     * The fields {@code object} is reached by from a class: a static field, then instance fields of
     * the objects on the way ({@code HOLDER.data}); {@code null} where it is reached otherwise.
     */
    private List<VariableElement> staticWay(ExpressionTree object, TreePath path) {
        ExpressionTree bare = Bare.of(object);
        if (bare instanceof IdentifierTree name && LocalNames.declaration(path, name.getName()) == null) {
            return names.field(name.getName().toString()).filter(field -> field.getModifiers().contains(Modifier.STATIC))
                    .map(List::of).orElse(null);
        }
        if (!(bare instanceof MemberSelectTree select)) {
            return null;
        }
        VariableElement field = selectedField(select, path).orElse(null);
        if (field == null || field.getModifiers().contains(Modifier.STATIC)) {
            return field != null && typeName(select.getExpression(), path).isPresent() ? List.of(field) : null;
        }
        List<VariableElement> way = staticWay(select.getExpression(), new TreePath(path, select.getExpression()));
        return way == null ? null : Stream.concat(way.stream(), Stream.of(field)).toList();
    }

    /** The field {@code select} names, where it names one and the class of what it selects from is known. */
    private Optional<VariableElement> selectedField(MemberSelectTree select, TreePath path) {
        TypeElement owner = select.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("this") ? (TypeElement) method.getEnclosingElement()
                : typeOf(select.getExpression(), new TreePath(path, select.getExpression()));
        return owner == null ? Optional.empty() : ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
                .filter(field -> field.getSimpleName().contentEquals(select.getIdentifier())).findFirst();
    }

    /**
     * Whether {@code select} may name a field of an object whose class Weft cannot tell: an access
     * of a field it cannot resolve counts as one of any class.
     */
    private boolean unresolved(MemberSelectTree select, TreePath path) {
        String name = select.getIdentifier().toString();
        TreePath objectPath = new TreePath(path, select.getExpression());
        return !name.equals("length") && !name.equals("class") && !name.equals("this")
                && typeName(select.getExpression(), objectPath).isEmpty() && typeName(select, path).isEmpty()
                && typeOf(select.getExpression(), objectPath) == null;
    }

    /** Whether {@code target} is only assigned where it is, not read: {@code x = 1}, not {@code x += 1}. */
    private boolean assignedOnly(ExpressionTree target) {
        return getCurrentPath().getParentPath().getLeaf() instanceof AssignmentTree assignment
                && assignment.getVariable() == target;
    }

    /** Notes an access of {@code field} through {@code select}'s object, with where that object comes from. */
    private void selected(Map<FieldAccess, FieldAccess.Trail> into, MemberSelectTree select, VariableElement field,
            TreePath path, FieldAccess.Trail how) {
        ExpressionTree object = select.getExpression();
        TreePath objectPath = new TreePath(path, object);
        if (typeName(object, objectPath).isPresent()) {
            return;
        }
        // An object no root is found for may be any.
        Set<Root> roots = roots(object, objectPath);
        roots = roots.isEmpty() ? Set.of(Root.unknown("`" + object + "`")) : roots;
        if (field == null) {
            accessed(into, null, select.getIdentifier().toString(), roots, way(object, objectPath), how);
        } else {
            accessed(into, field, roots, way(object, objectPath), how);
        }
    }

    /** Notes an access of {@code field}, where it is an instance field, of objects from {@code roots}. */
    private void accessed(Map<FieldAccess, FieldAccess.Trail> into, VariableElement field, Set<Root> roots,
            FieldAccess.Way way, FieldAccess.Trail how) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
            accessed(into, (TypeElement) field.getEnclosingElement(), field.getSimpleName().toString(), roots, way, how);
        }
    }

    /** Notes an access of the instance field {@code field} of objects from {@code roots}; those the method creates are its own. */
    private static void accessed(Map<FieldAccess, FieldAccess.Trail> into, TypeElement owner, String field, Set<Root> roots,
            FieldAccess.Way way, FieldAccess.Trail how) {
        for (Root root : roots) {
            if (root.kind() != Root.Kind.FRESH) {
                into.merge(new FieldAccess(owner, field, root, way), how, FieldAccess.Trail::and);
            }
        }
    }

    /** The way to the method's receiver: itself. */
    private FieldAccess.Way receiverWay() {
        return new FieldAccess.Way((TypeElement) method.getEnclosingElement(), List.of(), true);
    }

    /** How {@code object} is reached: by the instance fields taken from a root, or from another object. */
    private FieldAccess.Way way(ExpressionTree object, TreePath path) {
        ExpressionTree bare = Bare.of(object);
        TypeElement own = (TypeElement) method.getEnclosingElement();
        if (bare instanceof IdentifierTree name && (name.getName().contentEquals("this")
                || name.getName().contentEquals("super"))) {
            return receiverWay();
        }
        if (indices.parameterIndex(bare, path) >= 0) {
            return new FieldAccess.Way(typeOf(bare, path), List.of(), true);
        }
        if (bare instanceof IdentifierTree name && LocalNames.declaration(path, name.getName()) == null
                && names.field(name.getName().toString()).filter(field -> !field.getModifiers().contains(Modifier.STATIC))
                        .isPresent()) {
            return new FieldAccess.Way(own, List.of(name.getName().toString()), true);
        }
        if (bare instanceof MemberSelectTree select && selectedField(select, path)
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC)).isPresent()) {
            return way(select.getExpression(), new TreePath(path, select.getExpression()))
                    .then(List.of(select.getIdentifier().toString()));
        }
        if (bare instanceof MethodInvocationTree call && call.getArguments().isEmpty()
                && call.getMethodSelect() instanceof MemberSelectTree select
                && typeName(select.getExpression(), path).isEmpty()) {
            // A getter of a field is that field.
            List<String> fields = calleesOf(call, path).stream()
                    .map(callee -> summaries.returnedField(callee).map(field -> field.getSimpleName().toString())
                            .orElse(null)).distinct().toList();
            if (fields.size() == 1 && fields.get(0) != null) {
                return way(select.getExpression(), new TreePath(path, select.getExpression())).then(fields);
            }
        }
        return new FieldAccess.Way(typeOf(bare, path), List.of(), false);
    }

    /**
     * A callee's access of an object it reaches from its root, which is {@code object} at the call:
     * the roots and the way seen from here. What the callee reaches by fields from {@code object}
     * itself, this method reaches by fields from what {@code object} is reached by.
     */
    private void accessedThrough(Map<FieldAccess, FieldAccess.Trail> into, FieldAccess access, ExpressionTree object,
            TreePath path, FieldAccess.Trail how) {
        Set<Root> roots = Bare.of(object) instanceof IdentifierTree name && name.getName().contentEquals("super")
                ? Set.of(Root.RECEIVER) : access.direct() ? roots(object, path) : reached(object, path);
        FieldAccess.Way way = access.way().fromRoot() ? way(object, path).then(access.way().fields())
                : access.way();
        accessed(into, access.owner(), access.field(), roots, way, how);
    }

    /** Whether a field may hold what a loop writes elements of: an array or an object, not a number. */
    private static boolean holdsObject(VariableElement field) {
        return !field.asType().getKind().isPrimitive();
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
        if (node.getExpression() != null) {
            TreePath value = new TreePath(getCurrentPath(), node.getExpression());
            returned.addAll(objectRoots(node.getExpression(), value));
            held.addAll(reached(node.getExpression(), value));
        }
        return super.visitReturn(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        called(call, getCurrentPath());
        return super.visitMethodInvocation(call, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Void unused) {
        List<ExecutableElement> constructors = Arity.applicable(constructors(creation, getCurrentPath()),
                creation.getArguments().size());
        if (constructors.isEmpty()) {
            trusted.add("`new " + creation.getIdentifier() + "(…)` (" + position(creation) + "), a constructor Weft "
                    + "cannot resolve");
        }
        boolean summarised = false;
        for (ExecutableElement constructor : constructors) {
            summarised |= apply(constructor, creation.getArguments(), Set.of(), getCurrentPath(), creation);
        }
        if (!summarised) {
            handedArguments(creation, creation.getArguments(), constructors, getCurrentPath());
        }
        return super.visitNewClass(creation, unused);
    }

    /** The arguments of a call of the JDK at {@code path} whose methods it may run ({@link JdkChanges#runsMethodsOf}). */
    private void handedArguments(Tree call, List<? extends ExpressionTree> arguments, List<ExecutableElement> callees,
            TreePath path) {
        for (int k = 0; k < arguments.size(); k++) {
            if (JdkChanges.runsMethodsOf(callees, k)) {
                handed(arguments.get(k), new TreePath(path, arguments.get(k)), call, JdkChanges.methodsRun(callees));
            }
        }
    }

    /** A string built with {@code +}: each object added to it has its {@code toString} run. */
    @Override
    public Void visitBinary(BinaryTree binary, Void unused) {
        if (binary.getKind() == Tree.Kind.PLUS && (stringTyped(binary.getLeftOperand(), getCurrentPath())
                || stringTyped(binary.getRightOperand(), getCurrentPath()))) {
            handed(binary.getLeftOperand(), new TreePath(getCurrentPath(), binary.getLeftOperand()), binary,
                    JdkChanges.ADDED_TO_STRING);
            handed(binary.getRightOperand(), new TreePath(getCurrentPath(), binary.getRightOperand()), binary,
                    JdkChanges.ADDED_TO_STRING);
        }
        return super.visitBinary(binary, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
        if (assignment.getKind() == Tree.Kind.PLUS_ASSIGNMENT && stringTyped(assignment.getVariable(), getCurrentPath())) {
            handed(assignment.getExpression(), new TreePath(getCurrentPath(), assignment.getExpression()), assignment,
                    JdkChanges.ADDED_TO_STRING);
        }
        return super.visitCompoundAssignment(assignment, unused);
    }

    /** Whether {@code expression} is a string: a literal, a {@code String}, or a string built with {@code +}. */
    private boolean stringTyped(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof LiteralTree literal) {
            return literal.getValue() instanceof String;
        }
        if (bare instanceof BinaryTree binary) {
            return binary.getKind() == Tree.Kind.PLUS && (stringTyped(binary.getLeftOperand(), path)
                    || stringTyped(binary.getRightOperand(), path));
        }
        TypeElement type = typeOf(bare, new TreePath(path, bare));
        return type != null && type.getQualifiedName().contentEquals("java.lang.String");
    }

    /**
     * An object handed to the JDK at {@code at}, which Weft cannot see into: what the JDK may run
     * of it, the methods {@code runs} names ({@code null} for any: {@link Summaries#handedToJdk}),
     * as a call on it would.
     */
    private void handed(ExpressionTree operand, TreePath path, Tree at, Set<String> runs) {
        if (holdsNumber(operand, path) || roots(operand, path).isEmpty()) {
            return;
        }
        boolean called = at instanceof MethodInvocationTree || at instanceof NewClassTree;
        String via = (called ? "hands `" + operand + "` to `" + at + "`" : "adds `" + operand + "` to a string at `" + at + "`")
                + " (" + position(at) + "), where it ";
        MethodSummary run = summaries.handedToJdk(typeOf(operand, path), runs, via, at);
        if (run == null) {
            return;
        }
        trusted.addAll(run.trusted());
        run.fieldReads().forEach((access, how) -> handedAccess(fieldReads, access, how, operand, path));
        run.fieldWrites().forEach((access, how) -> handedAccess(fieldWrites, access, how, operand, path));
        for (Effect effect : run.effects().values()) {
            Set<Root> targets = effect.target().kind() == Root.Kind.RECEIVER ? reached(operand, path) : Set.of(effect.target());
            Shared shared = effect.shared() != null ? effect.shared() : beyond.of(operand, path);
            targets.stream().filter(root -> root.kind() != Root.Kind.FRESH)
                    .forEach(root -> add(new Effect(root, effect.trail(), at, null, shared)));
            opaqueUnless(false, targets, shared);
        }
    }

    /** An access of what the JDK runs of {@code operand}: of {@code operand} for its receiver, as it is otherwise. */
    private void handedAccess(Map<FieldAccess, FieldAccess.Trail> into, FieldAccess access, FieldAccess.Trail how,
            ExpressionTree operand, TreePath path) {
        if (access.root().kind() == Root.Kind.RECEIVER) {
            accessedThrough(into, access, operand, path, how);
        } else {
            accessed(into, access.owner(), access.field(), Set.of(access.root()), access.way(), how);
        }
    }

    /** Whether {@code expression} is declared to hold a number, a {@code char} or a {@code boolean}: no object. */
    private boolean holdsNumber(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof IdentifierTree name) {
            TreePath declaration = LocalNames.declaration(path, name.getName());
            if (declaration == null) {
                return names.field(name.getName().toString()).filter(field -> field.asType().getKind().isPrimitive())
                        .isPresent();
            }
            VariableTree variable = (VariableTree) declaration.getLeaf();
            int parameter = tree.getParameters().indexOf(variable);
            return parameter >= 0 ? method.getParameters().get(parameter).asType().getKind().isPrimitive()
                    : variable.getType() != null && variable.getType().getKind() == Tree.Kind.PRIMITIVE_TYPE;
        }
        if (bare instanceof MemberSelectTree select) {
            return select.getIdentifier().contentEquals("length") || holdsValue(select, path);
        }
        if (bare instanceof MethodInvocationTree call) {
            List<ExecutableElement> callees = Arity.applicable(callees(call, path), call.getArguments().size());
            return !callees.isEmpty() && callees.stream().allMatch(callee -> callee.getReturnType().getKind().isPrimitive());
        }
        return false;
    }

    /**
     * A method reference, run by the code it is handed to with what that code chooses: the objects
     * of the call it is handed to, as a lambda's parameters are; bound to an object, on that object.
     */
    @Override
    public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
        ExpressionTree qualifier = reference.getQualifierExpression();
        Optional<TypeElement> named = typeName(qualifier, getCurrentPath());
        TypeElement owner = named.orElseGet(() -> typeOf(qualifier, new TreePath(getCurrentPath(), qualifier)));
        List<ExecutableElement> candidates = owner == null ? List.of()
                : Members.methods(elements, owner, reference.getName());
        if (candidates.isEmpty() && !reference.getName().contentEquals("new")) {
            trusted.add("`" + reference + "` (" + position(reference) + "), a method reference Weft cannot resolve");
        }
        Set<Root> handed = lambdaParameterRoots(getCurrentPath());
        for (ExecutableElement candidate : candidates) {
            boolean bound = named.isEmpty() && !candidate.getModifiers().contains(Modifier.STATIC);
            Set<Root> receiver = bound ? roots(qualifier, new TreePath(getCurrentPath(), qualifier)) : handed;
            MethodSummary summary = summaries.of(candidate);
            if (summary == null) {
                if (!summaries.sees(candidate)) {
                    trusted.add(Unseen.name(candidate));
                }
                continue;
            }
            trusted.addAll(summary.trusted());
            varies.addAll(summary.varies());
            String via = "refers to `" + reference + "` (" + position(reference) + "), which ";
            ExpressionTree boundTo = bound ? qualifier : null;
            summary.fieldReads().forEach((read, how) -> referencedAccess(fieldReads, read, how.through(via, reference),
                    boundTo, handed));
            summary.fieldWrites().forEach((write, how) -> referencedAccess(fieldWrites, write, how.through(via, reference),
                    boundTo, handed));
            for (Effect effect : summary.effects().values()) {
                Set<Root> reached = switch (effect.target().kind()) {
                    case RECEIVER -> candidate.getModifiers().contains(Modifier.STATIC) ? Set.of() : receiver;
                    case PARAMETER -> handed;
                    default -> Set.of(effect.target());
                };
                reached.stream().filter(root -> root.kind() != Root.Kind.FRESH)
                        .forEach(root -> add(new Effect(root, via + effect.trail(), reference, null, effect.shared())));
                opaqueUnless(false, reached, effect.shared());
            }
        }
        return super.visitMemberReference(reference, unused);
    }

    /**
     * A field access of a method a reference refers to, as this method's: of the object it is
     * bound to, or of what the code it is handed to runs it with.
     */
    private void referencedAccess(Map<FieldAccess, FieldAccess.Trail> into, FieldAccess access, FieldAccess.Trail how,
            ExpressionTree boundTo, Set<Root> handed) {
        switch (access.root().kind()) {
            case RECEIVER -> {
                if (boundTo != null) {
                    accessedThrough(into, access, boundTo, new TreePath(getCurrentPath(), boundTo), how);
                } else {
                    accessed(into, access.owner(), access.field(), handed, access.way().notFromRoot(), how);
                }
            }
            case PARAMETER -> accessed(into, access.owner(), access.field(), handed, access.way().notFromRoot(), how);
            default -> accessed(into, access.owner(), access.field(), Set.of(access.root()), access.way(), how);
        }
    }

    /** Whether {@code value} is only ever an object created there and then. */
    private boolean onlyNew(ExpressionTree value, TreePath path) {
        Set<Root> roots = objectRoots(value, path);
        return !roots.isEmpty() && roots.stream().allMatch(root -> root.kind() == Root.Kind.FRESH);
    }

    private void written(ExpressionTree target, TreePath path, boolean fresh) {
        ExpressionTree bare = Bare.of(target);
        if (bare instanceof ArrayAccessTree) {
            heldChanged(bare, path, "changes `" + bare + "`", bare);
        }
        if (bare instanceof IdentifierTree name) {
            if (LocalNames.declaration(path, name.getName()) == null) {
                fieldRoots(name.getName().toString()).forEach(root -> record(root, "changes `" + describe(root, name) + "`", bare));
                names.field(name.getName().toString()).ifPresent(field -> accessed(fieldWrites, field, Set.of(Root.RECEIVER),
                        receiverWay(), written("changes `" + name + "`", name, fresh)));
            }
            return;
        }
        if (bare instanceof MemberSelectTree select) {
            Optional<VariableElement> field = selectedField(select, path);
            if (field.isPresent() || unresolved(select, path)) {
                selected(fieldWrites, select, field.orElse(null), path, written("changes `" + select + "`", select, fresh));
            }
        }
        if (bare instanceof ArrayAccessTree element) {
            int parameter = indices.parameterIndex(element.getExpression(), path);
            ElementRange range = parameter < 0 ? null : indices.range(element.getIndex(), new TreePath(path, element.getIndex()));
            if (range != null) {
                record(Root.parameter(parameter), "changes `" + bare + "`", bare, range, null);
                return;
            }
        }
        ExpressionTree object = bare instanceof MemberSelectTree select ? select.getExpression()
                : bare instanceof ArrayAccessTree element ? element.getExpression() : null;
        Set<Root> roots = object == null ? Set.of(Root.unknown("`" + bare + "`"))
                : roots(object, new TreePath(path, object));
        Shared shared = object == null ? null : beyond.of(object, new TreePath(path, object));
        roots.forEach(root -> record(root, "changes `" + bare + "`", bare, null, shared));
        // A field's write is listed with its way; an element's is not.
        opaqueUnless(bare instanceof MemberSelectTree && way(object, new TreePath(path, object)).fromRoot(), roots, shared);
    }

    /**
     * Notes the field that holds what a write or a call changes the contents of as written: the
     * array of an element write ({@code hist} for {@code hist[k] = v}, {@code this.rows[i][j]},
     * {@code o.hist[k]}), the container or builder a JDK call changes ({@code items} for
     * {@code items.add(v)}). For whoever reads that field of another object, what it holds changes
     * as the field would.
     */
    private void heldChanged(ExpressionTree changed, TreePath path, String what, Tree at) {
        ExpressionTree held = Bare.of(changed);
        while (held instanceof ArrayAccessTree access) {
            held = Bare.of(access.getExpression());
        }
        FieldAccess.Trail how = written(what, at, false);
        if (held instanceof IdentifierTree name && LocalNames.declaration(path, name.getName()) == null) {
            names.field(name.getName().toString()).ifPresent(field -> accessed(fieldWrites, field, Set.of(Root.RECEIVER),
                    receiverWay(), how));
        } else if (held instanceof MemberSelectTree select) {
            selectedField(select, path).ifPresent(field -> selected(fieldWrites, select, field, path, how));
        }
    }

    /** Notes {@code roots} as changed beyond, through a shared way, otherwise than by fields alone, unless {@code byFields}. */
    private void opaqueUnless(boolean byFields, Set<Root> roots, Shared shared) {
        if (shared != null && !byFields) {
            opaque.addAll(roots);
        }
    }

    private String describe(Root root, IdentifierTree name) {
        return root.kind() == Root.Kind.STATIC ? root.name() : root.kind() == Root.Kind.RECEIVER ? "this." + name : name.toString();
    }

    private void record(Root root, String change, Tree at) {
        record(root, change, at, null, null);
    }

    private void record(Root root, String change, Tree at, ElementRange range, Shared shared) {
        if (root.kind() != Root.Kind.FRESH) {
            add(new Effect(root, change + " (" + position(at) + ")", at, range, shared));
        }
    }

    /** Keeps the first change found of each root, and which elements it reaches only while every change agrees. */
    private void add(Effect effect) {
        effects.merge(effect.target(), effect, Effect::or);
    }

    private String position(Tree at) {
        return Position.of(trees, unit, at);
    }

    /** {@code what} the method reads at {@code at}, with where. */
    private FieldAccess.Trail trail(String what, Tree at) {
        return written(what, at, false);
    }

    /** {@code what} the method writes at {@code at}, with where, and whether it sets a new object. */
    private FieldAccess.Trail written(String what, Tree at, boolean fresh) {
        return new FieldAccess.Trail(what + " (" + position(at) + ")", at, fresh);
    }

    /** A call: the callee's summary applied here, or what the JDK says the method changes. */
    private void called(MethodInvocationTree call, TreePath path) {
        String name = CalledName.of(call);
        List<ExecutableElement> candidates = Arity.applicable(callees(call, path), call.getArguments().size());
        Set<Root> receiver = receiverRoots(call, path, false);
        Set<Root> throughReceiver = receiverRoots(call, path, true);
        boolean summarised = false;
        boolean copies = name.equals("clone") && call.getArguments().isEmpty();
        if (candidates.isEmpty() && !copies && !(JdkChanges.CONTAINER_CHANGES.contains(name) && changesContainer(call, path))) {
            trusted.add("`" + call + "` (" + position(call) + "), a call Weft cannot resolve");
        }
        for (ExecutableElement candidate : candidates) {
            if (JdkChanges.varies(candidate)) {
                varies.add("`" + call + "` (" + position(call) + ")");
            }
            summarised |= apply(candidate, call.getArguments(), candidate.getModifiers().contains(Modifier.STATIC)
                    ? Set.of() : throughReceiver, path, call);
            TypeElement owner = (TypeElement) candidate.getEnclosingElement();
            JdkChanges.ReceiverChange change = call.getMethodSelect() instanceof MemberSelectTree select
                    ? JdkChanges.receiverChange(candidate, typeOf(select.getExpression(), new TreePath(path, select.getExpression())))
                    : null;
            if (change != null) {
                ExpressionTree changed = ((MemberSelectTree) call.getMethodSelect()).getExpression();
                Shared shared = beyond.of(changed, new TreePath(path, changed));
                receiver.forEach(root -> record(root, change.what(changed.toString()), call, null, shared));
                heldChanged(changed, path, change.what(changed.toString()), call);
                opaqueUnless(false, receiver, shared);
            }
            int changed = JdkChanges.changedArgument(owner.getQualifiedName().toString(), name);
            if (changed >= 0 && changed < call.getArguments().size()) {
                ExpressionTree argument = call.getArguments().get(changed);
                Shared shared = beyond.of(argument, new TreePath(path, argument));
                Set<Root> changedRoots = roots(argument, new TreePath(path, argument));
                String what = "changes `" + argument + "` through `" + owner.getSimpleName() + "." + name + "`";
                changedRoots.forEach(root -> record(root, what, call, null, shared));
                heldChanged(argument, path, what, call);
                opaqueUnless(false, changedRoots, shared);
            }
        }
        if (summaries.runsJdkCode(candidates)) {
            if (call.getMethodSelect() instanceof MemberSelectTree select && typeName(select.getExpression(), path).isEmpty()
                    && !JdkChanges.RUNS_NOTHING_HELD.contains(name)) {
                handed(select.getExpression(), new TreePath(path, select.getExpression()), call,
                        JdkChanges.methodsRun(candidates));
            }
            handedArguments(call, call.getArguments(), candidates, path);
        }
        if (!summarised && JdkChanges.CONTAINER_CHANGES.contains(name) && changesContainer(call, path)) {
            ExpressionTree changed = ((MemberSelectTree) call.getMethodSelect()).getExpression();
            Shared shared = beyond.of(changed, new TreePath(path, changed));
            receiver.forEach(root -> record(root, "changes `" + changed + "` through `" + name + "`", call, null, shared));
            heldChanged(changed, path, "changes `" + changed + "` through `" + name + "`", call);
            opaqueUnless(false, receiver, shared);
        }
    }

    /** Whether the call's receiver is a container of the JDK that is not made for threads, or of a type Weft cannot tell. */
    private boolean changesContainer(MethodInvocationTree call, TreePath path) {
        if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return false;
        }
        TypeElement type = typeOf(select.getExpression(), new TreePath(path, select.getExpression()));
        return type == null || !type.getQualifiedName().toString().startsWith("java.util.concurrent.")
                && JdkChanges.CONTAINERS.stream().map(elements::getTypeElement)
                        .anyMatch(container -> container != null && summaries.types().isSubtype(
                                summaries.types().erasure(type.asType()), summaries.types().erasure(container.asType())));
    }


    /** Applies {@code callee}'s summary at a call; whether it has one. */
    private boolean apply(ExecutableElement callee, List<? extends ExpressionTree> arguments, Set<Root> receiver,
            TreePath path, Tree call) {
        MethodSummary summary = summaries.of(callee);
        if (summary == null) {
            if (!summaries.sees(callee)) {
                trusted.add(Unseen.name(callee));
            }
            return false;
        }
        trusted.addAll(summary.trusted());
        varies.addAll(summary.varies());
        String via = "calls `" + callee.getSimpleName() + "()` (" + position(call) + "), which ";
        summary.reads().forEach((field, how) -> reads.putIfAbsent(field, via + how));
        summary.staticArrays().forEach((fields, how) -> staticArrays.putIfAbsent(fields, via + how));
        summary.fieldReads().forEach((read, how) -> accessedAt(fieldReads, read, how.through(via, call), callee, arguments,
                call, path));
        summary.fieldWrites().forEach((write, how) -> accessedAt(fieldWrites, write, how.through(via, call), callee,
                arguments, call, path));
        for (Effect effect : summary.effects().values()) {
            Effect ranged = effect.range() == null ? null : ranged(effect, callee, arguments, path, call, via);
            if (ranged != null) {
                add(ranged);
                continue;
            }
            Shared shared = effect.shared() != null ? effect.shared() : beyondAt(effect.target(), callee, arguments, call, path);
            Set<Root> mappedRoots = mapped(effect.target(), callee, arguments, receiver, path);
            for (Root root : mappedRoots) {
                if (root.kind() != Root.Kind.FRESH) {
                    add(new Effect(root, via + effect.trail(), call, null, shared));
                }
            }
            opaqueUnless(!summary.opaque().contains(effect.target())
                    && operandsByFields(effect.target(), callee, arguments, call, path), mappedRoots, shared);
        }
        return true;
    }

    /**
     * A callee's change of some elements of its array parameter, as a change of the same elements
     * of this method's parameter: where the call passes this method's parameters, as they are, for
     * the array, the index and the width; {@code null} otherwise.
     */
    private Effect ranged(Effect effect, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            TreePath path, Tree call, String via) {
        ElementRange range = effect.range();
        int last = Math.max(effect.target().parameter(), Math.max(range.index(), range.width()));
        if (callee.isVarArgs() || last >= arguments.size()) {
            return null;
        }
        ExpressionTree array = arguments.get(effect.target().parameter());
        int passed = indices.parameterIndex(array, new TreePath(path, array));
        int index = indices.parameterIndex(arguments.get(range.index()), new TreePath(path, arguments.get(range.index())));
        int width = range.isRow() ? indices.parameterIndex(arguments.get(range.width()),
                new TreePath(path, arguments.get(range.width()))) : -1;
        if (passed < 0 || index < 0 || range.isRow() && width < 0) {
            return null;
        }
        rangedArguments.add(Bare.of(array));
        return new Effect(Root.parameter(passed), via + effect.trail(), call,
                range.isRow() ? ElementRange.row(index, width) : ElementRange.at(index), effect.shared());
    }

    /**
     * A callee's access of a field, as this method's: of its receiver, of the object the call names
     * or of this method's own ({@code this} for an unqualified call, none for a constructor's new
     * object); of its parameter, of the arguments.
     */
    private void accessedAt(Map<FieldAccess, FieldAccess.Trail> into, FieldAccess access, FieldAccess.Trail how, ExecutableElement callee,
            List<? extends ExpressionTree> arguments, Tree call, TreePath path) {
        List<ExpressionTree> objects = new ArrayList<>();
        switch (access.root().kind()) {
            case RECEIVER -> {
                if (!(call instanceof MethodInvocationTree invocation)) {
                    return;
                }
                if (!(invocation.getMethodSelect() instanceof MemberSelectTree select)) {
                    accessed(into, access.owner(), access.field(), Set.of(Root.RECEIVER), access.way(), how);
                    return;
                }
                if (typeName(select.getExpression(), path).isEmpty()) {
                    objects.add(select.getExpression());
                }
            }
            case PARAMETER -> {
                for (int k = access.root().parameter(); k < Arity.lastArgument(callee, access.root().parameter(),
                        arguments.size()); k++) {
                    objects.add(arguments.get(k));
                }
            }
            default -> accessed(into, access.owner(), access.field(), Set.of(access.root()), access.way(), how);
        }
        for (ExpressionTree object : objects) {
            accessedThrough(into, access, object, new TreePath(path, object), how);
        }
    }

    /** Whether what stands for a callee's root at the call, its receiver or arguments, is reached from a root by fields alone. */
    private boolean operandsByFields(Root root, ExecutableElement callee, List<? extends ExpressionTree> arguments, Tree call,
            TreePath path) {
        return (root.kind() == Root.Kind.RECEIVER || root.kind() == Root.Kind.PARAMETER)
                && operandsAt(root, callee, arguments, call).stream()
                        .allMatch(object -> way(object, new TreePath(path, object)).fromRoot());
    }

    /** How far beyond the roots of this method the object a callee changes at its root lies, at the call. */
    private Shared beyondAt(Root root, ExecutableElement callee, List<? extends ExpressionTree> arguments, Tree call,
            TreePath path) {
        Shared shared = null;
        for (ExpressionTree object : operandsAt(root, callee, arguments, call)) {
            shared = Shared.either(shared, beyond.of(object, new TreePath(path, object)));
        }
        return shared;
    }

    /**
     * What the call hands a callee's root: the object it is called on, named at the call, for its
     * receiver; the arguments for a parameter; none otherwise.
     */
    private static List<ExpressionTree> operandsAt(Root root, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            Tree call) {
        List<ExpressionTree> objects = new ArrayList<>();
        if (root.kind() == Root.Kind.RECEIVER && call instanceof MethodInvocationTree invocation
                && invocation.getMethodSelect() instanceof MemberSelectTree select) {
            objects.add(select.getExpression());
        } else if (root.kind() == Root.Kind.PARAMETER) {
            for (int k = root.parameter(); k < Arity.lastArgument(callee, root.parameter(), arguments.size()); k++) {
                objects.add(arguments.get(k));
            }
        }
        return objects;
    }

    /** What a root of the callee is at the call: its receiver's roots, an argument's, or itself. */
    private Set<Root> mapped(Root root, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            Set<Root> receiver, TreePath path) {
        return switch (root.kind()) {
            case RECEIVER -> receiver;
            case PARAMETER -> {
                Set<Root> roots = new LinkedHashSet<>();
                for (int k = root.parameter(); k < Arity.lastArgument(callee, root.parameter(), arguments.size()); k++) {
                    roots.addAll(reached(arguments.get(k), new TreePath(path, arguments.get(k))));
                }
                yield roots;
            }
            default -> Set.of(root);
        };
    }

    /** Where the object {@code expression} evaluates to may come from. */
    private Set<Root> roots(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof LiteralTree || bare instanceof LambdaExpressionTree
                || bare.getKind() == Tree.Kind.MEMBER_REFERENCE || bare instanceof BinaryTree
                || bare instanceof UnaryTree || bare instanceof InstanceOfTree) {
            return Set.of();
        }
        if (bare instanceof TypeCastTree cast) {
            return roots(cast.getExpression(), new TreePath(path, cast.getExpression()));
        }
        if (bare instanceof AssignmentTree assignment) {
            return roots(assignment.getExpression(), new TreePath(path, assignment.getExpression()));
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            Set<Root> roots = new LinkedHashSet<>(roots(conditional.getTrueExpression(),
                    new TreePath(path, conditional.getTrueExpression())));
            roots.addAll(roots(conditional.getFalseExpression(), new TreePath(path, conditional.getFalseExpression())));
            return roots;
        }
        if (bare instanceof NewClassTree || bare instanceof NewArrayTree) {
            Set<Root> roots = new LinkedHashSet<>(Set.of(Root.FRESH));
            List<? extends ExpressionTree> parts = bare instanceof NewClassTree creation ? creation.getArguments()
                    : ((NewArrayTree) bare).getInitializers() == null ? List.of() : ((NewArrayTree) bare).getInitializers();
            parts.forEach(part -> roots.addAll(roots(part, new TreePath(path, part))));
            return roots;
        }
        if (bare instanceof IdentifierTree name) {
            return nameRoots(name, path);
        }
        if (bare instanceof MemberSelectTree select) {
            if (select.getIdentifier().contentEquals("length") || holdsValue(select, path)) {
                return Set.of();
            }
            Optional<TypeElement> type = typeName(select.getExpression(), path);
            if (type.isPresent()) {
                return Set.of(Root.staticField(type.get().getSimpleName() + "." + select.getIdentifier()));
            }
            return reached(select.getExpression(), new TreePath(path, select.getExpression()));
        }
        if (bare instanceof ArrayAccessTree element) {
            return reached(element.getExpression(), new TreePath(path, element.getExpression()));
        }
        if (bare instanceof MethodInvocationTree call) {
            return resultRoots(call, path);
        }
        return Set.of(Root.unknown("`" + bare + "`"));
    }

    /**
     * Where the object {@code expression} evaluates to may come from, itself and not what it holds:
     * a list made from a parameter is new. Where that cannot be told apart, as {@link #roots}.
     */
    private Set<Root> objectRoots(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof NewClassTree || bare instanceof NewArrayTree) {
            return Set.of(Root.FRESH);
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            Set<Root> roots = new LinkedHashSet<>(objectRoots(conditional.getTrueExpression(),
                    new TreePath(path, conditional.getTrueExpression())));
            roots.addAll(objectRoots(conditional.getFalseExpression(), new TreePath(path, conditional.getFalseExpression())));
            return roots;
        }
        if (bare instanceof TypeCastTree cast) {
            return objectRoots(cast.getExpression(), new TreePath(path, cast.getExpression()));
        }
        TreePath declaration = bare instanceof IdentifierTree name ? LocalNames.declaration(path, name.getName()) : null;
        VariableTree local = declaration == null ? null : (VariableTree) declaration.getLeaf();
        boolean plainLocal = local != null && tree.getParameters().indexOf(local) < 0
                && (declaration.getParentPath().getLeaf() instanceof BlockTree
                        || declaration.getParentPath().getLeaf() instanceof CaseTree);
        if (!plainLocal || !following.add(local)) {
            return roots(expression, path);
        }
        Set<Root> roots = new LinkedHashSet<>();
        if (local.getInitializer() != null) {
            roots.addAll(objectRoots(local.getInitializer(), new TreePath(declaration, local.getInitializer())));
        }
        for (TreePath value : assigned.getOrDefault(local, List.of())) {
            roots.addAll(objectRoots((ExpressionTree) value.getLeaf(), value));
        }
        following.remove(local);
        return roots;
    }

    /**
     * Where the objects reached through {@code expression} may come from: its own roots, for a
     * local those reached through every value it is set to and everything stored into it, for a
     * copy those reached through the original, and for a lambda those reached through what it
     * gives back.
     */
    private Set<Root> reached(ExpressionTree expression, TreePath path) {
        Set<Root> roots = new LinkedHashSet<>(roots(expression, path));
        ExpressionTree copied = Bare.of(expression) instanceof MethodInvocationTree call ? JdkChanges.copied(call) : null;
        if (copied != null) {
            roots.addAll(reached(copied, new TreePath(path, copied)));
        }
        if (Bare.of(expression) instanceof LambdaExpressionTree lambda) {
            for (TreePath value : GivenBack.ofLambda(path.getLeaf() == lambda ? path : new TreePath(path, lambda))) {
                roots.addAll(reached((ExpressionTree) value.getLeaf(), value));
            }
        }
        TreePath declaration = Bare.of(expression) instanceof IdentifierTree name
                ? LocalNames.declaration(path, name.getName()) : null;
        VariableTree local = declaration == null ? null : (VariableTree) declaration.getLeaf();
        if (local != null && followingStored.add(local)) {
            List<TreePath> values = new ArrayList<>(stored.getOrDefault(local, List.of()));
            values.addAll(assigned.getOrDefault(local, List.of()));
            if (local.getInitializer() != null) {
                values.add(new TreePath(declaration, local.getInitializer()));
            }
            for (TreePath value : values) {
                roots.addAll(reached((ExpressionTree) value.getLeaf(), value));
            }
            followingStored.remove(local);
        }
        return roots;
    }

    private Set<Root> nameRoots(IdentifierTree name, TreePath path) {
        if (name.getName().contentEquals("this")) {
            return Set.of(Root.RECEIVER);
        }
        TreePath declaration = LocalNames.declaration(path, name.getName());
        if (declaration == null) {
            // A number read from a field is no object.
            Optional<VariableElement> field = names.field(name.getName().toString());
            return field.isPresent() && field.get().asType().getKind().isPrimitive() ? Set.of()
                    : fieldRoots(name.getName().toString());
        }
        VariableTree variable = (VariableTree) declaration.getLeaf();
        int parameter = tree.getParameters().indexOf(variable);
        if (parameter >= 0 && method.getParameters().get(parameter).asType().getKind().isPrimitive()
                || !following.add(variable)) {
            return Set.of();
        }
        Set<Root> roots = new LinkedHashSet<>();
        Tree declaring = declaration.getParentPath().getLeaf();
        if (parameter >= 0) {
            // A parameter set again in the body may hold what it is set to, as any local may.
            roots.add(Root.parameter(parameter));
        } else if (declaring instanceof EnhancedForLoopTree loop) {
            roots.addAll(roots(loop.getExpression(), new TreePath(declaration.getParentPath(), loop.getExpression())));
        } else if (declaring instanceof LambdaExpressionTree) {
            roots.addAll(lambdaParameterRoots(declaration.getParentPath()));
        } else if (declaring instanceof CatchTree) {
            roots.add(Root.unknown("the exception `" + name + "` catches"));
        } else if (variable.getInitializer() != null) {
            roots.addAll(roots(variable.getInitializer(), new TreePath(declaration, variable.getInitializer())));
        }
        for (TreePath value : assigned.getOrDefault(variable, List.of())) {
            roots.addAll(roots((ExpressionTree) value.getLeaf(), value));
        }
        following.remove(variable);
        return roots;
    }

    /**
     * What a lambda's parameter may be: what the call it is handed to reaches, its receiver and
     * arguments, as the JDK's {@code forEach} and {@code computeIfAbsent} hand it; a method of the
     * compilation may hand it anything.
     */
    private Set<Root> lambdaParameterRoots(TreePath lambda) {
        Tree parent = lambda.getParentPath().getLeaf();
        if (!(parent instanceof MethodInvocationTree call)) {
            return Set.of(Root.unknown("a parameter of a lambda, or what a method reference is run with, not handed to a call"));
        }
        TreePath callPath = lambda.getParentPath();
        Set<Root> roots = new LinkedHashSet<>(receiverRoots(call, callPath, true));
        for (ExpressionTree argument : call.getArguments()) {
            if (argument != lambda.getLeaf()) {
                roots.addAll(reached(argument, new TreePath(callPath, argument)));
            }
        }
        if (Arity.applicable(callees(call, callPath), call.getArguments().size()).stream()
                .anyMatch(callee -> summaries.of(callee) != null)) {
            roots.add(Root.unknown("a parameter of a lambda handed to " + CalledName.of(call) + "()"));
        }
        return roots;
    }

    /** Where a call's result may come from: what its callee's summary says it returns, or, unseen, what it is given. */
    private Set<Root> resultRoots(MethodInvocationTree call, TreePath path) {
        if (JdkChanges.copied(call) != null || CalledName.of(call).equals("clone")
                || JdkChanges.createsNew(callees(call, path))) {
            return Set.of(Root.FRESH);
        }
        Set<Root> receiver = receiverRoots(call, path, true);
        Set<Root> roots = new LinkedHashSet<>();
        boolean summarised = false;
        for (ExecutableElement callee : Arity.applicable(callees(call, path), call.getArguments().size())) {
            MethodSummary summary = summaries.of(callee);
            if (summary != null) {
                summarised = true;
                Stream.concat(summary.returned().stream(), summary.held().stream()).forEach(root ->
                        roots.addAll(mapped(root, callee, call.getArguments(), receiver, path)));
            }
        }
        if (!summarised) {
            roots.addAll(receiver);
            call.getArguments().forEach(argument -> roots.addAll(reached(argument, new TreePath(path, argument))));
        }
        return roots;
    }

    /** Where the call's receiver may come from, and with {@code through} what is reached through it. */
    private Set<Root> receiverRoots(MethodInvocationTree call, TreePath path, boolean through) {
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            ExpressionTree receiver = select.getExpression();
            TreePath at = new TreePath(path, receiver);
            return typeName(receiver, path).isPresent() ? Set.of() : through ? reached(receiver, at) : roots(receiver, at);
        }
        return method.getModifiers().contains(Modifier.STATIC) ? Set.of() : Set.of(Root.RECEIVER);
    }

    /** Whether {@code select} reads a field that holds a number, no object. */
    private boolean holdsValue(MemberSelectTree select, TreePath path) {
        TypeElement owner = typeOf(select.getExpression(), new TreePath(path, select.getExpression()));
        return owner != null && ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
                .anyMatch(field -> field.getSimpleName().contentEquals(select.getIdentifier())
                        && field.asType().getKind().isPrimitive());
    }

    private Set<Root> fieldRoots(String name) {
        Optional<VariableElement> field = names.field(name);
        if (field.isEmpty()) {
            return Set.of(Root.unknown("`" + name + "`"));
        }
        if (field.get().getModifiers().contains(Modifier.STATIC)) {
            return Set.of(Root.staticField(field.get().getEnclosingElement().getSimpleName() + "." + name));
        }
        return Set.of(Root.RECEIVER);
    }

    /** The methods {@code call} may call, of its number of arguments. */
    List<ExecutableElement> calleesOf(MethodInvocationTree call, TreePath path) {
        return Arity.applicable(callees(call, path), call.getArguments().size());
    }

    boolean namesType(ExpressionTree expression, TreePath path) {
        return typeName(expression, path).isPresent();
    }

    Optional<VariableElement> fieldNamed(String name) {
        return names.field(name);
    }

    boolean isParameter(VariableTree variable) {
        return tree.getParameters().contains(variable);
    }

    /** The values a local of the method is assigned after its declaration. */
    List<TreePath> assignedValues(VariableTree variable) {
        return assigned.getOrDefault(variable, List.of());
    }

    /** The methods {@code call} may call, by name, on the class its receiver is declared with; none where that is unknown. */
    private List<ExecutableElement> callees(MethodInvocationTree call, TreePath path) {
        String name = CalledName.of(call);
        TypeElement owner;
        if (name.equals("this") || name.equals("super")) {
            TypeElement constructed = (TypeElement) method.getEnclosingElement();
            TypeElement type = name.equals("this") ? constructed : declared(constructed.getSuperclass());
            return type == null ? List.of() : ElementFilter.constructorsIn(type.getEnclosedElements());
        }
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            owner = typeOf(select.getExpression(), new TreePath(path, select.getExpression()));
        } else {
            owner = Members.ofUnqualifiedCall(elements, (TypeElement) method.getEnclosingElement(), names, name);
        }
        return owner == null ? List.of() : Members.methods(elements, owner, name);
    }

    private List<ExecutableElement> constructors(NewClassTree creation, TreePath path) {
        Tree type = creation.getIdentifier() instanceof ParameterizedTypeTree generic
                ? generic.getType() : creation.getIdentifier();
        Optional<TypeElement> created = type instanceof ExpressionTree name ? typeName(name, path) : Optional.empty();
        return created.map(element -> ElementFilter.constructorsIn(element.getEnclosedElements())).orElse(List.of());
    }

    /** The class the value of {@code expression} is declared with, or the class it names; {@code null} where unknown. */
    TypeElement typeOf(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof IdentifierTree name) {
            if (name.getName().contentEquals("this")) {
                return (TypeElement) method.getEnclosingElement();
            }
            TreePath declaration = LocalNames.declaration(path, name.getName());
            if (declaration != null) {
                VariableTree variable = (VariableTree) declaration.getLeaf();
                int parameter = tree.getParameters().indexOf(variable);
                if (parameter >= 0) {
                    return declared(method.getParameters().get(parameter).asType());
                }
                Tree written = variable.getType() instanceof ParameterizedTypeTree generic
                        ? generic.getType() : variable.getType();
                TypeElement type = written instanceof ExpressionTree typeName ? typeName(typeName, declaration).orElse(null) : null;
                return type != null || !(written instanceof IdentifierTree variableType) ? type
                        : TypeParameters.bound(method, variableType.getName().toString());
            }
            Optional<VariableElement> field = names.field(name.getName().toString());
            if (field.isPresent()) {
                return declared(field.get().asType());
            }
        }
        if (bare instanceof MemberSelectTree select && typeName(bare, path).isEmpty()) {
            TypeElement owner = typeOf(select.getExpression(), new TreePath(path, select.getExpression()));
            return owner == null ? null : ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
                    .filter(field -> field.getSimpleName().contentEquals(select.getIdentifier()))
                    .findFirst().map(field -> declared(field.asType())).orElse(null);
        }
        if (bare instanceof ArrayAccessTree element) {
            return elementClass(element, path);
        }
        if (bare instanceof MethodInvocationTree call) {
            List<TypeElement> results = Arity.applicable(callees(call, path), call.getArguments().size()).stream()
                    .map(callee -> declared(callee.getReturnType())).distinct().toList();
            return results.size() == 1 ? results.get(0) : null;
        }
        return typeName(bare, path).orElse(null);
    }

    /** The class of the elements {@code element} reads, of an array a parameter, a local or a field holds. */
    private TypeElement elementClass(ArrayAccessTree element, TreePath path) {
        int depth = 0;
        ExpressionTree array = element;
        while (Bare.of(array) instanceof ArrayAccessTree access) {
            array = access.getExpression();
            depth++;
        }
        ExpressionTree bare = Bare.of(array);
        TreePath declaration = bare instanceof IdentifierTree name ? LocalNames.declaration(path, name.getName()) : null;
        TypeMirror type = null;
        if (declaration != null) {
            int parameter = tree.getParameters().indexOf(declaration.getLeaf());
            if (parameter < 0) {
                Tree written = ((VariableTree) declaration.getLeaf()).getType();
                for (int k = 0; k < depth && written instanceof ArrayTypeTree arrayType; k++) {
                    written = arrayType.getType();
                }
                return written instanceof ExpressionTree typeName ? typeName(typeName, declaration).orElse(null) : null;
            }
            type = method.getParameters().get(parameter).asType();
        } else if (bare instanceof IdentifierTree name) {
            type = names.field(name.getName().toString()).map(VariableElement::asType).orElse(null);
        } else if (bare instanceof MemberSelectTree select) {
            type = selectedField(select, path).map(VariableElement::asType).orElse(null);
        }
        for (int k = 0; k < depth && type instanceof ArrayType arrayType; k++) {
            type = arrayType.getComponentType();
        }
        return type == null ? null : declared(type);
    }

    private static TypeElement declared(TypeMirror type) {
        DeclaredType declared = DeclaredTypes.of(type);
        return declared == null ? null : (TypeElement) declared.asElement();
    }

    /** The class {@code expression} names, where it is not a variable. */
    private Optional<TypeElement> typeName(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Bare.of(expression);
        if (bare instanceof IdentifierTree name && (LocalNames.declaration(path, name.getName()) != null
                || names.field(name.getName().toString()).isPresent())) {
            return Optional.empty();
        }
        return bare instanceof IdentifierTree || bare instanceof MemberSelectTree ? names.type(bare) : Optional.empty();
    }

}
