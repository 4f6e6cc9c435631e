package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import dev.weft.Schedule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/** One method per accepted loop shape; their twins are compared with them in {@link LoopEquivalenceTest}. */
class LoopShapes {
    static final int CHUNK = 64;

    final int scale;

    LoopShapes(int scale) {
        this.scale = scale;
    }

    /** The index copied into an effectively final local, as a lambda in the body needs it. */
    static int[] squaredByALambda(int[] xs) {
        int[] out = new int[xs.length];
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            final int k = i;
            IntUnaryOperator square = x -> x * x;
            Runnable store = () -> out[k] = square.applyAsInt(xs[k]);
            store.run();
        }
        return out;
    }

    static int[] fill(int n, int base) {
        int[] out = new int[n];
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = base + i * i;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (@ParallelFor(chunk = 64) int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** As {@link #dot}, with the chunks left to the runtime. */
    static double weightedSum(double[] a, double[] b) {
        double sum = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static int max(int[] xs) {
        int best = Integer.MIN_VALUE;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            best = Math.max(best, xs[i]);
        }
        return best;
    }

    /** The largest and the smallest element, kept by comparisons as C code keeps them, and their sum. */
    static long extremesCompared(int[] xs) {
        int largest = Integer.MIN_VALUE;
        long smallest = Long.MAX_VALUE;
        long total = 0;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            if (xs[i] > largest) largest = xs[i];
            if (smallest >= xs[i]) {
                smallest = xs[i];
            }
            total += xs[i];
        }
        return largest * 31L + smallest * 7L + total;
    }

    /**
     * The first largest and the last smallest element, kept by comparisons: of -0.0 and 0.0 the
     * one the loop meets first, or last, and never a NaN.
     */
    static String extremesOfDoublesCompared(double[] xs) {
        double largest = Double.NEGATIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            if (xs[i] > largest) largest = xs[i];
            if (xs[i] <= smallest) {
                smallest = xs[i];
            }
        }
        return largest + " " + smallest;
    }

    /**
     * The last largest and the last smallest element, kept by comparisons from zeros of either sign:
     * a stretch of elements that takes nothing keeps the zero an earlier one took.
     */
    static String extremesFromZeros(double[] xs) {
        double largest = 0.0;
        double smallest = -0.0;
        for (@ParallelFor(chunk = CHUNK) int i = 0; i < xs.length; i++) {
            if (xs[i] >= largest) largest = xs[i];
            if (smallest >= xs[i]) smallest = xs[i];
        }
        return largest + " " + smallest;
    }

    /** The sums of the points of each cluster, with their counts, as k-means updates its centroids. */
    static double[][] clusterSums(double[][] points, int[] cluster, int k) {
        int dims = points.length == 0 ? 0 : points[0].length;
        double[][] sums = new double[k][dims];
        int[] counts = new int[k];
        for (@ParallelFor int i = 0; i < points.length; i++) {
            int c = cluster[i];
            for (int d = 0; d < dims; d++) {
                sums[c][d] += points[i][d];
            }
            counts[c]++;
        }
        for (int c = 0; c < k; c++) {
            sums[c] = Arrays.copyOf(sums[c], dims + 1);
            sums[c][dims] = counts[c];
        }
        return sums;
    }

    /** A confusion matrix counted into rows the caller made: of any lengths, or one row twice. */
    static long[][] confusion(int[] actual, int[] predicted, long[][] m) {
        for (@ParallelFor int i = 0; i < actual.length; i++) {
            m[actual[i]][predicted[i]]++;
        }
        return m;
    }

    /** Where the first largest element is, set beside it as C code sets it: -1 for none, NaNs never. */
    static int whereLargest(double[] xs) {
        double largest = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (@ParallelFor(chunk = 64) int i = 0; i < xs.length; i++) {
            if (xs[i] > largest) {
                largest = xs[i];
                at = i;
            }
        }
        return at;
    }

    /** The first element nearest to {@code target}, with its name and where it is, among many ties. */
    static String nearest(int[] xs, int target) {
        int bestDistance = Integer.MAX_VALUE;
        String bestName = "none";
        int bestIndex = -1;
        for (@ParallelFor(chunk = 64) int i = 0; i < xs.length; i++) {
            int d = Math.abs(xs[i] - target);
            if (bestDistance > d) {
                bestName = "x" + xs[i];
                bestDistance = d;
                bestIndex = i;
            }
        }
        return bestName + " " + bestIndex + " " + bestDistance;
    }

    /** Where the first largest element is, found by comparing elements, as helpers for it are written. */
    static int indexOfLargest(double[] xs) {
        int maxI = 0;
        for (@ParallelFor(chunk = 64) int i = 0; i < xs.length; ++i) {
            if (xs[i] > xs[maxI]) {
                maxI = i;
            }
        }
        return maxI;
    }

    private static int[] board = {};

    /** Where the first best score is, in a private field that the twin reads through a handle. */
    static int whereBestOnTheBoard(int[] points) {
        board = points;
        int at = 0;
        for (@ParallelFor(chunk = CHUNK) int i = 0; i < board.length; i++) {
            if (board[i] > board[at]) at = i;
        }
        return at;
    }

    /** Where the first smallest element is, and the largest element, each kept by a conditional. */
    static String kept(int[] xs) {
        int minAt = 0;
        int largest = Integer.MIN_VALUE;
        int largestEven = Integer.MIN_VALUE;
        int odd = 0;
        for (@ParallelFor(chunk = 64) int i = 0; i < xs.length; i++) {
            minAt = xs[minAt] > xs[i] ? i : minAt;
            largest = xs[i] > largest ? xs[i] : largest;
            // an else beside a conditional's update does not depend on what it keeps
            if (xs[i] % 2 == 0) largestEven = xs[i] > largestEven ? xs[i] : largestEven; else odd++;
        }
        return minAt + " " + largest + " " + largestEven + " " + odd;
    }

    record Scored(String name, int score) {}

    /** The name and the place of the first best score, read through a record's getters and a list. */
    static String winner(Scored[] scores, List<String> places) {
        int best = Integer.MIN_VALUE;
        String winner = "none";
        String place = "nowhere";
        for (@ParallelFor(chunk = 64) int i = 0; i < scores.length; i++) {
            if (scores[i].score() > best) {
                best = scores[i].score();
                winner = scores[i].name();
                place = places.get(i);
            }
        }
        return winner + " " + place + " " + best;
    }

    /** Where the first element nearest to {@code target} is, its distance computed by {@code Math} in the comparison and again. */
    static int nearestByMath(int[] xs, int target) {
        int best = Integer.MAX_VALUE;
        int at = -1;
        for (@ParallelFor(chunk = CHUNK) int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - target) < best) {
                best = Math.abs(xs[i] - target);
                at = i;
            }
        }
        return at;
    }

    /**
     * Extrema that locals of the body keep, each iteration its own: an {@code else}, {@code >=} on
     * an index, a value computed by a call, and an outer variable set beside such a local.
     */
    static long extremaOfEachRow(List<int[]> rows) {
        long total = 0;
        for (@ParallelFor int i = 0; i < rows.size(); i++) {
            int[] row = rows.get(i);
            int hi = Integer.MIN_VALUE;
            int lo = Integer.MAX_VALUE;
            int at = 0;
            int twice = Integer.MIN_VALUE;
            for (int j = 0; j < row.length; j++) {
                if (row[j] > hi) hi = row[j]; else if (row[j] < lo) lo = row[j];
                if (row[j] >= row[at]) at = j;
                if (twice(row[j]) > twice) twice = twice(row[j]);
            }
            total += hi + 3L * lo + 5L * at + 7L * twice;
        }
        return total;
    }

    private static int twice(int x) {
        return 2 * x;
    }

    /** Where the first largest element of a grid is, kept by an inner loop of the body. */
    static long whereLargestInGrid(List<int[]> rows) {
        int largest = Integer.MIN_VALUE;
        int row = -1;
        int column = -1;
        for (@ParallelFor int i = 0; i < rows.size(); i++) {
            int[] cells = rows.get(i);
            for (int j = 0; j < cells.length; j++) {
                if (cells[j] > largest) {
                    largest = cells[j];
                    row = i;
                    column = j;
                }
            }
        }
        return row * 100_000L + column;
    }

    static double min(double[] xs) {
        double least = Double.POSITIVE_INFINITY;
        for (@ParallelFor double x : xs) {
            least = Math.min(x, least);
        }
        return least;
    }

    static long sumList(List<Integer> xs) {
        long total = 0;
        for (@ParallelFor int x : xs) {
            total += x;
        }
        return total;
    }

    static long sumCollection(Collection<Integer> xs) {
        long total = 0;
        for (@ParallelFor Integer x : xs) {
            if (x % 3 == 0) {
                continue;
            }
            total -= x;
        }
        return total;
    }

    /** Loops over what a call or another value's field gives: declarations show whether it is an array. */
    static long sumOfKeysAndRows(Map<Integer, String> byKey, int[][] grid, List<List<Integer>> lists) {
        long total = 0;
        for (@ParallelFor int key : byKey.keySet()) {
            total += key;
        }
        var rows = grid.clone();
        for (@ParallelFor int[] row : rows) {
            total += row.length;
        }
        for (@ParallelFor int x : lists.get(0)) {
            total -= x;
        }
        for (@ParallelFor var first : firstRow(grid)) {
            total += 2L * first;
        }
        for (@ParallelFor var value : byKey.values()) {
            total += value.length();
        }
        return total;
    }

    static int[] firstRow(int[][] grid) {
        return grid.length == 0 ? new int[0] : grid[0];
    }

    /** {@code var} locals whose initializers show their types: a sum, an array reduction and captured values. */
    static double withVars(double[] xs, List<Integer> weights) {
        var total = 0.0;
        var hist = new long[4];
        var scale = weights.size();
        var offset = -1L;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            total += xs[i] * scale;
            hist[i % 4] += offset;
        }
        return total + hist[0] + hist[3];
    }

    /** A loop in a lambda over its implicitly typed parameter, and arrays a {@code var} creates. */
    static long[] rowSums(List<int[]> rows) {
        var sums = new long[rows.size()];
        var weights = new int[] {1, 2, 3};
        var next = new int[1];
        rows.forEach(row -> {
            long sum = 0;
            for (@ParallelFor int i = 0; i < row.length; i++) {
                sum += (long) row[i] * weights[i % 3];
            }
            sums[next[0]++] = sum;
        });
        return sums;
    }

    static final class Counter {
        long hits;
    }

    /** Fields of the element of each iteration, written directly and through a local copy. */
    static long bump(Counter[] counters) {
        for (@ParallelFor int i = 0; i < counters.length; i++) {
            Counter counter = counters[i];
            counter.hits += i;
            counters[i].hits *= 3;
        }
        long total = 0;
        for (Counter counter : counters) {
            total = total * 31 + counter.hits;
        }
        return total;
    }

    /** Loops inside lambdas: one using the method's locals, one its lambda's own implicitly typed parameter. */
    static int[] inLambdas(int[] xs) {
        int[] out = new int[xs.length];
        int base = 3;
        Runnable fill = () -> {
            for (@ParallelFor int i = 0; i < xs.length; i++) {
                out[i] = xs[i] * base;
            }
        };
        fill.run();
        IntUnaryOperator shifted = k -> {
            int total = 0;
            for (@ParallelFor int i = 0; i < xs.length; i++) {
                total += xs[i] + k;
            }
            return total;
        };
        if (out.length > 0) {
            out[0] += shifted.applyAsInt(1);
        }
        return out;
    }

    static int[] histogram(int[] values, int buckets) {
        int[] hist = new int[buckets];
        for (@ParallelFor int i = 0; i < values.length; i++) {
            hist[Math.floorMod(values[i], hist.length)]++;
        }
        return hist;
    }

    static int[] reversed(int[] xs) {
        int[] out = new int[xs.length];
        int n = xs.length;
        for (@ParallelFor int i = n - 1; i >= 0; i--) {
            out[i] = xs[n - 1 - i];
        }
        return out;
    }

    static long countStepped(long n) {
        long count = 0;
        long sum = 0;
        for (@ParallelFor long i = 0; i < n; i += 3) {
            count++;
            sum += i;
        }
        return count * 1_000_003L + sum;
    }

    static long squaresInclusive(int n) {
        long sum = 0;
        for (@ParallelFor int i = 1; i <= n; i++) {
            sum += (long) i * i;
        }
        return sum;
    }

    /** Below eight iterations, always the loop as written; from eight, always in chunks. */
    static long squaresFromEight(int n) {
        long sum = 0;
        for (@ParallelFor(minIterations = 8) int i = 0; i < n; i++) {
            sum += (long) i * i;
        }
        return sum;
    }

    static int[] countdownBy2(int n) {
        int[] out = new int[n + 1];
        for (@ParallelFor int i = n; i > 0; i -= 2) {
            out[i] = i * 3;
        }
        return out;
    }

    static double[] blur(double[] image, int width, int height) {
        double[] out = new double[image.length];
        for (@ParallelFor int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double left = x > 0 ? image[y * width + x - 1] : 0;
                out[y * width + x] = (left + image[y * width + x]) / 2;
            }
        }
        return out;
    }

    static double[][] rows(int n) {
        double[][] m = new double[n][3];
        for (@ParallelFor int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = i * 10 + j;
            }
        }
        return m;
    }

    int[] scaled(int n) {
        int[] out = new int[n];
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = this.scale * offset(i) + scale;
        }
        return out;
    }

    int offset(int i) {
        return i % 7;
    }

    static long bits(int[] xs) {
        int and = -1;
        int or = 0;
        int xor = 0;
        long product = 1;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            and &= xs[i] | 1;
            or |= xs[i];
            xor ^= xs[i];
            product *= 1 + (xs[i] & 1);
        }
        return and * 31L + or * 17L + xor + product;
    }

    static long spelledOut(int[] xs) {
        long total = 0;
        long product = 1;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            total = total - xs[i];
            product = product * (1 + (xs[i] & 1));
        }
        return total * 31 + product;
    }

    private static double score(int x) {
        return Math.sin(x) * (x & 1023);
    }

    /** Where the best score is, the score computed by a helper both where it is compared and where it is kept. */
    static int whereTheBestScoreIs(int[] xs) {
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            if (score(xs[i]) > best) {
                best = score(xs[i]);
                at = i;
            }
        }
        return at;
    }

    /** Reductions written out as people write them: several terms at once, the variable last, an extremum kept on the true side. */
    static long spelledOutOtherwise(int[] xs) {
        long total = 0;
        long swapped = 0;
        long product = 1;
        int largest = Integer.MIN_VALUE;
        long smallest = Long.MAX_VALUE;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            total = total + xs[i] - 2L * (xs[i] & 7) + 1;
            swapped = xs[i] * 3L + swapped;
            product = (1 + (xs[i] & 1)) * product;
            largest = largest > xs[i] ? largest : xs[i];
            smallest = smallest <= xs[i] ? smallest : xs[i];
        }
        return total * 31 + swapped * 7 + product + largest - smallest;
    }

    static String joined(int n) {
        String text = "";
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 3) int i = 0; i < n; i++) {
            text += i % 10;
        }
        return text;
    }

    /** {@link #joinedBackwards} with a builder: each string inserted at its start. */
    static String builtBackwards(int n, String start) {
        StringBuilder text = new StringBuilder(start);
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 3) int i = 0; i < n; i++) {
            text.insert(0, i % 10);
            if (i % 7 == 0) {
                text.insert(0, ',');
            }
        }
        return text.toString();
    }

    /** Each string added before the text, so the text ends with the first: the loop's order reversed. */
    static String joinedBackwards(int n, String start) {
        String text = start;
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 3) int i = 0; i < n; i++) {
            text = i % 10 + (i % 7 == 0 ? "," : "") + text;
        }
        for (@ParallelFor(minIterations = 1) int i = 0; i < n; i++) {
            text = "[" + i + "]" + text;
        }
        return text;
    }

    /** Several loops, code around them, continue, a lambda and a local class in a body. */
    static int[] pipeline(int n) {
        int[] squares = new int[n];
        int offset = 5;
        offset += 1;
        for (@ParallelFor int i = 0; i < n; i++) {
            IntUnaryOperator square = v -> v * v;
            squares[i] = square.applyAsInt(i);
        }
        int[] shifted = new int[n];
        for (@ParallelFor(schedule = Schedule.GUIDED) int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                shifted[i] = -1;
                continue;
            }
            class Shift {
                int apply(int v) {
                    return v + 1;
                }
            }
            shifted[i] = new Shift().apply(squares[i]) + offset;
        }
        int total = 0;
        for (int v : shifted) {
            total += v;
        }
        if (n > 0) {
            shifted[0] = total;
        }
        return shifted;
    }

    static <T extends Comparable<T>> int countAbove(List<T> xs, T pivot) {
        int count = 0;
        for (@ParallelFor T x : xs) {
            if (x.compareTo(pivot) > 0) {
                count++;
            }
        }
        return count;
    }

    static int[] checked(int[] xs, int bad) throws IOException {
        int[] out = new int[xs.length];
        for (@ParallelFor(schedule = Schedule.STATIC) int i = 0; i < xs.length; i++) {
            if (xs[i] == bad) {
                throw new IOException("bad value at " + i);
            }
            out[i] = xs[i] + 1;
        }
        return out;
    }

    static int[] mandelbrot(int width, int height, int maxIterations) {
        int[] escape = new int[width * height];
        for (@ParallelFor int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double cr = -2 + 3.0 * x / width;
                double ci = -1.5 + 3.0 * y / height;
                double zr = 0;
                double zi = 0;
                int k = 0;
                while (k < maxIterations && zr * zr + zi * zi < 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    k++;
                }
                escape[y * width + x] = k;
            }
        }
        return escape;
    }

    /** A nested class: its companion is LoopShapes_GridParallel, and the outer class's members are qualified. */
    static final class Grid {
        private Grid() {}

        static long[] offsets(int n) {
            long[] out = new long[n];
            for (@ParallelFor int i = 0; i < n; i++) {
                out[i] = i + CHUNK + Cell.of(i).value();
            }
            return out;
        }
    }

    record Cell(long value) {
        static Cell of(int i) {
            return new Cell(i * 2L);
        }
    }

    /** Jumps that stay inside an iteration: a labelled continue of the parallel loop, inner breaks, a switch. */
    static int[] firstNegatives(int[][] rows) {
        int[] found = new int[rows.length];
        scan:
        for (@ParallelFor int r = 0; r < rows.length; r++) {
            found[r] = -1;
            switch (rows[r].length) {
                case 0:
                    continue;
                case 1:
                    found[r] = rows[r][0] < 0 ? 0 : -1;
                    break;
                default:
                    for (int c = 0; c < rows[r].length; c++) {
                        if (rows[r][c] < 0) {
                            found[r] = c;
                            continue scan;
                        }
                        if (rows[r][c] > 990) {
                            break;
                        }
                    }
            }
        }
        return found;
    }

    /** An array reduction that a lambda and a local class in the body accumulate into. */
    static int[] histogramThroughALambdaAndALocalClass(int[] xs, int buckets) {
        int[] hist = new int[buckets];
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            int v = Math.floorMod(xs[i], buckets);
            Runnable count = () -> hist[v]++;
            count.run();
            class Tally {
                void add(int k) {
                    hist[k] += 2;
                }
            }
            new Tally().add(buckets - 1 - v);
        }
        return hist;
    }

    /** Reductions into boxed variables, whose partials start from literals of their own type. */
    static String boxedSums(int[] xs) {
        Long total = 0L;
        Integer count = 0;
        Double product = 1.0;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            total += xs[i];
            count++;
            product *= xs[i] % 2 == 0 ? 1.0 : -1.0;
        }
        return total + " " + count + " " + product;
    }

    /** A long loop whose step only a long literal holds. */
    static long countHugeSteps(long n) {
        long count = 0;
        for (@ParallelFor long i = 0; i < n; i += 1_000_000_000_000_000L) {
            count += i / 1_000_000_000_000_000L;
        }
        return count;
    }

    /**
     * Objects of the iteration's own written through body locals, a lambda's parameter, a local
     * class's parameter and a switch expression: all of them the iteration's own.
     */
    static int[] ownObjectsThroughAliases(int[] xs) {
        int[] out = new int[xs.length];
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            Consumer<int[]> bump = q -> q[0]++;
            int[] mine = {xs[i]};
            bump.accept(mine);
            int[] pick = switch (xs[i] & 1) {
                case 0 -> new int[] {xs[i], 0};
                default -> mine;
            };
            pick[0] *= 3;
            class Doubler {
                void twice(int[] cell) {
                    cell[0] *= 2;
                }
            }
            new Doubler().twice(mine);
            int[] r = new int[2];
            if (xs[i] > 0) {
                r = new int[3];
            }
            r[0] = pick[0] + mine[0];
            out[i] = r[0] + r.length;
        }
        return out;
    }

    /** A list set and read at the loop's own index. */
    static List<Integer> doubledInPlace(List<Integer> xs) {
        for (@ParallelFor int i = 0; i < xs.size(); i++) {
            xs.set(i, xs.get(i) * 2 + xs.size());
        }
        return xs;
    }

    /**
     * Rows {@code i * width + x} whose product wraps around: with a width of 2³⁰ and a step of 4,
     * every iteration's row starts at 0, so every iteration adds into the same two elements. The
     * twin must see that the rows are not apart and run the loop as written.
     */
    static int[] wrappedRows(int n, int width) {
        int[] cells = new int[2];
        for (@ParallelFor int i = 0; i < n; i += 4) {
            for (int x = 0; x < width; x++) {
                if (x == cells.length) {
                    break;
                }
                cells[i * width + x] += i;
            }
        }
        return cells;
    }

    /** A counter each iteration owns, moved by a method of its own. */
    static final class Tally {
        long total;

        void add(long amount) {
            total += amount;
        }
    }

    static long collatzSteps(long start) {
        return start <= 1 ? 0 : 1 + collatzSteps(start % 2 == 0 ? start / 2 : 3 * start + 1);
    }

    static int[] digits(int value) {
        int[] out = new int[10];
        for (int v = Math.abs(value); v > 0; v /= 10) {
            out[v % 10]++;
        }
        return out;
    }

    /**
     * Calls the analysis follows and accepts: a recursive pure helper, a helper that returns a
     * new array the iteration then changes, and an update method of the iteration's own element.
     */
    static long[] throughHelpers(int[] values) {
        Tally[] tallies = new Tally[values.length];
        for (int k = 0; k < tallies.length; k++) {
            tallies[k] = new Tally();
        }
        long[] out = new long[values.length];
        for (@ParallelFor int i = 0; i < values.length; i++) {
            int[] counted = digits(values[i]);
            counted[0] += 1;
            Tally mine = tallies[i];
            mine.add(collatzSteps(1 + Math.abs(values[i] % 1000)));
            tallies[i].add(counted[0] + Math.max(counted[1], counted[9]));
            out[i] = mine.total;
        }
        return out;
    }

    static void store(long[] out, int index, long value) {
        out[index] = value;
    }

    /** Each element of the row {@code y}, {@code width} wide, set from the element of {@code values} it lies over. */
    static void fillRow(long[] cells, int y, int width, int[] values) {
        for (int x = 0; x < width; x++) {
            cells[y * width + x] = (long) values[(y * width + x) % values.length] * (x + 1);
        }
    }

    /**
     * Helpers that write only the element or the row their index and width parameters name, called
     * with the loop's own index: the elements written are the iteration's, as if the body wrote them.
     */
    static long[] throughElementHelpers(int[] values, int width) {
        long[] out = new long[values.length];
        long[] cells = new long[values.length * width];
        for (@ParallelFor int i = 0; i < values.length; i++) {
            store(out, i, collatzSteps(1 + Math.abs(values[i] % 1000)) + values[i]);
            fillRow(cells, i, width, values);
        }
        long[] both = Arrays.copyOf(out, out.length + cells.length);
        System.arraycopy(cells, 0, both, out.length, cells.length);
        return both;
    }

    /**
     * Calls of the JDK that change nothing: Math, String, the boxed types, BigInteger, Optional,
     * streams and the reading methods of a list the loop does not change.
     */
    static String[] throughTheJdk(int[] values, List<String> names) {
        String[] out = new String[values.length];
        for (@ParallelFor int i = 0; i < values.length; i++) {
            String name = names.get(Math.floorMod(values[i], names.size())).strip().toUpperCase();
            java.math.BigInteger cube = java.math.BigInteger.valueOf(values[i]).pow(3).mod(java.math.BigInteger.TEN);
            int shortest = Math.abs(values[i] % 5);
            long longNames = names.stream().filter(each -> each.length() > shortest).count();
            out[i] = java.util.Optional.ofNullable(name).orElse("?") + Integer.toBinaryString(values[i] & 0xff)
                    + cube + longNames + String.valueOf(Math.sqrt(Math.abs((double) values[i]))).length()
                    + Character.toLowerCase(name.charAt(0)) + Objects.hash(values[i], name);
        }
        return out;
    }
}
