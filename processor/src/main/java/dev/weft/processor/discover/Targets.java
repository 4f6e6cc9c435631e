package dev.weft.processor.discover;

import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything Weft was asked to do in one class: the input of the analysis of that class, whose
 * output is the class's companion.
 *
 * @param type the class whose companion this becomes
 * @param parallelizable paths to the {@code @Parallelizable} method declarations, in source order
 * @param parallelLoops paths to the {@code for} and enhanced {@code for} statements whose variable
 *     is annotated {@code @ParallelFor}, in source order
 * @param strayParallelFor paths to {@code @ParallelFor} annotations on local variables that are not
 *     the variable of a {@code for} loop, where they would do nothing
 */
public record Targets(TypeElement type, List<TreePath> parallelizable, List<TreePath> parallelLoops,
        List<TreePath> strayParallelFor) {
    public Targets {
        parallelizable = List.copyOf(parallelizable);
        parallelLoops = List.copyOf(parallelLoops);
        strayParallelFor = List.copyOf(strayParallelFor);
    }
}
