package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.backend.Region;
import dev.weft.backend.WorkerThreads;
import dev.weft.Backend;
import dev.weft.Decision;
import dev.weft.Plan;
import dev.weft.Settings;
import dev.weft.progress.ProgressTracker;

/**
 * The iterations of one run of a {@code @ParallelFor} loop, cut into chunks before anything runs,
 * so that generated code can size its reduction partials ({@link #chunks()}) and then
 * {@link #run} the chunks.
 */
public final class LoopRange {
    /**
     * A timing covers at least this many iterations where the chunks allow: one iteration timed
     * alone says little, and a timing shorter than a microsecond counts as one.
     */
    private static final long TIMED_ITERATIONS = 16;
    /**
     * An array reduction's partials are added up on helpers too where there are at least this many
     * elements of them to add: several microseconds of work, against the one or two that handing a
     * slice to a helper costs right after the run, while the helpers that ran it still spin.
     */
    private static final long SPLIT_FOLD_ELEMENTS = 1 << 14;
    /** Slices of a split fold per worker: a helper that starts late takes a share of them. */
    private static final int FOLD_SLICES_PER_WORKER = 8;
    private final LoopSpec spec;
    private final long first;
    private final long step;
    private final Chunking chunking;
    private final Settings settings;
    private final int width;
    /** Whether the body's partials are per stretch of pieces rather than per chunk (see {@link #stretches}). */
    private final boolean stretched;
    /** The workers that shared the run, as far as the caller knows: 1 until it runs in parallel. */
    private int splitWidth = 1;
    /** The partials a run that split made, the first array's own included. */
    private int partialsMade;

    /** Chunks timed on the calling thread: the time per iteration they took, and the first chunk after them. */
    private record Timing(double perIteration, int next) {}

    LoopRange(LoopSpec spec, long first, long step, long count) {
        this.spec = spec;
        this.first = first;
        this.step = step;
        Plan plan = Weft.plan();
        this.settings = plan.settings();
        // Plan.forLoops() explains this number for people; its workers are always the parallelism,
        // which a loop run reads without building that explanation every time.
        int planned = plan.parallelism();
        // The annotation's parallelism is a ceiling: a sequential plan still runs the loop on one thread.
        this.width = spec.parallelism() > 0 ? Math.min(spec.parallelism(), planned) : planned;
        this.chunking = Chunking.of(count, spec.schedule(), spec.chunk(), width);
        this.stretched = false;
    }

    private LoopRange(LoopRange range, Chunking chunking, boolean stretched) {
        this.spec = range.spec;
        this.first = range.first;
        this.step = range.step;
        this.settings = range.settings;
        this.width = range.width;
        this.chunking = chunking;
        this.stretched = stretched;
    }

    /**
     * This run with its chunks grouped into as many contiguous spans as it has workers at most,
     * each span one chunk: for a loop whose partials are whole arrays, which then number the
     * workers, not the chunks. Spans depend on the chunks and the width alone, so a floating-point
     * reduction still folds the same partials on every run.
     */
    public LoopRange spans() {
        return chunking.chunks() <= width ? this : new LoopRange(this, chunking.grouped(width), false);
    }

    /**
     * This run for a loop whose partials are costly to fold, as {@link #spans} are for, but whose
     * reductions fold exactly however its iterations are grouped: in parallel, the workers take
     * the iterations in pieces, as a loop without reductions does, and so still balance when one
     * of them falls behind, yet make few partials, as a piece that follows the last one its worker
     * ran adds to that piece's partial. {@link #run} calls the body with the number of the first
     * piece of such a stretch of pieces as the chunk: partials in the order of their numbers are in
     * the loop's order, the first one's number is 0, and a run on one thread is one call, for
     * chunk 0. Numbers not used leave their partials unset.
     */
    public LoopRange stretches() {
        return new LoopRange(this, chunking.chunks() <= width ? chunking : chunking.grouped(width), true);
    }

    /** How many chunks {@link #run} calls the body for; chunk numbers run from 0 to this, exclusive. */
    public int chunks() {
        return chunking.chunks();
    }

    /** How many partials a loop with reductions makes room for: one per chunk, or per stretch number. */
    public int partials() {
        return stretched ? width * Shrinking.PER_BLOCK : chunks();
    }

    /**
     * How many iterations come before the one at {@code index}: a variable the loop advances by
     * the same amount in every iteration has been advanced that many times there.
     */
    public long position(long index) {
        return (index - first) / step;
    }

    /** How many iterations the loop has. */
    public long count() {
        return chunking.count();
    }

    /**
     * Calls {@code body} once for every chunk, on the calling thread and on worker threads, and
     * returns when all chunks have run. The first exception an iteration throws is rethrown
     * unchanged (checked ones too) and the chunks not yet started are cancelled. For a loop with
     * reductions, whose partials are one per chunk, or per stretch (see {@link #stretches}).
     */
    public void run(ChunkBody body) {
        run(body, stretched);
    }

    /**
     * As {@link #run}, for a loop without reductions: nothing in it depends on how its iterations
     * are grouped, so when it runs on the calling thread alone, its iterations run in one call
     * instead of one call per chunk, and in parallel in pieces of the runtime's choosing, whose
     * numbers the body is called with.
     */
    public void runIterations(ChunkBody body) {
        run(body, true);
    }

    /**
     * Calls {@code slice} over the indices {@code 0} to {@code length} of an array reduction, once
     * {@link #run} has returned, to add the array's partials into it: with the slice's number and
     * its first and one past its last index. After a run that split, where there are many elements
     * to add, on the calling thread and on helpers, in slices; otherwise in one call. The slices
     * never share an index and each adds a given element's partials in chunk order, so the array
     * holds the same values however many slices there are.
     */
    public void fold(long length, ChunkBody slice) {
        try {
            if (splitWidth <= 1 || (partialsMade - 1L) * length < SPLIT_FOLD_ELEMENTS) {
                slice.run(0, 0, length);
                return;
            }
            runDealt(slice, new Slices(length, splitWidth * FOLD_SLICES_PER_WORKER), splitWidth, ProgressTracker.OFF);
        } catch (Exception e) {
            throw Exceptions.rethrow(e);
        }
    }

    private void run(ChunkBody body, boolean anyGrouping) {
        int chunks = chunks();
        int workers = Math.min(width, chunks);
        try {
            if (Region.insideRegion()) {
                // Part of a parallel task: its progress is the task's.
                runOnCaller(body, ProgressTracker.OFF, anyGrouping);
                return;
            }
            if (workers <= 1 || count() < spec.minIterations()) {
                ProgressTracker progress = track(new Decision(Backend.SEQUENTIAL, 1, "one worker"));
                try {
                    runOnCaller(body, progress, anyGrouping);
                } finally {
                    progress.finish();
                }
                return;
            }
            int started = 0;
            if (spec.minIterations() == 0) {
                double known = spec.knownNanosPerIteration(count());
                // Splitting pays for a shorter run where a helper is awake than where one must be woken.
                boolean awake = WorkerThreads.awake();
                if (spec.runsShort(known, count(), awake)) {
                    if (!awake && !spec.runsShort(known, count(), true)) {
                        // Too short to wait for a helper to wake, long enough to split with one
                        // awake: the runs after this one, as a loop inside a sequential loop has, find one.
                        WorkerThreads.wake();
                    }
                    // Timed, as runs this long reach the runtime only while their length is near
                    // where splitting starts to pay (see LoopSpec#learn): what the next run decides
                    // on is then what a run just like it cost.
                    spec.ranSplit(false);
                    runTimed(body, ProgressTracker.OFF, anyGrouping);
                    return;
                }
                if (Double.isNaN(known) && spec.wasShort(count())) {
                    // Due to be timed again, and short when last timed: the run on this thread
                    // times itself, which costs two readings of the clock.
                    runTimed(body, ProgressTracker.OFF, anyGrouping);
                    return;
                }
                if (Double.isNaN(known) && chunks > width) {
                    // A single timing can be inflated by a pause that has nothing to do with the
                    // loop (a collection, a safepoint): a loop that looks long is timed on the
                    // next chunks, and the faster of the two timings decides.
                    Timing timing = timeChunks(body, 0);
                    double perIteration = timing.perIteration();
                    started = timing.next();
                    if (!LoopSpec.isShort(perIteration, count(), awake) && chunks - started > width) {
                        timing = timeChunks(body, started);
                        perIteration = Math.min(perIteration, timing.perIteration());
                        started = timing.next();
                    }
                    spec.learn(perIteration, count());
                    if (LoopSpec.isShort(perIteration, count(), awake)) {
                        runInline(body, started, ProgressTracker.OFF, anyGrouping);
                        return;
                    }
                }
            }
            spec.ranSplit(true);
            double callersPerIteration = runParallel(body, started, workers, anyGrouping);
            if (spec.minIterations() == 0) {
                // What the caller's own chunks took is what the next run, as long, would cost an
                // iteration on one thread: a loop whose runs shrink, or whose first timing was
                // inflated by a pause or by code not compiled yet, stops splitting once splitting
                // no longer pays, instead of at the clock's next tick.
                spec.learn(callersPerIteration, count());
            }
        } catch (Exception e) {
            throw Exceptions.rethrow(e);
        }
    }

    /**
     * Runs chunks from {@code k} on the calling thread, as many as make {@link #TIMED_ITERATIONS}
     * iterations while leaving one for each worker, and times them.
     */
    private Timing timeChunks(ChunkBody body, int k) throws Exception {
        int last = Math.max(k + 1, chunks() - width);
        int end = k;
        long began = System.nanoTime();
        do {
            runChunk(body, end++, ProgressTracker.OFF);
        } while (end < last && chunking.start(end) - chunking.start(k) < TIMED_ITERATIONS);
        long iterations = chunking.start(end) - chunking.start(k);
        return new Timing(LoopSpec.perIteration(System.nanoTime() - began, iterations), end);
    }

    /**
     * Runs the loop on the calling thread, where it runs whatever its length (nested in a parallel
     * task, or with one worker); times it when it is due, so that its twin learns to skip the
     * runtime on short runs there too.
     */
    private void runOnCaller(ChunkBody body, ProgressTracker progress, boolean anyGrouping) throws Exception {
        if (spec.minIterations() == 0 && Double.isNaN(spec.knownNanosPerIteration(count()))) {
            runTimed(body, progress, anyGrouping);
        } else {
            runInline(body, 0, progress, anyGrouping);
        }
    }

    private void runTimed(ChunkBody body, ProgressTracker progress, boolean anyGrouping) throws Exception {
        long began = System.nanoTime();
        runInline(body, 0, progress, anyGrouping);
        spec.relearn(System.nanoTime() - began, count());
    }

    private ProgressTracker track(Decision decision) {
        return ProgressChoice.start(settings, spec.loop(), count(), decision);
    }

    private void runInline(ChunkBody body, int fromChunk, ProgressTracker progress, boolean anyGrouping)
            throws Exception {
        if (anyGrouping && fromChunk < chunks()) {
            runSpan(body, fromChunk, chunks(), progress);
            return;
        }
        for (int k = fromChunk; k < chunks(); k++) {
            runChunk(body, k, progress);
        }
    }

    /**
     * Runs chunks from {@code fromChunk} on the calling thread and on helpers, and returns the
     * nanoseconds an iteration took on the calling thread (NaN where it ran none).
     */
    private double runParallel(ChunkBody body, int fromChunk, int workers, boolean anyGrouping) {
        int width = Math.min(workers, chunks() - fromChunk);
        Pieces pieces = anyGrouping ? new Shrinking(chunking.start(fromChunk), count(), width) : new Chunks(fromChunk);
        Stretches stretches = stretched ? new Stretches(pieces) : null;
        ProgressTracker progress = track(new Decision(Backend.THREADS, width, "chunks of the loop"));
        progress.advance(chunking.start(fromChunk));
        try {
            return runDealt(body, stretches != null ? stretches : pieces, width, progress);
        } finally {
            progress.finish();
            splitWidth = width;
            partialsMade = stretches != null ? stretches.started() : chunks();
        }
    }

    /**
     * Runs {@code pieces}, dealt out, on the calling thread and on up to {@code width - 1} helpers,
     * and returns the nanoseconds an iteration took on the calling thread (NaN where it ran none).
     */
    private static double runDealt(ChunkBody body, Pieces pieces, int width, ProgressTracker progress) {
        ChunkDeal deal = new ChunkDeal(0, pieces.count(), width);
        Thread caller = Thread.currentThread();
        // Written by the caller alone: its nanoseconds, then its iterations.
        long[] callers = new long[2];
        Region.run(WorkerThreads.forWidth(width), width, region -> {
            long began = System.nanoTime();
            long iterations = 0;
            int worker = deal.join(WorkerThreads.currentNumber());
            for (int k; !region.cancelled() && (k = deal.next(worker)) >= 0; ) {
                iterations += pieces.run(body, k, progress);
            }
            if (Thread.currentThread() == caller) {
                callers[0] = System.nanoTime() - began;
                callers[1] = iterations;
            }
        });
        return LoopSpec.perIteration(callers[0], callers[1]);
    }

    /** What the workers of a parallel run take from its {@link ChunkDeal}, one call of the body each. */
    private interface Pieces {
        int count();

        /** Runs piece {@code k}; returns its iterations. */
        long run(ChunkBody body, int k, ProgressTracker progress) throws Exception;
    }

    /**
     * Pieces numbered by stretch: a piece that follows one its thread ran continues that piece's
     * stretch, any other starts a stretch numbered as itself. Only the piece after a stretch's last
     * can continue it, so a stretch is a run of consecutive pieces, and the numbers of the
     * stretches follow the loop's order, as the numbers of the pieces do.
     */
    private static final class Stretches implements Pieces {
        private final Pieces pieces;
        /**
         * Per piece, the thread that ran it and the number of its stretch, written once. A thread
         * reads another's entry only to find that it does not name itself, whether it sees the
         * write or not; the caller reads them all once the run has ended.
         */
        private final Thread[] runners;
        private final int[] stretch;

        Stretches(Pieces pieces) {
            this.pieces = pieces;
            this.runners = new Thread[pieces.count()];
            this.stretch = new int[pieces.count()];
        }

        @Override
        public int count() {
            return pieces.count();
        }

        /** How many stretches the run began: to be asked once it has ended. */
        int started() {
            int started = 0;
            for (int k = 0; k < runners.length; k++) {
                started += runners[k] != null && stretch[k] == k ? 1 : 0;
            }
            return started;
        }

        @Override
        public long run(ChunkBody body, int k, ProgressTracker progress) throws Exception {
            Thread self = Thread.currentThread();
            int number = k > 0 && runners[k - 1] == self ? stretch[k - 1] : k;
            runners[k] = self;
            stretch[k] = number;
            return pieces.run((chunk, from, to) -> body.run(number, from, to), k, progress);
        }
    }

    /** The indices of an array in even slices, each a piece: for the fold of an array reduction's partials. */
    private record Slices(long length, int count) implements Pieces {
        @Override
        public long run(ChunkBody body, int k, ProgressTracker progress) throws Exception {
            long from = length * k / count;
            long to = length * (k + 1) / count;
            body.run(k, from, to);
            return to - from;
        }
    }

    /** The chunks from the first not run yet, each a piece: for a loop with reductions, whose partials are per chunk. */
    private final class Chunks implements Pieces {
        private final int fromChunk;

        Chunks(int fromChunk) {
            this.fromChunk = fromChunk;
        }

        @Override
        public int count() {
            return chunks() - fromChunk;
        }

        @Override
        public long run(ChunkBody body, int k, ProgressTracker progress) throws Exception {
            int chunk = fromChunk + k;
            runChunk(body, chunk, progress);
            return chunking.start(chunk + 1) - chunking.start(chunk);
        }
    }

    /**
     * For a loop without reductions, whose iterations may be grouped any way: an even block of
     * the iterations per worker, each block in pieces of an eighth of it, but the last eighth in
     * pieces that halve, down to a thirty-second. A worker takes its own block from the front and
     * the others' from the back: an irregular loop still balances in eighths, and at the end a
     * worker steals no more than a thirty-second, so the workers finish close together and little
     * of one core's data moves to another. (A run of up to 256 iterations has a chunk per
     * iteration, which would otherwise also cost a call and a take from the deal per iteration.)
     */
    private final class Shrinking implements Pieces {
        /** Where the pieces of a block start, in thirty-seconds of it; the last entry is its end. */
        private static final long[] STARTS = {0, 4, 8, 12, 16, 20, 24, 28, 30, 31, 32};
        private static final int PER_BLOCK = STARTS.length - 1;
        private final long start;
        private final long end;
        private final int width;

        Shrinking(long start, long end, int width) {
            this.start = start;
            this.end = end;
            this.width = width;
        }

        @Override
        public int count() {
            return width * PER_BLOCK;
        }

        @Override
        public long run(ChunkBody body, int k, ProgressTracker progress) throws Exception {
            int block = k / PER_BLOCK;
            int piece = k % PER_BLOCK;
            long blockStart = start + (end - start) * block / width;
            long size = start + (end - start) * (block + 1) / width - blockStart;
            long from = blockStart + size * STARTS[piece] / 32;
            long to = blockStart + size * STARTS[piece + 1] / 32;
            if (from < to) {
                runPositions(body, k, from, to, progress);
            }
            return to - from;
        }
    }

    private void runChunk(ChunkBody body, int k, ProgressTracker progress) throws Exception {
        runSpan(body, k, k + 1, progress);
    }

    /** Chunks {@code from} to {@code to} (exclusive) as one call, numbered as the first of them. */
    private void runSpan(ChunkBody body, int fromChunk, int toChunk, ProgressTracker progress) throws Exception {
        runPositions(body, fromChunk, chunking.start(fromChunk), chunking.start(toChunk), progress);
    }

    /** Iterations {@code fromPosition} to {@code toPosition} (exclusive, counted from 0) as one call numbered {@code chunk}. */
    private void runPositions(ChunkBody body, int chunk, long fromPosition, long toPosition, ProgressTracker progress)
            throws Exception {
        long from = first + fromPosition * step;
        long to = first + (toPosition - 1) * step + Long.signum(step);
        try {
            body.run(chunk, from, to);
            progress.advance(toPosition - fromPosition);
        } catch (Exception | Error failure) {
            failure.addSuppressed(new LoopFailure(spec.loop(), from, to));
            throw failure;
        }
    }
}
