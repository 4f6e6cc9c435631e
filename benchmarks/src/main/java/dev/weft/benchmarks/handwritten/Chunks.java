package dev.weft.benchmarks.handwritten;

/**
 * How the hand-written variants cut {@code [0, n)}: into several chunks per worker, so that a
 * worker that finishes an easy chunk early takes another instead of waiting for a slow one.
 */
final class Chunks {
    static final int WORKERS = Runtime.getRuntime().availableProcessors();
    private static final int PER_WORKER = 8;

    private Chunks() {}

    static int count(int n) {
        return Math.min(n, WORKERS * PER_WORKER);
    }

    /** The first index of chunk {@code chunk} of {@code chunks}; chunk sizes differ by one at most. */
    static int start(int n, int chunks, int chunk) {
        return (int) ((long) n * chunk / chunks);
    }

    /** A sum of partial results in chunk order, so that the total does not depend on timing. */
    static double total(double[] partials) {
        double total = 0;
        for (double partial : partials) {
            total += partial;
        }
        return total;
    }
}
