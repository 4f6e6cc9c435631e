package dev.weft.processor.analyze;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.discover.Targets;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a class names types javac cannot find yet, in a supertype of it or of a class around it,
 * or in the signature of a method Weft generates for. Another processor may be about to generate
 * them: the class waits for the next round rather than losing its companion, or its inherited
 * fields, to a type that exists a round later.
 */
public final class MissingTypes {
    private MissingTypes() {}

    public static boolean in(Targets targets, Trees trees) {
        if (aroundOrAbove(targets.type())) {
            return true;
        }
        for (ExecutableElement method : methods(targets, trees)) {
            if (SignatureTypes.haveErrors(method)) {
                return true;
            }
        }
        return false;
    }

    private static List<ExecutableElement> methods(Targets targets, Trees trees) {
        List<TreePath> paths = new ArrayList<>(targets.parallelizable());
        for (TreePath loop : targets.parallelLoops()) {
            for (TreePath p = loop; p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof MethodTree) {
                    paths.add(p);
                    break;
                }
            }
        }
        List<ExecutableElement> methods = new ArrayList<>();
        for (TreePath path : paths) {
            if (trees.getElement(path) instanceof ExecutableElement method) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** Whether a supertype of {@code type}, or of a class around it, is one javac cannot find. */
    public static boolean aroundOrAbove(TypeElement type) {
        for (Element e = type; e instanceof TypeElement around; e = around.getEnclosingElement()) {
            if (inSupertypes(around.asType())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code type} or a supertype of it is one javac cannot find. */
    public static boolean inSupertypes(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement element)) {
            return false;
        }
        return inSupertypes(element.getSuperclass())
                || element.getInterfaces().stream().anyMatch(MissingTypes::inSupertypes);
    }
}
