package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Calls, in a twin, of methods of the same class that have twins of their own, which call those
 * twins: a driver whose kernels are {@code @ParallelFor} loops runs them in parallel through its own
 * twin. An instance method is called through its twin only where no override can stand in for it:
 * when it is private or final, or its class is final.
 */
final class TwinCalls {
    private final MethodContext method;
    private final Set<ExecutableElement> twinned;

    /** @param twinned the methods of the class that get twins */
    TwinCalls(MethodContext method, Set<ExecutableElement> twinned) {
        this.method = method;
        this.twinned = twinned;
    }

    /**
     * Rewrites {@code call}, of one of {@code overloads}, as a call of the twin when every overload
     * it may mean has one.
     *
     * @param qualifier the object the method is called on; {@code null} for none or the class's name
     * @return whether it did
     */
    boolean rewrite(MethodInvocationTree call, ExpressionTree qualifier, List<ExecutableElement> overloads) {
        if (overloads.isEmpty() || !twinned.containsAll(overloads)
                || !overloads.stream().allMatch(TwinCalls::isStatic) && !overloads.stream().allMatch(this::unoverridable)) {
            return false;
        }
        String name = overloads.get(0).getSimpleName().toString();
        List<Edits.Part> parts = new ArrayList<>();
        parts.add(Edits.Part.text(name + "("));
        boolean receiver = false;
        if (!isStatic(overloads.get(0))) {
            if (qualifier != null) {
                parts.add(Edits.Part.source(method.source().start(qualifier), method.source().end(qualifier)));
            } else {
                parts.add(Edits.Part.text(method.receiver()));
                receiver = true;
            }
            if (!call.getArguments().isEmpty()) {
                parts.add(Edits.Part.text(", "));
            }
        }
        if (!call.getArguments().isEmpty()) {
            parts.add(Edits.Part.source(method.source().start(call.getArguments().get(0)),
                    method.source().end(call.getArguments().get(call.getArguments().size() - 1))));
        }
        parts.add(Edits.Part.text(")"));
        // Explicit type arguments stay out: the twin infers them as the method did.
        method.edits().replace(method.source().start(call), method.source().end(call), parts, receiver);
        return true;
    }

    private static boolean isStatic(ExecutableElement callee) {
        return callee.getModifiers().contains(Modifier.STATIC);
    }

    private boolean unoverridable(ExecutableElement callee) {
        return !isStatic(callee) && (callee.getModifiers().contains(Modifier.PRIVATE)
                || callee.getModifiers().contains(Modifier.FINAL)
                || method.type().getModifiers().contains(Modifier.FINAL));
    }
}
