package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hash maps built by collection reductions iterate as the original's do, keys sharing buckets included. */
class BucketOrderEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void keysSharingABucketComeInTheLoopsOrder(int n) {
        assertSameIteration(LoopEquivalenceTest.ints(n));
    }

    @RepeatedTest(5)
    void aHundredThousandElements() {
        assertSameIteration(LoopEquivalenceTest.ints(100_003));
    }

    private static void assertSameIteration(int[] in) {
        assertThat(BucketOrderLoopsParallel.grouped(in)).hasToString(BucketOrderLoops.grouped(in).toString());
        assertThat(BucketOrderLoopsParallel.groupedThroughALocal(in))
                .hasToString(BucketOrderLoops.groupedThroughALocal(in).toString());
        assertThat(BucketOrderLoopsParallel.joinedByKey(in)).hasToString(BucketOrderLoops.joinedByKey(in).toString());
        assertThat(BucketOrderLoopsParallel.countedByContains(in))
                .hasToString(BucketOrderLoops.countedByContains(in).toString());
        assertThat(BucketOrderLoopsParallel.countedByGet(in))
                .hasToString(BucketOrderLoops.countedByGet(in).toString());
        assertThat(BucketOrderLoopsParallel.groupedByGetAndPut(in))
                .hasToString(BucketOrderLoops.groupedByGetAndPut(in).toString());
        assertThat(BucketOrderLoopsParallel.joinedByGetAndPut(in))
                .hasToString(BucketOrderLoops.joinedByGetAndPut(in).toString());
        assertThat(BucketOrderLoopsParallel.counted(in)).hasToString(BucketOrderLoops.counted(in).toString());
        assertThat(BucketOrderLoopsParallel.summed(in)).hasToString(BucketOrderLoops.summed(in).toString());
        assertThat(BucketOrderLoopsParallel.concatenated(in)).hasToString(BucketOrderLoops.concatenated(in).toString());
        assertThat(BucketOrderLoopsParallel.merged(in)).hasToString(BucketOrderLoops.merged(in).toString());
    }
}
