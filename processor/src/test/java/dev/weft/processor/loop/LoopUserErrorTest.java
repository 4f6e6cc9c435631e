package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user's own mistakes are reported by javac alone, without follow-on errors from Weft. */
class LoopUserErrorTest {

    private static Compilation compile(String signature, String... body) {
        return compile(List.of(), signature, body);
    }

    private static Compilation compile(List<String> options, String signature, String... body) {
        String[] lines = new String[5 + body.length];
        lines[0] = "package p;";
        lines[1] = "import dev.weft.ParallelFor;";
        lines[2] = "class Source {";
        lines[3] = "    " + signature + " {";
        System.arraycopy(body, 0, lines, 4, body.length);
        lines[lines.length - 1] = "    }\n}";
        return javac().withProcessors(new WeftProcessor()).withOptions(options)
                .compile(JavaFileObjects.forSourceLines("p.Source", lines));
    }

    private static void assertOnlyError(Compilation compilation, String message, int line, int column) {
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(compilation.sourceFiles().get(0))
                .onLine(line).atColumn(column);
    }

    /** A mistake in a one-statement loop, reported once, where javac finds it: nothing in the companion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a signature that does not compile | static void fill(Missing m, int[] a) | a.length   | a[i] = i;         | 4 | 22
            a method nothing declares         | static void fill(double[] a)         | a.length   | a[i] = sqaure(i); | 6 | 20
            a field the class does not have   | int count; void fill(int[] a)        | a.length   | a[i] = this.cuont; | 6 | 24
            a member arrays do not have       | static void fill(int[] a)            | a.length() | a[i] = i;         | 5 | 43
            a method a parameter's class lacks | static void fill(int[] a, java.util.List<String> s) | a.length | a[i] = s.sise(); | 6 | 21
            a field reached through a call    | int count; static void fill(int[] a, java.util.List<Source> s) | a.length | a[i] = s.get(i).cuont; | 6 | 28
            """)
    void isReportedOnceByJavac(String mistake, String signature, String bound, String statement, int line, int column) {
        Compilation compilation = compile(signature,
                "        for (@ParallelFor int i = 0; i < " + bound + "; i++) {",
                "            " + statement,
                "        }");
        assertOnlyError(compilation, "cannot find symbol", line, column);
    }

    @Test
    void aRejectedLoopIsTheOnlyError() {
        Compilation compilation = compile("static int last(int[] a)",
                "        int last = 0;",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            last = a[i] - last;",
                "        }",
                "        return last;");
        assertOnlyError(compilation, "`last` is declared outside", 7, 27);
    }

    @Test
    void aNameNothingDeclaresIsReportedOnceAndTheTwinOnlyThrows() {
        String[] body = {
            "        int sum = 0;",
            "        for (@ParallelFor int i = 0; i < a.length; i++) {",
            "            sum += a[i] * sacle;",
            "        }",
            "        return sum;"
        };
        Compilation compilation = compile("static int sum(int[] a)", body);
        assertOnlyError(compilation, "cannot find symbol", 7, 27);
        assertThat(compilation).hadWarningContaining("Nothing declares `sacle`, so Source.sum() does not compile")
                .inFile(compilation.sourceFiles().get(0)).onLine(7).atColumn(27);

        // javac keeps generated files only when it compiles without errors: processing alone shows the twin.
        Compilation processed = compile(List.of("-proc:only"), "static int sum(int[] a)", body);
        assertThat(processed).generatedSourceFile("p.SourceParallel").contentsAsUtf8String().contains(
                "throw new IllegalStateException(\"Source.sum() did not compile when this twin was generated: "
                        + "nothing declares `sacle`\");");
    }

    @Test
    void aVarThatRefersToItselfDoesNotLoopTheProcessor() {
        Compilation compilation = compile("Source next; int secret; static void fill(Source first, int[] a)",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            var node = node.next;",
                "            a[i] = node.secret;",
                "        }");
        assertThat(compilation).hadErrorContaining("self-referencing").inFile(compilation.sourceFiles().get(0))
                .onLine(6).atColumn(17);
    }

    @Test
    void namesThatOnlyLookUndeclaredAreNotTakenForErrors() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Source", """
                package p;

                import static java.lang.Math.*;
                import static java.util.Objects.requireNonNull;

                import dev.weft.ParallelFor;
                import dev.weft.Schedule;
                import java.util.List;
                import java.util.function.IntUnaryOperator;

                class Source extends Base implements Scaled {
                    enum Shade { DARK, LIGHT }

                    static double fill(double[] a, double[] weights, Shade shade, List<String> names) {
                        double total = 0;
                        for (@ParallelFor(schedule = Schedule.DYNAMIC) int i = 0; i < a.length; i++) {
                            IntUnaryOperator twice = x -> x * 2;
                            Runnable check = new Runnable() {
                                public void run() {
                                    requireNonNull(names);
                                }
                            };
                            switch (shade) {
                                case DARK -> a[i] = abs(PI * offset) + twice.applyAsInt(i) * FACTOR;
                                case LIGHT -> a[i] = scale(i) + String.valueOf(i).length();
                            }
                            Object named = names;
                            if (named instanceof List<?> list && !list.isEmpty()) {
                                total += a[i] + weights.clone().length + this_ish(weights.length);
                            }
                        }
                        return total;
                    }
                }

                class Base {
                    static double offset = 1;

                    static int this_ish(int n) {
                        return n;
                    }

                    static double scale(int i) {
                        return i;
                    }
                }

                interface Scaled {
                    int FACTOR = 3;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.SourceParallel").contentsAsUtf8String()
                .doesNotContain("IllegalStateException");
    }
}
