package dev.weft.processor.analyze.effects;

import dev.weft.processor.analyze.FieldResolver;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** The members of a class a name denotes, declared or inherited, found by name on trees javac has not attributed. */
final class Members {
    private Members() {}

    static List<ExecutableElement> methods(Elements elements, TypeElement owner, CharSequence name) {
        return ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
                .filter(method -> method.getSimpleName().contentEquals(name)).toList();
    }

    static Optional<VariableElement> field(Elements elements, TypeElement owner, CharSequence name) {
        return ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
                .filter(field -> field.getSimpleName().contentEquals(name)).findFirst();
    }

    /**
     * The class whose methods a call of {@code name} without a receiver, written in {@code within},
     * may run: {@code within} or the first class enclosing it with such a method, else the class a
     * static import brings it from; {@code null} where none.
     */
    static TypeElement ofUnqualifiedCall(Elements elements, TypeElement within, FieldResolver names, String name) {
        TypeElement owner = within;
        while (owner != null && methods(elements, owner, name).isEmpty()) {
            owner = owner.getEnclosingElement() instanceof TypeElement outer ? outer : null;
        }
        return owner != null ? owner : names.staticMethodOwner(name).orElse(null);
    }
}
