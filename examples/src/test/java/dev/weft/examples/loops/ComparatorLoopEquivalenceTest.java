package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparators written in the body are all a sort, a search or a queue runs of what it holds, so the
 * loops that use them while they set other fields of their elements give the originals' results.
 */
class ComparatorLoopEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    private static ComparatorLoops.Point[] points(int n, long seed) {
        Random random = new Random(seed);
        ComparatorLoops.Point[] points = new ComparatorLoops.Point[n];
        for (int i = 0; i < n; i++) {
            points[i] = new ComparatorLoops.Point(random.nextInt(50), random.nextInt(50), random.nextInt(4));
        }
        return points;
    }

    private static int[] predicted(ComparatorLoops.Point[] points) {
        return Arrays.stream(points).mapToInt(point -> point.predicted).toArray();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void classifiesAsTheOriginal(int n) {
        ComparatorLoops.Point[] labelled = points(40, 7);
        ComparatorLoops.Point[] original = points(n, n);
        ComparatorLoops.Point[] twin = points(n, n);
        ComparatorLoops.classify(original, labelled, 5);
        ComparatorLoopsParallel.classify(twin, labelled, 5);
        assertThat(predicted(twin)).isEqualTo(predicted(original));
        ComparatorLoops.classifyByComparatorObjects(original, labelled, 5);
        ComparatorLoopsParallel.classifyByComparatorObjects(twin, labelled, 5);
        assertThat(predicted(twin)).isEqualTo(predicted(original));
    }

    /** The labelled points are the queries themselves: each query reads the labels, never the predictions, of the others. */
    @ParameterizedTest
    @MethodSource("sizes")
    void findsTheNearestAsTheOriginal(int n) {
        int queries = Math.min(n, 3_001); // every query walks every point
        ComparatorLoops.Point[] original = points(queries, n);
        ComparatorLoops.Point[] twin = points(queries, n);
        ComparatorLoops.nearestLabel(original, Arrays.asList(original));
        ComparatorLoopsParallel.nearestLabel(twin, Arrays.asList(twin));
        assertThat(predicted(twin)).isEqualTo(predicted(original));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sortsEachRowAsTheOriginal(int n) {
        Random random = new Random(n);
        Integer[][] original = new Integer[n][];
        for (int r = 0; r < n; r++) {
            original[r] = random.ints(random.nextInt(9), -20, 20).boxed().toArray(Integer[]::new);
        }
        Integer[][] twin = Arrays.stream(original).map(Integer[]::clone).toArray(Integer[][]::new);
        assertThat(ComparatorLoopsParallel.descendingMedians(twin)).isEqualTo(ComparatorLoops.descendingMedians(original));
        assertThat(twin).isDeepEqualTo(original);
    }
}
