package dev.weft.processor.analyze.fanout;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.model.FanOutMethod;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Validates {@code @Parallelizable} methods and models their fan-out methods. */
public final class FanOutAnalyzer {
    public FanOutAnalyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics) {}

    public List<FanOutMethod> analyze(TypeElement type, List<TreePath> methods) {
        return List.of();
    }
}
