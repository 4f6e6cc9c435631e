package dev.weft.processor.analyze;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/** The class a value of some type is known to be: the type itself, or the bound of a type variable or wildcard. */
public final class DeclaredTypes {
    private DeclaredTypes() {}

    /** The declared type {@code type} is or is bounded by; {@code null} for a primitive, an array or an unbounded wildcard. */
    public static DeclaredType of(TypeMirror type) {
        TypeMirror bound = type;
        while (bound instanceof TypeVariable || bound instanceof WildcardType || bound instanceof IntersectionType) {
            bound = bound instanceof TypeVariable variable ? variable.getUpperBound()
                    : bound instanceof IntersectionType both ? both.getBounds().get(0)
                    : ((WildcardType) bound).getExtendsBound();
        }
        return bound instanceof DeclaredType declared ? declared : null;
    }

    /** The class {@code type} is or is bounded by; {@code null} for a primitive, an array or an unbounded wildcard. */
    public static TypeElement element(TypeMirror type) {
        DeclaredType declared = of(type);
        return declared == null ? null : (TypeElement) declared.asElement();
    }
}
