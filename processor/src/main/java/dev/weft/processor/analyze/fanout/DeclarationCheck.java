package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.weft.Parallelizable;
import dev.weft.internal.MemorySize;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The rules on a {@code @Parallelizable} method's declaration: it must have a parameter to fan out
 * and a body to run, the companion, a separate class in the same package, must be able to call it
 * and to name every type in its signature, and its {@code memoryPerTask} must be a size the runtime
 * can read.
 */
final class DeclarationCheck {
    private final Diagnostics diagnostics;
    private final String companion;

    /** Checks the methods of one class, whose companion is named {@code companion}. */
    DeclarationCheck(Diagnostics diagnostics, String companion) {
        this.diagnostics = diagnostics;
        this.companion = companion;
    }

    /**
     * Reports every rule {@code method} breaks.
     *
     * @param element the method's element, absent for a method of a local or anonymous class,
     *     which javac has not entered yet
     */
    void check(TreePath method, Optional<ExecutableElement> element) {
        MethodTree tree = (MethodTree) method.getLeaf();
        String name = Signatures.subject(method);
        Optional<String> localClass = localClassKind(method);
        if (element.isEmpty() || localClass.isPresent()) {
            diagnostics.error(DiagnosticId.OUT_OF_REACH, method, name + " is in " + localClass.orElse("a local class") + ", which the companion "
                    + companion + " cannot reach: move the method into a top-level or static nested class");
            return;
        }
        ExecutableElement executable = element.get();
        if (tree.getParameters().isEmpty()) {
            diagnostics.error(DiagnosticId.FAN_OUT_SIGNATURE, method, name + " has no parameters, so there is nothing to fan out: add the parameter "
                    + "whose values should be processed in parallel, or remove @Parallelizable");
        }
        if (executable.getModifiers().contains(Modifier.ABSTRACT)) {
            diagnostics.error(DiagnosticId.FAN_OUT_SIGNATURE, method, name + " is abstract, so there is no body to run in parallel: give it a body, "
                    + "or put @Parallelizable on the methods that implement it");
        }
        if (executable.getModifiers().contains(Modifier.PRIVATE)) {
            diagnostics.error(DiagnosticId.OUT_OF_REACH, method, name + " is private: make it package-private: the companion " + companion
                    + " cannot call private methods");
        }
        Optional.ofNullable(Access.privateClass((TypeElement) executable.getEnclosingElement()))
                .ifPresent(privateClass -> diagnostics.error(DiagnosticId.OUT_OF_REACH, method, name
                + " is in the private class " + privateClass.getQualifiedName()
                + ": make " + privateClass.getSimpleName()
                + " package-private: the companion " + companion + " cannot reach members of private classes"));
        checkMemoryPerTask(method, executable);
        for (TypeElement privateType : Access.privateClassesIn(executable)) {
            diagnostics.error(DiagnosticId.OUT_OF_REACH, method, name + " uses the private type " + privateType.getQualifiedName() + ": make "
                    + privateType.getSimpleName() + " package-private: the companion " + companion
                    + " cannot name private types");
        }
    }

    /** A memory size the runtime could not read would fail every call, so it fails the build instead. */
    private void checkMemoryPerTask(TreePath method, ExecutableElement element) {
        try {
            MemorySize.parse(element.getAnnotation(Parallelizable.class).memoryPerTask());
        } catch (IllegalArgumentException unreadable) {
            MethodTree tree = (MethodTree) method.getLeaf();
            Tree at = tree.getModifiers().getAnnotations().stream()
                    .flatMap(annotation -> annotation.getArguments().stream())
                    .filter(argument -> argument instanceof AssignmentTree assignment
                            && assignment.getVariable().toString().equals("memoryPerTask"))
                    .map(argument -> (Tree) ((AssignmentTree) argument).getExpression())
                    .findFirst()
                    .orElse(tree);
            diagnostics.error(DiagnosticId.FAN_OUT_SIGNATURE, method, at, Signatures.subject(method) + " has an unreadable "
                    + "memoryPerTask: " + unreadable.getMessage());
        }
    }

    /** "an anonymous class" or "a local class" when the nearest class around the method is one. */
    private static Optional<String> localClassKind(TreePath method) {
        for (TreePath path = method.getParentPath(); path != null; path = path.getParentPath()) {
            if (path.getLeaf() instanceof ClassTree) {
                TreePath parent = path.getParentPath();
                if (parent.getLeaf() instanceof NewClassTree) {
                    return Optional.of("an anonymous class");
                }
                return parent.getLeaf() instanceof ClassTree || parent.getParentPath() == null
                        ? Optional.empty()
                        : Optional.of("a local class");
            }
        }
        return Optional.empty();
    }
}
