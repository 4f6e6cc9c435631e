package dev.weft.processor.analyze;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** The class types a method's signature names, which the companion must be able to name too. */
public final class SignatureTypes {
    private SignatureTypes() {}

    /**
     * Every class type in the return type, parameter types, thrown types and type parameter bounds
     * of {@code method}, type arguments included; types javac could not resolve are among them as
     * error types.
     */
    public static List<DeclaredType> of(ExecutableElement method) {
        List<TypeMirror> roots = new ArrayList<>();
        roots.add(method.getReturnType());
        method.getParameters().stream().map(VariableElement::asType).forEach(roots::add);
        roots.addAll(method.getThrownTypes());
        for (TypeParameterElement parameter : method.getTypeParameters()) {
            roots.addAll(parameter.getBounds());
        }
        List<DeclaredType> found = new ArrayList<>();
        roots.forEach(root -> collect(root, found));
        return found;
    }

    /** Every class type in {@code type}, type arguments included. */
    public static List<DeclaredType> in(TypeMirror type) {
        List<DeclaredType> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    /** Whether javac could not resolve a type {@code method}'s signature names: it reports that itself. */
    public static boolean haveErrors(ExecutableElement method) {
        return of(method).stream().anyMatch(type -> type.getKind() == TypeKind.ERROR);
    }

    private static void collect(TypeMirror type, List<DeclaredType> found) {
        if (type instanceof DeclaredType declared) {
            found.add(declared);
            declared.getTypeArguments().forEach(argument -> collect(argument, found));
        } else if (type instanceof ArrayType array) {
            collect(array.getComponentType(), found);
        } else if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendsBound() != null) {
                collect(wildcard.getExtendsBound(), found);
            }
            if (wildcard.getSuperBound() != null) {
                collect(wildcard.getSuperBound(), found);
            }
        } else if (type instanceof IntersectionType intersection) {
            intersection.getBounds().forEach(bound -> collect(bound, found));
        }
    }
}
