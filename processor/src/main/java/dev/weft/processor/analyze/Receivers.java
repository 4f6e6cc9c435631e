package dev.weft.processor.analyze;

import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** The receiver that a companion's static method takes first in place of an instance method's {@code this}. */
public final class Receivers {
    private Receivers() {}

    /**
     * The type variables of the class of an instance method and of the classes an inner class
     * belongs to, outermost first: the receiver's type mentions them all. None for a static method.
     */
    public static List<TypeVariableName> typeVariables(TypeElement type, boolean isStatic) {
        List<TypeElement> owners = new ArrayList<>();
        for (TypeElement owner = isStatic ? null : type; owner != null; owner = innerClassOwner(owner)) {
            owners.add(0, owner);
        }
        return owners.stream().flatMap(owner -> owner.getTypeParameters().stream()).map(TypeVariableName::get).toList();
    }

    /** The class whose instance an inner class's instance belongs to; null for a static or top-level class. */
    public static TypeElement innerClassOwner(TypeElement type) {
        return !type.getModifiers().contains(Modifier.STATIC)
                        && type.getEnclosingElement() instanceof TypeElement owner
                        && !type.getKind().isInterface() && !owner.getKind().isInterface()
                ? owner
                : null;
    }
}
