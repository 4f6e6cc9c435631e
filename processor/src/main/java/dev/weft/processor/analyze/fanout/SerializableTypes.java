package dev.weft.processor.analyze.fanout;

import com.sun.source.util.Trees;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which types provably serialize, so that their values can cross to a worker process: primitives,
 * classes and interfaces whose erasure is {@link Serializable}, arrays of such, and type
 * variables with such a bound. Only the erasure counts, as it does for Java serialization itself:
 * a {@code List<String>} is not provably serializable, an {@code ArrayList<Object>} is.
 */
final class SerializableTypes {
    /**
     * Why values of some type may not serialize, and what makes them.
     *
     * @param why a clause that follows the type's name, {@code ", which does not implement java.io.Serializable"}
     * @param fix what the user can change, {@code "make Canvas implement java.io.Serializable"}
     */
    record Unserializable(String why, String fix) {}

    private final Trees trees;
    private final Types types;
    private final TypeMirror serializable;

    SerializableTypes(Trees trees, Elements elements, Types types) {
        this.trees = trees;
        this.types = types;
        this.serializable = elements.getTypeElement(Serializable.class.getName()).asType();
    }

    /** Why values of {@code type} may not serialize; empty when they provably do. */
    Optional<Unserializable> check(TypeMirror type) {
        return culprit(type).map(culprit -> new Unserializable(type.getKind() == TypeKind.ARRAY
                ? ", whose elements of type " + name(culprit) + " "
                        + (isVariable(culprit) ? "have no serializable bound" : "do not " + missing(culprit))
                : isVariable(culprit)
                        ? ", a type parameter without a serializable bound"
                        : ", which does not " + missing(culprit),
                fix(culprit)));
    }

    /** The class or type variable in {@code type} that is not provably serializable. */
    private Optional<TypeMirror> culprit(TypeMirror type) {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        if (type instanceof ArrayType array) {
            return culprit(array.getComponentType());
        }
        if (type instanceof TypeVariable variable) {
            return bounds(variable).stream().anyMatch(bound -> culprit(bound).isEmpty())
                    ? Optional.empty()
                    : Optional.of(type);
        }
        return types.isSubtype(types.erasure(type), serializable) ? Optional.empty() : Optional.of(type);
    }

    private static List<? extends TypeMirror> bounds(TypeVariable variable) {
        return variable.getUpperBound() instanceof IntersectionType intersection
                ? intersection.getBounds()
                : List.of(variable.getUpperBound());
    }

    private String fix(TypeMirror culprit) {
        if (isVariable(culprit)) {
            return "add java.io.Serializable to the bounds of " + name(culprit);
        }
        Element element = types.asElement(culprit);
        // Only a type compiled here can be changed here; a library's type can only be replaced.
        return trees.getPath(element) != null
                ? "make " + name(culprit) + " " + missing(culprit)
                : "use a serializable type instead of " + name(culprit);
    }

    /** {@code "implement java.io.Serializable"}, or {@code "extend ..."} for an interface. */
    private String missing(TypeMirror culprit) {
        return (types.asElement(culprit).getKind().isInterface() ? "extend" : "implement") + " java.io.Serializable";
    }

    private static boolean isVariable(TypeMirror type) {
        return type.getKind() == TypeKind.TYPEVAR;
    }

    private String name(TypeMirror type) {
        return types.asElement(type).getSimpleName().toString();
    }
}
