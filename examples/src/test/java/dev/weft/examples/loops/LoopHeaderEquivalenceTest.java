package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loop headers with offsets and run-time steps: each twin gives the original's result, or fails where it would not end. */
class LoopHeaderEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    private static int[] ints(int n) {
        Random random = new Random(n);
        return IntStream.range(0, n).map(i -> random.nextInt(2_001) - 1_000).toArray();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void offsetsInTheCondition(int n) {
        assertThat(LoopHeadersParallel.blocks(ints(n))).isEqualTo(LoopHeaders.blocks(ints(n)));
        assertThat(LoopHeadersParallel.pairs(ints(n))).isEqualTo(LoopHeaders.pairs(ints(n)));
        assertThat(LoopHeadersParallel.odds(n)).isEqualTo(LoopHeaders.odds(n));
        double[] x = IntStream.of(ints(n)).asDoubleStream().toArray();
        double[] y = new double[n];
        LoopHeadersParallel.evens(y, x, n);
        assertThat(y).isEqualTo(LoopHeaders.evens(x));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void stepsKnownOnlyAtRunTime(int n) {
        for (int stride : new int[] {1, 2, 3, 7}) {
            assertThat(LoopHeadersParallel.strided(ints(n), stride)).isEqualTo(LoopHeaders.strided(ints(n), stride));
            assertThat(LoopHeadersParallel.down(ints(n), stride)).isEqualTo(LoopHeaders.down(ints(n), stride));
            assertThat(LoopHeadersParallel.longSteps(n, stride)).isEqualTo(LoopHeaders.longSteps(n, stride));
        }
    }

    @Test
    void aStepThatIsNotPositiveFailsBeforeTheLoopRuns() {
        int[] in = ints(10);
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
