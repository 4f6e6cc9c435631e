package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Makes the class's members reachable from the companion: {@code this} and instance members go
 * through the receiver parameter, static members and member types are qualified with their class.
 * A private member cannot be reached at all, which is reported at each use.
 */
final class MemberReferences extends TreePathScanner<Void, Void> {
    private static final ElementKind[] TYPES = {
        ElementKind.CLASS, ElementKind.INTERFACE, ElementKind.ENUM, ElementKind.RECORD, ElementKind.ANNOTATION_TYPE
    };

    private final MethodContext method;

    private MemberReferences(MethodContext method) {
        this.method = method;
    }

    /** Records the method's edits in {@code method.edits()} and reports what cannot be reached. */
    static void rewrite(MethodContext method) {
        new MemberReferences(method).scan(new TreePath(method.path(), method.tree().getBody()), null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        String name = tree.getName().toString();
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (name.equals("this")) {
            if (method.receiver() != null && !insideLocalClass()) {
                replace(tree, method.receiver(), true);
            }
        } else if (name.equals("super")) {
            if (insideLocalClass()) {
                return null; // the local class's own superclass
            }
            method.error(getCurrentPath(), tree, "`super` cannot be used in a method with @ParallelFor "
                    + "loops: its twin in " + method.companionName() + " is static and has no superclass. Call the "
                    + "superclass method through a package-private method of " + method.type().getSimpleName());
        } else if (!(parent instanceof MethodInvocationTree call && call.getMethodSelect() == tree)) {
            identifier(tree, name);
        }
        return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (tree.getMethodSelect() instanceof IdentifierTree called) {
            String name = called.getName().toString();
            if (!name.equals("this") && !name.equals("super")
                    && !method.resolver().localClassDeclaresMethod(getCurrentPath(), name)) {
                TypeElement owner = method.resolver().ownerOfMember(name, ElementKind.METHOD);
                if (owner != null) {
                    call(called, name, owner, tree.getArguments().size());
                }
            }
        }
        return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (tree.getIdentifier().contentEquals("this") && method.receiver() != null && !insideLocalClass()) {
            replace(tree, method.receiver(), true);
            return null;
        }
        if (reachesOwnClass(tree.getExpression())) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            String name = tree.getIdentifier().toString();
            if (parent instanceof MethodInvocationTree call && call.getMethodSelect() == tree) {
                List<ExecutableElement> candidates = candidates(method.type(), name, call.getArguments().size());
                if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
                    reportPrivate(tree, "method " + name + "()");
                }
            } else {
                Element field = method.resolver().member(method.type(), name, ElementKind.FIELD);
                if (field != null && field.getModifiers().contains(Modifier.PRIVATE)) {
                    reportPrivate(tree, "field " + name);
                }
            }
        }
        return super.visitMemberSelect(tree, unused);
    }

    private void identifier(IdentifierTree tree, String name) {
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name, null);
        if (resolution.kind() == Resolution.Kind.FIELD) {
            Element field = resolution.field();
            if (field.getModifiers().contains(Modifier.PRIVATE)) {
                reportPrivate(tree, "field " + name);
            } else {
                member(tree, name, resolution.owner(), field.getModifiers().contains(Modifier.STATIC));
            }
        } else if (resolution.kind() == Resolution.Kind.OTHER) {
            memberType(tree, name);
        }
    }

    private void memberType(IdentifierTree tree, String name) {
        for (Element t = method.type(); t instanceof TypeElement type; t = type.getEnclosingElement()) {
            if (type.getSimpleName().contentEquals(name)) {
                replace(tree, MethodContext.relativeName(type), false);
                return;
            }
        }
        TypeElement owner = method.resolver().ownerOfMember(name, TYPES);
        if (owner == null) {
            return;
        }
        for (ElementKind kind : TYPES) {
            Element type = method.resolver().member(owner, name, kind);
            if (type != null && type.getModifiers().contains(Modifier.PRIVATE)) {
                reportPrivate(tree, "class " + name);
                return;
            }
        }
        replace(tree, MethodContext.relativeName(owner) + "." + name, false);
    }

    private void call(IdentifierTree called, String name, TypeElement owner, int arguments) {
        List<ExecutableElement> candidates = candidates(owner, name, arguments);
        if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
            reportPrivate(called, "method " + name + "()");
            return;
        }
        member(called, name, owner, candidates.stream().allMatch(m -> m.getModifiers().contains(Modifier.STATIC)));
    }

    private void member(Tree tree, String name, TypeElement owner, boolean isStatic) {
        if (isStatic) {
            replace(tree, MethodContext.relativeName(owner) + "." + name, false);
        } else if (owner.equals(method.type()) && method.receiver() != null) {
            replace(tree, method.receiver() + "." + name, true);
        } else if (!owner.equals(method.type())) {
            method.error(getCurrentPath(), tree, "`" + name + "` is an instance member of the enclosing "
                    + "class " + owner.getSimpleName() + ", which the static twin in " + method.companionName()
                    + " cannot reach. Pass what the method needs as a parameter");
        }
    }

    private List<ExecutableElement> candidates(TypeElement owner, String name, int arguments) {
        List<ExecutableElement> all = method.resolver().methods(owner, name);
        List<ExecutableElement> matching = new ArrayList<>();
        for (ExecutableElement candidate : all) {
            int parameters = candidate.getParameters().size();
            if (parameters == arguments || candidate.isVarArgs() && arguments >= parameters - 1) {
                matching.add(candidate);
            }
        }
        return matching.isEmpty() ? all : matching;
    }

    private boolean namesOwnClass(Tree expression) {
        if (expression instanceof IdentifierTree identifier) {
            return identifier.getName().contentEquals("this")
                    || identifier.getName().contentEquals(method.type().getSimpleName());
        }
        return expression instanceof MemberSelectTree select && select.getIdentifier().contentEquals("this");
    }

    /**
     * Whether the class's members are reached through the expression: it names the class or
     * {@code this}, or its value is of the class as its declarations show: a variable declared with
     * that type ({@code other.secret}), an element of an array of it, a field of it reached through
     * such a value, a call of one of the class's methods that returns it, a cast to it or a new
     * instance of it. The companion cannot reach that class's private members through any of them.
     */
    private boolean reachesOwnClass(ExpressionTree expression) {
        ExpressionTree bare = Syntax.strip(expression);
        if (namesOwnClass(bare)) {
            return true;
        }
        if (bare instanceof IdentifierTree variable) {
            return declaredAsOwnClass(variable, false);
        }
        if (bare instanceof ArrayAccessTree element) {
            return Syntax.strip(element.getExpression()) instanceof IdentifierTree array && declaredAsOwnClass(array, true);
        }
        if (bare instanceof MemberSelectTree select) {
            Element field = method.resolver().member(method.type(), select.getIdentifier().toString(), ElementKind.FIELD);
            return reachesOwnClass(select.getExpression()) && field != null && isOwnClass(field.asType());
        }
        if (bare instanceof MethodInvocationTree call) {
            return callsOwnMethodReturningOwnClass(call);
        }
        if (bare instanceof TypeCastTree cast) {
            return namesOwnClassAsType(cast.getType());
        }
        return bare instanceof NewClassTree created && created.getClassBody() == null
                && namesOwnClassAsType(created.getIdentifier());
    }

    /** Whether {@code name} is a variable declared with the own class as its type, or as its element type. */
    private boolean declaredAsOwnClass(IdentifierTree name, boolean element) {
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name.getName().toString(), null);
        return switch (resolution.kind()) {
            case FIELD -> element
                    ? resolution.field().asType() instanceof ArrayType array && isOwnClass(array.getComponentType())
                    : isOwnClass(resolution.field().asType());
            case LOCAL, PARAMETER -> element
                    ? resolution.declaration().getType() instanceof ArrayTypeTree array && namesOwnClassAsType(array.getType())
                    : namesOwnClassAsType(resolution.declaration().getType());
            default -> false;
        };
    }

    /** Whether {@code call} calls a method of the own class whose every candidate returns the own class. */
    private boolean callsOwnMethodReturningOwnClass(MethodInvocationTree call) {
        String name;
        if (call.getMethodSelect() instanceof IdentifierTree called) {
            name = called.getName().toString();
            if (!method.type().equals(method.resolver().ownerOfMember(name, ElementKind.METHOD))) {
                return false;
            }
        } else if (call.getMethodSelect() instanceof MemberSelectTree select && reachesOwnClass(select.getExpression())) {
            name = select.getIdentifier().toString();
        } else {
            return false;
        }
        List<ExecutableElement> candidates = candidates(method.type(), name, call.getArguments().size());
        return !candidates.isEmpty() && candidates.stream().allMatch(candidate -> isOwnClass(candidate.getReturnType()));
    }

    private boolean isOwnClass(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement().equals(method.type());
    }

    /**
     * Whether a declaration's type, as written, is the method's own class, with or without type
     * arguments; {@code null}, the type of a {@code var} or of an implicit lambda parameter, is not.
     */
    private boolean namesOwnClassAsType(Tree type) {
        if (type == null) {
            return false;
        }
        String written = (type instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : type).toString();
        return written.equals(method.type().getSimpleName().toString())
                || written.equals(method.type().getQualifiedName().toString());
    }

    private boolean insideLocalClass() {
        for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != method.tree(); p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree) {
                return true;
            }
        }
        return false;
    }

    private void reportPrivate(Tree tree, String member) {
        method.error(getCurrentPath(), tree, "The " + member + " is private in "
                + method.type().getSimpleName() + ", so the generated " + method.companionName()
                + " cannot use it in the twin of " + method.tree().getName() + "(). Make it package-private "
                + "(remove `private`)");
    }

    private void replace(Tree tree, String replacement, boolean receiver) {
        method.edits().replace(method.source().start(tree), method.source().end(tree), replacement, receiver);
    }
}
