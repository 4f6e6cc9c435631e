package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.FieldResolver;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds calls in a loop body that change a collection, a map or a string builder declared outside
 * the loop: {@code results.add(x)}, {@code counts.merge(k, 1, Integer::sum)}. Iterations running at
 * the same time would race on it, and even a synchronized one would see its elements arrive in
 * another order than the loop's. The classes of {@code java.util.concurrent} are made for this
 * and pass, as do collections the loop body declares itself.
 */
final class SharedCollections extends TreePathScanner<Void, Void> {
    /** What changes a {@code Collection}, a {@code List}, a {@code Deque}, a {@code Map} or a string builder. */
    private static final Set<String> CHANGING = Set.of(
            "add", "addAll", "addFirst", "addLast", "remove", "removeAll", "removeIf", "removeFirst", "removeLast",
            "retainAll", "clear", "set", "sort", "replaceAll", "offer", "offerFirst", "offerLast", "poll",
            "pollFirst", "pollLast", "push", "pop", "put", "putAll", "putIfAbsent", "replace", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "append", "insert", "delete", "deleteCharAt",
            "reverse", "setLength", "setCharAt");
    private static final List<String> SHARED_KINDS =
            List.of("java.util.Collection", "java.util.Map", "java.lang.StringBuilder", "java.lang.StringBuffer");

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final LoopScope scope;
    private final Types types;
    private final Elements elements;
    private final FieldResolver classNames;
    /** The counted loop's variable, {@code null} for an enhanced {@code for}. */
    private final String loopVariable;

    private SharedCollections(MethodContext method, ExpressionTypes expressions, TreePath loop,
            ProcessingEnvironment env) {
        this.method = method;
        this.expressions = expressions;
        this.scope = new LoopScope(method, loop);
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.classNames = new FieldResolver(elements, method.type(), method.path().getCompilationUnit());
        this.loopVariable = loop.getLeaf() instanceof ForLoopTree counted && counted.getInitializer().size() == 1
                && counted.getInitializer().get(0) instanceof VariableTree variable ? variable.getName().toString() : null;
    }

    /** Reports each call in the loop at {@code loop} that changes such a container declared outside it. */
    static void check(MethodContext method, ExpressionTypes expressions, TreePath loop, ProcessingEnvironment env) {
        new SharedCollections(method, expressions, loop, env).scan(loop, null);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return null; // a local or anonymous class's methods run whenever they are called, not per iteration
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (tree.getMethodSelect() instanceof MemberSelectTree select
                && CHANGING.contains(select.getIdentifier().toString()) && !setsOwnElement(select, tree)) {
            ExpressionTree receiver = Syntax.strip(select.getExpression());
            Resolution resolution = receiver instanceof IdentifierTree variable
                    ? scope.resolve(variable, getCurrentPath()) : Resolution.OTHER;
            boolean outer = resolution.isOuterVariable() || resolution.kind() == Resolution.Kind.FIELD;
            String shared = outer ? sharedKind((IdentifierTree) receiver, resolution) : null;
            if (shared != null) {
                method.error(getCurrentPath(), tree, "`" + method.source().text(tree) + "` changes `" + receiver
                        + "`, a " + shared + " declared outside this @ParallelFor loop, from iterations that run at "
                        + "the same time: they would race on it, and its elements would not arrive in the loop's "
                        + "order. Set the element at the loop index of an array (`out[i] = ...`), or accumulate with "
                        + "a reduction; for a collection whose order does not matter, declare it with a concurrent "
                        + "type of java.util.concurrent (ConcurrentMap, ConcurrentLinkedQueue)");
            }
        }
        return super.visitMethodInvocation(tree, unused);
    }

    /** Whether the call is {@code list.set(i, v)} at the loop's own index, which like {@code a[i] = v} races with nothing. */
    private boolean setsOwnElement(MemberSelectTree select, MethodInvocationTree call) {
        return select.getIdentifier().contentEquals("set") && call.getArguments().size() == 2
                && loopVariable != null && Syntax.isName(call.getArguments().get(0), loopVariable);
    }

    /** The class a local's written type names, as javac will resolve it; {@code null} for none. */
    private TypeElement writtenClass(Tree type) {
        Tree raw = type instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : type;
        return raw instanceof ExpressionTree name ? classNames.type(name).orElse(null) : null;
    }

    /** The shared, unsynchronised container class {@code variable} is declared with; {@code null} for any other. */
    private String sharedKind(IdentifierTree variable, Resolution resolution) {
        DeclaredType declared = ExpressionTypes.declared(expressions.of(variable, getCurrentPath()));
        TypeElement type = declared != null ? (TypeElement) declared.asElement()
                : resolution.kind() == Resolution.Kind.LOCAL ? writtenClass(method.writtenType(resolution.declaration()))
                : null;
        if (type == null || type.getQualifiedName().toString().startsWith("java.util.concurrent.")) {
            return null;
        }
        TypeMirror erased = types.erasure(type.asType());
        for (String kind : SHARED_KINDS) {
            TypeElement shared = elements.getTypeElement(kind);
            if (shared != null && types.isSubtype(erased, types.erasure(shared.asType()))) {
                return type.getQualifiedName().toString();
            }
        }
        return null;
    }
}
