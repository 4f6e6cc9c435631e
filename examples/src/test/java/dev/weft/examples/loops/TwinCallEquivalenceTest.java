package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A twin calls the twins of the methods it calls: same results, and the kernels' loops run through the runtime. */
class TwinCallEquivalenceTest {

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void theDriversTwinGivesTheOriginalsResults(int n) {
        long[] originalSteps = new long[7];
        long[] twinSteps = new long[7];
        double original = new TwinDriver(n).run(7, originalSteps);
        double twin = TwinDriverParallel.run(new TwinDriver(n), 7, twinSteps);
        assertThat(twin).isEqualTo(original);
        assertThat(twinSteps).isEqualTo(originalSteps);
    }

    @Test
    void theKernelsRunThroughTheirTwins() {
        List<String> loops = new CopyOnWriteArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            @Override
            public void started(ProgressSnapshot snapshot) {
                loops.add(snapshot.label());
            }

            @Override
            public void progressed(ProgressSnapshot snapshot) {}
        };
        try (Weft.Scope scope = Weft.configure().parallelism(2).progress(recorder).apply()) {
            TwinDriverParallel.run(new TwinDriver(10_000), 3, new long[3]);
        }
        // The static kernel's loop, which always runs through the runtime, reports each of its two runs.
        assertThat(loops).filteredOn(label -> label.equals("TwinDriver.java:18")).hasSize(2);
    }
}
