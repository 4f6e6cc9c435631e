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
        assertGoldenTwins("Shapes");
    }

    @Test
    void offsetConditionsAndRunTimeStepsGetTheirGoldenTwins() {
        assertGoldenTwins("HeaderShapes");
    }

    @Test
    void privateMembersAreReachedThroughHandles() {
        assertGoldenTwins("PrivateShapes");
    }

    @Test
    void twinsCallTheTwinsOfTheMethodsTheyCall() {
        assertGoldenTwins("TwinCalls");
    }

    @Test
    void collectionReductionsGetTheirGoldenTwin() {
        assertGoldenTwins("CollectionShapes");
    }

    @Test
    void scratchLocalsAndCursorsGetTheirGoldenTwin() {
        assertGoldenTwins("Scratch");
    }

    /** The companion of {@code loop/<name>.java} equals {@code loop/golden/<name>Parallel.java}. */
    private static void assertGoldenTwins(String name) {
        Compilation compilation = javac()
                .withProcessors(new WeftProcessor())
                .compile(JavaFileObjects.forResource("loop/" + name + ".java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("loop." + name + "Parallel")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("loop/golden/" + name + "Parallel.java"));
    }
}
