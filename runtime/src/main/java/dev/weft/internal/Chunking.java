package dev.weft.internal;

import dev.weft.Schedule;
import java.util.Arrays;

/**
 * Where a loop's chunks begin, as iteration numbers from {@code 0} to {@code count}.
 *
 * <p>The boundaries are a pure function of the iteration count, the schedule, the chunk size asked
 * for and the width, never of timing: a floating-point reduction combines one partial per chunk in
 * chunk order, so equal boundaries give bit-identical results.
 */
final class Chunking {
    /** Reduction partials are one array element per chunk: this keeps those arrays small. */
    static final int MAX_CHUNKS = 1 << 20;
    /** AUTO and DYNAMIC deal out this many chunks per worker, so early finishers help the others. */
    private static final int CHUNKS_PER_WORKER = 8;
    private static final long MIN_AUTO_CHUNK = 16;
    /**
     * Up to this many iterations, AUTO and DYNAMIC give each iteration a chunk of its own. A
     * floating-point reduction then folds its partials exactly as the loop as written adds up its
     * values, so a short run may take the loop as written (see {@link LoopSpec#runsInlineExactly})
     * and still give what a parallel run gives; and a run this short only goes parallel when its
     * iterations are long enough (a microsecond or more) for a chunk each.
     */
    static final int SINGLE_ITERATION_CHUNKS_UP_TO = 256;

    private final long count;
    private final long size;
    private final long[] starts;

    private Chunking(long count, long size, long[] starts) {
        this.count = count;
        this.size = size;
        this.starts = starts;
    }

    static Chunking of(long count, Schedule schedule, int chunk, int width) {
        if (count < 0) {
            throw new IllegalArgumentException("negative iteration count: " + count);
        }
        if (schedule == Schedule.GUIDED) {
            return guided(count, Math.max(1, chunk), width);
        }
        long size;
        if (chunk > 0) {
            size = chunk;
        } else if (schedule == Schedule.STATIC) {
            size = ceilDiv(count, width);
        } else if (count <= SINGLE_ITERATION_CHUNKS_UP_TO) {
            size = 1;
        } else {
            // Several chunks per worker balance irregular loops, but each chunk is a call: a short
            // loop gets chunks of MIN_AUTO_CHUNK iterations, as long as every worker still gets one.
            size = Math.max(ceilDiv(count, (long) width * CHUNKS_PER_WORKER),
                    Math.min(MIN_AUTO_CHUNK, ceilDiv(count, width)));
        }
        return new Chunking(count, Math.max(Math.max(1, size), ceilDiv(count, MAX_CHUNKS)), null);
    }

    /** Each chunk half an even share of what is left, never smaller than {@code minimum}. */
    private static Chunking guided(long count, long minimum, int width) {
        long[] starts = new long[16];
        int chunks = 0;
        long start = 0;
        long smallest = Math.max(minimum, ceilDiv(count, MAX_CHUNKS));
        while (start < count) {
            if (chunks == starts.length) {
                starts = Arrays.copyOf(starts, chunks * 2);
            }
            starts[chunks++] = start;
            start += Math.max(smallest, ceilDiv(count - start, 2L * width));
        }
        return new Chunking(count, 0, Arrays.copyOf(starts, chunks));
    }

    /**
     * These chunks grouped into {@code groups} runs of consecutive chunks, as even in their number
     * of chunks as can be: group {@code g} starts at chunk {@code g * chunks / groups}.
     */
    Chunking grouped(int groups) {
        int chunks = chunks();
        long[] grouped = new long[Math.min(groups, chunks)];
        for (int g = 0; g < grouped.length; g++) {
            grouped[g] = start((int) ((long) g * chunks / grouped.length));
        }
        return new Chunking(count, 0, grouped);
    }

    int chunks() {
        return starts != null ? starts.length : (int) ceilDiv(count, size);
    }

    /** The first iteration number of chunk {@code k}; {@code start(chunks())} is the count. */
    long start(int k) {
        if (starts != null) {
            return k < starts.length ? starts[k] : count;
        }
        return Math.min(count, k * size);
    }

    long count() {
        return count;
    }

    static long ceilDiv(long a, long b) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
