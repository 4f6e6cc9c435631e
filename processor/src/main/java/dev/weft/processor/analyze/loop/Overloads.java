package dev.weft.processor.analyze.loop;

import dev.weft.processor.analyze.effects.Arity;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Which methods a call may mean, told apart by the number of its arguments alone, without attribution. */
final class Overloads {
    private Overloads() {}

    /** The methods {@code name} of {@code owner} that take {@code arguments} arguments; all of them when none do. */
    static List<ExecutableElement> candidates(NameResolver resolver, TypeElement owner, String name, int arguments) {
        List<ExecutableElement> all = resolver.methods(owner, name);
        List<ExecutableElement> matching = Arity.applicable(all, arguments);
        return matching.isEmpty() ? all : matching;
    }
}
