package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.backend.Region;
import dev.weft.backend.WorkerThreads;
import dev.weft.plan.Decision;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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

    /** {@code task} applied to each input, results in input order. */
    public static <A, R> List<R> map(TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        return map(spec, inputs.toArray(), task);
    }

    /** {@code task} applied to each input, for {@code void} methods. */
    public static <A> void forEach(TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        forEach(spec, inputs.toArray(), task);
    }

    /**
     * {@link #map} on a thread of its own. The inputs are copied before this returns. Cancelling
     * the future interrupts that thread, which cancels the tasks still running.
     */
    public static <A, R> CompletableFuture<List<R>> mapAsync(
            TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        Object[] in = inputs.toArray();
        return async(spec, () -> map(spec, in, task));
    }

    /** {@link #forEach} on a thread of its own, as {@link #mapAsync}. */
    public static <A> CompletableFuture<Void> forEachAsync(
            TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        Object[] in = inputs.toArray();
        return async(spec, () -> {
            forEach(spec, in, task);
            return null;
        });
    }

    private static <A, R> List<R> map(TaskSpec spec, Object[] in, Task<? super A, ? extends R> task) {
        Object[] out = new Object[in.length];
        run(spec, in, index -> out[index] = task.apply(cast(in[index])));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return results;
    }

    private static <A> void forEach(TaskSpec spec, Object[] in, VoidTask<? super A> task) {
        run(spec, in, index -> task.accept(cast(in[index])));
    }

    @FunctionalInterface
    private interface Indexed {
        void run(int index) throws Exception;
    }

    private static void run(TaskSpec spec, Object[] inputs, Indexed body) {
        int count = inputs.length;
        if (count == 0) {
            return;
        }
        Decision decision = Weft.plan().forTasks(spec.workload(), spec.memoryPerTask(), count);
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
            try {
                result.complete(call.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
            return result;
        }
        Thread coordinator = new Thread(() -> {
            try {
                result.complete(call.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "weft-fanout-" + spec.method());
        coordinator.setDaemon(true);
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                coordinator.interrupt();
            }
        });
        coordinator.start();
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <A> A cast(Object value) {
        return (A) value;
    }
}
