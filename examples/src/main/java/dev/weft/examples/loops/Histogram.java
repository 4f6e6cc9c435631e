package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A histogram of byte values: {@code counts[b]++} from every iteration is an array reduction, which
 * Weft infers and runs with one private histogram per chunk, added up at the end.
 */
public final class Histogram {
    private Histogram() {}

    static long[] histogram(byte[] data) {
        long[] counts = new long[256];
        for (@ParallelFor int i = 0; i < data.length; i++) {
            counts[data[i] & 0xff]++;
        }
        return counts;
    }
}
