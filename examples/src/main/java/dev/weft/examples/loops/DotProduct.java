package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A dot product: {@code sum += ...} is a reduction, inferred from the statement. The parallel sum
 * adds in chunks, so it may differ from the sequential one in the last bits, but it is the same on
 * every run with the same parallelism.
 */
public final class DotProduct {
    private DotProduct() {}

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
