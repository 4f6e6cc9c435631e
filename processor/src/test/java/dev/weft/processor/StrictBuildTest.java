package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Weft in builds that turn every lint warning into an error: {@code -Xlint:all -Werror}. */
class StrictBuildTest {
    private static final JavaFileObject NUMBERS = JavaFileObjects.forSourceString("p.Numbers", """
            package p;

            import dev.weft.ParallelFor;
            import dev.weft.Parallelizable;
            import dev.weft.Workload;
            import java.util.List;

            public class Numbers {
                @Parallelizable(workload = Workload.CPU)
                public static int square(int x) {
                    return x * x;
                }

                public static double dot(double[] a, double[] b) {
                    double sum = 0;
                    for (@ParallelFor int i = 0; i < a.length; i++) {
                        sum += a[i] * b[i];
                    }
                    return sum;
                }

                static List<Integer> squares(List<Integer> xs) {
                    return NumbersParallel.squareAll(xs);
                }
            }
            """);

    private static final JavaFileObject TAGGED = JavaFileObjects.forSourceString("p.Tagged", """
            package p;

            @Tag
            final class Tagged {
                static int tags() {
                    return TagIndex.COUNT;
                }
            }
            """);

    private static final JavaFileObject TAG = JavaFileObjects.forSourceString("p.Tag", """
            package p;

            @interface Tag {}
            """);

    /** Weft's processors as the jar's service file lists them, in that order: what javac finds on the processor path. */
    private static List<Processor> weft() {
        List<Processor> found = new ArrayList<>();
        for (Processor processor : ServiceLoader.load(Processor.class)) {
            if (processor.getClass().getPackageName().equals(WeftProcessor.class.getPackageName())) {
                found.add(processor);
            }
        }
        assertThat(found).hasSize(2).first().isInstanceOf(WeftProcessor.class);
        return found;
    }

    /** Another processor of the build, as most are: it claims its own annotation and writes a class for it. */
    @SupportedAnnotationTypes("p.Tag")
    private static final class Indexing extends AbstractProcessor {
        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!annotations.isEmpty()) {
                try (Writer writer = processingEnv.getFiler().createSourceFile("p.TagIndex").openWriter()) {
                    writer.write("package p; final class TagIndex { static final int COUNT = 1; private TagIndex() {} }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }
    }

    private static Compilation strict(List<Processor> processors, JavaFileObject... sources) {
        return javac().withProcessors(processors).withOptions("-Xlint:all", "-Werror").compile(sources);
    }

    @Test
    void weftAloneLeavesNoWarning() {
        Compilation compilation = strict(weft(), NUMBERS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.NumbersParallel").contentsAsUtf8String()
                .contains("@Generated(\"dev.weft.processor.WeftProcessor\")");
    }

    @Test
    void everyGoldenLoopShapeAndFanOutCompilesFreeOfLintWarnings() {
        assertThat(strict(weft(), JavaFileObjects.forResource("loop/Shapes.java"))).succeededWithoutWarnings();
        assertThat(strict(weft(), JavaFileObjects.forResource("fanout/Shapes.java"))).succeededWithoutWarnings();
    }

    @Test
    void weftBeforeAnotherProcessorLeavesNoWarning() {
        List<Processor> processors = new ArrayList<>(weft());
        processors.add(new Indexing());

        assertThat(strict(processors, NUMBERS, TAGGED, TAG)).succeededWithoutWarnings();
    }

    @Test
    void weftAfterAnotherProcessorLeavesNoWarning() {
        List<Processor> processors = new ArrayList<>();
        processors.add(new Indexing());
        processors.addAll(weft());

        assertThat(strict(processors, NUMBERS, TAGGED, TAG)).succeededWithoutWarnings();
    }

    @Test
    void anotherProcessorsGeneratedClassKeepsItsGeneratedUnclaimed() {
        JavaFileObject foreign = JavaFileObjects.forSourceString("p.Foreign", """
                package p;

                @javax.annotation.processing.Generated("elsewhere")
                final class Foreign {}
                """);

        Compilation compilation = javac().withProcessors(weft()).withOptions("-Xlint:all").compile(NUMBERS, foreign);

        assertThat(compilation).hadWarningContaining("javax.annotation.processing.Generated");
    }
}
