package dev.weft.benchmarks.handwritten;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/** Parallel code as it is usually written by hand with a {@link ForkJoinPool} and a {@link RecursiveAction}. */
public final class ForkJoinFanOut {
    private static final ForkJoinPool POOL = new ForkJoinPool(Chunks.WORKERS);

    private ForkJoinFanOut() {}

    /** A loop over {@code [0, n)}: chunks split recursively, each chunk's partial sum kept in its slot. */
    public static double sumRange(int n, RangeSum body) {
        int chunks = Chunks.count(n);
        double[] partials = new double[chunks];
        POOL.invoke(new Split(0, chunks, chunk ->
                partials[chunk] = body.sum(Chunks.start(n, chunks, chunk), Chunks.start(n, chunks, chunk + 1))));
        return Chunks.total(partials);
    }

    /** {@code task} applied to each input, results in input order. */
    public static <A, R> List<R> map(List<A> inputs, Task<? super A, ? extends R> task) {
        Object[] results = new Object[inputs.size()];
        sumRange(results.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                results[i] = apply(task, inputs.get(i));
            }
            return 0;
        });
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    private static <A, R> R apply(Task<? super A, ? extends R> task, A input) {
        try {
            return task.apply(input);
        } catch (Exception e) {
            throw new IllegalStateException("a task failed", e);
        }
    }

    /** Halves its range of chunks until one is left, then runs it. */
    private static final class Split extends RecursiveAction {
        private final int from;
        private final int to;
        private final transient IntConsumer chunk;

        Split(int from, int to, IntConsumer chunk) {
            this.from = from;
            this.to = to;
            this.chunk = chunk;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                chunk.accept(from);
            } else if (to - from > 1) {
                int middle = (from + to) >>> 1;
                invokeAll(new Split(from, middle, chunk), new Split(middle, to, chunk));
            }
        }
    }
}
