package loop;

import dev.weft.ParallelFor;
import java.io.IOException;

class PrivateShapes {
    private static final double[] WEIGHTS = {0.5, 2.0};
    private int secret = 7;
    private int count;

    private static double f(double x) {
        return x * x;
    }

    private int scaled(int v) throws IOException {
        if (v < 0) {
            throw new IOException("negative " + v);
        }
        return v * secret;
    }

    static final class Cell {
        private final int value;

        private Cell(int value) {
            this.value = value;
        }
    }

    static double weighted(double[] x) {
        double s = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            s += WEIGHTS[i % 2] * f(x[i]);
        }
        return s;
    }

    int[] scaledAll(int[] in, PrivateShapes other) throws IOException {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[i] = scaled(in[i]) + other.secret + new Cell(i).value;
        }
        count = out.length;
        count *= 2;
        other.count++;
        return out;
    }
}
