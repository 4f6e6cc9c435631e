package dev.weft.processor.analyze.loop;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Which methods a call may mean, told apart by the number of its arguments alone, without attribution. */
final class Overloads {
    private Overloads() {}

    /** The methods {@code name} of {@code owner} that take {@code arguments} arguments; all of them when none do. */
    static List<ExecutableElement> candidates(NameResolver resolver, TypeElement owner, String name, int arguments) {
        List<ExecutableElement> all = resolver.methods(owner, name);
        List<ExecutableElement> matching = applicable(all, arguments);
        return matching.isEmpty() ? all : matching;
    }

    /** The methods or constructors that can take {@code arguments} arguments. */
    static List<ExecutableElement> applicable(List<ExecutableElement> executables, int arguments) {
        List<ExecutableElement> matching = new ArrayList<>();
        for (ExecutableElement candidate : executables) {
            int parameters = candidate.getParameters().size();
            if (parameters == arguments || candidate.isVarArgs() && arguments >= parameters - 1) {
                matching.add(candidate);
            }
        }
        return matching;
    }
}
