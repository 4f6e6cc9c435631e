package dev.weft.internal;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A loop's chunks dealt out to its workers: each worker gets a contiguous block of them up front
 * and takes its own from the front; one whose block is done takes the others' from the back.
 *
 * <p>A loop run many times in a row (the rows below each pivot of an elimination) then gives each
 * worker the same iterations from one run to the next, whose data stays in that core's cache,
 * where handing chunks out one at a time would move them from core to core; and an irregular loop
 * stays balanced, as workers that finish early still help those behind. Which chunk runs where
 * never changes what the loop computes: chunk boundaries, and so reduction partials, are fixed
 * before the deal.
 */
final class ChunkDeal {
    /**
     * Per worker {@code w}: at {@code w}, the next chunk of its block in the high half and the end
     * of the block in the low half; at {@code workers + w}, 1 once a worker has joined for it. One
     * array, as the helpers read all of it from the caller's cache when they start.
     */
    private final AtomicLongArray blocks;
    private final int workers;

    /** Deals chunks {@code from} to {@code to} (exclusive) out to {@code workers}. */
    ChunkDeal(int from, int to, int workers) {
        this.workers = workers;
        blocks = new AtomicLongArray(2 * workers);
        for (int w = 0; w < workers; w++) {
            blocks.set(w, block(blockStart(from, to, workers, w), blockStart(from, to, workers, w + 1)));
        }
    }

    private static int blockStart(int from, int to, int workers, int w) {
        return from + (int) ((long) (to - from) * w / workers);
    }

    private static long block(int next, int end) {
        return (long) next << 32 | end & 0xFFFF_FFFFL;
    }

    /**
     * A block for a worker that starts taking chunks: block {@code preferred} (modulo the blocks)
     * if no other worker has it, else the next one free. A thread that joins with the same number
     * on every run of a loop (the caller 0, each helper its own) gets the same block every time,
     * whichever thread starts first; a worker that finds every block taken shares its own.
     */
    int join(int preferred) {
        int first = Math.floorMod(preferred, workers);
        for (int i = 0; i < workers; i++) {
            int w = (first + i) % workers;
            if (blocks.get(workers + w) == 0 && blocks.compareAndSet(workers + w, 0, 1)) {
                return w;
            }
        }
        return first;
    }

    /** The next chunk for {@code worker}, from its own block or else from another's; -1 when none is left. */
    int next(int worker) {
        int own = take(worker, true);
        if (own >= 0) {
            return own;
        }
        for (int i = 1; i < workers; i++) {
            int stolen = take((worker + i) % workers, false);
            if (stolen >= 0) {
                return stolen;
            }
        }
        return -1;
    }

    /** Takes the first chunk left in block {@code w}, or the last; -1 when it is done. */
    private int take(int w, boolean first) {
        while (true) {
            long block = blocks.get(w);
            int next = (int) (block >>> 32);
            int end = (int) block;
            if (next >= end) {
                return -1;
            }
            if (blocks.compareAndSet(w, block, first ? block(next + 1, end) : block(next, end - 1))) {
                return first ? next : end - 1;
            }
        }
    }
}
