package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies that read the positions of all others and write their own velocities, directly or through
 * a method of their own: the twin's steps are the original's, bit for bit.
 */
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

    @ParameterizedTest
    @MethodSource("sizes")
    void particlesPulledThroughTheirOwnMethods(int n) {
        ParticleLoops.Particle[] original = particles(n);
        ParticleLoops.Particle[] twin = particles(n);
        for (int step = 0; step < 3; step++) {
            ParticleLoops.step(original, 0.01);
            ParticleLoopsParallel.step(twin, 0.01);
        }
        for (int i = 0; i < n; i++) {
            assertThat(twin[i].x).as("x of %d", i).isEqualTo(original[i].x);
            assertThat(twin[i].vx).as("vx of %d", i).isEqualTo(original[i].vx);
        }
    }

    private static ParticleLoops.Particle[] particles(int n) {
        java.util.Random random = new java.util.Random(n);
        ParticleLoops.Particle[] particles = new ParticleLoops.Particle[n];
        for (int i = 0; i < n; i++) {
            particles[i] = new ParticleLoops.Particle(random.nextGaussian() * 10, 0.5 + random.nextDouble());
        }
        return particles;
    }
}
