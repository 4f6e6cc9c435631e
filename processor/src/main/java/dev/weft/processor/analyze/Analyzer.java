package dev.weft.processor.analyze;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.effects.Summaries;
import dev.weft.processor.analyze.fanout.FanOutAnalyzer;
import dev.weft.processor.analyze.loop.LoopAnalyzer;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.discover.Targets;
import dev.weft.processor.model.Companion;
import dev.weft.processor.model.CompanionName;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Stage 2: turns one class's targets into the model of its companion, reporting everything it
 * rejects. A rejected method or loop is left out of the model; the rest of the class still gets
 * its companion, so one mistake does not bury the user under follow-on "cannot find symbol" errors.
 */
public final class Analyzer {
    private final FanOutAnalyzer fanOuts;
    private final LoopAnalyzer loops;
    private final Diagnostics diagnostics;

    /** @param compiled the classes of the compilation, nested ones included */
    public Analyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics, Collection<TypeElement> compiled) {
        Summaries summaries = new Summaries(trees, env.getElementUtils(), env.getTypeUtils(), compiled);
        this.fanOuts = new FanOutAnalyzer(env, trees, diagnostics, summaries);
        this.loops = new LoopAnalyzer(env, trees, diagnostics, summaries);
        this.diagnostics = diagnostics;
    }

    public Companion analyze(Targets targets) {
        for (TreePath stray : targets.strayParallelFor()) {
            String variable = ((VariableTree) stray.getParentPath().getParentPath().getLeaf()).getName().toString();
            diagnostics.error(DiagnosticId.MISPLACED_ANNOTATION, stray, "@ParallelFor marks the variable of a `for` loop whose iterations may run in "
                    + "parallel, and `" + variable + "` is not one, so it would do nothing here. Put it on a loop's "
                    + "variable, as in `for (@ParallelFor int i = 0; i < n; i++)`, or remove it");
        }
        CompanionName name = companionName(targets.type());
        return new Companion(
                name,
                fanOuts.analyze(name, targets.type(), targets.parallelizable()),
                loops.analyze(targets.type(), targets.parallelLoops()));
    }

    /**
     * Whether a twinned method of {@code targets} uses a name nothing declares yet, which another
     * processor may still add in this round.
     */
    public boolean usesUndeclaredNames(Targets targets) {
        return loops.usesUndeclaredNames(targets.type(), targets.parallelLoops());
    }

    private static CompanionName companionName(TypeElement type) {
        Deque<String> nesting = new ArrayDeque<>();
        Element element = type;
        while (element instanceof TypeElement enclosing) {
            nesting.addFirst(enclosing.getSimpleName().toString());
            element = enclosing.getEnclosingElement();
        }
        String packageName = ((PackageElement) element).getQualifiedName().toString();
        return new CompanionName(
                packageName,
                CompanionName.simpleNameFor(List.copyOf(nesting)),
                type.getModifiers().contains(Modifier.PUBLIC),
                type.getQualifiedName().toString());
    }
}
