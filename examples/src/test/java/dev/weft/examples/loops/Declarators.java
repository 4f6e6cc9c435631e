package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.List;

/**
 * Declarations as real code writes them, each of which reaches the companion in a form javac
 * accepts: C-style array declarators, {@code final}, annotated parameters, variable arity, generic
 * methods. Their twins are compared with them in {@link DeclaratorEquivalenceTest}.
 */
class Declarators {
    private Declarators() {}

    static void evens(double y[], double x[], int n) {
        for (@ParallelFor int i = 0; i < n; i = i + 2) {
            y[i] = x[i] * 2;
        }
    }

    /** C-style locals captured by the body, one of them among several declarators. */
    static int[] locals(int n) {
        int out[] = new int[n];
        int grid[][] = new int[2][n];
        int[] mixed[] = new int[2][n], unused = {};
        final int scale = 3 + unused.length;
        for (int i = 0; i < n; i++) {
            grid[0][i] = i;
            mixed[1][i] = 2 * i;
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = grid[0][i] + mixed[1][i] + scale;
        }
        return out;
    }

    /** An enhanced {@code for} whose variable is declared C-style. */
    static long cells(int grid[][]) {
        long total = 0;
        for (@ParallelFor final int row[] : grid) {
            total += row.length + (row.length > 0 ? row[0] : 0);
        }
        return total;
    }

    /** A final, annotated parameter of variable arity. */
    @SafeVarargs
    static <T extends Number> double sum(final @SuppressWarnings("unused") T... xs) {
        double s = 0;
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            s += xs[i].intValue();
        }
        return s;
    }

    /** A generic method with a C-style local of its type variable. */
    @SuppressWarnings("weft:unseen-call") // compareTo of a T: Comparable's, which changes nothing here
    static <T extends Comparable<T>> int[] compared(T[] a, T pivot) {
        int[] out = new int[a.length];
        T local[] = a;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out[i] = Integer.signum(local[i].compareTo(pivot));
        }
        return out;
    }

    /** C-style arrays declared and initialised inside the body, and a list parameter marked final. */
    static String[] joined(final List<String> names) {
        String out[] = new String[names.size()];
        String prefixes[] = {"a", "b"};
        for (@ParallelFor int i = 0; i < names.size(); i++) {
            String parts[] = {prefixes[i % 2], names.get(i)};
            out[i] = parts[0] + parts[1];
        }
        return out;
    }
}
