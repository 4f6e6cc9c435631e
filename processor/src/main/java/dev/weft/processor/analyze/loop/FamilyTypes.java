package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Access;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The family of a twinned method's class: its top-level class and every class nested in it, whose
 * private members Java lets the method use and the companion cannot.
 */
final class FamilyTypes {
    private final MethodContext method;
    private final Set<TypeElement> members = new HashSet<>();
    /** What each written name was found to name: the analyses ask for every name they meet. */
    private final Map<String, TypeElement> found = new HashMap<>();

    FamilyTypes(MethodContext method) {
        this.method = method;
        addWithNested(Access.topLevel(method.type()));
    }

    private void addWithNested(TypeElement type) {
        members.add(type);
        ElementFilter.typesIn(type.getEnclosedElements()).forEach(this::addWithNested);
    }

    /** The family class that {@code type} is, or is bounded by; {@code null} for any other type. */
    TypeElement classOf(TypeMirror type) {
        DeclaredType declared = ExpressionTypes.declared(type);
        return declared != null && declared.asElement() instanceof TypeElement named
                && members.contains(named) ? named : null;
    }

    /** Whether {@code expression}, used at {@code scope}, is the name of a family class rather than a value. */
    boolean namesType(ExpressionTree expression, TreePath scope) {
        return named(Syntax.strip(expression), scope) != null;
    }

    /** The family class that {@code name}, used at {@code scope}, names as a type; {@code null} for a value or any other class. */
    TypeElement named(ExpressionTree name, TreePath scope) {
        if (name instanceof IdentifierTree identifier
                && method.resolver().resolve(scope, identifier.getName().toString(), null).kind()
                        != Resolution.Kind.OTHER) {
            return null; // a variable of that name hides the class
        }
        return name instanceof IdentifierTree || name instanceof MemberSelectTree ? written(name) : null;
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
        if (!found.containsKey(written)) {
            found.put(written, lookUp(written));
        }
        return found.get(written);
    }

    private TypeElement lookUp(String written) {
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
}
