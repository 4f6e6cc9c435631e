package dev.weft.processor.generate;

import com.palantir.javapoet.TypeSpec;
import dev.weft.processor.model.LoopTwin;
import java.util.List;

/** Writes the loop twins: each method with {@code @ParallelFor} loops, its loops run in parallel. */
final class LoopTwinGenerator {
    private LoopTwinGenerator() {}

    static void addTo(TypeSpec.Builder type, List<LoopTwin> twins) {}
}
