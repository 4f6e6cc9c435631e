package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.Arrays;

/** Loops written as numerical code writes them: scratch locals and rows, cursors, blocks, fixed rows, pivot rows, tiles. */
final class ScratchLoops {
    private ScratchLoops() {}

    static long[] scratch(int[] in) {
        long[] out = new long[in.length];
        long t, u;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            t = in[i] * 3L;
            u = t + 1;
            out[i] = t * u;
        }
        return out;
    }

    /** The last iteration's value, whichever branch it took; counting down, so the last one is i = 0. */
    static long lastSign(int[] in) {
        long last = 42;
        double sum = 0;
        for (@ParallelFor int i = in.length - 1; i >= 0; i--) {
            if (in[i] % 2 == 0) {
                last = in[i];
            } else {
                last = -in[i];
            }
            sum += last;
        }
        return last * 1_000_003 + (long) sum;
    }

    static String lastName(String[] names, String[] out) {
        String name = "none";
        for (@ParallelFor int i = 0; i < names.length; i += 3) {
            name = names[i].strip();
            if (name.isEmpty()) {
                continue;
            }
            out[i] = name.toUpperCase();
        }
        return name;
    }

    static int[] pairs(int[] in) {
        int[] out = new int[2 * in.length + 1];
        int k = 1;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[k++] = in[i] * 2;
            out[k++] = in[i] + 1;
        }
        out[0] = k;
        return out;
    }

    static long[] spelledOutStride(int[] in, int start) {
        long[] out = new long[3 * in.length + start + 3];
        long k = start;
        for (@ParallelFor int i = in.length - 1; i >= 0; i -= 2) {
            out[(int) k] = in[i];
            out[(int) k + 2] = -in[i];
            k = k + 3;
        }
        out[out.length - 1] = k;
        return out;
    }

    /** Blocks of three, the last one short: the condition keeps a whole block inside the array. */
    static int[] rotatedInThrees(int[] in) {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i + 2 < in.length; i += 3) {
            out[i] = in[i + 1];
            out[i + 1] = in[i + 2];
            out[i + 2] = in[i];
        }
        return out;
    }

    /** Two fixed rows written at the iteration's column, one read back in the same iteration. */
    static double[][] table(int[] in) {
        double[][] table = new double[2][in.length];
        for (@ParallelFor int i = 0; i < in.length; i++) {
            table[0][i] = Math.sqrt(Math.abs(in[i]));
            table[1][i] = table[0][i] - in[i];
        }
        return table;
    }

    /** Gaussian elimination without pivoting: each row below the pivot row reads the pivot row, which no iteration writes. */
    static double[][] eliminated(double[][] matrix) {
        double[][] a = new double[matrix.length][];
        for (int r = 0; r < a.length; r++) {
            a[r] = matrix[r].clone();
        }
        for (int j = 0; j < a.length - 1; j++) {
            for (@ParallelFor int ii = j + 1; ii < a.length; ii++) {
                double factor = a[ii][j] / a[j][j];
                for (int jj = j + 1; jj < a.length; jj++) {
                    a[ii][jj] -= factor * a[j][jj];
                }
                a[ii][j] = factor;
            }
        }
        return a;
    }

    /** Strides: each iteration writes its own stretch of 2 * step elements from 2 * i. */
    static int[] interleaved(int[] a) {
        int[] out = new int[4 * a.length + 4];
        for (@ParallelFor int i = 0; i < a.length; i += 2) {
            out[2 * i] = a[i];
            out[i * 2 + 3] = -a[i];
        }
        return out;
    }

    /**
     * Elimination below each pivot row, read through a local that holds it, of a matrix with as
     * many rows as it likes: the rows the loop writes all come after the pivot row.
     */
    static double[][] eliminatedByPivotRow(double[][] matrix) {
        double[][] a = new double[matrix.length][];
        for (int r = 0; r < a.length; r++) {
            a[r] = matrix[r].clone();
        }
        int columns = a.length == 0 ? 0 : a[0].length;
        for (int j = 0; j < Math.min(a.length, columns); j++) {
            double[] pivotRow = a[j];
            for (@ParallelFor int r = j + 1; r < a.length; r++) {
                double[] row = a[r];
                double f = row[j] / pivotRow[j];
                for (int c = j + 1; c < pivotRow.length; c++) {
                    row[c] -= f * pivotRow[c];
                }
                row[j] = f;
            }
        }
        return a;
    }

    /** The rows y0 to y1 of an image w wide, into a tile of its own whose first row is row y0. */
    static long[] tile(int[] image, int y0, int y1, int w) {
        long[] tile = new long[Math.max(0, y1 - y0) * w];
        for (@ParallelFor int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) {
                tile[x + (y - y0) * w] = (long) image[y * w + x] * y;
            }
        }
        return tile;
    }

    /**
     * Rows of {@code width} values, each squared into a scratch row declared before the loop that
     * every iteration fills before it reads it, then weighted.
     */
    static double[] weightedSquares(double[] values, int width) {
        double[] out = new double[values.length / width];
        double[] squares = new double[width];
        for (@ParallelFor int r = 0; r < out.length; r++) {
            for (int k = 0; k < squares.length; k++) {
                double v = values[r * width + k];
                squares[k] = v * v;
            }
            double s = 0;
            for (int k = 0; k < squares.length; k++) {
                s += squares[k] * (k + 1);
            }
            for (int k = 0; k < squares.length; k++) {
                squares[k] -= s;
            }
            double t = 0;
            for (int k = 0; k < squares.length; k++) {
                t += squares[k];
            }
            out[r] = s + t;
        }
        return out;
    }

    /**
     * The most frequent value of each row of {@code width} values below {@code buckets}, counted
     * in a scratch array declared before the loop that {@code Arrays.fill} clears in each iteration.
     */
    static int[] modes(int[] values, int width, int buckets) {
        int[] out = new int[values.length / width];
        int[] counts = new int[buckets];
        for (@ParallelFor int r = 0; r < out.length; r++) {
            Arrays.fill(counts, 0);
            for (int k = 0; k < width; k++) {
                counts[Math.floorMod(values[r * width + k], buckets)]++;
            }
            int mode = 0;
            for (int b = 1; b < buckets; b++) {
                if (counts[b] > counts[mode]) {
                    mode = b;
                }
            }
            out[r] = mode;
        }
        return out;
    }

    /** The median of each row, sorted in a copy declared before the loop. */
    static double[] medians(double[][] rows) {
        double[] out = new double[rows.length];
        double[] sorted = new double[rows.length == 0 ? 0 : rows[0].length];
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, sorted, 0, sorted.length);
            Arrays.sort(sorted);
            out[i] = sorted[sorted.length / 2];
        }
        return out;
    }

    /**
     * Each row folded onto {@code n} slots, cleared by a loop up to the length the scratch array
     * was created with, then read at any slot, in an enhanced {@code for} and by a copy.
     */
    static double[] folded(double[][] rows, int n, double[][] kept) {
        double[] out = new double[rows.length];
        double[] slots = new double[n];
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            for (int k = 0; k < n; k++) {
                slots[k] = i;
            }
            for (int j = 0; j < rows[i].length; j++) {
                slots[j % n] += rows[i][j];
            }
            double largest = Double.NEGATIVE_INFINITY;
            for (double slot : slots) {
                largest = Math.max(largest, slot);
            }
            kept[i] = Arrays.copyOf(slots, n);
            out[i] = largest;
        }
        return out;
    }

    /**
     * A 3 × 3 median filter over the inner pixels of a row-major image, a row an iteration: each
     * pixel's window is filled in a scratch array declared before the loop, then sorted.
     */
    static int[] median3x3(int[] src, int w, int h) {
        int[] dst = new int[w * h];
        int[] window = new int[9];
        for (@ParallelFor int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                for (int k = 0; k < 9; k++) {
                    window[k] = src[(y + k / 3 - 1) * w + x + k % 3 - 1];
                }
                Arrays.sort(window);
                dst[y * w + x] = window[4];
            }
        }
        return dst;
    }

    /** Each row of a row-major image set to its mean, a row an iteration, by {@code Arrays.fill}. */
    static double[] rowMeans(double[] image, int w) {
        int h = image.length / w;
        double[] out = new double[image.length];
        for (@ParallelFor int y = 0; y < h; y++) {
            double s = 0;
            for (int x = 0; x < w; x++) {
                s += image[y * w + x];
            }
            Arrays.fill(out, y * w, (y + 1) * w, s / w);
        }
        return out;
    }

    /** The rows of a row-major image in reverse order, each copied whole by {@code System.arraycopy}. */
    static int[] flipped(int[] image, int w) {
        int h = image.length / w;
        int[] out = new int[image.length];
        for (@ParallelFor int y = 0; y < h; y++) {
            System.arraycopy(image, (h - 1 - y) * w, out, y * w, w);
        }
        return out;
    }

    /**
     * The product of two {@code n} × {@code n} matrices each kept row by row in one array, a column
     * of the result an iteration ({@code c[i * n + j]}), the column of {@code b} copied first.
     */
    static double[] productByColumns(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        double[] column = new double[n];
        for (@ParallelFor int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                column[k] = b[k * n + j];
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * column[k];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    /** A copy of a row-major table with each row sorted, a row an iteration, by {@code Arrays.sort} over the row's stretch. */
    static int[] sortedRows(int[] values, int w) {
        int[] out = values.clone();
        for (@ParallelFor int y = 0; y < values.length / w; y++) {
            Arrays.sort(out, y * w, (y + 1) * w);
        }
        return out;
    }

    /**
     * k-means' assignment step as C code writes it, and as it is found in the wild: the nearest
     * centroid searched afresh for each point in locals declared before the loop, and whether any
     * point moved, set only where one does.
     */
    static boolean nearest(double[] points, double[] centroids, int[] labels) {
        boolean moved = false;
        int nearest;
        double best, d;
        for (@ParallelFor int i = 0; i < points.length; i++) {
            nearest = 0;
            best = Double.MAX_VALUE;
            for (int c = 0; c < centroids.length; c++) {
                d = Math.abs(points[i] - centroids[c]);
                if (d < best) {
                    best = d;
                    nearest = c;
                }
            }
            if (labels[i] != nearest) {
                labels[i] = nearest;
                moved = true;
            }
        }
        return moved;
    }

    /** The last index whose value passes the limit, -1 where none does: the last iteration to assign it may be any. */
    static int lastAbove(int[] in, int limit) {
        int at = -1;
        for (@ParallelFor int i = 0; i < in.length; i++)
            if (in[i] > limit) at = i;
        return at;
    }

    /** The last long name or the last empty one, whichever comes later, else what it held before: assigned in two branches and in neither. */
    static String lastLongOrEmpty(String[] names) {
        String found = "none";
        for (@ParallelFor int i = names.length - 1; i >= 0; i--) {
            if (names[i].length() > 8) {
                found = names[i].strip();
            } else if (names[i].isBlank()) {
                found = "<blank>";
            }
        }
        return found;
    }

    /** A code set by the cases of a switch that some values fall through without setting. */
    static long lastCode(int[] in) {
        long code = 7;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            switch (Math.floorMod(in[i], 5)) {
                case 0:
                    code = in[i] * 3L;
                    break;
                case 1:
                    code = -in[i];
                    code += 2;
                    break;
                default:
                    break;
            }
        }
        return code;
    }
}
