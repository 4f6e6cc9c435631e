package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * One step of k-means as it is commonly written: each point finds its nearest centroid, and is
 * added into that centroid's row of sums. The nearest centroid is kept in locals of the body; the
 * sums and counts are reductions into rows and into an array, which Weft infers: each worker adds
 * into zeroed rows of its own, added into the sums after the loop, always in the same order.
 */
public final class KMeans {
    private KMeans() {}

    /** The new centroids: each the mean of the points nearest to it, or where it was if none is. */
    static double[][] step(double[][] points, double[][] centroids) {
        int k = centroids.length;
        int dims = centroids[0].length;
        double[][] sums = new double[k][dims];
        long[] counts = new long[k];
        for (@ParallelFor int i = 0; i < points.length; i++) {
            double[] p = points[i];
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double distance = 0;
                for (int j = 0; j < dims; j++) {
                    double d = p[j] - centroids[c][j];
                    distance += d * d;
                }
                if (distance < best) {
                    best = distance;
                    nearest = c;
                }
            }
            for (int j = 0; j < dims; j++) {
                sums[nearest][j] += p[j];
            }
            counts[nearest]++;
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < dims; j++) {
                sums[c][j] = counts[c] == 0 ? centroids[c][j] : sums[c][j] / counts[c];
            }
        }
        return sums;
    }

    /** Where the largest value is, the first of equal ones: an index kept by comparing elements. */
    static int indexOfLargest(double[] values) {
        int at = 0;
        for (@ParallelFor int i = 0; i < values.length; i++) {
            if (values[i] > values[at]) {
                at = i;
            }
        }
        return at;
    }
}
