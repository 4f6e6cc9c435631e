package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.backend.Region;
import dev.weft.backend.WorkerThreads;
import dev.weft.plan.Decision;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@code @Parallelizable} method over a collection: the entry point of the generated
 * {@code mAll} and {@code mAllAsync} methods.
 *
 * <p>Results come back in input order. Tasks are claimed in batches that grow while tasks are
 * quick, so a million trivial tasks cost about what a plain loop costs, while slow tasks are still
 * handed out one at a time and spread evenly over the workers.
 */
public final class FanOut {
    /** A batch of quick tasks should take about this long before it is worth claiming more at once. */
    private static final long BATCH_TARGET_NANOS = 200_000;

    private FanOut() {}

    /**
     * {@code task} applied to each input, results in input order ({@code null} results included).
     *
     * @throws CancellationException when the calling thread was interrupted; its interrupt status is
     *     set again and the tasks still running were interrupted
     * @throws RuntimeException the exception the first failing task threw, unchanged, even a
     *     checked one: generated methods declare the method's checked exceptions
     */
    public static <A, R> List<R> map(TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        Object[] in = inputs.toArray();
        return map(spec, in, decide(spec, in.length), task);
    }

    /** {@code task} applied to each input, for {@code void} methods; fails as {@link #map} does. */
    public static <A> void forEach(TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        Object[] in = inputs.toArray();
        forEach(spec, in, decide(spec, in.length), task);
    }

    /**
     * {@link #map} on a thread of its own. The inputs are copied and the plan is decided before
     * this returns, so the {@link dev.weft.Weft.Scope} open on the calling thread holds. The future
     * completes with the first task's exception itself; cancelling it interrupts the tasks still
     * running and starts no more.
     */
    public static <A, R> CompletableFuture<List<R>> mapAsync(
            TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        Object[] in = inputs.toArray();
        Decision decision = decide(spec, in.length);
        return async(spec, () -> map(spec, in, decision, task));
    }

    /** {@link #forEach} on a thread of its own, as {@link #mapAsync}. */
    public static <A> CompletableFuture<Void> forEachAsync(
            TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        Object[] in = inputs.toArray();
        Decision decision = decide(spec, in.length);
        return async(spec, () -> {
            forEach(spec, in, decision, task);
            return null;
        });
    }

    private static Decision decide(TaskSpec spec, int count) {
        return Weft.plan().forTasks(spec.workload(), spec.memoryPerTask(), count);
    }

    private static <A, R> List<R> map(TaskSpec spec, Object[] in, Decision decision, Task<? super A, ? extends R> task) {
        Object[] out = new Object[in.length];
        run(spec, in, decision, index -> out[index] = task.apply(cast(in[index])));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return results;
    }

    private static <A> void forEach(TaskSpec spec, Object[] in, Decision decision, VoidTask<? super A> task) {
        run(spec, in, decision, index -> task.accept(cast(in[index])));
    }

    @FunctionalInterface
    private interface Indexed {
        void run(int index) throws Exception;
    }

    private static void run(TaskSpec spec, Object[] inputs, Decision decision, Indexed body) {
        int count = inputs.length;
        if (count == 0) {
            return;
        }
        int width = Math.min(decision.workers(), count);
        AtomicInteger next = new AtomicInteger();
        int maxBatch = Math.max(1, count / (width * 4));
        Region.run(WorkerThreads.forWidth(width), width, region -> {
            int batch = 1;
            while (!region.cancelled()) {
                int start = next.getAndAdd(batch);
                if (start >= count) {
                    return;
                }
                int end = Math.min(count, start + batch);
                long began = System.nanoTime();
                for (int index = start; index < end && !region.cancelled(); index++) {
                    try {
                        body.run(index);
                    } catch (Throwable failure) {
                        failure.addSuppressed(new TaskFailure(spec.method(), index, count, inputs[index]));
                        throw failure;
                    }
                }
                if (System.nanoTime() - began < BATCH_TARGET_NANOS && batch < maxBatch) {
                    batch = Math.min(maxBatch, batch * 2);
                }
            }
        });
    }

    @FunctionalInterface
    private interface Call<T> {
        T get() throws Exception;
    }

    private static <T> CompletableFuture<T> async(TaskSpec spec, Call<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (Region.insideRegion()) {
            // Inside a parallel task the work runs on this thread, as every nested region does.
            completeWith(result, call);
            return result;
        }
        Thread coordinator = new Thread(() -> completeWith(result, call), "weft-fanout-" + spec.method());
        coordinator.setDaemon(true);
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                coordinator.interrupt();
            }
        });
        coordinator.start();
        return result;
    }

    private static <T> void completeWith(CompletableFuture<T> result, Call<T> call) {
        if (result.isDone()) {
            return; // cancelled before it started: no task runs
        }
        try {
            result.complete(call.get());
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <A> A cast(Object value) {
        return (A) value;
    }
}
