package dev.weft.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.processor.model.FanOutMethod;
import java.util.List;

/** Writes the {@code mAll} and {@code mAllAsync} methods of each {@code @Parallelizable} method. */
final class FanOutGenerator {
    private FanOutGenerator() {}

    static void addTo(TypeSpec.Builder type, ClassName original, List<FanOutMethod> methods) {}
}
