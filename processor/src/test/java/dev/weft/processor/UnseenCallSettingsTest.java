package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** What {@code -Aweft.unseenCalls} makes of a call Weft cannot see into. */
class UnseenCallSettingsTest {
    private static final String SOURCE = """
            package p;

            import dev.weft.ParallelFor;

            class Printing {
                static void print(int[] a) {
                    for (@ParallelFor int i = 0; i < a.length; i++) {
                        System.out.println(a[i]);
                    }
                }
            }
            """;

    private static Compilation compile(String... options) {
        return javac().withProcessors(new WeftProcessor()).withOptions((Object[]) options)
                .compile(JavaFileObjects.forSourceString("p.Printing", SOURCE));
    }

    @Test
    void aWarningByDefault() {
        Compilation compilation = compile();
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[weft:unseen-call] This @ParallelFor loop calls what Weft cannot "
                + "see into").inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(13);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).generatedSourceFile("p.PrintingParallel");
    }

    @Test
    void anErrorThatRefusesTheLoopWhenAskedFor() {
        Compilation compilation = compile("-Aweft.unseenCalls=error");
        assertThat(compilation).hadErrorContaining("[weft:unseen-call] This @ParallelFor loop calls what Weft cannot "
                + "see into").inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(13);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void nothingWhenIgnored() {
        Compilation compilation = compile("-Aweft.unseenCalls=ignore");
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.PrintingParallel");
    }

    @Test
    void aSettingWeftDoesNotKnowIsAnError() {
        Compilation compilation = compile("-Aweft.unseenCalls=sometimes");
        assertThat(compilation).hadErrorContaining("-Aweft.unseenCalls=sometimes is not a setting Weft knows: use "
                + "error, warning or ignore");
    }
}
