package dev.weft.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import dev.weft.processor.testing.ExpectedDiagnostics.Expected;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source compiled with Weft once, whose errors are exactly those its {@code // error:} markers
 * expect (see {@link ExpectedDiagnostics}), each on its line and column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MarkedErrorsTest {
    private final String resource;
    protected final JavaFileObject source;
    protected Compilation compilation;

    protected MarkedErrorsTest(String resource) {
        this.resource = resource;
        this.source = JavaFileObjects.forResource(resource);
    }

    @BeforeAll
    protected void compile() {
        compilation = javac().withProcessors(new WeftProcessor()).compile(source);
    }

    protected List<Expected> expected() {
        return ExpectedDiagnostics.in(resource);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    protected void isAnErrorAtTheOffendingExpression(Expected error) {
        assertThat(compilation).hadErrorContaining(error.message()).inFile(source).onLine(error.line())
                .atColumn(error.column());
    }

    @Test
    protected void reportsNothingElse() {
        assertThat(compilation).hadErrorCount(expected().size());
    }
}
