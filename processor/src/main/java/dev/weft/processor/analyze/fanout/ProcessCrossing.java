package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.Parallelizable;
import dev.weft.internal.MemorySize;
import dev.weft.processor.analyze.Receivers;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Whether the calls of a {@code @Parallelizable} method can cross to a worker process: everything a
 * call sends there must serialize, the element it is called for, the shared arguments, the object
 * it is called on (with the objects an inner class's object belongs to) and what it returns. When
 * something may not, the calls stay in this JVM and the user learns why: as a warning when the
 * method sets {@code memoryPerTask}, which is when the plan would send it to worker processes by
 * itself, and as a note otherwise, so that code that never uses worker processes is not buried in
 * warnings.
 */
final class ProcessCrossing {
    /** A value a call sends to a worker process that may not serialize, and the message to show at {@code at}. */
    record Blocked(Tree at, String message) {}

    private final Trees trees;
    private final SerializableTypes serializable;

    ProcessCrossing(Trees trees, SerializableTypes serializable) {
        this.trees = trees;
        this.serializable = serializable;
    }

    /** What keeps the calls of {@code method} from crossing to a worker process; empty when nothing does. */
    List<Blocked> blocked(TreePath method, ExecutableElement element) {
        MethodTree tree = (MethodTree) method.getLeaf();
        List<Blocked> blocked = new ArrayList<>();
        for (int i = 0; i < tree.getParameters().size(); i++) {
            VariableTree parameter = tree.getParameters().get(i);
            check(method, parameter, "its parameter " + parameter.getName(), parameter.getType().toString(),
                    element.getParameters().get(i).asType()).ifPresent(blocked::add);
        }
        if (!element.getModifiers().contains(Modifier.STATIC)) {
            TypeElement owner = (TypeElement) element.getEnclosingElement();
            check(method, tree, "the object it is called on", owner.getSimpleName().toString(), owner.asType())
                    .ifPresent(blocked::add);
            // An inner class's object serializes with the objects it belongs to.
            for (TypeElement outer = Receivers.innerClassOwner(owner); outer != null;
                    outer = Receivers.innerClassOwner(outer)) {
                check(method, tree, "the enclosing instance of the object it is called on",
                        outer.getSimpleName().toString(), outer.asType()).ifPresent(blocked::add);
            }
        }
        check(method, tree, "its result", tree.getReturnType().toString(), element.getReturnType())
                .ifPresent(blocked::add);
        return blocked;
    }

    /** Reports each of {@code blocked}, all about {@code method}. */
    void report(TreePath method, ExecutableElement element, List<Blocked> blocked) {
        Diagnostic.Kind kind = MemorySize.parse(element.getAnnotation(Parallelizable.class).memoryPerTask()) > 0
                ? Diagnostic.Kind.WARNING
                : Diagnostic.Kind.NOTE;
        blocked.forEach(each -> trees.printMessage(kind, DiagnosticId.PROCESS_CROSSING.tagged(each.message()), each.at(),
                method.getCompilationUnit()));
    }

    private Optional<Blocked> check(TreePath method, Tree at, String value, String written, TypeMirror type) {
        return serializable.check(type).map(unserializable -> new Blocked(at, Signatures.subject(method)
                + " cannot run in a worker process: " + value + " has the type " + written + unserializable.why()
                + ", so Weft keeps its calls in this JVM: " + unserializable.fix()
                + " to let them run in worker processes"));
    }
}
