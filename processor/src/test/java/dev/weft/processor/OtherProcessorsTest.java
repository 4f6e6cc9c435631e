package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Weft among other processors: ones that generate the types a Weft class names, add members, or claim annotations. */
class OtherProcessorsTest {

    /** A processor for any source version, as the ones in a real build are. */
    private abstract static class AnyVersion extends AbstractProcessor {
        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }
    }

    /** Generates {@code p.Settings} and {@code p.Base} in its first round, as AutoValue or Immutables would. */
    @SupportedAnnotationTypes("*")
    private static final class Generating extends AnyVersion {
        private boolean done;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                write("p.Settings", "package p; public final class Settings { public double scale() { return 2; } }");
                write("p.Base", "package p; public class Base { protected double offset = 1; }");
            }
            return false;
        }

        private void write(String name, String text) {
            writeSource(processingEnv, name, text);
        }
    }

    private static void writeSource(ProcessingEnvironment env, String name, String text) {
        try {
            JavaFileObject file = env.getFiler().createSourceFile(name);
            try (Writer writer = file.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes the round in which each generated companion is first handed to processors. */
    @SupportedAnnotationTypes("*")
    private static final class Recording extends AnyVersion {
        final Map<String, Integer> firstSeen = new HashMap<>();
        private int round;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
            round++;
            for (Element root : environment.getRootElements()) {
                firstSeen.putIfAbsent(((TypeElement) root).getQualifiedName().toString(), round);
            }
            return false;
        }
    }

    @Test
    void aClassUsingANameNothingDeclaresYetWaitsOneRoundForAProcessorThatAddsMembers() {
        // Lombok adds getters and loggers to classes during a round, after Weft may have looked.
        Recording recording = new Recording();
        Compilation compilation = javac().withProcessors(recording, new Generating(), new WeftProcessor())
                .withOptions("-proc:only")
                .compile(JavaFileObjects.forSourceString("p.Meter", """
                        package p;

                        import dev.weft.ParallelFor;

                        class Meter {
                            void scale(double[] a) {
                                for (@ParallelFor int i = 0; i < a.length; i++) {
                                    a[i] = a[i] * getScale();
                                }
                            }
                        }
                        """));

        assertThat(compilation).hadWarningContaining("Nothing declares `getScale()`");
        assertThat(recording.firstSeen).containsEntry("p.Settings", 2).containsEntry("p.MeterParallel", 3);
    }

    /** Claims {@code @Deprecated}, as Lombok claims its own annotations, and writes a file, as Lombok forces rounds. */
    @SupportedAnnotationTypes("java.lang.Deprecated")
    private static final class Claiming extends AnyVersion {
        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!annotations.isEmpty()) {
                writeSource(processingEnv, "p.Claimed", "package p; final class Claimed {}");
            }
            return true;
        }
    }

    @Test
    void aClassThatAnEarlierProcessorKeptFromWeftGetsAnErrorNamingTheCause() {
        JavaFileObject source = JavaFileObjects.forSourceString("p.Old", """
                package p;

                import dev.weft.ParallelFor;

                @Deprecated
                class Old {
                    static void fill(int[] a) {
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            a[i] = i;
                        }
                    }
                }
                """);
        Compilation compilation = javac().withProcessors(new Claiming(), new WeftProcessor()).compile(source);

        assertThat(compilation).hadErrorContaining("Weft was not run on Old while javac processed annotations")
                .inFile(source).onLine(8).atColumn(9);
        assertThat(compilation).hadErrorContaining("List dev.weft:weft-processor before that processor");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aClassNamingTypesAnotherProcessorGeneratesGetsItsCompanionOnceTheyExist() {
        Compilation compilation = javac().withProcessors(new Generating(), new WeftProcessor())
                .compile(JavaFileObjects.forSourceString("p.Scaler", """
                        package p;

                        import dev.weft.ParallelFor;
                        import dev.weft.Parallelizable;
                        import dev.weft.Workload;

                        class Scaler extends Base {
                            void scale(Settings settings, double[] a) {
                                for (@ParallelFor int i = 0; i < a.length; i++) {
                                    a[i] = a[i] * settings.scale() + offset;
                                }
                            }

                            @Parallelizable(workload = Workload.CPU)
                            static double scaled(double x, Settings settings) {
                                return x * settings.scale();
                            }
                        }
                        """), JavaFileObjects.forSourceString("p.Caller", """
                        package p;

                        import java.util.List;

                        class Caller {
                            static void run(Scaler scaler, Settings settings, double[] a) {
                                ScalerParallel.scale(scaler, settings, a);
                                List<Double> all = ScalerParallel.scaledAll(List.of(1.0, 2.0), settings);
                            }
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.ScalerParallel").contentsAsUtf8String()
                .contains("a[i] = a[i] * settings.scale() + scaler.offset;");
    }
}
