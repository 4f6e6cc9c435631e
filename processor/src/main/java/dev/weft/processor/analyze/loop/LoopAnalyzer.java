package dev.weft.processor.analyze.loop;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.model.LoopTwin;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Proves {@code @ParallelFor} loops independent and models the twins of their methods. */
public final class LoopAnalyzer {
    public LoopAnalyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics) {}

    public List<LoopTwin> analyze(TypeElement type, List<TreePath> loops) {
        return List.of();
    }
}
