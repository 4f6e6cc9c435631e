package dev.weft.processor.analyze.effects;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/** How the unseen-call report names a method Weft cannot see into: {@code `PrintStream.println()`}. */
public final class Unseen {
    private Unseen() {}

    public static String name(ExecutableElement method) {
        String owner = method.getEnclosingElement().getSimpleName().toString();
        return "`" + (method.getKind() == ElementKind.CONSTRUCTOR ? "new " + owner : owner + "." + method.getSimpleName())
                + "()`";
    }
}
