package dev.weft.examples.modular;

import dev.weft.ParallelFor;
import dev.weft.Parallelizable;
import dev.weft.Workload;

/** Code a modular application parallelizes with Weft: a fan-out method and a loop. */
public final class Squares {
    private Squares() {}

    /** The sum of the squares below {@code n}, a task long enough to be worth another JVM. */
    @Parallelizable(workload = Workload.CPU)
    public static long sumOfSquares(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (long) i * i;
        }
        return sum;
    }

    /** The dot product of {@code a} and {@code b}. */
    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
