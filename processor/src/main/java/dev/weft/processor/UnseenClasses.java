package dev.weft.processor;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.discover.Discovery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The classes javac compiles without having shown them to Weft in any round of annotation
 * processing. javac hands a processor a round's classes only when the round has an annotation on a
 * class, field or method that no earlier processor claimed, and {@code @ParallelFor} sits on a
 * local variable: after a processor that claims every annotation of its round (Lombok does, in a
 * round with only Lombok's), Weft never sees those classes, and their companions are missing.
 * Such a class gets an error at its first Weft annotation, as javac starts to attribute it, which
 * names the cause instead of leaving "cannot find symbol" at every call of a twin.
 */
final class UnseenClasses implements TaskListener {
    /** The root elements of each round: the classes Weft was shown. */
    private final List<Set<? extends Element>> shown = new ArrayList<>();
    /** The names of the shown classes, listed only when a class is not found among them as it is. */
    private final Set<String> shownNames = new HashSet<>();
    private int namedRounds;
    /** The unseen top-level classes already looked through: one error a file. */
    private final Set<String> checked = new HashSet<>();
    private final Discovery discovery;
    private final Diagnostics diagnostics;

    UnseenClasses(Discovery discovery, Diagnostics diagnostics) {
        this.discovery = discovery;
        this.diagnostics = diagnostics;
    }

    /** Notes the top-level classes of a round that Weft was shown. */
    void shown(Set<? extends Element> roots) {
        shown.add(roots);
    }

    private boolean wasShown(TypeElement top) {
        for (Set<? extends Element> roots : shown) {
            if (roots.contains(top)) {
                return true;
            }
        }
        // javac keeps a class's element from round to round; should a compiler not, the name decides.
        for (; namedRounds < shown.size(); namedRounds++) {
            for (Element root : shown.get(namedRounds)) {
                if (root instanceof TypeElement type) {
                    shownNames.add(Access.topLevel(type).getQualifiedName().toString());
                }
            }
        }
        return shownNames.contains(top.getQualifiedName().toString());
    }

    @Override
    public void started(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TypeElement top = Access.topLevel(event.getTypeElement());
        if (wasShown(top) || !checked.add(top.getQualifiedName().toString())) {
            return;
        }
        // One error a file: its classes, nested ones included, all went unseen together.
        discovery.scan(Set.of(top)).stream()
                .flatMap(missed -> Stream.of(missed.parallelizable(), missed.parallelLoops(), missed.strayParallelFor()))
                .flatMap(List::stream)
                .findFirst()
                .ifPresent(first -> report(first, top));
    }

    private void report(TreePath first, TypeElement type) {
        diagnostics.error(DiagnosticId.NOT_RUN, first, "Weft was not run on " + type.getSimpleName() + " while javac processed "
                + "annotations, so its companion was not generated: an earlier annotation processor claimed every "
                + "annotation of the round that read this class, and javac then calls no later one. List "
                + "dev.weft:weft-processor before that processor (Lombok, for one) in annotationProcessorPaths, or "
                + "on the processor path");
    }
}
