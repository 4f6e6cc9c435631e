package loop;

import dev.weft.ParallelFor;

class HeaderShapes {
    final int stride;

    HeaderShapes(int stride) {
        this.stride = stride;
    }

    static void blocks(int[] in, int[] out, int n) {
        for (@ParallelFor int i = 0; i + 3 < n; i += 4) {
            out[i] = in[i + 3] - in[i];
        }
    }

    static void evens(double y[], double x[], int n) {
        for (@ParallelFor int i = 0; i < n - 1; i = i + 2) {
            y[i] = x[i] * 2;
        }
    }

    static long strided(long[] out, int stride) {
        long sum = 0;
        for (@ParallelFor int i = 0; i < out.length; i += 2 * stride) {
            out[i] = i;
            sum += i;
        }
        return sum;
    }

    void down(long[] out) {
        for (@ParallelFor int i = out.length - 1; i - stride >= 0; i = i - stride) {
            out[i] = -i;
        }
    }
}
