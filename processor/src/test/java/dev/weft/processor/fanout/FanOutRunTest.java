package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs generated companions on the real runtime. */
class FanOutRunTest {
    private static Class<?> numbers;
    private static Class<?> companion;

    @BeforeAll
    static void compileNumbers() throws ClassNotFoundException {
        Compilation compilation = compile(source("calc.Numbers", """
                package calc;

                import dev.weft.Parallelizable;
                import java.io.IOException;
                import java.util.List;

                public class Numbers {
                    private final int offset;

                    public Numbers(int offset) {
                        this.offset = offset;
                    }

                    @Parallelizable
                    public static int power(int base, int exponent) {
                        int result = 1;
                        for (int i = 0; i < exponent; i++) {
                            result *= base;
                        }
                        return result;
                    }

                    @Parallelizable
                    public int shifted(int value) {
                        return value + offset;
                    }

                    @Parallelizable
                    public static int parse(String text) throws IOException {
                        if (text.startsWith("x")) {
                            throw new IOException("not a number: " + text);
                        }
                        return Integer.parseInt(text);
                    }

                    @Parallelizable
                    public static void collect(String item, List<String> into) {
                        synchronized (into) {
                            into.add(item);
                        }
                    }

                    @Parallelizable
                    public static <T extends Comparable<T>> T atLeast(T value, T floor) {
                        return value.compareTo(floor) < 0 ? floor : value;
                    }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClasses(compilation);
        numbers = loader.loadClass("calc.Numbers");
        companion = loader.loadClass("calc.NumbersParallel");
    }

    @Test
    void staticMethodResultsComeBackInInputOrder() throws Exception {
        List<Integer> bases = IntStream.range(0, 1000).boxed().toList();

        Object powers = call("powerAll", bases, 2);

        assertThat(powers).isEqualTo(bases.stream().map(base -> base * base).toList());
    }

    @Test
    void instanceMethodTakesTheReceiverFirst() throws Exception {
        Object receiver = numbers.getConstructor(int.class).newInstance(100);

        assertThat(call("shiftedAll", receiver, List.of(1, 2, 3))).isEqualTo(List.of(101, 102, 103));
    }

    @Test
    void genericMethodKeepsItsTypeVariable() throws Exception {
        assertThat(call("atLeastAll", List.of("b", "a", "c"), "b")).isEqualTo(List.of("b", "b", "c"));
    }

    @Test
    void voidMethodRunsEveryCall() throws Exception {
        List<String> into = new ArrayList<>();

        call("collectAll", List.of("a", "b", "c"), into);

        assertThat(into).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void emptyInputGivesEmptyResults() throws Exception {
        assertThat(call("powerAll", List.of(), 3)).isEqualTo(List.of());
    }

    @Test
    void checkedExceptionArrivesWithItsOwnTypeAndMessage() {
        assertThatThrownBy(() -> call("parseAll", List.of("1", "x2", "3")))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("not a number: x2");
    }

    @Test
    void asyncResultsAndFailuresArriveThroughTheFuture() throws Exception {
        CompletableFuture<?> parsed = (CompletableFuture<?>) call("parseAllAsync", List.of("4", "5"));
        CompletableFuture<?> failed = (CompletableFuture<?>) call("parseAllAsync", List.of("x9"));

        assertThat(parsed.get()).isEqualTo(List.of(4, 5));
        assertThatThrownBy(failed::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("not a number: x9");
    }

    @Test
    void checkedExceptionsAreDeclaredOnMAllOnly() throws NoSuchMethodException {
        assertThat(companion.getDeclaredMethod("parseAll", Collection.class).getExceptionTypes())
                .containsExactly(IOException.class);
        assertThat(companion.getDeclaredMethod("parseAllAsync", Collection.class).getExceptionTypes()).isEmpty();
    }

    /** Calls the companion's only method named {@code name}, unwrapping what it throws. */
    private static Object call(String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(companion.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name))
                .findFirst()
                .orElseThrow();
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
