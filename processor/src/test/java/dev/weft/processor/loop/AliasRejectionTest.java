package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import dev.weft.processor.testing.ExpectedDiagnostics;
import dev.weft.processor.testing.ExpectedDiagnostics.Expected;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loop bodies that reach what iterations share through aliases, lambdas, local classes and
 * shadowed names, and updates that only look like reductions: each refused where the marker in
 * {@code loop/Aliases.java} says, and nothing else.
 */
class AliasRejectionTest {
    private static final String RESOURCE = "loop/Aliases.java";
    private static final JavaFileObject SOURCE = JavaFileObjects.forResource(RESOURCE);
    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = javac().withProcessors(new WeftProcessor()).compile(SOURCE);
    }

    static List<Expected> expected() {
        return ExpectedDiagnostics.in(RESOURCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void isAnErrorAtTheOffendingExpression(Expected error) {
        assertThat(compilation).hadErrorContaining(error.message()).inFile(SOURCE).onLine(error.line())
                .atColumn(error.column());
    }

    @Test
    void reportsNothingElse() {
        assertThat(compilation).hadErrorCount(expected().size());
    }
}
