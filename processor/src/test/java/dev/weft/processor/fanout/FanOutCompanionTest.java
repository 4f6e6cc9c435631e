package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.weft.processor.WeftProcessor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The companion class itself: its name, its visibility and that of its methods, its shape. */
class FanOutCompanionTest {

    @Test
    void nestedClassGetsAnOuterUnderscoreInnerCompanion() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import dev.weft.Parallelizable;

                public class Outer {
                    public static class Inner {
                        @Parallelizable
                        public int twice(int x) {
                            return 2 * x;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Outer_InnerParallel").hasSourceEquivalentTo(source(
                "p.Outer_InnerParallel", """
                package p;

                import dev.weft.Workload;
                import dev.weft.internal.FanOut;
                import dev.weft.internal.TaskSpec;
                import java.util.Collection;
                import java.util.List;
                import java.util.concurrent.CompletableFuture;
                import javax.annotation.processing.Generated;

                @Generated("dev.weft.processor.WeftProcessor")
                public final class Outer_InnerParallel {
                    private static final TaskSpec TWICE_TASK =
                            new TaskSpec("p.Outer.Inner.twice(int)", Workload.AUTO, "");

                    private Outer_InnerParallel() {
                    }

                    public static List<Integer> twiceAll(Outer.Inner inner, Collection<? extends Integer> xs) {
                        return FanOut.map(TWICE_TASK, xs, x -> inner.twice(x));
                    }

                    public static CompletableFuture<List<Integer>> twiceAllAsync(Outer.Inner inner,
                            Collection<? extends Integer> xs) {
                        return FanOut.mapAsync(TWICE_TASK, xs, x -> inner.twice(x));
                    }
                }
                """));
    }

    @Test
    void lowerCaseClassNamesInTheUnnamedPackage() {
        Compilation compilation = compile(source("outer", """
                import dev.weft.Parallelizable;

                class outer {
                    static class inner {
                        @Parallelizable
                        static int twice(int x) {
                            return 2 * x;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("outer_innerParallel").contentsAsUtf8String()
                .contains("x -> outer.inner.twice(x)");
    }

    @Test
    void instanceMethodOfAGenericInnerClassDeclaresTheClassesTypeVariables() {
        Compilation compilation = compile(source("p.Table", """
                package p;

                import dev.weft.Parallelizable;

                class Table<K> {
                    class Row<V> {
                        @Parallelizable
                        <D extends V> V pick(K key, D fallback) {
                            return fallback;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Table_RowParallel").contentsAsUtf8String().contains(
                "static <K, V, D extends V> List<V> pickAll(Table<K>.Row<V> row, Collection<? extends K> keys,");
    }

    @Test
    void varargsFirstParameterFansOutArraysAndALaterOneStaysVarargs() {
        Compilation compilation = compile(source("p.Bag", """
                package p;

                import dev.weft.Parallelizable;

                class Bag {
                    @SafeVarargs
                    @Parallelizable
                    static <T> int count(T... items) {
                        return items.length;
                    }

                    @SafeVarargs
                    @Parallelizable
                    static <T> boolean within(int limit, T... items) {
                        return items.length <= limit;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BagParallel").contentsAsUtf8String()
                .contains("static <T> List<Integer> countAll(Collection<? extends T[]> allItems) {");
        assertThat(compilation).generatedSourceFile("p.BagParallel").contentsAsUtf8String()
                .contains("@SafeVarargs\n    @SuppressWarnings(\"varargs\")\n"
                        + "    static <T> List<Boolean> withinAll(Collection<? extends Integer> limits, T... items) {");
    }

    @Test
    void companionIsPublicExactlyWhenTheClassIsAndItsMethodsFollowTheOriginals() throws Exception {
        Compilation compilation = compile(
                source("p.Open", """
                        package p;

                        import dev.weft.Parallelizable;

                        public class Open {
                            @Parallelizable
                            public static int shared(int x) {
                                return x;
                            }

                            @Parallelizable
                            static int internal(int x) {
                                return x;
                            }
                        }
                        """),
                source("p.Closed", """
                        package p;

                        import dev.weft.Parallelizable;

                        class Closed {
                            @Parallelizable
                            public static int shared(int x) {
                                return x;
                            }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClasses(compilation);

        Class<?> open = loader.loadClass("p.OpenParallel");
        Class<?> closed = loader.loadClass("p.ClosedParallel");

        assertThat(Modifier.isPublic(open.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(closed.getModifiers())).isFalse();
        for (Class<?> companion : new Class<?>[] {open, closed}) {
            assertThat(Modifier.isFinal(companion.getModifiers())).isTrue();
            assertThat(companion.getDeclaredConstructors()).singleElement()
                    .matches(constructor -> Modifier.isPrivate(constructor.getModifiers()));
            assertThat(companion.getDeclaredMethods()).allMatch(method -> Modifier.isStatic(method.getModifiers()));
            assertThat(companion.getDeclaredFields()).allMatch(field -> Modifier.isStatic(field.getModifiers()));
        }
        assertThat(publicMethods(open)).containsExactlyInAnyOrder("sharedAll", "sharedAllAsync");
        assertThat(publicMethods(closed)).containsExactlyInAnyOrder("sharedAll", "sharedAllAsync");
    }

    /**
     * compile-testing hides generated files once a compilation has failed, so this test runs javac
     * itself, processing only, and reads what the processor wrote.
     */
    @Test
    void anInvalidMethodCostsOnlyItself(@TempDir Path generated) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-proc:only", "-s", generated.toString()), null, List.of(
                        source("p.A", """
                                package p;

                                import dev.weft.Parallelizable;

                                class A {
                                    @Parallelizable
                                    static int good(int x) {
                                        return x;
                                    }

                                    @Parallelizable
                                    private static int bad(int x) {
                                        return x;
                                    }
                                }
                                """),
                        source("p.B", """
                                package p;

                                import dev.weft.Parallelizable;

                                class B {
                                    @Parallelizable
                                    static int fine(int x) {
                                        return x;
                                    }
                                }
                                """)));
        task.setProcessors(List.of(new WeftProcessor()));

        boolean compiled = task.call();

        assertThat(compiled).isFalse();
        assertThat(diagnostics.getDiagnostics()).singleElement().satisfies(error -> {
            assertThat(error.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
            assertThat(error.getMessage(Locale.ROOT)).contains("bad(int) is private");
            assertThat(error.getLineNumber()).isEqualTo(12);
            assertThat(error.getColumnNumber()).isEqualTo(24);
        });
        assertThat(Files.readString(generated.resolve("p/BParallel.java"))).contains("fineAll(");
        assertThat(Files.readString(generated.resolve("p/AParallel.java")))
                .contains("goodAll(")
                .doesNotContain("badAll");
    }

    private static String[] publicMethods(Class<?> companion) {
        return Arrays.stream(companion.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .toArray(String[]::new);
    }
}
