package dev.weft.benchmarks.workloads;

import dev.weft.ParallelFor;

/** Loops over arrays that do almost nothing per element: their speed is the memory's. */
public final class VectorOps {
    private VectorOps() {}

    /** {@code y = a·x + y}, element by element. */
    public static void saxpy(double a, double[] x, double[] y) {
        for (@ParallelFor int i = 0; i < x.length; i++) {
            y[i] = a * x[i] + y[i];
        }
    }

    public static double sum(double[] values) {
        double total = 0;
        for (@ParallelFor int i = 0; i < values.length; i++) {
            total += values[i];
        }
        return total;
    }

    public static double dot(double[] a, double[] b) {
        double total = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            total += a[i] * b[i];
        }
        return total;
    }
}
