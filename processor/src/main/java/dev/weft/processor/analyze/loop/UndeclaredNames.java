package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.MissingTypes;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds a name in the method that javac will report as not declared: a variable, or a method
 * called by its simple name, that no local, parameter, field, method or static import provides,
 * or a member that a value lacks whose class the declarations show for certain ({@code this},
 * arrays, parameters, fields, typed locals, and chains of fields and calls from them).
 * The twin copies the method's text, so javac would report that error again in the companion, once
 * per copy. Only what is certain counts: a name inside a local or anonymous class, where inherited
 * members are unknown before attribution, or in a class whose supertypes javac has not resolved
 * yet, is taken to be declared.
 */
final class UndeclaredNames extends TreePathScanner<Void, Void> {
    /** What any array has besides {@code length}: the methods of {@code Object}, {@code clone} public. */
    private static final Set<String> ARRAY_METHODS =
            Set.of("clone", "getClass", "hashCode", "equals", "toString", "wait", "notify", "notifyAll", "finalize");

    /**
     * A use of something nothing declares.
     *
     * @param tree where javac reports it
     * @param text how it is written, with {@code ()} for a call
     */
    record Undeclared(Tree tree, String text) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final Elements elements;
    private Undeclared found;

    private UndeclaredNames(MethodContext method, ExpressionTypes expressions, Elements elements) {
        this.method = method;
        this.expressions = expressions;
        this.elements = elements;
    }

    /**
     * The first name in the method's body that nothing declares, or {@code null}: an identifier, or
     * a member selected through a value whose class is certain.
     */
    static Undeclared first(MethodContext method, ExpressionTypes expressions, Elements elements) {
        if (MissingTypes.aroundOrAbove(method.type())) {
            return null;
        }
        UndeclaredNames scanner = new UndeclaredNames(method, expressions, elements);
        scanner.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return scanner.found;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        return null; // a local or anonymous class: its inherited members are unknown here
    }

    @Override
    public Void visitAnnotation(AnnotationTree tree, Void unused) {
        return null; // attribute names, and constants the processor does not look up
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (found == null && isUndeclared(tree)) {
            found = new Undeclared(tree, tree.getName() + (isCalled(tree) ? "()" : ""));
        }
        return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (found == null && isUndeclaredMember(tree)) {
            found = new Undeclared(tree, tree + (isCalled(tree) ? "()" : ""));
        }
        return super.visitMemberSelect(tree, unused);
    }

    private boolean isUndeclaredMember(MemberSelectTree tree) {
        String name = tree.getIdentifier().toString();
        boolean called = isCalled(tree);
        ExpressionTree qualifier = Syntax.strip(tree.getExpression());
        if (!isCertainValue(qualifier)) {
            return false;
        }
        TypeMirror type = expressions.of(qualifier, getCurrentPath());
        if (type instanceof ArrayType) {
            return called ? !ARRAY_METHODS.contains(name) : !name.equals("length");
        }
        DeclaredType declared = ExpressionTypes.declared(type);
        if (declared == null || MissingTypes.inSupertypes(declared)) {
            return false;
        }
        // An interface's members include Object's public methods, which javac does not list for it.
        TypeElement object = elements.getTypeElement("java.lang.Object");
        return Stream.of((TypeElement) declared.asElement(), object)
                .flatMap(owner -> method.resolver().members(owner).stream())
                .noneMatch(member -> member.getSimpleName().contentEquals(name)
                        && (called ? member.getKind() == ElementKind.METHOD : member.getKind().isField()));
    }

    /**
     * Whether {@code expression} is a value whose class the declarations show for certain: a chain
     * of fields, calls and array elements from {@code this}, a parameter, a field or a local declared
     * with its type. A conditional, or a {@code var}, could have another class than Weft follows.
     */
    private boolean isCertainValue(ExpressionTree expression) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof MemberSelectTree select) {
            return select.getIdentifier().contentEquals("this") || isCertainValue(select.getExpression());
        }
        if (bare instanceof ArrayAccessTree element) {
            return isCertainValue(element.getExpression());
        }
        if (bare instanceof MethodInvocationTree call) {
            return !(call.getMethodSelect() instanceof MemberSelectTree select) || isCertainValue(select.getExpression());
        }
        if (!(bare instanceof IdentifierTree name)) {
            return false;
        }
        if (name.getName().contentEquals("this")) {
            return true;
        }
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name.getName().toString(), null);
        return switch (resolution.kind()) {
            case FIELD, PARAMETER -> true;
            case LOCAL -> method.writtenType(resolution.declaration()) != null;
            default -> false;
        };
    }

    private boolean isCalled(Tree tree) {
        return getCurrentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == tree;
    }

    private boolean isUndeclared(IdentifierTree tree) {
        String name = tree.getName().toString();
        if (name.equals("this") || name.equals("super") || isStaticallyImported(name)) {
            return false;
        }
        if (isCalled(tree)) {
            return !method.resolver().localClassDeclaresMethod(getCurrentPath(), name)
                    && method.resolver().ownerOfMember(name, ElementKind.METHOD) == null;
        }
        return isValue(tree, getCurrentPath().getParentPath().getLeaf())
                && method.resolver().resolve(getCurrentPath(), name, null).kind() == Resolution.Kind.OTHER
                && method.resolver().ownerOfMember(name, NameResolver.TYPES) == null;
    }

    /**
     * Whether {@code tree} stands where only a value can: an operand, an argument, an initializer,
     * a condition. Elsewhere a simple name may be a type, a package or an enum constant of a
     * {@code case}, which a processor cannot look up with certainty.
     */
    private static boolean isValue(Tree tree, Tree parent) {
        if (parent instanceof BinaryTree || parent instanceof UnaryTree || parent instanceof ConditionalExpressionTree
                || parent instanceof ParenthesizedTree || parent instanceof AssignmentTree
                || parent instanceof CompoundAssignmentTree || parent instanceof ArrayAccessTree
                || parent instanceof ExpressionStatementTree || parent instanceof ReturnTree
                || parent instanceof ThrowTree || parent instanceof LambdaExpressionTree) {
            return true;
        }
        if (parent instanceof MethodInvocationTree call) {
            return call.getArguments().contains(tree);
        }
        if (parent instanceof NewClassTree created) {
            return created.getArguments().contains(tree);
        }
        if (parent instanceof NewArrayTree array) {
            return array.getDimensions().contains(tree)
                    || array.getInitializers() != null && array.getInitializers().contains(tree);
        }
        if (parent instanceof VariableTree variable) {
            return variable.getInitializer() == tree;
        }
        if (parent instanceof TypeCastTree cast) {
            return cast.getExpression() == tree;
        }
        if (parent instanceof InstanceOfTree test) {
            return test.getExpression() == tree;
        }
        if (parent instanceof ForLoopTree loop) {
            return loop.getCondition() == tree;
        }
        return parent instanceof EnhancedForLoopTree loop && loop.getExpression() == tree;
    }

    /** Whether a static import of the file can bring {@code name} into scope; unknown ones can. */
    private boolean isStaticallyImported(String name) {
        for (ImportTree anImport : method.path().getCompilationUnit().getImports()) {
            if (!anImport.isStatic() || !(anImport.getQualifiedIdentifier() instanceof MemberSelectTree imported)) {
                continue;
            }
            String member = imported.getIdentifier().toString();
            if (member.equals(name)) {
                return true;
            }
            if (member.equals("*")) {
                TypeElement owner = elements.getTypeElement(imported.getExpression().toString());
                if (owner == null || MissingTypes.inSupertypes(owner.asType()) || hasStaticMember(owner, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasStaticMember(TypeElement owner, String name) {
        for (Element member : method.resolver().members(owner)) {
            if (member.getSimpleName().contentEquals(name) && member.getModifiers().contains(Modifier.STATIC)) {
                return true;
            }
        }
        return false;
    }
}
