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

    /**
     * One past the last argument of a call of {@code callee} with {@code arguments} arguments that
     * its parameter {@code parameter} receives: all the rest for a variable-arity parameter.
     */
    public static int lastArgument(ExecutableElement callee, int parameter, int arguments) {
        return callee.isVarArgs() && parameter == callee.getParameters().size() - 1 ? arguments
                : Math.min(parameter + 1, arguments);
    }
}
