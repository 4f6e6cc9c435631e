package dev.weft.examples.loops;

import dev.weft.examples.Comparison;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The loop examples of the main job, each an original method against its generated twin. */
public final class LoopExamples {
    /**
     * Enough for the original's long loops to settle in compiled code (see {@link Comparison}): the
     * blur's original runs at a quarter of its speed for its first 8 to 12 calls.
     */
    private static final int WARM_UPS = 20;

    private LoopExamples() {}

    public static List<Comparison<?>> all() {
        Random random = new Random(7);
        double[] a = random.doubles(20_000_000).toArray();
        double[] b = random.doubles(20_000_000).toArray();
        byte[] data = new byte[100_000_000];
        random.nextBytes(data);
        float[][] image = new float[3000][3000];
        for (float[] row : image) {
            for (int x = 0; x < row.length; x++) {
                row[x] = random.nextFloat();
            }
        }
        double[][] m1 = matrix(random, 600);
        double[][] m2 = matrix(random, 600);
        return List.of(
                Comparison.of("Mandelbrot 2000 × 1500, 1000 iterations", WARM_UPS,
                        () -> Mandelbrot.render(2000, 1500, 1000),
                        () -> MandelbrotParallel.render(2000, 1500, 1000),
                        Arrays::equals),
                Comparison.of("3 × 3 blur of 3000 × 3000", WARM_UPS,
                        () -> Blur.blur(image), () -> BlurParallel.blur(image),
                        Arrays::deepEquals),
                Comparison.of("matrix multiply 600 × 600", WARM_UPS,
                        () -> MatrixMultiply.multiply(m1, m2), () -> MatrixMultiplyParallel.multiply(m1, m2),
                        Arrays::deepEquals),
                Comparison.of("histogram of 100 M bytes", WARM_UPS,
                        () -> Histogram.histogram(data), () -> HistogramParallel.histogram(data),
                        Arrays::equals),
                Comparison.of("dot product of 20 M doubles", WARM_UPS,
                        () -> DotProduct.dot(a, b), () -> DotProductParallel.dot(a, b),
                        // Chunked addition rounds differently from one long sum: agree to 1e-9.
                        (x, y) -> Math.abs(x - y) <= 1e-9 * Math.abs(x)));
    }

    private static double[][] matrix(Random random, int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble();
            }
        }
        return m;
    }
}
