package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loop headers with offsets and run-time steps: each twin gives the original's result, or fails where it would not end. */
class LoopHeaderEquivalenceTest {

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void offsetsInTheCondition(int n) {
        assertThat(LoopHeadersParallel.blocks(LoopEquivalenceTest.ints(n))).isEqualTo(LoopHeaders.blocks(LoopEquivalenceTest.ints(n)));
        assertThat(LoopHeadersParallel.pairs(LoopEquivalenceTest.ints(n))).isEqualTo(LoopHeaders.pairs(LoopEquivalenceTest.ints(n)));
        assertThat(LoopHeadersParallel.odds(n)).isEqualTo(LoopHeaders.odds(n));
        double[] x = IntStream.of(LoopEquivalenceTest.ints(n)).asDoubleStream().toArray();
        double[] y = new double[n];
        LoopHeadersParallel.evens(y, x, n);
        assertThat(y).isEqualTo(LoopHeaders.evens(x));
    }

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void stepsKnownOnlyAtRunTime(int n) {
        for (int stride : new int[] {1, 2, 3, 7}) {
            assertThat(LoopHeadersParallel.strided(LoopEquivalenceTest.ints(n), stride)).isEqualTo(LoopHeaders.strided(LoopEquivalenceTest.ints(n), stride));
            assertThat(LoopHeadersParallel.down(LoopEquivalenceTest.ints(n), stride)).isEqualTo(LoopHeaders.down(LoopEquivalenceTest.ints(n), stride));
            assertThat(LoopHeadersParallel.longSteps(n, stride)).isEqualTo(LoopHeaders.longSteps(n, stride));
        }
        for (boolean wide : new boolean[] {false, true}) {
            assertThat(LoopHeadersParallel.assignedAround(LoopEquivalenceTest.ints(n), wide))
                    .isEqualTo(LoopHeaders.assignedAround(LoopEquivalenceTest.ints(n), wide));
        }
    }

    @Test
    void aStepThatIsNotPositiveFailsBeforeTheLoopRuns() {
        int[] in = LoopEquivalenceTest.ints(10);
        assertThatThrownBy(() -> LoopHeadersParallel.strided(in, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The step of the @ParallelFor loop at LoopHeaders.java:56 is 0, but must be positive: "
                        + "the loop as written would never reach its bound");
        assertThatThrownBy(() -> LoopHeadersParallel.down(in, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The step of the @ParallelFor loop at LoopHeaders.java:65 is -2, but must be positive: "
                        + "the loop as written would move away from its bound");
        assertThatThrownBy(() -> LoopHeadersParallel.longSteps(10, -1))
                .hasMessageContaining("LoopHeaders.java:74 is -1");
    }
}
