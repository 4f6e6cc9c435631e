package dev.weft.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import dev.weft.processor.testing.ExpectedDiagnostics.Expected;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source compiled with Weft once, whose errors and warnings are exactly those its {@code //
 * error:} and {@code // warning:} markers expect (see {@link ExpectedDiagnostics}), each on its line
 * and column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MarkedDiagnosticsTest {
    private final String resource;
    private final List<String> options;
    protected final JavaFileObject source;
    protected Compilation compilation;

    /** @param options the processor options to compile with, such as {@code -Aweft.unseenCalls=error} */
    protected MarkedDiagnosticsTest(String resource, String... options) {
        this.resource = resource;
        this.options = List.of(options);
        this.source = JavaFileObjects.forResource(resource);
    }

    @BeforeAll
    protected void compile() {
        // javac stops reporting at 100 errors, where a count would miss the rest unseen
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of("-Xmaxerrs", "10000", "-Xmaxwarns", "10000"));
        compilation = javac().withProcessors(new WeftProcessor()).withOptions(all).compile(source);
    }

    protected List<Expected> expected() {
        return ExpectedDiagnostics.in(resource);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    protected void isReportedAtTheOffendingExpression(Expected diagnostic) {
        (diagnostic.warning() ? assertThat(compilation).hadWarningContaining(diagnostic.message())
                : assertThat(compilation).hadErrorContaining(diagnostic.message()))
                .inFile(source).onLine(diagnostic.line()).atColumn(diagnostic.column());
    }

    @Test
    protected void reportsNothingElse() {
        List<Expected> all = expected();
        assertThat(compilation).hadErrorCount((int) all.stream().filter(diagnostic -> !diagnostic.warning()).count());
        assertThat(compilation).hadWarningCount((int) all.stream().filter(Expected::warning).count());
    }
}
