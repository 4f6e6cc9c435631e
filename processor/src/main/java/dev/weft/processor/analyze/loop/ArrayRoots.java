package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.effects.JdkChanges;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Which arrays an outer variable of a loop's method may be, as the method itself shows: a local
 * set from a parameter ({@code double[] c = a}), from a field ({@code c = other.cells}), from a row
 * of another array ({@code c = m[0]}) or from a call Weft does not follow. Two names with a root in
 * common may be one array, so writing through one and reading through the other is a dependence
 * that comparing names alone would miss.
 *
 * <p>Arrays the method is handed, and arrays a call returns, are taken to be distinct from the
 * method's other parameters, as Fortran takes its arguments to be; what a call returns may still be
 * any field's array, but for an array the call's summaries say it creates ({@code m.getArrayCopy()})
 * and the array a getter returns of an object the method has just built,
 * where the building sets that field only to new arrays and nothing else reaches the object until
 * the loop is over ({@code Matrix x = new Matrix(m, n); double[][] c = x.getArray();}).
 */
final class ArrayRoots {
    /** An array a name may be: a parameter or outer local by its name, a field by its name, or one Weft cannot tell. */
    record Root(Kind kind, String name) {
        enum Kind { VARIABLE, FIELD, UNKNOWN }

        static final Root UNKNOWN = new Root(Kind.UNKNOWN, "");

        /** Whether an array this root stands for may be one {@code other} stands for. */
        boolean meets(Root other) {
            if (kind == Kind.UNKNOWN || other.kind == Kind.UNKNOWN) {
                return kind != Kind.VARIABLE && other.kind != Kind.VARIABLE;
            }
            return equals(other);
        }
    }

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "short", "char", "int", "long", "float",
            "double");

    private final LoopScope scope;
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final TreePath loop;
    private final Map<VariableTree, Map<Root, String>> known = new LinkedHashMap<>();

    ArrayRoots(LoopScope scope, MethodContext method, ExpressionTypes expressions, TreePath loop) {
        this.scope = scope;
        this.method = method;
        this.expressions = expressions;
        this.loop = loop;
    }

    /**
     * The roots of the outer variable or field {@code name}, resolved as {@code resolution}, each
     * with how it gets there ({@code `c = a` (Foo.java:12)}); empty for an array the method creates.
     */
    Map<Root, String> of(String name, Resolution resolution) {
        if (holdsNumber(name, resolution)) {
            return Map.of();
        }
        return switch (resolution.kind()) {
            case PARAMETER -> Map.of(new Root(Root.Kind.VARIABLE, name), "");
            case FIELD -> Map.of(new Root(Root.Kind.FIELD, name), "");
            case LOCAL -> resolution.insideLoop() ? Map.of() : local(resolution.declaration(), new HashSet<>());
            default -> Map.of();
        };
    }

    /** Whether a type, as declared, is a one-dimensional array of a primitive type: its elements are values. */
    static boolean primitiveRow(String declaredType) {
        return declaredType.endsWith("[]")
                && PRIMITIVES.contains(declaredType.substring(0, declaredType.length() - "[]".length()));
    }

    /** Whether the variable is declared with a primitive type, so names no array. */
    private boolean holdsNumber(String name, Resolution resolution) {
        return switch (resolution.kind()) {
            case FIELD -> resolution.field() != null && resolution.field().asType().getKind().isPrimitive();
            case PARAMETER -> method.parameter(name) != null && method.parameter(name).asType().getKind().isPrimitive();
            case LOCAL -> PRIMITIVES.contains(LoopHeader.declaredType(resolution.declaration(), method));
            default -> false;
        };
    }

    private Map<Root, String> local(VariableTree declaration, Set<VariableTree> following) {
        Map<Root, String> cached = known.get(declaration);
        if (cached != null) {
            return cached;
        }
        Map<Root, String> roots = new LinkedHashMap<>();
        roots.put(new Root(Root.Kind.VARIABLE, declaration.getName().toString()), "");
        if (!following.add(declaration)) {
            return roots;
        }
        for (TreePath value : values(declaration)) {
            String how = "`" + declaration.getName() + " = " + method.source().text(value.getLeaf()) + "` ("
                    + method.source().location(value.getLeaf()) + ")";
            sources((ExpressionTree) value.getLeaf(), value, following)
                    .forEach((root, deeper) -> roots.putIfAbsent(root, deeper.isEmpty() ? how : how + ", " + deeper));
        }
        known.put(declaration, roots);
        return roots;
    }

    /** The initializer of the local and every value the method assigns it. */
    private Set<TreePath> values(VariableTree declaration) {
        Set<TreePath> values = new LinkedHashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree variable, Void unused) {
                if (variable == declaration && variable.getInitializer() != null) {
                    values.add(new TreePath(getCurrentPath(), variable.getInitializer()));
                }
                return super.visitVariable(variable, unused);
            }

            @Override
            public Void visitAssignment(AssignmentTree assignment, Void unused) {
                if (strip(assignment.getVariable()) instanceof IdentifierTree name
                        && scope.resolve(name, new TreePath(getCurrentPath(), name)).declaration() == declaration) {
                    values.add(new TreePath(getCurrentPath(), assignment.getExpression()));
                }
                return super.visitAssignment(assignment, unused);
            }
        }.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return values;
    }

    /** The roots of the array {@code value} denotes. */
    private Map<Root, String> sources(ExpressionTree value, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = strip(value);
        TreePath at = new TreePath(path, bare);
        if (bare instanceof TypeCastTree cast) {
            return sources(cast.getExpression(), at, following);
        }
        if (bare instanceof ConditionalExpressionTree choice) {
            Map<Root, String> either = new LinkedHashMap<>(sources(choice.getTrueExpression(), at, following));
            sources(choice.getFalseExpression(), at, following).forEach(either::putIfAbsent);
            return either;
        }
        String unowned = unownedBecause(bare, at);
        boolean returnsNew = bare instanceof MethodInvocationTree call
                && method.summaries().returnOnlyNew(expressions.calledMethods(call, at));
        if (bare instanceof NewArrayTree || bare.getKind() == Tree.Kind.NULL_LITERAL || fresh(bare) || returnsNew
                || unowned == null) {
            return Map.of();
        }
        if (bare instanceof IdentifierTree name) {
            Resolution resolution = scope.resolve(name, at);
            return resolution.kind() == Resolution.Kind.LOCAL && !holdsNumber(name.getName().toString(), resolution)
                    ? local(resolution.declaration(), following) : of(name.getName().toString(), resolution);
        }
        if (bare instanceof MemberSelectTree select) {
            return Map.of(new Root(Root.Kind.FIELD, select.getIdentifier().toString()), "");
        }
        if (bare instanceof ArrayAccessTree row) {
            return sources(row.getExpression(), at, following);
        }
        ExpressionTree viewed = bare instanceof MethodInvocationTree call ? JdkChanges.viewed(call) : null;
        if (viewed != null) {
            // Arrays.asList(a), list.subList(1, n): the same elements as what they view.
            return sources(viewed, at, following);
        }
        return Map.of(Root.UNKNOWN, "a value Weft does not follow, which may be any field's array"
                + (unowned.isEmpty() ? "" : " (" + unowned + ")"));
    }

    /**
     * Why {@code value} may not be an array an object the method has just built holds of its own:
     * {@code null} where it is, a getter's result ({@code x.getArray()}) of an outer local the method
     * sets only to a new object of a class of the compilation ({@code Matrix x = new Matrix(m, n)}),
     * whose building sets the getter's field only to objects it creates, where the method uses the
     * local for nothing else until the loop is over, so that no other name reaches the array while
     * the loop runs. Empty for a value of another shape.
     */
    private String unownedBecause(ExpressionTree value, TreePath path) {
        if (!(value instanceof MethodInvocationTree call) || !call.getArguments().isEmpty()
                || !(call.getMethodSelect() instanceof MemberSelectTree select)
                || !(strip(select.getExpression()) instanceof IdentifierTree receiver)) {
            return "";
        }
        List<VariableElement> fields = expressions.calledMethods(call, path).stream()
                .map(getter -> method.summaries().returnedField(getter).orElse(null)).distinct().toList();
        Resolution object = scope.resolve(receiver, new TreePath(new TreePath(path, select), receiver));
        if (fields.size() != 1 || fields.get(0) == null || object.kind() != Resolution.Kind.LOCAL || object.insideLoop()
                || method.reassigned().contains(receiver.getName().toString())
                || !(strip(object.declaration().getInitializer()) instanceof NewClassTree creation)
                || creation.getClassBody() != null) {
            return "";
        }
        Tree elsewhere = usedElsewhere(object.declaration(), select.getExpression());
        if (elsewhere != null) {
            return "`" + receiver + "` is used at " + method.source().location(elsewhere) + " before the loop is over, "
                    + "where its array may be reached by another name";
        }
        return method.summaries().sharedWhenBuiltBy(fields.get(0), expressions.constructors(creation)).orElse(null);
    }

    /**
     * Where the method uses {@code local} other than as {@code use} before the loop and every loop
     * around it are over, while something may reach the local's object; {@code null} where it does not.
     */
    private Tree usedElsewhere(VariableTree local, ExpressionTree use) {
        TreePath outermost = loop;
        for (TreePath at = loop; at != null && at.getLeaf() != method.tree(); at = at.getParentPath()) {
            if (at.getLeaf() instanceof ForLoopTree || at.getLeaf() instanceof EnhancedForLoopTree
                    || at.getLeaf() instanceof WhileLoopTree || at.getLeaf() instanceof DoWhileLoopTree) {
                outermost = at;
            }
        }
        int after = method.source().end(outermost.getLeaf());
        Tree[] elsewhere = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (elsewhere[0] == null && name != use && scope.resolve(name, getCurrentPath()).declaration() == local
                        && method.source().start(name) < after) {
                    elsewhere[0] = name;
                }
                return null;
            }
        }.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return elsewhere[0];
    }

    /** {@code a.clone()} and the copies {@code Arrays} makes: a new array. */
    private static boolean fresh(ExpressionTree value) {
        if (!(value instanceof MethodInvocationTree call) || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return false;
        }
        String name = select.getIdentifier().toString();
        return name.equals("clone") && call.getArguments().isEmpty()
                || name.startsWith("copyOf") && strip(select.getExpression()).toString().matches("(java\\.util\\.)?Arrays");
    }
}
