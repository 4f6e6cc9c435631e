package loop;

import dev.weft.ParallelFor;

/**
 * Loops one step short of the scratch locals and cursors Weft infers: each refused where the
 * marker on the line before says.
 */
class NearMisses {
    static int readBeforeWrittenOnSomePath(int[] x) {
        int t = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                t = x[i];
            }
            // error at 20: `t` is declared outside this @ParallelFor loop and assigned in it, and here the iteration reads it before assigning it on some path
            x[i] = t;
        }
        return x.length;
    }

    static int keptButAssignedInsideAnExpression(int[] x) {
        int kept = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                // error at 24: `kept` is read after the @ParallelFor loop (NearMisses.java:32) and some iterations leave it unassigned
                x[i] = kept = x[i] + 1;
                continue;
            }
            x[i] = 0;
        }
        return kept;
    }

    static int cursorUnderACondition(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            if (in[i] > 0) {
                // error at 21: `k` is advanced by constants in this @ParallelFor loop, as a cursor, but `k++` may run more or less than once in an iteration
                out[k++] = in[i];
            }
        }
        return k;
    }

    static int cursorSkippedByContinue(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            if (in[i] == 0) {
                // error: `k` is advanced by constants in this @ParallelFor loop, as a cursor, but a `continue` may end an iteration before it advances `k`
                continue;
            }
            out[k++] = in[i];
        }
        return k;
    }

    static int pastTheCursorsSlots(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            // error: This @ParallelFor loop writes `out[k + 2]`, 2 past where the iteration finds `k`, which advances by 2 an iteration: the element may be another iteration's
            out[k + 2] = in[i];
            k += 2;
        }
        return k;
    }

    static int readingWhatTheCursorWrites(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[k++] = in[i];
            // error at 21: This @ParallelFor loop reads `out[i]` and writes `out[k (a cursor advanced by 1 an iteration)]`
            in[i] = out[i];
        }
        return k;
    }

    static void blocksAndRows(int[] in, int[] out, double[][] t) {
        for (@ParallelFor int i = 0; i < in.length; i += 2) {
            // error: This @ParallelFor loop writes `out[i + 2]` at an index that does not separate the iterations
            out[i + 2] = in[i];
        }
        for (@ParallelFor int i = 0; i < in.length; i++) {
            // error: This @ParallelFor loop writes `out[3 * i + 3]` at an index that does not separate the iterations
            out[3 * i + 3] = in[i];
        }
        for (@ParallelFor int i = 0; i < in.length; i += 2) {
            // error at 22: This @ParallelFor loop reads `out[i + 2]` and writes `out[i + (0..1)]`
            out[i] = out[i + 2];
        }
        for (@ParallelFor int i = 0; i < in.length; i++) {
            // error at 23: This @ParallelFor loop reads `t[1][i + 1]` and writes `t[*][i]`
            t[0][i] = t[1][i + 1];
        }
        for (int j = 0; j < t.length; j++) {
            for (@ParallelFor int ii = j; ii < t.length; ii++) {
                // error at 39: This @ParallelFor loop reads `t[j]` and writes `t[ii]`
                t[ii][0] = t[ii][1] * t[j][0];
            }
        }
    }

    static void pivotRowOfALoopFromItsRow(double[][] a) {
        for (int j = 0; j < a.length; j++) {
            double[] pivotRow = a[j];
            for (@ParallelFor int r = j; r < a.length; r++) {
                // error at 38: `pivotRow` holds the row `a[j]` (NearMisses.java:105), and this @ParallelFor loop writes `a[r]` in every iteration of a range that does not start after that row
                a[r][0] -= a[r][1] * pivotRow[0];
            }
        }
    }

    static void pivotRowWritten(double[][] a) {
        for (int j = 0; j < a.length; j++) {
            double[] pivotRow = a[j];
            for (@ParallelFor int r = j + 1; r < a.length; r++) {
                // error at 38: This @ParallelFor loop writes `a[r]`, and `a` may be the array `pivotRow` is (`pivotRow = a[j]` (NearMisses.java:115))
                // error at 38: This @ParallelFor loop reads `pivotRow[0]` and writes `pivotRow[r]`
                a[r][0] -= a[r][1] * pivotRow[0];
                pivotRow[r] = 0;
            }
        }
    }

    static void pivotRowMovedBeforeTheLoop(double[][] a, int j) {
        double[] pivotRow = a[j];
        j--;
        for (@ParallelFor int r = j + 1; r < a.length; r++) {
            // error at 24: This @ParallelFor loop writes `a[r]`, and `a` may be the array `pivotRow` is (`pivotRow = a[j]` (NearMisses.java:126))
            a[r][0] += pivotRow[0];
        }
    }

    static void tileColumnsPastTheWidth(float[] pixels, int y0, int y1, int w) {
        for (@ParallelFor int y = y0; y < y1; y++) {
            for (int x = 0; x <= w; x++) {
                // error: This @ParallelFor loop writes `pixels[(y - y0) * w + x]` at an index that does not separate the iterations
                pixels[(y - y0) * w + x] = y * x;
            }
        }
    }

    static void tileColumnsBoundByAnotherWidth(float[] pixels, int y0, int y1, int w, int h) {
        for (@ParallelFor int y = y0; y < y1; y++) {
            for (int x = 0; x < h; x++) {
                // the twin checks that h <= w before it runs the loop in parallel
                pixels[(y - y0) * w + x] = y * x;
            }
        }
    }

    static void tileOriginAssignedInTheLoop(float[] pixels, int y0, int y1, int w) {
        for (@ParallelFor int y = y0; y < y1; y++) {
            y0 = y;
            for (int x = 0; x < w; x++) {
                // error: This @ParallelFor loop writes `pixels[(y - y0) * w + x]` at an index that does not separate the iterations
                pixels[(y - y0) * w + x] = y * x;
            }
        }
    }

    static void rowWidthAssignedInTheLoop(float[] pixels, int n, int w) {
        for (@ParallelFor int i = 0; i < n; i++) {
            w = n - i;
            for (int x = 0; x < w; x++) {
                // error: This @ParallelFor loop writes `pixels[i * w + x]` at an index that does not separate the iterations
                pixels[i * w + x] = i;
            }
        }
    }

    static void rowBeforeTheRangeWrittenAtACursor(double[] out, int j) {
        int k = 0;
        for (@ParallelFor int r = j + 1; r < out.length; r++) {
            // error at 24: This @ParallelFor loop reads `out[j]` and writes `out[k (a cursor advanced by 1 an iteration)]`
            out[k++] = out[j] + r;
        }
    }

    static void scratchRowReadBeforeItIsFilled(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            double s = 0;
            // error at 47: This @ParallelFor loop reads `tmp[k]`, an element of `tmp`, where no statement before it, in the blocks around it, has set every element of it in the iteration (the statement at NearMisses.java:186 does, but not before this read): it may read what another iteration left there
            for (int k = 0; k < 16; k++) s += tmp[k];
            for (int k = 0; k < 16; k++) tmp[k] = m[i][k];
            out[i] = s;
        }
    }

    static void scratchRowFilledShort(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < 8; k++) tmp[k] = m[i][k];
            double s = 0;
            // error at 47: This @ParallelFor loop reads `tmp[k]`, an element of `tmp`
            for (int k = 0; k < 16; k++) s += tmp[k];
            out[i] = s;
        }
    }

    static void scratchRowFilledUnderACondition(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < 16; k++) {
                if (m[i][k] > 0) {
                    tmp[k] = m[i][k];
                }
            }
            double s = 0;
            // error at 47: This @ParallelFor loop reads `tmp[k]`, an element of `tmp`
            for (int k = 0; k < 16; k++) s += tmp[k];
            out[i] = s;
        }
    }

    static void scratchRowFillSkippedByContinue(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < 16; k++) {
                if (m[i][k] < 0) {
                    continue;
                }
                tmp[k] = m[i][k];
            }
            // error at 22: This @ParallelFor loop reads `tmp[0]`, an element of `tmp`
            out[i] = tmp[0];
        }
    }

    static double scratchRowReadAfterTheLoop(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < 16; k++) tmp[k] = m[i][k];
            out[i] = tmp.length;
        }
        // error at 16: `tmp` is used here, outside the body of the @ParallelFor loop at NearMisses.java:233, which fills it at indices that do not keep the iterations apart
        return tmp[0];
    }

    static void scratchRowPassedOn(double[][] m, double[] out) {
        double[] tmp = new double[16];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            for (int k = 0; k < 16; k++) tmp[k] = m[i][k];
            // error at 26: This @ParallelFor loop fills `tmp` at indices that do not keep the iterations apart, and uses it here other than by reading or writing one element
            out[i] = sum(tmp);
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static void bordersSkipped(int[] out, int[] in, int w, int h) {
        for (@ParallelFor int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                out[y * w + x] = in[(y - 1) * w + x] + in[(y + 1) * w + x];
            }
        }
    }

    static void bordersSkippedUpToTheLastColumnButTwo(int[] out, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 2; x <= w - 3; x++) {
                out[y * w + x] = x;
            }
        }
    }

    static void columnsPastTheWidthByOne(float[] pixels, int h, int w) {
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 1; x < w + 1; x++) {
                // error: This @ParallelFor loop writes `pixels[y * w + x]` at an index that does not separate the iterations
                pixels[y * w + x] = y * x;
            }
        }
    }

    static void columnsUpToTheWidth(float[] pixels, int h, int w) {
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 1; x <= w - 0; x++) {
                // error: This @ParallelFor loop writes `pixels[y * w + x]` at an index that does not separate the iterations
                pixels[y * w + x] = y * x;
            }
        }
    }

    static void columnsFromBelowZero(float[] pixels, int h, int w) {
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = -1; x < w - 1; x++) {
                // error: This @ParallelFor loop writes `pixels[y * w + x]` at an index that does not separate the iterations
                pixels[y * w + x] = y * x;
            }
        }
    }

    static void indicesThroughLocals(int[] out, int[] in, int[] pairs, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int idx = row + x;
                int same = y * w + x;
                out[idx] = in[same] * 2;
            }
            int j = 2 * y;
            pairs[j] = y;
            pairs[j + 1] = -y;
        }
    }

    static void localIndexAssignedAgain(int[] out, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int j = 2 * i;
            j++;
            // error: This @ParallelFor loop writes `out[j]` at an index that does not separate the iterations
            out[j] = 1;
        }
    }

    static void localIndexPastItsBlock(int[] out, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int j = 2 * i;
            // error: This @ParallelFor loop writes `out[j + 2]` at an index that does not separate the iterations
            out[j + 2] = 1;
        }
    }

    static void localRowStartPastTheWidth(int[] out, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x <= w; x++) {
                // error: This @ParallelFor loop writes `out[row + x]` at an index that does not separate the iterations
                out[row + x] = x;
            }
        }
    }

    static void localIndexOfTheRowAbove(int[] out, int w, int h) {
        for (@ParallelFor int y = 1; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int idx = y * w + x;
                int up = (y - 1) * w + x;
                // error at 28: This @ParallelFor loop reads `out[up]` and writes `out[idx]`: one iteration reads what another writes
                out[idx] = out[up] + 1;
            }
        }
    }

    static void localIndexColumnMovedAfter(int[] out, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int idx = y * w + x;
                x++;
                // error: This @ParallelFor loop writes `out[idx]` at an index that does not separate the iterations
                out[idx] = x;
            }
        }
    }

    static void scratchIndexDeclaredBeforeTheLoop(int[] out, int[] in, int w, int h) {
        int index, k;
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                index = y * w + x;
                in[index] = in[index] + 1;
            }
            k = y;
            index = 3 * k + 2;
            out[index] = y;
        }
    }

    static void scratchIndexMovedBeforeTheWrite(int[] out, int w, int h) {
        int index;
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                index = y * w + x;
                index++;
                // error: Weft follows `index` only to a plain assignment (`index = ...;`) earlier in the block of this write, with nothing after it that assigns `index` or a name it reads
                out[index] = x;
            }
        }
    }

    static void scratchIndexSetUnderACondition(int[] out, int w, int h, boolean odd) {
        int index;
        for (@ParallelFor int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                index = y * w;
                if (odd) {
                    index = y * w + x;
                }
                // error: This @ParallelFor loop writes `out[index]` at an index that does not separate the iterations
                out[index] = x;
            }
        }
    }

    static void scratchIndexFromANameChangedBeforeTheWrite(int[] out, int n) {
        int index, k;
        for (@ParallelFor int i = 0; i < n; i++) {
            k = i;
            index = 2 * k;
            k = 0;
            // error: This @ParallelFor loop writes `out[index]` at an index that does not separate the iterations
            out[index] = k;
        }
    }

    static void columnCounterDeclaredBeforeTheLoop(double[] u, double[] next, int w, int h) {
        int j;
        for (@ParallelFor int i = 1; i < h - 1; i++) {
            int here = i * w;
            for (j = 1; j < w - 1; j++) {
                next[here + j] = u[here - w + j];
            }
        }
    }

    static void columnCounterDeclaredBeforeTheLoopPastTheWidth(double[] next, int w, int h) {
        int j;
        for (@ParallelFor int i = 0; i < h; i++) {
            for (j = 0; j <= w; j++) {
                // error: This @ParallelFor loop writes `next[i * w + j]` at an index that does not separate the iterations: several iterations may write the same element. Write `next[i]` at the loop index
                next[i * w + j] = j;
            }
        }
    }

    static void columnCounterFromAName(double[] next, int w, int h, int left) {
        int j;
        for (@ParallelFor int i = 0; i < h; i++) {
            for (j = left; j < w; j++) {
                // error: This @ParallelFor loop writes `next[i * w + j]` at an index that does not separate the iterations
                next[i * w + j] = j;
            }
        }
    }

    static double[][][] sumsByClusterInCubes(double[][] points, int[] cluster, int k) {
        double[][][] sums = new double[k][2][1];
        for (@ParallelFor int i = 0; i < points.length; i++) {
            for (int d = 0; d < 2; d++) {
                // error: This @ParallelFor loop adds into `sums[cluster[i]][d][0]`, in a row of `sums` that does not separate the iterations: several iterations may add into the same element, and Weft splits additions into partials only for an array of numbers or an array of rows of numbers
                sums[cluster[i]][d][0] += points[i][d];
            }
        }
        return sums;
    }

    static double[] sumsByClusterFlat(double[][] points, int[] cluster, int k) {
        double[] sums = new double[k * 2];
        for (@ParallelFor int i = 0; i < points.length; i++) {
            for (int d = 0; d < 2; d++) {
                sums[cluster[i] * 2 + d] += points[i][d];
            }
        }
        return sums;
    }

    static int largestByAComparison(int[] a) {
        int largest = Integer.MIN_VALUE;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) largest = a[i];
        }
        return largest;
    }

    static int largestAndWhere(int[] a) {
        int largest = Integer.MIN_VALUE;
        int at = -1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] >= largest) {
                largest = a[i];
                // error: `at` is set beside `largest`, which this @ParallelFor loop keeps by `new >= old`, the last of equal values
                at = i;
            }
        }
        return largest;
    }

    static int largestButAnotherValue(int[] a) {
        int largest = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: `largest` is declared outside this @ParallelFor loop and assigned in it, and here the iteration reads it before assigning it on some path
            if (a[i] > largest) largest = a[i] + 1;
        }
        return largest;
    }

    static double largestOfDoublesByAComparison(double[] a) {
        double largest = Double.NEGATIVE_INFINITY;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) largest = a[i];
        }
        return largest;
    }

    static double largestOfDoublesKeptTwoWays(double[] a, double[] b) {
        double largest = Double.NEGATIVE_INFINITY;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) largest = a[i];
            // error: `largest` is kept by Math.max here and by a comparison (`new > old`) elsewhere in this @ParallelFor loop: for floating-point values these keep different ones of equal values (-0.0 and 0.0) and of NaN
            largest = Math.max(largest, b[i]);
        }
        return largest;
    }

    static int whereFromWhatTheIfSets(int[] a) {
        int largest = 0;
        int at = -1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) {
                largest = a[i];
                // error: `at` is set beside `largest` from `at`, which the `if` sets: Weft keeps each chunk's value of it to fold with `largest`
                at = at + 1;
            }
        }
        return at;
    }

    static int whereReadElsewhere(int[] a, int[] out) {
        int largest = 0;
        int at = -1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) {
                largest = a[i];
                at = i;
            }
            // error at 22: `at` is set beside the extremum `largest` (NearMisses.java:532) and also used here
            out[i] = at;
        }
        return at;
    }

    static int largestUpdatedWithAndWithoutWhere(int[] a, int[] b) {
        int largest = 0;
        int at = -1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) {
                largest = a[i];
                at = i;
            }
            // error at 33: `largest` is kept here without at set beside it, and with at where it is updated at NearMisses.java:545
            if (b[i] > largest) largest = b[i];
        }
        return at;
    }

    static java.util.List<String> rowOfTheLargest(int[] a, java.util.List<String>[] rows) {
        int largest = 0;
        java.util.List<String> row = null;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) {
                largest = a[i];
                // error: `row` is set beside `largest`, and Weft keeps each chunk's value of it in an array to fold with `largest`, but `java.util.List<String>` is a generic type
                row = rows[i];
            }
        }
        return row;
    }

    static String nameOfTheLargest(int[] a) {
        int largest = 0;
        String name = null;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > largest) {
                largest = a[i];
                // error: `name` is set beside `largest` from `label(i)`, which may change something (a call other than a getter or a read of a list or a map
                name = label(i);
            }
        }
        return name;
    }

    static String label(int i) {
        return "x" + i + "@" + System.nanoTime(); // made twice, it may differ
    }

    static int whereTheLastLargestIs(int[] a) {
        int at = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 32: `at` indexes the element of `a` that this @ParallelFor loop keeps by `new >= old`, the last of equal values
            if (a[i] >= a[at]) at = i;
        }
        return at;
    }

    static int whereTheLargestOfEitherIs(int[] a, int[] b) {
        int at = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > a[at]) at = i;
            // error at 31: `at` is kept by comparing the elements of `b` it indexes here and by comparing the elements of `a` it indexes elsewhere
            if (b[i] > b[at]) at = i;
        }
        return at;
    }

    static int whereInARowOfTheBody(int[][] g) {
        int at = 0;
        for (@ParallelFor int i = 0; i < g.length; i++) {
            int[] row = g[i];
            // error at 35: `at` indexes the element of `row` that this @ParallelFor loop keeps, and `row` is declared in the loop body
            if (row[i] > row[at]) at = i;
        }
        return at;
    }


    static String rangeWithAnElse(int[] a) {
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > max) {
                // error: `max` is kept by the comparison of an `if` with an `else` (NearMisses.java:621), and whether the `else` runs depends on `max`
                max = a[i];
            } else if (a[i] < min) {
                min = a[i];
            }
        }
        return min + ".." + max;
    }

    static int keptButAssignedInAForUpdate(int[] a, int[] out) {
        int at = -1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int best = 0;
            // `at` is the last i whose inner loop ran: an inner loop may not run
            // error at 48: `at` is read after the @ParallelFor loop (NearMisses.java:639) and some iterations leave it unassigned
            for (int j = 0; j < a[i] % 3; j++, at = i) {
                best += j;
            }
            out[i] = best;
        }
        return at;
    }

    static double[] fillsAllButTheLast(double[][] m, int n) {
        double[] out = new double[m.length];
        double[] tmp = new double[n];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            // error: `java.util.Arrays.fill(tmp, 0, n - 1, 0.0)` changes `tmp`, an array every iteration can reach, and Weft cannot show that a statement of the loop body before it sets every element of `tmp`
            java.util.Arrays.fill(tmp, 0, n - 1, 0.0);
            out[i] = tmp[n - 1] + m[i][0];
        }
        return out;
    }

    static double[] copiedFromItself(double[][] m, int n) {
        double[] out = new double[m.length];
        double[] tmp = new double[n];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            // error at 30: This @ParallelFor loop fills `tmp` at indices that do not keep the iterations apart, and uses it here other than by reading or writing one element
            System.arraycopy(tmp, 1, tmp, 0, tmp.length);
            out[i] = tmp[0] + m[i][0];
        }
        return out;
    }

    static double[] filledToALengthReassigned(double[][] m, int n) {
        double[] out = new double[m.length];
        double[] tmp = new double[n];
        n = n / 2;
        for (@ParallelFor int i = 0; i < m.length; i++) {
            // error: `java.util.Arrays.fill(tmp, 0, n, m[i][0])` changes `tmp`, an array every iteration can reach, and Weft cannot show that a statement of the loop body before it sets every element of `tmp`
            java.util.Arrays.fill(tmp, 0, n, m[i][0]);
            out[i] = tmp[tmp.length - 1];
        }
        return out;
    }

    static double[] readBeforeTheFill(double[][] m, int n) {
        double[] out = new double[m.length];
        double[] tmp = new double[n];
        for (@ParallelFor int i = 0; i < m.length; i++) {
            // error at 31: This @ParallelFor loop reads `tmp[0]`, an element of `tmp`, where no statement before it, in the blocks around it, has set every element of it in the iteration (the statement at NearMisses.java:682 does, but not before this read)
            double previous = tmp[0];
            java.util.Arrays.fill(tmp, m[i][0]);
            out[i] = previous + tmp[0];
        }
        return out;
    }

    static int[] setOnlyInAnInnerLoop(int[] src, int w, int h) {
        int[] dst = new int[h];
        int[] window = new int[9];
        for (@ParallelFor int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                java.util.Arrays.fill(window, src[y * w + x]);
            }
            // error at 22: This @ParallelFor loop reads `window[4]`, an element of `window`, where no statement before it, in the blocks around it, has set every element of it in the iteration (the statement at NearMisses.java:693 does, but not before this read)
            dst[y] = window[4];
        }
        return dst;
    }

    static double[][] shades = new double[8][8];

    static final class Shades {
        private final double[][] rows;

        Shades(int height, int width) {
            rows = new double[height][width];
        }

        Shades(double[][] rows) {
            this.rows = rows;
        }

        double[][] rows() {
            return rows;
        }
    }

    static Shades wrappedNotBuilt(int n) {
        Shades built = new Shades(shades);
        double[][] out = built.rows();
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 25: `out` may be the array `shades` is (`out = built.rows()` (NearMisses.java:721), a value Weft does not follow, which may be any field's array (`Shades.rows` is set to `rows` (NearMisses.java:711) where its object is built, an object that other objects may hold too))
            out[i][0] = shades[i + 1][0];
        }
        return built;
    }

    static Shades builtButUsedInTheLoop(int n) {
        Shades built = new Shades(n, 2);
        double[][] out = built.rows();
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 25: `out` may be the array `built` is (`out = built.rows()` (NearMisses.java:731), a value Weft does not follow, which may be any field's array (`built` is used at NearMisses.java:735 before the loop is over
            // error at 25: `built.rows()` reads `rows` (NearMisses.java:715), any element of it
            out[i][0] = built.rows()[i + 1][0];
        }
        return built;
    }

    static void shiftedByAVariable(int[] in, int[] out, int shift) {
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[i - shift] = in[i];
        }
        for (@ParallelFor int i = 0; i < in.length; i++) {
            // error at 22: This @ParallelFor loop reads `out[i - shift]` and writes `out[i]`
            out[i] = out[i - shift];
        }
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[i] = in[i];
            // error: This @ParallelFor loop writes `out` at two indices, [i] and [i+shift]
            out[i + shift] = in[i];
        }
    }

    static void rowsAroundTheRange(double[] out, int k, int j, int n, int shift) {
        for (@ParallelFor int i = 0; i <= k; i++) {
            // error at 22: This @ParallelFor loop reads `out[k]` and writes `out[i]`
            out[i] = out[k];
        }
        for (@ParallelFor int i = 0; i < k; i++) {
            // error at 26: This @ParallelFor loop reads `out[k]` and writes `out[2 * i + (0..1)]`
            out[2 * i] = out[k];
        }
        for (@ParallelFor int i = j + 1; i < n; i++) {
            // error at 30: This @ParallelFor loop reads `out[j]` and writes `out[i-shift]`
            out[i - shift] = out[j];
        }
        for (@ParallelFor int i = n - 1; i >= k; i--) {
            // error at 22: This @ParallelFor loop reads `out[k]` and writes `out[i]`
            out[i] = out[k];
        }
    }

    static void stretchesPastTheRow(double[] src, double[] dst, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            // error: `System.arraycopy(src, y * w, dst, y * w, w + 1)` changes `dst` from `y * w` on, `w + 1` elements, which may be another iteration's
            System.arraycopy(src, y * w, dst, y * w, w + 1);
        }
        for (@ParallelFor int y = 0; y < h; y++) {
            // error: `java.util.Arrays.fill(dst, y * w, (y + 2) * w, 0.0)` changes `dst` from `y * w` on, up to `(y + 2) * w`, which may be another iteration's
            java.util.Arrays.fill(dst, y * w, (y + 2) * w, 0.0);
        }
    }

    static void cursorsOfAnInnerLoop(int[] pixels, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            int i = y * w;
            for (int x = 0; x < w; x++) {
                // error: This @ParallelFor loop writes `pixels[i]` at an index that does not separate the iterations: several iterations may write the same element. Weft follows `i` only to a plain assignment (`i = ...;`) earlier in the block of this write, with nothing after it that assigns `i` or a name it reads, or as a cursor of an inner loop
                pixels[i] = x;
                if (x % 2 == 0) {
                    i++;
                }
            }
        }
        for (@ParallelFor int y = 0; y < h; y++) {
            int i = y * w + 1;
            for (int x = 0; x < w; x++) {
                // error: This @ParallelFor loop writes `pixels[i]` at an index that does not separate the iterations
                pixels[i] = x;
                i++;
            }
        }
    }

    static void cursorReadAfterItsAdvance(int[] pixels, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            int i = y * w;
            for (int x = 0; x < w; x++) {
                // error: This @ParallelFor loop writes `pixels[i++]` at an index that does not separate the iterations
                pixels[i++] = pixels[i];
            }
        }
    }

    static void cursorAdvancedInALoopOfItsOwn(int[] pixels, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            int i = y * w;
            for (int x = 0; x < w; x++) {
                int k = 0;
                while (k < 2) {
                    // error: This @ParallelFor loop writes `pixels[i++]` at an index that does not separate the iterations
                    pixels[i++] = k++;
                }
            }
        }
    }

    static double largestMarked(double[] a, int[] marks) {
        double best = Double.NEGATIVE_INFINITY;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > best) {
                best = a[i];
                // error: `best` is kept by the comparison of an `if` that also runs this statement when it keeps a new value: each chunk of iterations keeps an extremum of its own
                marks[i] = 1;
            }
        }
        return best;
    }

    static void columnsReadBesideTheirOwn(double[] c, int n) {
        for (@ParallelFor int j = 0; j < n; j++) {
            for (int x = 0; x < n; x++) {
                // error at 32: This @ParallelFor loop reads `c[x * n + j + 1]` and writes `c[x*n+j]`
                c[x * n + j] = c[x * n + j + 1];
            }
        }
    }

    static void sortsPastTheRow(int[] out, int w, int h) {
        for (@ParallelFor int y = 0; y < h; y++) {
            // error: `java.util.Arrays.sort(out, y * w, (y + 1) * w + 1)` changes `out` from `y * w` on, up to `(y + 1) * w + 1`, which may be another iteration's
            java.util.Arrays.sort(out, y * w, (y + 1) * w + 1);
        }
    }

    static long accumulatedAndAssigned(int[] a) {
        long s = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > 0) s = a[i];
            // error at 18: `s` is declared outside this @ParallelFor loop and assigned in it, and here the iteration reads it before assigning it on some path
            else s += 1;
        }
        return s;
    }

    static long assignedTwiceAfterAnAccumulation(int[] a) {
        long code = 7;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `code` is declared outside this @ParallelFor loop and assigned in it, and here the iteration reads it before assigning it on some path
            code += a[i];
            code = 0;
            code = -a[i];
        }
        return code;
    }

    static boolean anyNegativeWithAShortCircuit(int[] a) {
        boolean found = false;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `found` is accumulated with `||`, which skips `a[i] < 0` once `found` is true
            found = found || a[i] < 0;
        }
        return found;
    }

    static double largestKeptOnTheTrueSide(double[] a) {
        double largest = Double.NEGATIVE_INFINITY;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `largest` is kept on the true side of `largest > a[i] ? largest : a[i]`, which takes the other value wherever the comparison fails, a NaN included
            largest = largest > a[i] ? largest : a[i];
        }
        return largest;
    }

    static int whereKeptOnTheTrueSide(int[] a) {
        int at = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `at` is kept on the true side of `a[at] > a[i] ? at : i`
            at = a[at] > a[i] ? at : i;
        }
        return at;
    }

    static double jittered(double x) {
        return x + Math.random();
    }

    static double jitteredTwice(double x) {
        return jittered(x) * 2;
    }

    static int whereTheBestJitteredValueIs(double[] xs) {
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            if (jitteredTwice(xs[i]) > best) {
                // error: `best` is kept by comparing `jitteredTwice(xs[i])`, which may give another value when computed again
                best = jitteredTwice(xs[i]);
                at = i;
            }
        }
        return at;
    }

    static final class Slot {
        int count;
    }

    /**
     * An element the body sets is what it is set to: a new object is the iteration's own, one every
     * iteration reaches makes the writes through the element shared writes.
     */
    static void elementsSetThenWritten(Slot[] slots, Slot shared, int[][] rows, int[] common, int width) {
        for (@ParallelFor int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
            slots[i].count = i;
            rows[i] = new int[width];
            rows[i][0] = i;
        }
        for (@ParallelFor int i = 0; i < slots.length; i++) {
            slots[i] = shared;
            // error: This @ParallelFor loop writes the field `slots[i].count`, which every iteration can reach (`slots` may be, or hold, `shared`)
            slots[i].count += i;
        }
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            rows[i] = common;
            // error: This @ParallelFor loop writes `rows[i][0]` through `rows[i]`, which refers to an array that every iteration can reach (`rows` may be, or hold, `common`)
            rows[i][0] += i;
        }
    }

    static final class Chained {
        int count;
        Chained next;
    }

    /** What an element holds is what the body stores there, another element too, followed once around the cycle. */
    static void elementsLinkedToAnother(Chained[] chain) {
        for (@ParallelFor int i = 0; i < chain.length; i++) {
            chain[i].next = chain[0];
            // error: This @ParallelFor loop writes the field `chain[i].next.count`, which every iteration can reach (`chain` may be, or hold, `chain[0]`)
            chain[i].next.count += i;
        }
    }

    /** A local that walks a list from the element (cur = cur.next) may reach other iterations' elements. */
    static void walksFromTheElement(Chained[] chain, int[] out) {
        for (@ParallelFor int i = 0; i < chain.length; i++) {
            Chained cur = chain[i];
            while (cur.next != null) {
                cur = cur.next;
            }
            // error: This @ParallelFor loop writes through `cur.next`, a Chained reached through the iteration's element
            cur.count = i;
        }
        for (@ParallelFor int i = 0; i < chain.length; i++) {
            chain[i].count = i;
            int sum = 0;
            for (Chained cur = chain[i]; cur != null; cur = cur.next) {
                // error at 24: This @ParallelFor loop reads `cur.count` through `cur.next`
                sum += cur.count;
            }
            out[i] = sum;
        }
        for (@ParallelFor int i = 0; i < chain.length; i++) {
            chain[i].count = i;
            Chained cur = chain[i];
            int sum = 0;
            while (cur != null) {
                // error at 24: This @ParallelFor loop reads `cur.count` through `cur.next`
                sum += cur.count;
                cur = cur.next;
            }
            out[i] = sum;
        }
    }

    static final class Branch {
        int mark;
        Branch left;
        Branch right;
    }

    static int size(Branch b) {
        return b == null ? 0 : 1 + size(b.left) + size(b.right);
    }

    static void markAll(Branch b) {
        b.mark = 1;
        if (b.left != null) {
            markAll(b.left);
        }
        if (b.right != null) {
            markAll(b.right);
        }
    }

    /**
     * A method that recurses down a tree settles: what it reads of the tree it is handed is
     * judged, and so is what it writes, which may be another iteration's tree.
     */
    static void recursesDownTrees(Branch[] trees, int[] out) {
        for (@ParallelFor int i = 0; i < trees.length; i++) {
            out[i] = size(trees[i]);
        }
        for (@ParallelFor int i = 0; i < trees.length; i++) {
            // error: `markAll(trees[i])` calls `markAll()`
            markAll(trees[i]);
        }
    }
}
