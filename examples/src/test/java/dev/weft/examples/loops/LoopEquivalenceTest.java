package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every accepted loop shape: the generated twin gives the original's result, for sizes around every boundary. */
class LoopEquivalenceTest {

    /**
     * Empty, tiny, odd, one more than an explicit chunk, and far larger than any chunk; then the
     * short ones again, which twins run as written once they have timed their loops.
     */
    static IntStream sizes() {
        return IntStream.of(0, 1, 2, 7, LoopShapes.CHUNK + 1, 100_003, 1, 2, 7, LoopShapes.CHUNK + 1);
    }

    /** Values that compare equal but differ, -0.0 and 0.0, with NaNs between them, which no comparison takes. */
    private static double[] signedZerosAndNaNs(int n) {
        Random random = new Random(n);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = switch (random.nextInt(3)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                default -> Double.NaN;
            };
        }
        return xs;
    }

    static int[] ints(int n) {
        Random random = new Random(n);
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextInt(2_001) - 1_000;
        }
        return xs;
    }

    /** Small whole numbers: sums of them are exact, so any order of addition gives the same double. */
    private static double[] wholeDoubles(int n) {
        return IntStream.of(ints(n)).asDoubleStream().toArray();
    }

    private static List<Integer> list(int n) {
        return IntStream.of(ints(n)).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void arrayWrites(int n) {
        assertThat(LoopShapesParallel.fill(n, 3)).isEqualTo(LoopShapes.fill(n, 3));
        assertThat(LoopShapesParallel.reversed(ints(n))).isEqualTo(LoopShapes.reversed(ints(n)));
        assertThat(LoopShapesParallel.countdownBy2(n)).isEqualTo(LoopShapes.countdownBy2(n));
        assertThat(LoopShapesParallel.rows(n)).isEqualTo(LoopShapes.rows(n));
        assertThat(LoopShapesParallel.squaredByALambda(ints(n))).isEqualTo(LoopShapes.squaredByALambda(ints(n)));
        assertThat(LoopShapesParallel.inLambdas(ints(n))).isEqualTo(LoopShapes.inLambdas(ints(n)));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void fieldsOfEachIterationsElement(int n) {
        assertThat(LoopShapesParallel.bump(counters(n))).isEqualTo(LoopShapes.bump(counters(n)));
    }

    private static LoopShapes.Counter[] counters(int n) {
        LoopShapes.Counter[] counters = new LoopShapes.Counter[n];
        for (int i = 0; i < n; i++) {
            counters[i] = new LoopShapes.Counter();
            counters[i].hits = i % 7;
        }
        return counters;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void rowMajorWrites(int n) {
        double[] image = wholeDoubles(n * 3);
        assertThat(LoopShapesParallel.blur(image, 3, n)).isEqualTo(LoopShapes.blur(image, 3, n));
        int side = (int) Math.sqrt(n);
        assertThat(LoopShapesParallel.mandelbrot(side, side, 50)).isEqualTo(LoopShapes.mandelbrot(side, side, 50));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void scalarReductions(int n) {
        double[] a = wholeDoubles(n);
        double[] b = wholeDoubles(n + 1);
        assertThat(LoopShapesParallel.dot(a, b)).isEqualTo(LoopShapes.dot(a, b));
        assertThat(LoopShapesParallel.max(ints(n))).isEqualTo(LoopShapes.max(ints(n)));
        assertThat(LoopShapesParallel.extremesCompared(ints(n))).isEqualTo(LoopShapes.extremesCompared(ints(n)));
        double[] zeros = signedZerosAndNaNs(n);
        assertThat(LoopShapesParallel.extremesOfDoublesCompared(zeros)).isEqualTo(LoopShapes.extremesOfDoublesCompared(zeros));
        assertThat(LoopShapesParallel.extremesFromZeros(zeros)).isEqualTo(LoopShapes.extremesFromZeros(zeros));
        assertThat(LoopShapesParallel.whereLargest(zeros)).isEqualTo(LoopShapes.whereLargest(zeros));
        assertThat(LoopShapesParallel.whereLargest(a)).isEqualTo(LoopShapes.whereLargest(a));
        assertThat(LoopShapesParallel.nearest(ints(n), 17)).isEqualTo(LoopShapes.nearest(ints(n), 17));
        assertThat(LoopShapesParallel.nearestByMath(ints(n), 17)).isEqualTo(LoopShapes.nearestByMath(ints(n), 17));
        LoopShapes.Scored[] scores = IntStream.of(ints(n)).mapToObj(x -> new LoopShapes.Scored("s" + x, x % 50))
                .toArray(LoopShapes.Scored[]::new);
        List<String> places = IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
        assertThat(LoopShapesParallel.winner(scores, places)).isEqualTo(LoopShapes.winner(scores, places));
        if (n > 0) {
            // Few values, so many ties across chunks, and NaNs, which compare with nothing.
            int[] small = ints(n);
            double[] ties = new double[n];
            for (int i = 0; i < n; i++) {
                ties[i] = i == 0 ? -5 : zeros[i] + small[i] % 3;
            }
            assertThat(LoopShapesParallel.indexOfLargest(ties)).isEqualTo(LoopShapes.indexOfLargest(ties));
            assertThat(LoopShapesParallel.indexOfLargest(a)).isEqualTo(LoopShapes.indexOfLargest(a));
            assertThat(LoopShapesParallel.kept(ints(n))).isEqualTo(LoopShapes.kept(ints(n)));
            int[] fewScores = IntStream.of(ints(n)).map(x -> x % 9).toArray();
            assertThat(LoopShapesParallel.whereBestOnTheBoard(fewScores)).isEqualTo(LoopShapes.whereBestOnTheBoard(fewScores));
        }
        List<int[]> grid = List.of(ints(n), ints(n + 1), ints(n / 3), ints(n));
        assertThat(LoopShapesParallel.whereLargestInGrid(grid)).isEqualTo(LoopShapes.whereLargestInGrid(grid));
        assertThat(LoopShapesParallel.extremaOfEachRow(grid)).isEqualTo(LoopShapes.extremaOfEachRow(grid));
        for (double first : new double[] {0.0, -0.0}) {
            // The first element is the last either extremum takes: every later chunk takes nothing.
            double[] thenNaNs = new double[n];
            Arrays.fill(thenNaNs, Double.NaN);
            if (n > 0) {
                thenNaNs[0] = first;
            }
            assertThat(LoopShapesParallel.extremesFromZeros(thenNaNs)).isEqualTo(LoopShapes.extremesFromZeros(thenNaNs));
        }
        assertThat(LoopShapesParallel.min(a)).isEqualTo(LoopShapes.min(a));
        assertThat(LoopShapesParallel.bits(ints(n))).isEqualTo(LoopShapes.bits(ints(n)));
        assertThat(LoopShapesParallel.spelledOut(ints(n))).isEqualTo(LoopShapes.spelledOut(ints(n)));
        assertThat(LoopShapesParallel.spelledOutOtherwise(ints(n))).isEqualTo(LoopShapes.spelledOutOtherwise(ints(n)));
        assertThat(LoopShapesParallel.whereTheBestScoreIs(ints(n))).isEqualTo(LoopShapes.whereTheBestScoreIs(ints(n)));
        assertThat(LoopShapesParallel.countStepped(n)).isEqualTo(LoopShapes.countStepped(n));
        assertThat(LoopShapesParallel.squaresInclusive(n)).isEqualTo(LoopShapes.squaresInclusive(n));
        assertThat(LoopShapesParallel.withVars(a, list(n))).isEqualTo(LoopShapes.withVars(a, list(n)));
        List<int[]> rows = List.of(ints(n), ints(n + 1), ints(n / 3));
        assertThat(LoopShapesParallel.rowSums(rows)).isEqualTo(LoopShapes.rowSums(rows));
    }

    @Test
    void minIterationsDecidesBetweenTheLoopAsWrittenAndChunks() {
        for (int n = 0; n <= 40; n++) {
            assertThat(LoopShapesParallel.squaresFromEight(n)).as("n = %d", n).isEqualTo(LoopShapes.squaresFromEight(n));
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void stringConcatenationKeepsItsOrder(int n) {
        int size = Math.min(n, 5_000);
        assertThat(LoopShapesParallel.joined(size)).isEqualTo(LoopShapes.joined(size));
        for (int run = 0; run < 5; run++) {
            assertThat(LoopShapesParallel.joinedBackwards(size, "<")).isEqualTo(LoopShapes.joinedBackwards(size, "<"));
            assertThat(LoopShapesParallel.builtBackwards(size, "<")).isEqualTo(LoopShapes.builtBackwards(size, "<"));
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void arrayReductions(int n) {
        assertThat(LoopShapesParallel.histogram(ints(n), 17)).isEqualTo(LoopShapes.histogram(ints(n), 17));
        int[] values = ints(n);
        double[][] points = new double[n][];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {values[i], -values[i], values[i] % 7};
            cluster[i] = Math.abs(values[i]) % 5;
        }
        assertThat(LoopShapesParallel.clusterSums(points, cluster, 5)).isEqualTo(LoopShapes.clusterSums(points, cluster, 5));
        int[] actual = IntStream.of(values).map(x -> Math.abs(x) % 4).toArray();
        int[] predicted = IntStream.of(values).map(x -> Math.abs(x) % 3).toArray();
        long[] shared = new long[3];
        long[][] expected = {new long[3], shared, new long[5], shared};
        long[] sharedToo = new long[3];
        long[][] twin = {new long[3], sharedToo, new long[5], sharedToo};
        assertThat(LoopShapesParallel.confusion(actual, predicted, twin)).isEqualTo(LoopShapes.confusion(actual, predicted, expected));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void enhancedForOverListsAndCollections(int n) {
        assertThat(LoopShapesParallel.sumList(list(n))).isEqualTo(LoopShapes.sumList(list(n)));
        LinkedHashSet<Integer> set = new LinkedHashSet<>(list(n));
        assertThat(LoopShapesParallel.sumCollection(set)).isEqualTo(LoopShapes.sumCollection(set));
        assertThat(LoopShapesParallel.countAbove(list(n), 10)).isEqualTo(LoopShapes.countAbove(list(n), 10));
        Map<Integer, String> byKey = new HashMap<>();
        list(n).forEach(x -> byKey.put(x, "v" + x));
        int[][] grid = {ints(n), ints(n / 2)};
        List<List<Integer>> lists = List.of(list(n));
        assertThat(LoopShapesParallel.sumOfKeysAndRows(byKey, grid, lists))
                .isEqualTo(LoopShapes.sumOfKeysAndRows(byKey, grid, lists));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void instanceMembersThroughTheReceiver(int n) {
        LoopShapes shapes = new LoopShapes(4);
        assertThat(LoopShapesParallel.scaled(shapes, n)).isEqualTo(shapes.scaled(n));
        assertThat(LoopShapes_GridParallel.offsets(n)).isEqualTo(LoopShapes.Grid.offsets(n));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void genericClassesAndNestedLoops(int n) {
        Integer[] items = new Integer[n];
        for (int i = 0; i < n; i += 3) {
            items[i] = i;
        }
        Boxes<Integer> boxes = new Boxes<>(items);
        assertThat(BoxesParallel.countPresent(boxes)).isEqualTo(boxes.countPresent());
        Boxes<Integer> cleared = new Boxes<>(items.clone());
        BoxesParallel.clearFrom(cleared, n / 2);
        boxes.clearFrom(n / 2);
        assertThat(cleared.items).isEqualTo(boxes.items);
        int side = (int) Math.sqrt(n);
        assertThat(BoxesParallel.table(side)).isEqualTo(Boxes.table(side));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void jumpsThatStayInsideAnIteration(int n) {
        int[] values = ints(n);
        int[][] rows = new int[Math.min(n, 1_000)][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(values, r, Math.min(values.length, r + r % 9));
        }
        assertThat(LoopShapesParallel.firstNegatives(rows)).isEqualTo(LoopShapes.firstNegatives(rows));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void severalLoopsWithCodeAroundThem(int n) {
        assertThat(LoopShapesParallel.pipeline(n)).isEqualTo(LoopShapes.pipeline(n));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void checkedExceptions(int n) throws IOException {
        int[] xs = ints(n);
        assertThat(LoopShapesParallel.checked(xs, 5_000)).isEqualTo(LoopShapes.checked(xs, 5_000));
        if (n > 0) {
            xs[n / 2] = 5_000;
            assertThatThrownBy(() -> LoopShapesParallel.checked(xs, 5_000))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("bad value at ");
        }
    }

    @Test
    void floatingPointReductionsAreBitIdenticalFromRunToRun() {
        Random random = new Random(42);
        double[] a = random.doubles(200_001).map(x -> x * 1e6).toArray();
        double[] b = random.doubles(200_001).toArray();
        List<Long> runs = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            runs.add(Double.doubleToRawLongBits(LoopShapesParallel.dot(a, b)));
        }
        assertThat(runs).containsOnly(runs.get(0));
        assertThat(LoopShapesParallel.dot(a, b)).isCloseTo(LoopShapes.dot(a, b), withPercentage(1e-9));
    }

    /**
     * Up to 256 iterations each iteration is a chunk of its own, so a sum updated once an
     * iteration folds exactly as the loop as written adds: the twin gives the original's result to
     * the last bit, whether it runs the loop as written or through the runtime, as its first runs do.
     */
    @Test
    void shortFloatingPointSumsGiveTheOriginalsResultBitForBit() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 7, 16, 100, 255, 256}) {
            double[] a = random.doubles(n).map(x -> (x - 0.5) * 1e6).toArray();
            double[] b = random.doubles(n).toArray();
            long original = Double.doubleToRawLongBits(LoopShapes.weightedSum(a, b));
            for (int run = 0; run < 50; run++) {
                assertThat(Double.doubleToRawLongBits(LoopShapesParallel.weightedSum(a, b))).as("size %d, run %d", n, run)
                        .isEqualTo(original);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void reductionsInLambdasAndBoxesAndOwnObjectsThroughAliases(int n) {
        assertThat(LoopShapesParallel.histogramThroughALambdaAndALocalClass(ints(n), 13))
                .isEqualTo(LoopShapes.histogramThroughALambdaAndALocalClass(ints(n), 13));
        assertThat(LoopShapesParallel.boxedSums(ints(n))).isEqualTo(LoopShapes.boxedSums(ints(n)));
        assertThat(LoopShapesParallel.ownObjectsThroughAliases(ints(n))).isEqualTo(LoopShapes.ownObjectsThroughAliases(ints(n)));
        assertThat(LoopShapesParallel.doubledInPlace(new ArrayList<>(list(n))))
                .isEqualTo(LoopShapes.doubledInPlace(new ArrayList<>(list(n))));
    }

    @Test
    void aLongStepBeyondTheRangeOfInt() {
        for (long n : new long[] {0, 1, 1_000_000_000_000_000L, 5_000_000_000_000_000_001L, 8_000_000_000_000_000_001L}) {
            assertThat(LoopShapesParallel.countHugeSteps(n)).as("n = %d", n).isEqualTo(LoopShapes.countHugeSteps(n));
        }
    }

    @Test
    void callsOfHelpersThatChangeOnlyWhatTheIterationOwns() {
        for (int n : new int[] {0, 1, 7, 1000, 100_003}) {
            assertThat(LoopShapesParallel.throughHelpers(ints(n))).as("n = %d", n)
                    .isEqualTo(LoopShapes.throughHelpers(ints(n)));
        }
    }

    @Test
    void callsOfHelpersThatWriteOnlyTheElementOrRowTheyAreGiven() {
        for (int n : new int[] {0, 1, 7, 1000, 100_003}) {
            assertThat(LoopShapesParallel.throughElementHelpers(ints(n), 3)).as("n = %d", n)
                    .isEqualTo(LoopShapes.throughElementHelpers(ints(n), 3));
        }
    }

    @Test
    void callsOfTheJdkThatChangeNothing() {
        List<String> names = List.of(" ada ", "grace", "edsger ", "barbara", "ken");
        for (int n : new int[] {0, 1, 7, 1000, 100_003}) {
            assertThat(LoopShapesParallel.throughTheJdk(ints(n), names)).as("n = %d", n)
                    .isEqualTo(LoopShapes.throughTheJdk(ints(n), names));
        }
    }

    @Test
    void rowsWhoseIndexWrapsAroundRunAsWritten() {
        for (int run = 0; run < 5; run++) {
            assertThat(LoopShapesParallel.wrappedRows(2_000_000, 1 << 30)).as("run %d", run)
                    .isEqualTo(LoopShapes.wrappedRows(2_000_000, 1 << 30));
        }
        // Rows that fit are still apart: one row of width 2, written by the only iteration.
        assertThat(LoopShapesParallel.wrappedRows(1, 2)).isEqualTo(LoopShapes.wrappedRows(1, 2));
    }

    /** The same shapes on a million elements, run again and again: a race would show as a difference in some run. */
    @Test
    void aliasedAndHelpedShapesAgreeOnAMillionElementsRunAfterRun() {
        int[] xs = ints(1_000_003);
        int[] histogram = LoopShapes.histogramThroughALambdaAndALocalClass(xs, 13);
        String sums = LoopShapes.boxedSums(xs);
        int[] own = LoopShapes.ownObjectsThroughAliases(xs);
        long[] helped = LoopShapes.throughElementHelpers(xs, 2);
        for (int run = 0; run < 5; run++) {
            assertThat(LoopShapesParallel.throughElementHelpers(xs, 2)).as("run %d", run).isEqualTo(helped);
            assertThat(LoopShapesParallel.histogramThroughALambdaAndALocalClass(xs, 13)).as("run %d", run)
                    .isEqualTo(histogram);
            assertThat(LoopShapesParallel.boxedSums(xs)).as("run %d", run).isEqualTo(sums);
            assertThat(LoopShapesParallel.ownObjectsThroughAliases(xs)).as("run %d", run).isEqualTo(own);
        }
    }
}
