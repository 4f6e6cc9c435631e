package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import org.junit.jupiter.api.Test;

/** The generated twins, compared with golden sources: one twin per accepted loop shape. */
class LoopTwinGoldenTest {

    @Test
    void everyAcceptedShapeGetsItsGoldenTwin() {
        Compilation compilation = javac()
                .withProcessors(new WeftProcessor())
                .compile(JavaFileObjects.forResource("loop/Shapes.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("loop.ShapesParallel")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("loop/golden/ShapesParallel.java"));
    }

    @Test
    void scratchLocalsAndCursorsGetTheirGoldenTwin() {
        Compilation compilation = javac()
                .withProcessors(new WeftProcessor())
                .compile(JavaFileObjects.forResource("loop/Scratch.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("loop.ScratchParallel")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("loop/golden/ScratchParallel.java"));
    }
}
