package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Weft among processors that generate the very types a Weft class names. */
class OtherProcessorsTest {

    /** Generates {@code p.Settings} and {@code p.Base} in its first round, as AutoValue or Immutables would. */
    @SupportedAnnotationTypes("*")
    private static final class Generating extends AbstractProcessor {
        private boolean done;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

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
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(name);
                try (Writer writer = file.openWriter()) {
                    writer.write(text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
