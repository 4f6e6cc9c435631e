package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A driver whose kernels are {@code @ParallelFor} loops of their own: its twin calls their twins,
 * so that they run in parallel too. Compared with the original in {@link TwinCallEquivalenceTest}.
 */
final class TwinDriver {
    private final double[] data;

    TwinDriver(int n) {
        data = new double[n];
    }

    /** A static kernel. */
    static void scale(double[] a, double by) {
        for (@ParallelFor(minIterations = 1) int i = 0; i < a.length; i++) {
            a[i] *= by;
        }
    }

    /** A private instance kernel with a reduction. */
    private double sum() {
        double s = 0;
        for (@ParallelFor int i = 0; i < data.length; i++) {
            s += data[i];
        }
        return s;
    }

    /** An instance kernel of a final class, which no override can stand in for. */
    void fill(int offset) {
        for (@ParallelFor int i = 0; i < data.length; i++) {
            data[i] = (i + offset) % 17;
        }
    }

    /** The driver: twinned for its own loop, it calls the kernels' twins, also from inside that loop. */
    double run(int steps, long[] perStep) {
        this.fill(3);
        for (@ParallelFor int k = 0; k < steps; k++) {
            perStep[k] = (long) sum() + k;
        }
        scale(data, 2);
        TwinDriver.scale(data, 0.5);
        return sum() + this.sum();
    }
}
