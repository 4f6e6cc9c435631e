package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A nine-point box filter over a row-major image held in fields, in the form image code has: the
 * border rows and columns skipped ({@code x} from 1 to {@code width - 2}), the index a scratch local
 * declared before the loops, the buffers swapped after each pass. The two buffers are one array when the
 * filter is made to work in place, and the twin must then run each pass as written. Indices
 * named in locals of the body ({@code int idx = row + x}) separate the iterations as written out.
 */
final class ImageFilters {
    private int[] src;
    private int[] dst;
    private final int width;
    private final int height;

    ImageFilters(int[] src, int[] dst, int width, int height) {
        this.src = src;
        this.dst = dst;
        this.width = width;
        this.height = height;
    }

    int[] apply(int passes) {
        int index;
        for (int pass = 0; pass < passes; pass++) {
            for (@ParallelFor int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int sum = 0;
                    for (int k = -1; k <= 1; k++) {
                        for (int j = -1; j <= 1; j++) {
                            sum += src[(y + k) * width + x + j];
                        }
                    }
                    index = y * width + x;
                    dst[index] = sum / 9;
                }
            }
            int[] help = src;
            src = dst;
            dst = help;
        }
        return src;
    }

    /** Each pixel less the next one in its row, the index named in locals as image code names it. */
    static int[] differences(int[] in, int width, int height) {
        int[] out = new int[in.length];
        for (@ParallelFor int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int idx = row + x;
                out[idx] = in[idx] - (x + 1 < width ? in[idx + 1] : 0);
            }
        }
        return out;
    }

    /** Two arrays interleaved: each iteration writes two slots from a local index. */
    static int[] interleaved(int[] a, int[] b) {
        int[] out = new int[2 * a.length];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int j = 2 * i;
            out[j] = a[i];
            out[j + 1] = b[i];
        }
        return out;
    }

    /**
     * One Jacobi relaxation step of a heat grid, declared as C code declares it: the column counter
     * and the scratch values before the loops. Returns the sum of squared changes.
     */
    static double relaxed(double[] u, double[] next, int width, int height) {
        int j;
        double fresh, diff, sum = 0.0;
        for (@ParallelFor int i = 1; i < height - 1; i++) {
            int here = i * width;
            for (j = 1; j < width - 1; j++) {
                fresh = 0.25 * (u[here + j - 1] + u[here + j + 1] + u[here - width + j] + u[here + width + j]);
                diff = fresh - u[here + j];
                next[here + j] = fresh;
                sum += diff * diff;
            }
        }
        return sum;
    }
}
