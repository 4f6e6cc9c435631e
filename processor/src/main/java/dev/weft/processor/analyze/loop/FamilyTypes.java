package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Access;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The family of a twinned method's class: its top-level class and every class nested in it, whose
 * private members Java lets the method use and the companion cannot. Tells, without attribution,
 * which of them an expression's value has, as far as declarations show.
 */
final class FamilyTypes {
    private final MethodContext method;
    private final Set<TypeElement> members = new HashSet<>();
    /** The {@code var} declarations being followed to their initializers, which a broken one could loop through. */
    private final Set<VariableTree> following = new HashSet<>();

    FamilyTypes(MethodContext method) {
        this.method = method;
        addWithNested(Access.topLevel(method.type()));
    }

    private void addWithNested(TypeElement type) {
        members.add(type);
        ElementFilter.typesIn(type.getEnclosedElements()).forEach(this::addWithNested);
    }

    /**
     * The family class whose members are reached through {@code expression}, used at {@code scope},
     * or {@code null}: {@code this}, a name of the class, a variable declared with the class as its
     * type (by name, or with {@code var} and such an initializer), an element of an array of it, a
     * field of it reached through such a value, a call of one of its methods that returns it, a
     * conditional with such a branch, a cast to it or a new instance of it.
     */
    TypeElement reached(ExpressionTree expression, TreePath scope) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof IdentifierTree identifier && identifier.getName().contentEquals("this")
                || bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("this")) {
            return method.type();
        }
        TypeElement named = named(bare, scope);
        if (named != null) {
            return named;
        }
        if (bare instanceof IdentifierTree variable) {
            return declared(variable, false, scope);
        }
        if (bare instanceof ArrayAccessTree element) {
            return Syntax.strip(element.getExpression()) instanceof IdentifierTree array
                    ? declared(array, true, scope) : null;
        }
        if (bare instanceof MemberSelectTree select) {
            TypeElement owner = reached(select.getExpression(), scope);
            Element field = owner == null ? null
                    : method.resolver().member(owner, select.getIdentifier().toString(), ElementKind.FIELD);
            return field == null ? null : of(field.asType(), false);
        }
        if (bare instanceof MethodInvocationTree call) {
            return returned(call, scope);
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            TypeElement whenTrue = reached(conditional.getTrueExpression(), scope);
            return whenTrue != null ? whenTrue : reached(conditional.getFalseExpression(), scope);
        }
        if (bare instanceof TypeCastTree cast) {
            return written(cast.getType());
        }
        return bare instanceof NewClassTree created && created.getClassBody() == null
                ? written(created.getIdentifier()) : null;
    }

    /** Whether {@code expression}, used at {@code scope}, is the name of a family class rather than a value. */
    boolean namesType(ExpressionTree expression, TreePath scope) {
        return named(Syntax.strip(expression), scope) != null;
    }

    /**
     * The family class that a type, as written, names, with or without type arguments: by its
     * simple name where the method's class sees it, or qualified. {@code null} for any other class,
     * and for the missing type of a {@code var} or of an implicit lambda parameter.
     */
    TypeElement written(Tree type) {
        if (type == null) {
            return null;
        }
        Tree raw = type instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : type;
        String written = raw.toString();
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
        for (TypeElement member : members) {
            String qualified = member.getQualifiedName().toString();
            if (written.contains(".") && (qualified.equals(written) || qualified.endsWith("." + written))) {
                return member;
            }
        }
        return null;
    }

    private TypeElement named(ExpressionTree name, TreePath scope) {
        if (name instanceof IdentifierTree identifier
                && method.resolver().resolve(scope, identifier.getName().toString(), null).kind()
                        != Resolution.Kind.OTHER) {
            return null; // a variable of that name hides the class
        }
        return name instanceof IdentifierTree || name instanceof MemberSelectTree ? written(name) : null;
    }

    /**
     * The family class of {@code name}'s value as its declaration shows; with {@code element}, of
     * its elements. A {@code var} local counts as declared with its initializer's class.
     */
    private TypeElement declared(IdentifierTree name, boolean element, TreePath scope) {
        Resolution resolution = method.resolver().resolve(scope, name.getName().toString(), null);
        return switch (resolution.kind()) {
            case FIELD -> of(resolution.field().asType(), element);
            case LOCAL, PARAMETER -> {
                VariableTree declaration = resolution.declaration();
                if (declaration.getType() == null) {
                    yield element ? null : initializerType(declaration, scope);
                }
                if (element) {
                    yield declaration.getType() instanceof ArrayTypeTree array ? written(array.getType()) : null;
                }
                yield written(declaration.getType());
            }
            default -> null;
        };
    }

    private TypeElement initializerType(VariableTree declaration, TreePath scope) {
        if (declaration.getInitializer() == null || !following.add(declaration)) {
            return null;
        }
        try {
            return reached(declaration.getInitializer(), scope);
        } finally {
            following.remove(declaration);
        }
    }

    /** The family class that {@code call} returns, when every candidate method returns that class. */
    private TypeElement returned(MethodInvocationTree call, TreePath scope) {
        TypeElement owner;
        String name;
        if (call.getMethodSelect() instanceof IdentifierTree called) {
            name = called.getName().toString();
            owner = method.resolver().ownerOfMember(name, ElementKind.METHOD);
        } else if (call.getMethodSelect() instanceof MemberSelectTree select) {
            name = select.getIdentifier().toString();
            owner = reached(select.getExpression(), scope);
        } else {
            return null;
        }
        if (owner == null || !members.contains(owner)) {
            return null;
        }
        Set<TypeElement> returned = new HashSet<>();
        int arguments = call.getArguments().size();
        for (ExecutableElement candidate : Overloads.candidates(method.resolver(), owner, name, arguments)) {
            returned.add(of(candidate.getReturnType(), false));
        }
        return returned.size() == 1 ? returned.iterator().next() : null;
    }

    /** The family class that {@code type} is, or with {@code element} that its elements are, or {@code null}. */
    private TypeElement of(TypeMirror type, boolean element) {
        TypeMirror of = element ? (type instanceof ArrayType array ? array.getComponentType() : null) : type;
        return of instanceof DeclaredType declared && declared.asElement() instanceof TypeElement named
                && members.contains(named) ? named : null;
    }
}
