package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that read the positions of all others and write their own velocities: the twin's step is the original's, bit for bit. */
class NBodyEquivalenceTest {

    static IntStream sizes() {
        return IntStream.of(0, 1, 2, 7, LoopShapes.CHUNK + 1, 3_001);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void velocitiesAfterAStep(int n) {
        double[] original = NBody.velocitiesAfterAStep(n, false);
        for (int run = 0; run < 3; run++) {
            assertThat(NBody.velocitiesAfterAStep(n, true)).as("run %d", run).isEqualTo(original);
        }
    }
}
