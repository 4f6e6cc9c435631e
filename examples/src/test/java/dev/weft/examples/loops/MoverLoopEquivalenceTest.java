package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.loops.MoverLoops.Mover;
import dev.weft.examples.loops.MoverLoops.Vec;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Movers whose loops write the vectors each holds, in the body after calling a method on it, or in
 * a method it calls: where every mover has vectors of its own the twin runs in parallel, and where
 * movers share them it runs as written;
 * either way each mover ends as the original leaves it, on every one of 10 runs.
 */
class MoverLoopEquivalenceTest {
    private static final int RUNS = 10;

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void moversWithVectorsOfTheirOwn(int size) {
        assertTwinLeavesTheMoversAsTheOriginal(movers(size, false));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void moversSharingAFewVelocities(int size) {
        assertTwinLeavesTheMoversAsTheOriginal(movers(size, true));
    }

    private static Mover[] movers(int size, boolean shared) {
        SplittableRandom random = new SplittableRandom(size * 17L + (shared ? 1 : 0));
        Vec[] few = {new Vec(1, -1), new Vec(-2, 0.5), new Vec(0.25, 3)};
        Mover[] movers = new Mover[size];
        for (int k = 0; k < size; k++) {
            Vec velocity = shared ? few[random.nextInt(few.length)] : new Vec(random.nextDouble(-3, 3), random.nextDouble(-3, 3));
            movers[k] = new Mover(new Vec(random.nextDouble(-10, 110), random.nextDouble(-10, 110)), velocity);
        }
        return movers;
    }

    /** The same movers, sharing vectors as the originals do, with vectors of their own. */
    private static Mover[] copy(Mover[] movers) {
        Map<Vec, Vec> fresh = new IdentityHashMap<>();
        return Arrays.stream(movers).map(m -> new Mover(
                fresh.computeIfAbsent(m.position, v -> new Vec(v.x, v.y)),
                fresh.computeIfAbsent(m.velocity, v -> new Vec(v.x, v.y)))).toArray(Mover[]::new);
    }

    private static double[] state(Mover[] movers) {
        return Arrays.stream(movers).flatMapToDouble(m -> DoubleStream.of(
                m.position.x, m.position.y, m.velocity.x, m.velocity.y)).toArray();
    }

    private static void assertTwinLeavesTheMoversAsTheOriginal(Mover[] original) {
        for (int run = 0; run < RUNS; run++) {
            Mover[] twin = copy(original);
            Mover[] expected = copy(original);
            for (int step = 0; step < 3; step++) {
                MoverLoops.bounce(expected);
                MoverLoopsParallel.bounce(twin);
                MoverLoops.damp(expected);
                MoverLoopsParallel.damp(twin);
                MoverLoops.slowDown(Arrays.asList(expected));
                MoverLoopsParallel.slowDown(Arrays.asList(twin));
            }
            assertThat(state(twin)).isEqualTo(state(expected));
        }
    }
}
