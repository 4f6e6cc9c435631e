package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scratch locals, cursors, blocks and rows: the twin's results, and the values the variables hold after the loop, are the original's. */
class ScratchLoopEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    private static String[] names(int n) {
        Random random = new Random(n);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = random.nextInt(5) == 0 ? "  " : " name" + random.nextInt(1000) + " ";
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void scratchLocalsAndTheirLastValues(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(ScratchLoopsParallel.scratch(in)).isEqualTo(ScratchLoops.scratch(in));
        assertThat(ScratchLoopsParallel.lastSign(in)).isEqualTo(ScratchLoops.lastSign(in));
        String[] twin = new String[n];
        String[] original = new String[n];
        assertThat(ScratchLoopsParallel.lastName(names(n), twin)).isEqualTo(ScratchLoops.lastName(names(n), original));
        assertThat(twin).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void lastValuesOfLocalsSomeIterationsLeaveUnassigned(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        for (int limit : new int[] {-1_001, 0, 990, 999, 1_000}) {
            assertThat(ScratchLoopsParallel.lastAbove(in, limit)).as("limit %d", limit)
                    .isEqualTo(ScratchLoops.lastAbove(in, limit));
        }
        assertThat(ScratchLoopsParallel.lastLongOrEmpty(names(n))).isEqualTo(ScratchLoops.lastLongOrEmpty(names(n)));
        assertThat(ScratchLoopsParallel.lastCode(in)).isEqualTo(ScratchLoops.lastCode(in));
    }

    /** Points that have all found their centroid move no more; where only a few move, they may lie in any chunk. */
    @ParameterizedTest
    @MethodSource("sizes")
    void nearestCentroidsAndWhetherAnyPointMoved(int n) {
        double[] points = IntStream.of(LoopEquivalenceTest.ints(n)).asDoubleStream().toArray();
        double[] centroids = {-700, -20, 0, 350, 900};
        int[] twin = new int[n];
        int[] original = new int[n];
        assertThat(ScratchLoopsParallel.nearest(points, centroids, twin)).isEqualTo(ScratchLoops.nearest(points, centroids, original));
        assertThat(twin).isEqualTo(original);
        assertThat(ScratchLoopsParallel.nearest(points, centroids, twin)).isFalse();
        if (n > 0) {
            twin[n - 1] = -1;
            assertThat(ScratchLoopsParallel.nearest(points, centroids, twin)).isTrue();
            twin[0] = -1;
            assertThat(ScratchLoopsParallel.nearest(points, centroids, twin)).isTrue();
        }
        assertThat(twin).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void cursorsAndTheirFinalValues(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(ScratchLoopsParallel.pairs(in)).isEqualTo(ScratchLoops.pairs(in));
        assertThat(ScratchLoopsParallel.spelledOutStride(in, 5)).isEqualTo(ScratchLoops.spelledOutStride(in, 5));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void blocksAndRows(int n) {
        int[] in = LoopEquivalenceTest.ints(n);
        assertThat(ScratchLoopsParallel.rotatedInThrees(in)).isEqualTo(ScratchLoops.rotatedInThrees(in));
        assertThat(ScratchLoopsParallel.table(in)).isEqualTo(ScratchLoops.table(in));
        assertThat(ScratchLoopsParallel.interleaved(in)).isEqualTo(ScratchLoops.interleaved(in));
    }

    @Test
    void eliminationBelowEachPivotRow() {
        for (int n : new int[] {0, 1, 2, 7, 65, 300}) {
            double[][] matrix = new double[n][n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    matrix[r][c] = (r == c ? n : 0) + (r * 31 + c * 17) % 11;
                }
            }
            assertThat(ScratchLoopsParallel.eliminated(matrix)).as("n = %d", n).isEqualTo(ScratchLoops.eliminated(matrix));
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void eliminationThroughALocalHoldingThePivotRow(int n) {
        int columns = Math.min(n, 9);
        double[][] matrix = new double[n][columns];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < columns; c++) {
                matrix[r][c] = (r == c ? 20 : 0) + (r * 31 + c * 17) % 11 + 1;
            }
        }
        assertThat(ScratchLoopsParallel.eliminatedByPivotRow(matrix)).isEqualTo(ScratchLoops.eliminatedByPivotRow(matrix));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void tilesWhoseRowsAreCountedFromTheirFirst(int n) {
        int width = 5;
        int[] image = LoopEquivalenceTest.ints((n + 3) * width);
        for (int y0 : new int[] {0, 1, 3}) {
            assertThat(ScratchLoopsParallel.tile(image, y0, n + y0, width)).as("from row %d", y0)
                    .isEqualTo(ScratchLoops.tile(image, y0, n + y0, width));
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void scratchRowsFilledByEachIteration(int n) {
        double[] values = IntStream.of(LoopEquivalenceTest.ints(n * 4)).asDoubleStream().toArray();
        assertThat(ScratchLoopsParallel.weightedSquares(values, 4)).isEqualTo(ScratchLoops.weightedSquares(values, 4));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void scratchArraysSetWholeByEachIteration(int n) {
        int[] values = LoopEquivalenceTest.ints(n * 7);
        assertThat(ScratchLoopsParallel.modes(values, 7, 5)).isEqualTo(ScratchLoops.modes(values, 7, 5));
        double[][] rows = rows(n, 9);
        assertThat(ScratchLoopsParallel.medians(rows)).isEqualTo(ScratchLoops.medians(rows));
        double[][] twinKept = new double[n][];
        double[][] originalKept = new double[n][];
        assertThat(ScratchLoopsParallel.folded(rows, 4, twinKept)).isEqualTo(ScratchLoops.folded(rows, 4, originalKept));
        assertThat(twinKept).isDeepEqualTo(originalKept);
        int[] image = LoopEquivalenceTest.ints(Math.max(n, 1) * 6);
        assertThat(ScratchLoopsParallel.median3x3(image, 6, Math.max(n, 1))).isEqualTo(ScratchLoops.median3x3(image, 6, Math.max(n, 1)));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void rowsSetAndCopiedWhole(int n) {
        int[] image = LoopEquivalenceTest.ints(n * 5);
        assertThat(ScratchLoopsParallel.flipped(image, 5)).isEqualTo(ScratchLoops.flipped(image, 5));
        assertThat(ScratchLoopsParallel.sortedRows(image, 5)).isEqualTo(ScratchLoops.sortedRows(image, 5));
        double[] values = IntStream.of(image).asDoubleStream().toArray();
        assertThat(ScratchLoopsParallel.rowMeans(values, 5)).isEqualTo(ScratchLoops.rowMeans(values, 5));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void columnsOfARowMajorProduct(int n) {
        int side = Math.min(n, LoopShapes.CHUNK + 1);
        double[] a = IntStream.of(LoopEquivalenceTest.ints(side * side)).asDoubleStream().toArray();
        double[] b = IntStream.of(LoopEquivalenceTest.ints(side * side + 1)).limit(side * side).asDoubleStream().toArray();
        assertThat(ScratchLoopsParallel.productByColumns(a, b, side)).isEqualTo(ScratchLoops.productByColumns(a, b, side));
    }

    private static double[][] rows(int n, int width) {
        Random random = new Random(n);
        double[][] rows = new double[n][width];
        for (double[] row : rows) {
            for (int k = 0; k < width; k++) {
                row[k] = random.nextInt(100);
            }
        }
        return rows;
    }

    /** A race on a private copy or a cursor would show as a difference in some run. */
    @Test
    void aMillionElementsRunAfterRun() {
        int[] in = LoopEquivalenceTest.ints(1_000_003);
        long[] scratch = ScratchLoops.scratch(in);
        long last = ScratchLoops.lastSign(in);
        int lastAbove = ScratchLoops.lastAbove(in, 998);
        int[] pairs = ScratchLoops.pairs(in);
        double[] values = IntStream.of(LoopEquivalenceTest.ints(1_000_003 * 3)).asDoubleStream().toArray();
        double[] weighted = ScratchLoops.weightedSquares(values, 3);
        int[] modes = ScratchLoops.modes(in, 3, 7);
        double[][] rows = rows(300_001, 5);
        double[] medians = ScratchLoops.medians(rows);
        int[] filtered = ScratchLoops.median3x3(in, 1_000, 1_000);
        double[] square = IntStream.of(LoopEquivalenceTest.ints(300 * 300)).asDoubleStream().toArray();
        double[] product = ScratchLoops.productByColumns(square, square, 300);
        for (int run = 0; run < 5; run++) {
            assertThat(ScratchLoopsParallel.median3x3(in, 1_000, 1_000)).as("run %d", run).isEqualTo(filtered);
            assertThat(ScratchLoopsParallel.productByColumns(square, square, 300)).as("run %d", run).isEqualTo(product);
            assertThat(ScratchLoopsParallel.modes(in, 3, 7)).as("run %d", run).isEqualTo(modes);
            assertThat(ScratchLoopsParallel.flipped(in, 3)).as("run %d", run).isEqualTo(ScratchLoops.flipped(in, 3));
            assertThat(ScratchLoopsParallel.medians(rows)).as("run %d", run).isEqualTo(medians);
            assertThat(ScratchLoopsParallel.weightedSquares(values, 3)).as("run %d", run).isEqualTo(weighted);
            assertThat(ScratchLoopsParallel.scratch(in)).as("run %d", run).isEqualTo(scratch);
            assertThat(ScratchLoopsParallel.lastSign(in)).as("run %d", run).isEqualTo(last);
            assertThat(ScratchLoopsParallel.lastAbove(in, 998)).as("run %d", run).isEqualTo(lastAbove);
            assertThat(ScratchLoopsParallel.pairs(in)).as("run %d", run).isEqualTo(pairs);
        }
    }
}
