package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.resource;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The generated companions, compared as source with the expected ones. */
class FanOutGoldenTest {

    /**
     * Serializable tasks where every value a call sends provably serializes ({@code area},
     * {@code scaled}, {@code delete}, {@code label}), plain lambdas elsewhere, which earn notes
     * but no warnings since none of those methods sets {@code memoryPerTask}.
     */
    @Test
    void staticInstanceVoidPrimitiveGenericVarargsAndCheckedExceptions() {
        Compilation compilation = compile(resource("Shapes.java"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("geometry.ShapesParallel")
                .hasSourceEquivalentTo(resource("ShapesParallel.java"));
    }
}
