package dev.weft.processor.analyze.loop;

import com.sun.source.tree.VariableTree;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a simple name in a method body refers to, found without attribution.
 *
 * @param declaration the local variable or parameter declaration, for {@code LOCAL} and {@code PARAMETER}
 * @param field the field, for {@code FIELD}
 * @param owner the class declaring the field
 * @param insideLoop whether the declaration lies inside the loop being analysed
 */
record Resolution(Kind kind, VariableTree declaration, VariableElement field, TypeElement owner, boolean insideLoop) {

    enum Kind {
        /** A local variable of the method, or of a lambda or local class in it. */
        LOCAL,
        /** A parameter of the method being twinned. */
        PARAMETER,
        /** A field of the class or of a class enclosing it. */
        FIELD,
        /** A class or record declared in the method body. */
        LOCAL_CLASS,
        /** A type, a package, a member of a local class, a static import: nothing Weft rewrites. */
        OTHER
    }

    static final Resolution OTHER = new Resolution(Kind.OTHER, null, null, null, false);

    boolean isOuterVariable() {
        return (kind == Kind.LOCAL && !insideLoop) || kind == Kind.PARAMETER;
    }
}
