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
    /** The loops that build collections settle in fewer calls, each of which allocates much. */
    private static final int COLLECTION_WARM_UPS = 5;

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
        byte[] grey = new byte[2000 * 2000];
        random.nextBytes(grey);
        double[][] m1 = matrix(random, 600);
        double[][] m2 = matrix(random, 600);
        String[] words = text(random, 2_000_000, 20_000);
        double[] points = random.doubles(300_000).toArray();
        double[][] clustered = matrix(random, 1_000_000, 4);
        double[][] centroids = matrix(random, 16, 4);
        return List.of(
                Comparison.of("Mandelbrot 2000 × 1500, 1000 iterations", WARM_UPS,
                        () -> Mandelbrot.render(2000, 1500, 1000),
                        () -> MandelbrotParallel.render(2000, 1500, 1000),
                        Arrays::equals),
                Comparison.of("3 × 3 blur of 3000 × 3000", WARM_UPS,
                        () -> Blur.blur(image), () -> BlurParallel.blur(image),
                        Arrays::deepEquals),
                Comparison.of("3 × 3 median filter of 2000 × 2000 bytes", WARM_UPS,
                        () -> MedianFilter.median(grey, 2000, 2000), () -> MedianFilterParallel.median(grey, 2000, 2000),
                        Arrays::equals),
                // Each body's pull is summed in the same order either way: the velocities agree bit for bit.
                Comparison.of("N-body step, 5000 bodies as objects", WARM_UPS,
                        () -> NBody.velocitiesAfterAStep(5000, false), () -> NBody.velocitiesAfterAStep(5000, true),
                        Arrays::equals),
                Comparison.of("matrix multiply 600 × 600", WARM_UPS,
                        () -> MatrixMultiply.multiply(m1, m2), () -> MatrixMultiplyParallel.multiply(m1, m2),
                        Arrays::deepEquals),
                Comparison.of("histogram of 100 M bytes", WARM_UPS,
                        () -> Histogram.histogram(data), () -> HistogramParallel.histogram(data),
                        Arrays::equals),
                Comparison.of("k-means step, 1 M points, 16 centroids", WARM_UPS,
                        () -> KMeans.step(clustered, centroids), () -> KMeansParallel.step(clustered, centroids),
                        // Sums added up by workers round differently from one long sum: agree to 1e-9.
                        (x, y) -> closeRows(x, y, 1e-9)),
                Comparison.of("where the largest of 20 M doubles is", WARM_UPS,
                        () -> KMeans.indexOfLargest(a), () -> KMeansParallel.indexOfLargest(a),
                        Integer::equals),
                Comparison.of("dot product of 20 M doubles", WARM_UPS,
                        () -> DotProduct.dot(a, b), () -> DotProductParallel.dot(a, b),
                        // Chunked addition rounds differently from one long sum: agree to 1e-9.
                        (x, y) -> Math.abs(x - y) <= 1e-9 * Math.abs(x)),
                // The maps and lists are compared in their order of iteration, which the twin keeps.
                Comparison.of("word count of 2 M words", COLLECTION_WARM_UPS,
                        () -> Collecting.wordCount(words), () -> CollectingParallel.wordCount(words),
                        (x, y) -> x.toString().equals(y.toString())),
                Comparison.of("grouping of 300 k costly transforms", COLLECTION_WARM_UPS,
                        () -> Collecting.byTransformQuarter(points), () -> CollectingParallel.byTransformQuarter(points),
                        (x, y) -> x.toString().equals(y.toString())),
                Comparison.of("filter-and-collect of 300 k costly transforms", COLLECTION_WARM_UPS,
                        () -> Collecting.positiveTransforms(points), () -> CollectingParallel.positiveTransforms(points),
                        List::equals));
    }

    /** {@code count} words drawn from a vocabulary of {@code vocabulary}, the common ones more often. */
    private static String[] text(Random random, int count, int vocabulary) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            int rank = (int) Math.floor(Math.pow(vocabulary, random.nextDouble()));
            words[i] = "w" + Integer.toString(rank, 36);
        }
        return words;
    }

    private static double[][] matrix(Random random, int n) {
        return matrix(random, n, n);
    }

    private static double[][] matrix(Random random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextDouble();
            }
        }
        return m;
    }

    /** Whether every element of {@code x} is within {@code relative} of the one in its place in {@code y}. */
    private static boolean closeRows(double[][] x, double[][] y, double relative) {
        if (x.length != y.length) {
            return false;
        }
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                if (Math.abs(x[r][c] - y[r][c]) > relative * Math.abs(x[r][c])) {
                    return false;
                }
            }
        }
        return true;
    }
}
