package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Collection reductions: the twin's list, string, set or map holds what the original's does, in
 * the same order, whatever the schedule and however many chunks run.
 */
class CollectionLoopEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void listsKeepTheLoopsOrderAndWhatTheyHeld(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(CollectionLoopsParallel.kept(in)).isEqualTo(CollectionLoops.kept(in));
        long[] twinSum = new long[1];
        long[] sum = new long[1];
        assertThat(CollectionLoopsParallel.keptWithSum(in, twinSum)).isEqualTo(CollectionLoops.keptWithSum(in, sum));
        assertThat(twinSum).isEqualTo(sum);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void stringBuildersAppendInTheLoopsOrder(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(CollectionLoopsParallel.joined(in)).isEqualTo(CollectionLoops.joined(in));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void mapsAndSetsIterateInTheSameOrder(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(CollectionLoopsParallel.counts(in)).isEqualTo(CollectionLoops.counts(in));
        int[] twinMax = new int[1];
        int[] max = new int[1];
        assertThat(CollectionLoopsParallel.lambdaCountsWithMax(in, twinMax))
                .isEqualTo(CollectionLoops.lambdaCountsWithMax(in, max));
        assertThat(twinMax).isEqualTo(max);
        assertThat(CollectionLoopsParallel.groups(in)).isEqualTo(CollectionLoops.groups(in));
        assertThat(CollectionLoopsParallel.seen(in)).isEqualTo(CollectionLoops.seen(in));
        assertThat(CollectionLoopsParallel.lastAndFirst(in)).isEqualTo(CollectionLoops.lastAndFirst(in));
        List<Integer> boxed = Arrays.stream(in).boxed().toList();
        assertThat(CollectionLoopsParallel.moreForms(boxed)).isEqualTo(CollectionLoops.moreForms(boxed));
    }

    /**
     * Pieces a worker takes from another's share make partials of their own, between the others'
     * in the loop's order: taken out of order, or added to the wrong partial, they would show.
     */
    @Test
    void piecesTakenFromAnotherWorkerKeepTheirPlace() {
        int[] in = LoopEquivalenceTest.ints(4_001);
        String expected = CollectionLoops.unevenCounts(in);
        for (int run = 0; run < 20; run++) {
            assertThat(CollectionLoopsParallel.unevenCounts(in)).as("run %d", run).isEqualTo(expected);
        }
    }

    /** Partials combined out of order, or a race on the original, would show as a difference in some run. */
    @Test
    void twentyRunsOnAHundredThousandElements() {
        int[] in = LoopEquivalenceTest.ints(100_003);
        var kept = CollectionLoops.kept(in);
        String joined = CollectionLoops.joined(in);
        String groups = CollectionLoops.groups(in);
        String seen = CollectionLoops.seen(in);
        String lastAndFirst = CollectionLoops.lastAndFirst(in);
        List<Integer> boxed = Arrays.stream(in).boxed().toList();
        String moreForms = CollectionLoops.moreForms(boxed);
        for (int run = 0; run < 20; run++) {
            assertThat(CollectionLoopsParallel.kept(in)).as("run %d", run).isEqualTo(kept);
            assertThat(CollectionLoopsParallel.joined(in)).as("run %d", run).isEqualTo(joined);
            assertThat(CollectionLoopsParallel.groups(in)).as("run %d", run).isEqualTo(groups);
            assertThat(CollectionLoopsParallel.seen(in)).as("run %d", run).isEqualTo(seen);
            assertThat(CollectionLoopsParallel.lastAndFirst(in)).as("run %d", run).isEqualTo(lastAndFirst);
            assertThat(CollectionLoopsParallel.moreForms(boxed)).as("run %d", run).isEqualTo(moreForms);
        }
    }
}
