package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Twins of methods whose declarations are written C-style, final, annotated, of variable arity or generic: they compile, and give the original's results. */
class DeclaratorEquivalenceTest {

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void arraysDeclaredCStyle(int n) {
        double[] x = IntStream.range(0, n).mapToDouble(i -> i * 0.5).toArray();
        double[] original = new double[n];
        double[] twin = new double[n];
        Declarators.evens(original, x, n);
        DeclaratorsParallel.evens(twin, x, n);
        assertThat(twin).isEqualTo(original);
        assertThat(DeclaratorsParallel.locals(n)).isEqualTo(Declarators.locals(n));
        int[][] grid = IntStream.range(0, n).mapToObj(i -> IntStream.range(0, i % 5).toArray()).toArray(int[][]::new);
        assertThat(DeclaratorsParallel.cells(grid)).isEqualTo(Declarators.cells(grid));
    }

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void finalAnnotatedVariableArityAndGenericDeclarations(int n) {
        Integer[] boxed = IntStream.range(0, n).map(i -> i % 17 - 8).boxed().toArray(Integer[]::new);
        assertThat(DeclaratorsParallel.sum(boxed)).isEqualTo(Declarators.sum(boxed));
        assertThat(DeclaratorsParallel.compared(boxed, 0)).isEqualTo(Declarators.compared(boxed, 0));
        List<String> names = IntStream.range(0, n).mapToObj(Integer::toString).toList();
        assertThat(DeclaratorsParallel.joined(names)).isEqualTo(Declarators.joined(names));
    }
}
