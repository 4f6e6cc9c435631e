package loop;

import dev.weft.ParallelFor;
import java.util.Arrays;

/** Loops as numerical code writes them: scratch locals, cursors, blocks, rows before the loop's range, fixed rows, tiles. */
class Scratch {
    static int[] scratch(int[] in) {
        int[] out = new int[in.length];
        int t, u;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            t = in[i] * 3;
            u = t + 1;
            out[i] = t * u;
        }
        return out;
    }

    static long lastSign(int[] in) {
        long last = 0;
        for (@ParallelFor int i = in.length - 1; i >= 0; i--) {
            if (in[i] % 2 == 0) {
                last = in[i];
            } else {
                last = -in[i];
            }
        }
        return last;
    }

    static int pairs(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[k++] = in[i] * 2;
            out[k++] = in[i] + 1;
        }
        return k;
    }

    static int[] reversedInFours(int[] in) {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i + 3 < in.length; i += 4) {
            out[i] = in[i + 3];
            out[i + 1] = in[i + 2];
            out[i + 2] = in[i + 1];
            out[i + 3] = in[i];
        }
        return out;
    }

    static void eliminate(double[][] a) {
        for (int j = 0; j < a.length - 1; j++) {
            for (@ParallelFor int ii = j + 1; ii < a.length; ii++) {
                double factor = a[ii][j] / a[j][j];
                for (int jj = j + 1; jj < a.length; jj++) {
                    a[ii][jj] -= factor * a[j][jj];
                }
                a[ii][j] = factor;
            }
        }
    }

    static double[][] table(double[] x) {
        double[][] table = new double[2][x.length];
        for (@ParallelFor int i = 0; i < x.length; i++) {
            table[0][i] = Math.abs(x[i]);
            table[1][i] = -x[i];
        }
        return table;
    }

    static void eliminateByPivotRow(double[][] a) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double[] pivotRow = a[j];
            for (@ParallelFor int r = j + 1; r < n; r++) {
                double[] row = a[r];
                double f = row[j] / pivotRow[j];
                for (int c = j + 1; c < pivotRow.length; c++) {
                    row[c] -= f * pivotRow[c];
                }
            }
        }
    }

    static void tile(float[] pixels, int y0, int y1, int w) {
        for (@ParallelFor int y = y0; y < y1; y++) {
            for (int x = 0; x < w; x++) {
                pixels[(y - y0) * w + x] = y * x;
            }
        }
    }

    static double[] weighted(double[][] m, int n) {
        double[] out = new double[m.length];
        double[] tmp = new double[n];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < tmp.length; k++) {
                double v = m[i][k];
                tmp[k] = v * v;
            }
            double s = 0;
            for (int k = 0; k < tmp.length; k++) {
                s += tmp[k] * k;
            }
            out[i] = s;
        }
        return out;
    }

    static double[] medians(double[][] rows) {
        double[] out = new double[rows.length];
        double[] sorted = new double[rows[0].length];
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, sorted, 0, sorted.length);
            Arrays.sort(sorted);
            out[i] = sorted[sorted.length / 2];
        }
        return out;
    }

    static int[] shiftedCopy(int[] in) {
        int[] out = in.clone();
        for (@ParallelFor int i = 0; i + 1 < in.length; i++) {
            out[i] = in[i + 1];
        }
        return out;
    }

    static boolean windowMaxima(int[] in, int[] out) {
        boolean above = false;
        int best;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            best = in[i];
            for (int k = 1; k <= 2 && i + k < in.length; k++) {
                if (in[i + k] > best) best = in[i + k];
            }
            out[i] = best;
            if (best > 100) {
                above = true;
            }
        }
        return above;
    }

    static int lastAbove(int[] in, int limit) {
        int at = -1;
        for (@ParallelFor int i = 0; i < in.length; i++)
            if (in[i] > limit) at = i;
        return at;
    }

    static String[] joined(int[][] rows) {
        String[] out = new String[rows.length];
        StringBuilder line = new StringBuilder();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            line.setLength(0);
            for (int v : rows[i]) line.append(v).append(' ');
            out[i] = line.toString().trim();
        }
        return out;
    }
}
