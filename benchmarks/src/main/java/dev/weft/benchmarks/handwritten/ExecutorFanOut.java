package dev.weft.benchmarks.handwritten;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Parallel code as it is usually written by hand with an {@link ExecutorService}. */
public final class ExecutorFanOut {
    /** The pool's threads: one a core. */
    public static final int WORKERS = Chunks.WORKERS;
    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Chunks.WORKERS, DaemonThreads.named("executor-fan-out-"));

    private ExecutorFanOut() {}

    /** A loop over {@code [0, n)} cut into chunks, one pool task per chunk. */
    public static double sumRange(int n, RangeSum body) {
        int chunks = Chunks.count(n);
        List<Callable<Double>> tasks = new ArrayList<>(chunks);
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = Chunks.start(n, chunks, chunk);
            int to = Chunks.start(n, chunks, chunk + 1);
            tasks.add(() -> body.sum(from, to));
        }
        double[] partials = new double[chunks];
        List<Double> results = invokeAll(POOL, tasks);
        for (int chunk = 0; chunk < chunks; chunk++) {
            partials[chunk] = results.get(chunk);
        }
        return Chunks.total(partials);
    }

    /** One pool task per input, on the shared fixed pool. */
    public static <A, R> List<R> map(List<A> inputs, Task<? super A, ? extends R> task) {
        return map(POOL, inputs, task);
    }

    /** One task per input on {@code executor}, results in input order. */
    public static <A, R> List<R> map(ExecutorService executor, List<A> inputs, Task<? super A, ? extends R> task) {
        List<Callable<R>> tasks = new ArrayList<>(inputs.size());
        for (A input : inputs) {
            tasks.add(() -> task.apply(input));
        }
        return invokeAll(executor, tasks);
    }

    /**
     * Runs {@code part} for each of {@code [0, parts)}: part 0 on the calling thread, the others on
     * the pool, as the best hand-written fan-out does, and waits for them all.
     */
    public static void withCaller(int parts, IntConsumer part) {
        List<Future<?>> others = new ArrayList<>(parts);
        for (int k = 1; k < parts; k++) {
            int index = k;
            others.add(POOL.submit(() -> part.accept(index)));
        }
        part.accept(0);
        try {
            for (Future<?> other : others) {
                other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        }
    }

    private static <R> List<R> invokeAll(ExecutorService executor, List<Callable<R>> tasks) {
        try {
            List<Future<R>> futures = executor.invokeAll(tasks);
            Object[] results = new Object[futures.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = futures.get(i).get();
            }
            @SuppressWarnings("unchecked")
            List<R> list = (List<R>) Arrays.asList(results);
            return list;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        }
    }
}
