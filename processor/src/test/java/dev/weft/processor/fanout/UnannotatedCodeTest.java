package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Code that does not use Weft compiles as if the processor were not there. */
class UnannotatedCodeTest {

    @Test
    void noFilesAndNoDiagnostics() {
        Compilation compilation = compile(
                source("p.Plain", """
                        package p;

                        class Plain {
                            static int count;

                            static int next(int step) {
                                count += step;
                                return count;
                            }
                        }
                        """),
                source("p.Mentions", """
                        package p;

                        /** Mentions Parallelizable and ParallelFor in a comment, and uses neither. */
                        class Mentions {
                            private static int tick() {
                                return 1;
                            }
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
    }
}
