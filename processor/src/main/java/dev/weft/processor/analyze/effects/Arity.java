package dev.weft.processor.analyze.effects;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/** Which methods a call may mean, told apart by the number of its arguments alone, without attribution. */
public final class Arity {
    private Arity() {}

    /** The methods or constructors that can take {@code arguments} arguments. */
    public static List<ExecutableElement> applicable(List<ExecutableElement> executables, int arguments) {
        return executables.stream()
                .filter(candidate -> candidate.getParameters().size() == arguments
                        || candidate.isVarArgs() && arguments >= candidate.getParameters().size() - 1)
                .toList();
    }
}
