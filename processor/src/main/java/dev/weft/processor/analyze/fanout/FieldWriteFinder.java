package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.FieldResolver;
import dev.weft.processor.analyze.Writes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Finds the writes of a method body to static fields and to fields of {@code this}, the state that
 * parallel calls would share.
 *
 * <p>Names are resolved from the source (see {@link FieldResolver}), so this class keeps the scopes
 * javac would: a name that a local variable, parameter, lambda parameter, resource, catch or pattern
 * variable in scope declares is not a field. Inside a class declared in the body, that class's own
 * fields and its {@code this} belong to the objects the call creates, which it may change freely.
 */
final class FieldWriteFinder extends TreePathScanner<Void, Void> {
    /** The trees whose declarations are visible only inside them; try and class scopes are special. */
    private static final Set<Tree.Kind> SCOPES = EnumSet.of(Tree.Kind.METHOD, Tree.Kind.BLOCK,
            Tree.Kind.FOR_LOOP, Tree.Kind.ENHANCED_FOR_LOOP, Tree.Kind.LAMBDA_EXPRESSION, Tree.Kind.CATCH,
            Tree.Kind.SWITCH, Tree.Kind.SWITCH_EXPRESSION);

    private final FieldResolver resolver;
    private final Deque<Set<String>> scopes = new ArrayDeque<>();
    private final List<FieldWrite> writes = new ArrayList<>();
    /** How many classes declared inside the method enclose the current tree. */
    private int localClassDepth;

    private FieldWriteFinder(FieldResolver resolver) {
        this.resolver = resolver;
    }

    /** The writes to shared fields in the method at {@code method}, in source order. */
    static List<FieldWrite> find(TreePath method, FieldResolver resolver) {
        FieldWriteFinder finder = new FieldWriteFinder(resolver);
        // Scanning from a path bypasses scan(Tree), which opens the method's own scope.
        finder.inNewScope(() -> finder.scan(method, null));
        return finder.writes;
    }

    @Override
    public Void visitAnnotation(AnnotationTree tree, Void unused) {
        return null; // `name = value` there sets an annotation's attribute, no variable
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
        scopes.peek().add(tree.getName().toString());
        return super.visitVariable(tree, unused);
    }

    @Override
    public Void scan(Tree tree, Void unused) {
        ExpressionTree written = Writes.target(tree);
        if (written != null) {
            check(written);
        }
        return tree != null && SCOPES.contains(tree.getKind())
                ? inNewScope(() -> super.scan(tree, unused))
                : super.scan(tree, unused);
    }

    @Override
    public Void visitTry(TryTree tree, Void unused) {
        // Resources are in scope in the try block only, not in its catch and finally clauses.
        inNewScope(() -> {
            scan(tree.getResources(), unused);
            return scan(tree.getBlock(), unused);
        });
        scan(tree.getCatches(), unused);
        return scan(tree.getFinallyBlock(), unused);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return inNewScope(() -> {
            // A class's fields are in scope throughout its body, before their declarations too.
            for (Tree member : tree.getMembers()) {
                if (member instanceof VariableTree field) {
                    scopes.peek().add(field.getName().toString());
                }
            }
            localClassDepth++;
            try {
                return super.visitClass(tree, unused);
            } finally {
                localClassDepth--;
            }
        });
    }

    private Void inNewScope(Supplier<Void> body) {
        scopes.push(new HashSet<>());
        try {
            return body.get();
        } finally {
            scopes.pop();
        }
    }

    private boolean isLocal(String name) {
        return scopes.stream().anyMatch(scope -> scope.contains(name));
    }

    private void check(ExpressionTree written) {
        ExpressionTree target = Bare.of(written);
        if (target instanceof IdentifierTree identifier) {
            checkSimpleName(identifier);
        } else if (target instanceof MemberSelectTree select) {
            checkQualifiedName(select);
        }
    }

    private void checkSimpleName(IdentifierTree identifier) {
        String name = identifier.getName().toString();
        if (!isLocal(name)) {
            resolver.field(name).ifPresent(field -> report(identifier, identifier, Optional.of(field)));
        }
    }

    private void checkQualifiedName(MemberSelectTree select) {
        String name = select.getIdentifier().toString();
        ExpressionTree qualifier = select.getExpression();
        if (qualifier instanceof IdentifierTree identifier
                && (identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super"))) {
            if (localClassDepth == 0) {
                report(select, qualifier, resolver.field(name));
            }
        } else if (qualifier instanceof MemberSelectTree outer && outer.getIdentifier().contentEquals("this")) {
            if (resolver.namesClassOrEnclosing(lastName(outer.getExpression()))) {
                report(select, start(qualifier), resolver.field(name));
            }
        } else if (!(qualifier instanceof IdentifierTree variable && isVariable(variable.getName().toString()))) {
            resolver.type(qualifier)
                    .flatMap(type -> resolver.staticField(type, name))
                    .ifPresent(field -> report(select, start(qualifier), Optional.of(field)));
        }
    }

    /** Whether a local or a field claims {@code name}: javac gives variables precedence over types. */
    private boolean isVariable(String name) {
        return isLocal(name) || resolver.field(name).isPresent();
    }

    /**
     * Records a write to {@code target}, reported at {@code at}; {@code field} is what the target
     * resolves to, absent when {@code this.x} names a field the class inherits from a type not
     * available to the processor.
     */
    private void report(ExpressionTree target, Tree at, Optional<VariableElement> field) {
        boolean isStatic = field.map(found -> found.getModifiers().contains(Modifier.STATIC)).orElse(false);
        String shown = isStatic
                ? field.get().getEnclosingElement().getSimpleName() + "." + field.get().getSimpleName()
                : target.toString();
        writes.add(new FieldWrite(target, at, shown, isStatic));
    }

    private static String lastName(ExpressionTree tree) {
        return tree instanceof MemberSelectTree select ? select.getIdentifier().toString() : tree.toString();
    }

    /** The leftmost part of a qualified name, so that the error's column is where the name starts. */
    private static Tree start(ExpressionTree tree) {
        while (tree instanceof MemberSelectTree select) {
            tree = select.getExpression();
        }
        return tree;
    }
}
