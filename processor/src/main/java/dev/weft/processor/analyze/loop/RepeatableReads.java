package dev.weft.processor.analyze.loop;

import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.effects.JdkChanges;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Whether computing an expression again, with nothing run in between, gives the same value and
 * changes nothing: it only reads names, fields and elements, and calls only getters that do
 * nothing but return a field ({@code r.name()} of a record), methods of values no call changes
 * ({@code word.toLowerCase()}, {@code line.substring(0, 1)}), the functions of {@code Math} but
 * {@code random} ({@code Math.abs(d)}) and the reads of a list or a map ({@code names.get(i)}). A
 * key computed twice, or a value an {@code if} compares and then keeps, must be one.
 */
final class RepeatableReads {
    /** What reads a list or a map, and gives the same for the same arguments while nothing changes it. */
    private static final Set<String> CONTAINER_READS = Set.of("get", "getOrDefault", "size", "isEmpty", "contains",
            "containsKey");
    private static final List<String> CONTAINERS = List.of("java.util.List", "java.util.Map");

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final LoopScope scope;

    RepeatableReads(MethodContext method, ExpressionTypes expressions, LoopScope scope) {
        this.method = method;
        this.expressions = expressions;
        this.scope = scope;
    }

    /** Whether the expression at {@code path} gives the same value again and changes nothing. */
    boolean of(TreePath path) {
        boolean[] repeatable = {!changes(path.getLeaf())};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree != null && repeatable[0] && changes(tree)) {
                    repeatable[0] = false;
                }
                return repeatable[0] ? super.scan(tree, unused) : null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                repeatable[0] = readingCall(call, getCurrentPath());
                return repeatable[0] ? super.visitMethodInvocation(call, unused) : null;
            }
        }.scan(path, null);
        return repeatable[0];
    }

    /** Whether evaluating {@code tree} itself, not what it holds, may change something or make something new. */
    private static boolean changes(Tree tree) {
        return switch (tree.getKind()) {
            case NEW_CLASS, NEW_ARRAY, LAMBDA_EXPRESSION, MEMBER_REFERENCE, ASSIGNMENT, PREFIX_INCREMENT, PREFIX_DECREMENT,
                    POSTFIX_INCREMENT, POSTFIX_DECREMENT, SWITCH_EXPRESSION -> true;
            default -> tree instanceof CompoundAssignmentTree;
        };
    }

    /**
     * A getter, a method of a value, a read of a list or a map, a function of {@code Math} but
     * {@code random}, or a method of the compilation that changes nothing and calls nothing that
     * varies or that Weft cannot see into ({@code score(x)}): its receiver and arguments are judged apart.
     */
    private boolean readingCall(MethodInvocationTree call, TreePath path) {
        String math = mathMethod(call.getMethodSelect(), path);
        if (math != null) {
            return !math.equals("random");
        }
        List<ExecutableElement> callees = expressions.calledMethods(call, path);
        if (!callees.isEmpty() && callees.stream().map(method.summaries()::of)
                .allMatch(summary -> summary != null && summary.repeatable())) {
            return true;
        }
        if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return false;
        }
        ExpressionTree receiver = select.getExpression();
        TreePath at = new TreePath(path, receiver);
        boolean getter = call.getArguments().isEmpty() && !callees.isEmpty()
                && callees.stream().allMatch(callee -> method.summaries().returnedField(callee).isPresent());
        TypeElement receiverClass = Syntax.strip(receiver) instanceof IdentifierTree name ? classOf(name, at) : null;
        boolean ofAValue = expressions.reachesNothing(receiver, at)
                || receiverClass != null && JdkChanges.VALUES.contains(receiverClass.getQualifiedName().toString());
        boolean containerRead = receiverClass != null && CONTAINER_READS.contains(select.getIdentifier().toString())
                && CONTAINERS.stream().anyMatch(container -> expressions.isSubtype(receiverClass, container));
        return getter || ofAValue || containerRead;
    }

    /**
     * The name of the {@code Math} or {@code StrictMath} method that {@code select} calls:
     * {@code Math.max}, or {@code max} statically imported and not hidden by a method of the
     * class; {@code null} for any other call.
     */
    String mathMethod(ExpressionTree select, TreePath path) {
        if (select instanceof MemberSelectTree qualified) {
            return qualified.getExpression().toString().matches("(java\\.lang\\.)?(Strict)?Math")
                    ? qualified.getIdentifier().toString() : null;
        }
        if (!(select instanceof IdentifierTree simple)
                || method.resolver().ownerOfMember(simple.getName().toString(), ElementKind.METHOD) != null) {
            return null;
        }
        String name = simple.getName().toString();
        for (ImportTree anImport : path.getCompilationUnit().getImports()) {
            String imported = anImport.getQualifiedIdentifier().toString();
            if (anImport.isStatic()
                    && imported.matches("java\\.lang\\.(Strict)?Math\\.(\\*|" + Pattern.quote(name) + ")")) {
                return name;
            }
        }
        return null;
    }

    /** The class a variable is declared with or, for {@code var}, created as; {@code null} where neither shows. */
    TypeElement classOf(IdentifierTree name, TreePath path) {
        TypeElement type = expressions.classOf(name, path);
        VariableTree declaration = type == null ? scope.resolve(name, path).declaration() : null;
        if (declaration == null) {
            return type;
        }
        Tree written = method.writtenType(declaration);
        return written != null ? expressions.writtenClass(written)
                : declaration.getInitializer() instanceof NewClassTree created ? expressions.writtenClass(created.getIdentifier()) : null;
    }
}
