package dev.weft.processor.analyze;

import javax.lang.model.element.Element;
import javax.lang.model.element.Parameterizable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** What a type variable's name, written in a method, stands for: the class it is bounded by. */
public final class TypeParameters {
    private TypeParameters() {}

    /**
     * The class bounding the type parameter {@code name} of {@code scope} or of a method or class
     * around it ({@code Comparable} for {@code T extends Comparable<T>}, {@code Object} for a bare
     * {@code T}); {@code null} when none declares it.
     */
    public static TypeElement bound(Element scope, String name) {
        TypeMirror variable = variable(scope, name);
        DeclaredType bound = variable == null ? null : DeclaredTypes.of(variable);
        return bound == null ? null : (TypeElement) bound.asElement();
    }

    /** The type variable {@code name} of {@code scope} or of a method or class around it; {@code null} when none declares it. */
    public static TypeMirror variable(Element scope, String name) {
        for (Element element = scope; element != null; element = element.getEnclosingElement()) {
            if (element instanceof Parameterizable declaring) {
                for (TypeParameterElement parameter : declaring.getTypeParameters()) {
                    if (parameter.getSimpleName().contentEquals(name)) {
                        return parameter.asType();
                    }
                }
            }
        }
        return null;
    }
}
