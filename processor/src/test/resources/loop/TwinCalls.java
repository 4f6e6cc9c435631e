package loop;

import dev.weft.ParallelFor;

class TwinCalls {
    double[] data = new double[100];

    static void scale(double[] a, double by) {
        for (@ParallelFor int i = a.length - 1; i >= 0; i--) {
            a[i] = a[i] * by;
        }
    }

    private double sum() {
        double total = 0;
        for (@ParallelFor double value : data) {
            total += value;
        }
        return total;
    }

    void fill() {
        for (@ParallelFor int i = 0; i < data.length; i++) {
            data[i] = i;
        }
    }

    double run(int steps, long[] perStep) {
        // fill() may be overridden: called as it is
        fill();
        for (@ParallelFor int k = 0; k < steps; k++) {
            perStep[k] = (long) sum() + k;
        }
        scale(data, 2);
        TwinCalls.scale(data, 0.5);
        return this.sum();
    }
}
