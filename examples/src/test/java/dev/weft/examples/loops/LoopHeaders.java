package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * Loop headers as real code writes them: offsets in the condition, updates spelt out, steps known
 * only at run time. Their twins are compared with them in {@link LoopHeaderEquivalenceTest}. Chunks
 * of 64 iterations are {@link LoopShapes#CHUNK}, which {@code @ParallelFor} takes only as a literal.
 */
class LoopHeaders {
    private LoopHeaders() {}

    /** Blocks of four, the last one whole: {@code i + 3 < n}. */
    static int[] blocks(int[] in) {
        int[] out = new int[in.length];
        for (@ParallelFor(chunk = 64) int i = 0; i + 3 < in.length; i += 4) {
            out[i] = in[i] + in[i + 1] + in[i + 2] + in[i + 3];
        }
        return out;
    }

    /** C-style array declarators and an update written out in full. */
    static double[] evens(double x[]) {
        double y[] = new double[x.length];
        evens(y, x, x.length);
        return y;
    }

    static void evens(double y[], double x[], int n) {
        for (@ParallelFor int i = 0; i < n; i = i + 2) {
            y[i] = x[i] * 2;
        }
    }

    /** The step before the variable, and a bound less a constant: {@code i < n - 1}. */
    static long[] odds(int n) {
        long[] out = new long[n];
        for (@ParallelFor(chunk = 64) int i = 1; i < n - 1; i = 2 + i) {
            out[i] = (long) i * i;
        }
        return out;
    }

    /** An inclusive bound with an offset: {@code i + 1 <= n}. */
    static int[] pairs(int[] in) {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i + 1 <= in.length - 1; i++) {
            out[i] = in[i] * in[i + 1];
        }
        return out;
    }

    /** A loop-invariant step, {@code 2 * stride}, with a reduction. */
    static long strided(int[] in, int stride) {
        long sum = 0;
        for (@ParallelFor(chunk = 64) int i = 0; i < in.length; i += 2 * stride) {
            sum += in[i];
        }
        return sum;
    }

    /** Counting down by a step known at run time, to a bound with an offset: {@code i - step >= 0}. */
    static int[] down(int[] in, int step) {
        int[] out = new int[in.length];
        for (@ParallelFor(chunk = 64) int i = in.length - 1; i - step >= 0; i = i - step) {
            out[i] = -in[i];
        }
        return out;
    }

    /** A long variable whose step is a long parameter, and an offset taken from the variable: {@code i - 1 < n}. */
    static long longSteps(long n, long step) {
        long sum = 0;
        for (@ParallelFor(chunk = 64) long i = 0; i - 1 < n; i += step) {
            sum += i * 3 + 1;
        }
        return sum;
    }

    /** A step assigned before the loop and after it, but not while it runs. */
    static int[] assignedAround(int[] in, boolean wide) {
        int[] out = new int[in.length];
        int step = 1;
        if (wide) {
            step = 3;
        }
        for (@ParallelFor(chunk = 64) int i = 0; i < in.length; i += step) {
            out[i] = in[i] + 1;
        }
        step = 0;
        return out;
    }
}
