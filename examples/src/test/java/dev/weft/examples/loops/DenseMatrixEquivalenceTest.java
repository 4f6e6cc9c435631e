package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Operations that fill the rows of a matrix they have just built: the twin's result is the original's. */
class DenseMatrixEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes().filter(n -> n <= LoopShapes.CHUNK + 1);
    }

    private static DenseMatrix random(int height, int width, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[height][width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                row[j] = random.nextInt(200) - 100;
            }
        }
        return new DenseMatrix(rows);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void productsAndSums(int n) {
        DenseMatrix a = random(5, 7, n);
        DenseMatrix b = random(7, n, n + 1L);
        assertThat(DenseMatrixParallel.times(a, b).getArray()).isDeepEqualTo(a.times(b).getArray());
        DenseMatrix c = random(n, 3, n + 2L);
        DenseMatrix d = random(n, 3, n + 3L);
        assertThat(DenseMatrixParallel.plus(c, d).getArray()).isDeepEqualTo(c.plus(d).getArray());
        assertThat(DenseMatrixParallel.transposed(c).getArray()).isDeepEqualTo(c.transposed().getArray());
        DenseMatrix e = random(n + 3, 6, n + 4L);
        assertThat(DenseMatrixParallel.part(e, 2, n + 1, 1, 4).getArray()).isDeepEqualTo(e.part(2, n + 1, 1, 4).getArray());
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void backSubstitutionAndColumnsOrthogonalized(int n) {
        DenseMatrix upper = random(n, n, n + 5L);
        double[][] u = upper.getArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                u[i][j] = 0;
            }
            u[i][i] = 100 + i;
        }
        DenseMatrix b = random(n, 4, n + 6L);
        assertThat(DenseMatrixParallel.solveUpper(upper, b)).isDeepEqualTo(upper.solveUpper(b));
        DenseMatrix twin = random(9, n, n + 7L);
        DenseMatrix original = random(9, n, n + 7L);
        for (int k = 0; k < Math.min(n, 3); k++) {
            DenseMatrixParallel.orthogonalizeAfter(twin, k);
            original.orthogonalizeAfter(k);
        }
        assertThat(twin.getArray()).isDeepEqualTo(original.getArray());
    }

    /** A race on a column or on the copied column would show as a difference in some run. */
    @Test
    void largeProductsRunAfterRun() {
        DenseMatrix a = random(40, 300, 1);
        DenseMatrix b = random(300, 3_001, 2);
        double[][] product = a.times(b).getArray();
        for (int run = 0; run < 5; run++) {
            assertThat(DenseMatrixParallel.times(a, b).getArray()).as("run %d", run).isDeepEqualTo(product);
        }
    }
}
