package dev.weft.internal;

import java.util.concurrent.atomic.AtomicInteger;
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
    /** Per worker: the next chunk of its block in the high half, the end of the block in the low half. */
    private final AtomicLongArray blocks;
    private final AtomicInteger joined = new AtomicInteger();

    /** Deals chunks {@code from} to {@code to} (exclusive) out to {@code workers}. */
    ChunkDeal(int from, int to, int workers) {
        blocks = new AtomicLongArray(workers);
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

    /** A number for a worker that starts taking chunks: the first to join gets the first block. */
    int join() {
        return joined.getAndIncrement() % blocks.length();
    }

    /** The next chunk for {@code worker}, from its own block or else from another's; -1 when none is left. */
    int next(int worker) {
        int own = take(worker, true);
        if (own >= 0) {
            return own;
        }
        for (int i = 1; i < blocks.length(); i++) {
            int stolen = take((worker + i) % blocks.length(), false);
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
