package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
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
import dev.weft.processor.analyze.Access;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

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
    private final Elements elements;
    /**
     * The classes whose private members the companion cannot reach: the outermost class around the
     * method and every class nested in it, since Java grants private access within a top-level class only.
     */
    private final Set<TypeElement> family = new HashSet<>();

    private MemberReferences(MethodContext method, Elements elements) {
        this.method = method;
        this.elements = elements;
        TypeElement outermost = method.type();
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        addWithNested(outermost);
    }

    private void addWithNested(TypeElement type) {
        family.add(type);
        ElementFilter.typesIn(type.getEnclosedElements()).forEach(this::addWithNested);
    }

    /** Records the method's edits in {@code method.edits()} and reports what cannot be reached. */
    static void rewrite(MethodContext method, Elements elements) {
        new MemberReferences(method, elements).scan(new TreePath(method.path(), method.tree().getBody()), null);
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
        TypeElement owner = typeReached(tree.getExpression());
        if (owner != null && memberOf(tree, owner)) {
            return null;
        }
        return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
        TypeElement created = tree.getEnclosingExpression() == null ? writtenType(tree.getIdentifier()) : null;
        // A private class is reported where it is named; its constructors are as private as it is.
        if (created != null && Access.privateClass(created) == null) {
            List<ExecutableElement> constructors = ElementFilter.constructorsIn(created.getEnclosedElements());
            List<ExecutableElement> matching = applicable(constructors, tree.getArguments().size());
            if (!matching.isEmpty() && matching.stream().allMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))) {
                reportPrivate(tree, "constructor " + created.getSimpleName() + "()", created);
            }
        }
        return super.visitNewClass(tree, unused);
    }

    /**
     * Checks {@code select}, a member of {@code owner} reached through a value or a name of that
     * class: a private member cannot be used from the companion, nor any member of a private class
     * through a value of it. A private constant reached through a name is written as its value.
     *
     * @return whether {@code select} was replaced as a whole
     */
    private boolean memberOf(MemberSelectTree select, TypeElement owner) {
        String name = select.getIdentifier().toString();
        TypeElement hidden = Access.privateClass(owner);
        if (hidden != null && !namesType(select.getExpression())) {
            method.error(getCurrentPath(), select, "`" + select + "` uses a member of " + hidden.getSimpleName()
                    + ", a private class, so the generated " + method.companionName() + " cannot use it in the twin of "
                    + method.tree().getName() + "(). Make " + hidden.getSimpleName() + " package-private (remove "
                    + "`private`)");
            return false;
        }
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (parent instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
            List<ExecutableElement> candidates = candidates(owner, name, call.getArguments().size());
            if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
                reportPrivate(select, "method " + name + "()", owner);
            }
            return false;
        }
        Element field = method.resolver().member(owner, name, ElementKind.FIELD);
        if (field != null) {
            // A name or `this` has no side effects that writing the value instead would drop.
            boolean plainQualifier = Syntax.strip(select.getExpression()) instanceof IdentifierTree
                    || Syntax.strip(select.getExpression()) instanceof MemberSelectTree qualifier && namesType(qualifier);
            return privateField(select, (VariableElement) field, owner, plainQualifier);
        }
        if (isPrivateMemberType(owner, name)) {
            reportPrivate(select, "class " + name, owner);
        }
        return false;
    }

    /**
     * A private field used at {@code tree} cannot be reached from the companion; a constant's value
     * can be written in its place, where that drops no evaluation.
     *
     * @return whether {@code tree} was replaced
     */
    private boolean privateField(Tree tree, VariableElement field, TypeElement owner, boolean replaceable) {
        if (!field.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        if (replaceable && field.getConstantValue() != null) {
            replace(tree, elements.getConstantExpression(field.getConstantValue()) + " /* "
                    + MethodContext.relativeName(owner) + "." + field.getSimpleName() + " */", false);
            return true;
        }
        reportPrivate(tree, "field " + field.getSimpleName(), owner);
        return false;
    }

    private boolean isPrivateMemberType(TypeElement owner, String name) {
        for (ElementKind kind : TYPES) {
            Element type = method.resolver().member(owner, name, kind);
            if (type != null) {
                return type.getModifiers().contains(Modifier.PRIVATE);
            }
        }
        return false;
    }

    private void identifier(IdentifierTree tree, String name) {
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name, null);
        if (resolution.kind() == Resolution.Kind.FIELD) {
            VariableElement field = resolution.field();
            if (!field.getModifiers().contains(Modifier.PRIVATE)) {
                member(tree, name, resolution.owner(), field.getModifiers().contains(Modifier.STATIC));
            } else {
                privateField(tree, field, resolution.owner(), true);
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
        if (isPrivateMemberType(owner, name)) {
            reportPrivate(tree, "class " + name, owner);
            return;
        }
        replace(tree, MethodContext.relativeName(owner) + "." + name, false);
    }

    private void call(IdentifierTree called, String name, TypeElement owner, int arguments) {
        List<ExecutableElement> candidates = candidates(owner, name, arguments);
        if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
            reportPrivate(called, "method " + name + "()", owner);
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
        List<ExecutableElement> matching = applicable(all, arguments);
        return matching.isEmpty() ? all : matching;
    }

    /** The methods or constructors that can take {@code arguments} arguments. */
    private static List<ExecutableElement> applicable(List<ExecutableElement> executables, int arguments) {
        List<ExecutableElement> matching = new ArrayList<>();
        for (ExecutableElement candidate : executables) {
            int parameters = candidate.getParameters().size();
            if (parameters == arguments || candidate.isVarArgs() && arguments >= parameters - 1) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    /**
     * The class of the method's top-level class or nested in it whose members are reached through
     * {@code expression}, as its declarations show, or {@code null}: {@code this}, a name of the
     * class, a variable declared with the class as its type (by name, or with {@code var} and such
     * an initializer), an element of an array of it, a field of it reached through such a value, a
     * call of one of its methods that returns it, a conditional with such a branch, a cast to it or
     * a new instance of it.
     */
    private TypeElement typeReached(ExpressionTree expression) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof IdentifierTree identifier && identifier.getName().contentEquals("this")
                || bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("this")) {
            return method.type();
        }
        TypeElement named = namedType(bare);
        if (named != null) {
            return named;
        }
        if (bare instanceof IdentifierTree variable) {
            return declaredType(variable, false);
        }
        if (bare instanceof ArrayAccessTree element) {
            return Syntax.strip(element.getExpression()) instanceof IdentifierTree array ? declaredType(array, true) : null;
        }
        if (bare instanceof MemberSelectTree select) {
            TypeElement owner = typeReached(select.getExpression());
            Element field = owner == null ? null
                    : method.resolver().member(owner, select.getIdentifier().toString(), ElementKind.FIELD);
            return field == null ? null : familyType(field.asType(), false);
        }
        if (bare instanceof MethodInvocationTree call) {
            return returnedType(call);
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            TypeElement whenTrue = typeReached(conditional.getTrueExpression());
            return whenTrue != null ? whenTrue : typeReached(conditional.getFalseExpression());
        }
        if (bare instanceof TypeCastTree cast) {
            return writtenType(cast.getType());
        }
        return bare instanceof NewClassTree created && created.getClassBody() == null
                ? writtenType(created.getIdentifier()) : null;
    }

    /** Whether {@code expression} is the name of a class rather than a value. */
    private boolean namesType(ExpressionTree expression) {
        return namedType(Syntax.strip(expression)) != null;
    }

    /** The family class that a simple or qualified name in the body names, or {@code null}. */
    private TypeElement namedType(ExpressionTree name) {
        if (name instanceof IdentifierTree identifier
                && method.resolver().resolve(getCurrentPath(), identifier.getName().toString(), null).kind()
                        != Resolution.Kind.OTHER) {
            return null; // a variable of that name hides the class
        }
        return name instanceof IdentifierTree || name instanceof MemberSelectTree ? writtenType(name) : null;
    }

    /**
     * The family class of {@code name}'s value as its declaration shows; with {@code element}, of
     * its elements. A {@code var} local counts as declared with its initializer's class.
     */
    private TypeElement declaredType(IdentifierTree name, boolean element) {
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name.getName().toString(), null);
        return switch (resolution.kind()) {
            case FIELD -> familyType(resolution.field().asType(), element);
            case LOCAL, PARAMETER -> {
                Tree type = resolution.declaration().getType();
                if (type == null) {
                    ExpressionTree initializer = resolution.declaration().getInitializer();
                    yield element || initializer == null ? null : typeReached(initializer);
                }
                if (element) {
                    yield type instanceof ArrayTypeTree array ? writtenType(array.getType()) : null;
                }
                yield writtenType(type);
            }
            default -> null;
        };
    }

    /** The family class that {@code call} returns, when every candidate method returns that class. */
    private TypeElement returnedType(MethodInvocationTree call) {
        TypeElement owner;
        String name;
        if (call.getMethodSelect() instanceof IdentifierTree called) {
            name = called.getName().toString();
            owner = method.resolver().ownerOfMember(name, ElementKind.METHOD);
        } else if (call.getMethodSelect() instanceof MemberSelectTree select) {
            name = select.getIdentifier().toString();
            owner = typeReached(select.getExpression());
        } else {
            return null;
        }
        if (owner == null || !family.contains(owner)) {
            return null;
        }
        Set<TypeElement> returned = new HashSet<>();
        for (ExecutableElement candidate : candidates(owner, name, call.getArguments().size())) {
            returned.add(familyType(candidate.getReturnType(), false));
        }
        return returned.size() == 1 ? returned.iterator().next() : null;
    }

    /** The family class that {@code type} is, or with {@code element} that its elements are, or {@code null}. */
    private TypeElement familyType(TypeMirror type, boolean element) {
        TypeMirror of = element ? (type instanceof ArrayType array ? array.getComponentType() : null) : type;
        return of instanceof DeclaredType declared && declared.asElement() instanceof TypeElement named
                && family.contains(named) ? named : null;
    }

    /**
     * The family class that a type, as written, names, with or without type arguments: by its
     * simple name where the method's class sees it, or qualified. {@code null} for any other class,
     * and for the missing type of a {@code var} or of an implicit lambda parameter.
     */
    private TypeElement writtenType(Tree type) {
        if (type == null) {
            return null;
        }
        String written = (type instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : type).toString();
        for (Element t = method.type(); t instanceof TypeElement enclosing; t = enclosing.getEnclosingElement()) {
            if (enclosing.getSimpleName().contentEquals(written)) {
                return enclosing;
            }
            for (TypeElement member : ElementFilter.typesIn(enclosing.getEnclosedElements())) {
                if (member.getSimpleName().contentEquals(written)) {
                    return member;
                }
            }
        }
        for (TypeElement member : family) {
            String qualified = member.getQualifiedName().toString();
            if (written.contains(".") && (qualified.equals(written) || qualified.endsWith("." + written))) {
                return member;
            }
        }
        return null;
    }

    private boolean insideLocalClass() {
        for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != method.tree(); p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree) {
                return true;
            }
        }
        return false;
    }

    private void reportPrivate(Tree tree, String member, TypeElement owner) {
        method.error(getCurrentPath(), tree, "The " + member + " is private in "
                + owner.getSimpleName() + ", so the generated " + method.companionName()
                + " cannot use it in the twin of " + method.tree().getName() + "(). Make it package-private "
                + "(remove `private`)");
    }

    private void replace(Tree tree, String replacement, boolean receiver) {
        method.edits().replace(method.source().start(tree), method.source().end(tree), replacement, receiver);
    }
}
