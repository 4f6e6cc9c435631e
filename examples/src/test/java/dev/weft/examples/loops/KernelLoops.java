package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.List;

/** Numerical kernels in the shapes real code has: adding into a large array, and a parallel loop run once a pivot. */
final class KernelLoops {
    private KernelLoops() {}

    /**
     * {@code out += M·in} for a sparse {@code M} given as triples, {@code weight[e]} at
     * {@code (target[e], source[e])}; returns the sum of the products too.
     */
    static double scatterProducts(int[] target, int[] source, double[] weight, double[] in, double[] out) {
        double total = 0;
        for (@ParallelFor int e = 0; e < weight.length; e++) {
            double product = weight[e] * in[source[e]];
            out[target[e]] += product;
            total += product;
        }
        return total;
    }

    /** Each element but the last set from the next one of {@code from}: a shift when both are one array. */
    static void shiftInto(int[] from, int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = from[i + 1] * 2;
        }
    }

    /** A vector as numeric libraries hold one: its elements in an array field. */
    static final class Vector {
        int[] data;

        Vector(int[] data) {
            this.data = data;
        }

        int at(int k) {
            return data[k];
        }
    }

    /** Arrays every loop of the class may read, one of them private to the table. */
    static final class Table {
        static int[] values = new int[0];
        private static int[] hidden = new int[0];

        static int at(int k) {
            return values[k];
        }

        static int hiddenAt(int k) {
            return hidden[k];
        }

        static void hide(int[] values) {
            hidden = values;
        }
    }

    /** {@link #shiftInto} from the array a vector holds: a shift when {@code into} is that array. */
    static void shiftHeldInto(Vector from, int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = from.data[i + 1] * 2;
        }
    }

    /** {@link #shiftHeldInto}, read through a method of the vector. */
    static void shiftCalledInto(Vector from, int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = from.at(i + 1) * 2;
        }
    }

    /** {@link #shiftInto} from the first row of {@code grid}: a shift when {@code into} is that row. */
    static void shiftRowInto(int[][] grid, int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = grid[0][i + 1] * 2;
        }
    }

    /** {@link #shiftInto} from a static array named through its class. */
    static void shiftTableInto(int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = Table.values[i + 1] * 2;
        }
    }

    /** {@link #shiftTableInto}, read through a method of the table. */
    static void shiftTableCalledInto(int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = Table.at(i + 1) * 2;
        }
    }

    /** {@link #shiftInto} from a private static array a method of the table reads: the twin reads it through a handle. */
    static void shiftHiddenInto(int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = Table.hiddenAt(i + 1) * 2;
        }
    }

    /** {@link #shiftInto} over lists: a shift when both are one list, or one views the other's elements. */
    static void shiftListInto(List<Integer> from, List<Integer> into) {
        for (@ParallelFor int i = 0; i < into.size() - 1; i++) {
            into.set(i, from.get(i + 1) * 2);
        }
    }

    /** How many times each bucket is hit, counted into the array given: an exact array reduction. */
    static int[] countHits(int[] bucketOf, int buckets) {
        int[] hits = new int[buckets];
        for (@ParallelFor int e = 0; e < bucketOf.length; e++) {
            hits[bucketOf[e]] += 1;
        }
        return hits;
    }

    /**
     * Gaussian elimination without pivoting, in place: each step scales and subtracts the pivot
     * row from every row below it, fewer and shorter rows at every step.
     */
    static void eliminate(double[][] m) {
        int size = m.length;
        for (int j = 0; j < size; j++) {
            final double[] top = m[j].clone();
            for (@ParallelFor int i = j + 1; i < size; i++) {
                double[] current = m[i];
                double scale = current[j] /= top[j];
                for (int c = j + 1; c < size; c++) {
                    current[c] -= scale * top[c];
                }
            }
        }
    }
}
