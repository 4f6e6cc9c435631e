package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Builders and containers each iteration empties first: each chunk's own gives the loop's results. */
class ReusedObjectEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    /** Rows of different lengths, so that a reused container grows in some iterations and not in others. */
    static int[][] rows(int n) {
        Random random = new Random(n);
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = random.ints(random.nextInt(i % 97 == 0 ? 60 : 12), 0, 20).toArray();
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void eachChunkUsesItsOwn(int n) {
        int[][] rows = rows(n);
        assertThat(ReusedObjectsParallel.rowsAsText(rows)).isEqualTo(ReusedObjects.rowsAsText(rows));
        assertThat(ReusedObjectsParallel.distinctCounts(rows)).isEqualTo(ReusedObjects.distinctCounts(rows));
        assertThat(ReusedObjectsParallel.medians(rows)).isEqualTo(ReusedObjects.medians(rows));
        assertThat(ReusedObjectsParallel.frequencies(rows)).isEqualTo(ReusedObjects.frequencies(rows));
        assertThat(ReusedObjectsParallel.firstOccurrences(rows)).isEqualTo(ReusedObjects.firstOccurrences(rows));
        assertThat(ReusedObjectsParallel.depths(rows)).isEqualTo(ReusedObjects.depths(rows));
        assertThat(ReusedObjectsParallel.repeatedSums(rows)).isEqualTo(ReusedObjects.repeatedSums(rows));
        assertThat(ReusedObjectsParallel.positivesThenNegatives(rows)).isEqualTo(ReusedObjects.positivesThenNegatives(rows));
    }

    @Test
    void runAfterRun() {
        int[][] rows = rows(200_003);
        String[] text = ReusedObjects.rowsAsText(rows);
        String[] frequencies = ReusedObjects.frequencies(rows);
        int[] depths = ReusedObjects.depths(rows);
        for (int run = 0; run < 5; run++) {
            assertThat(ReusedObjectsParallel.rowsAsText(rows)).as("run %d", run).isEqualTo(text);
            assertThat(ReusedObjectsParallel.frequencies(rows)).as("run %d", run).isEqualTo(frequencies);
            assertThat(ReusedObjectsParallel.depths(rows)).as("run %d", run).isEqualTo(depths);
        }
    }
}
