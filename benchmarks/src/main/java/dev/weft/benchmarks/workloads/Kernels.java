package dev.weft.benchmarks.workloads;

import dev.weft.ParallelFor;

/** Numerical kernels as they are commonly written, with {@code @ParallelFor} on the loop a hand-parallelised version splits. */
public final class Kernels {
    private Kernels() {}

    /**
     * {@code y += A·x} for a sparse {@code A} stored as coordinates: nonzero {@code k} is
     * {@code values[k]} at {@code (rows[k], columns[k])}. Every nonzero adds into {@code y}, so
     * {@code y} is an array reduction.
     */
    public static void multiplyAdd(int[] rows, int[] columns, double[] values, double[] x, double[] y) {
        for (@ParallelFor int k = 0; k < values.length; k++) {
            y[rows[k]] += values[k] * x[columns[k]];
        }
    }

    /**
     * Factors the square matrix {@code a} in place into {@code L·U}, without pivoting: below the
     * diagonal the multipliers of {@code L}, on and above it {@code U}. Each pivot's rows below it
     * are independent of each other; there are fewer of them, and shorter, at every pivot. The
     * pivot row is read in place, as the rows below it are the loop's and it is not.
     */
    public static void factor(double[][] a) {
        int n = a.length;
        for (int pivot = 0; pivot < n; pivot++) {
            double[] pivotRow = a[pivot];
            double diagonal = pivotRow[pivot];
            for (@ParallelFor int r = pivot + 1; r < n; r++) {
                double[] row = a[r];
                double factor = row[pivot] / diagonal;
                row[pivot] = factor;
                for (int c = pivot + 1; c < n; c++) {
                    row[c] -= factor * pivotRow[c];
                }
            }
        }
    }
}
