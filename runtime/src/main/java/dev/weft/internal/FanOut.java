package dev.weft.internal;

import dev.weft.backend.Region;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@code @Parallelizable} method over a collection: the entry point of the generated
 * {@code mAll} and {@code mAllAsync} methods. For {@code String fetch(URI uri, Duration timeout)}:
 *
 * <pre>{@code
 * static final TaskSpec FETCH = new TaskSpec("com.example.Web.fetch(URI, Duration)", Workload.IO, "");
 *
 * static List<String> fetchAll(Collection<? extends URI> uris, Duration timeout) throws IOException {
 *     return FanOut.map(FETCH, uris, uri -> Web.fetch(uri, timeout));
 * }
 * }</pre>
 *
 * <p>How the tasks run is the {@link dev.weft.Plan}'s decision for the spec's hints, taken on
 * the calling thread (so a {@link dev.weft.Weft.Scope} open there holds): threads for CPU-bound
 * work, the async backend for I/O-bound work, the calling thread alone where parallelism would not
 * pay. A method of {@link dev.weft.Workload#AUTO} starts on threads and moves to the async backend
 * when its first tasks turn out to spend most of their time waiting. A fan-out made inside a
 * parallel task runs on that task's thread, whatever its hints, so that parallel code calling
 * parallel code never multiplies the busy threads.
 *
 * <p>Results come back in input order. The first failure is rethrown unchanged once the other
 * tasks have stopped: the tasks still running are interrupted and no other task starts.
 */
public final class FanOut {
    private FanOut() {}

    /**
     * {@code task} applied to each input, results in input order ({@code null} results included).
     *
     * @throws CancellationException when the calling thread was interrupted; its interrupt status is
     *     set again and the tasks still running were interrupted
     * @throws UnsupportedOperationException when {@code weft.backend} forces a backend that cannot
     *     run these tasks; no task has run
     * @throws RuntimeException the exception the first failing task threw, unchanged, even a
     *     checked one: generated methods declare the method's checked exceptions
     */
    public static <A, R> List<R> map(TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        return map(new FanOutRun(spec, inputs.toArray(), task), task);
    }

    /** {@code task} applied to each input, for {@code void} methods; fails as {@link #map} does. */
    public static <A> void forEach(TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        forEach(new FanOutRun(spec, inputs.toArray(), task), task);
    }

    /**
     * {@link #map} on a thread of its own. The inputs are copied and the plan is decided before
     * this returns, so the {@link dev.weft.Weft.Scope} open on the calling thread holds, and a
     * configuration that cannot serve the call throws here. The future completes with the first
     * task's exception itself; cancelling it interrupts the tasks still running and starts no more.
     */
    public static <A, R> CompletableFuture<List<R>> mapAsync(
            TaskSpec spec, Collection<? extends A> inputs, Task<? super A, ? extends R> task) {
        FanOutRun run = new FanOutRun(spec, inputs.toArray(), task);
        return async(spec, () -> map(run, task));
    }

    /** {@link #forEach} on a thread of its own, as {@link #mapAsync}. */
    public static <A> CompletableFuture<Void> forEachAsync(
            TaskSpec spec, Collection<? extends A> inputs, VoidTask<? super A> task) {
        FanOutRun run = new FanOutRun(spec, inputs.toArray(), task);
        return async(spec, () -> {
            forEach(run, task);
            return null;
        });
    }

    private static <A, R> List<R> map(FanOutRun run, Task<? super A, ? extends R> task) {
        Object[] out = new Object[run.count()];
        run.run(index -> out[index] = task.apply(run.input(index)), (index, result) -> out[index] = result);
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return results;
    }

    private static <A> void forEach(FanOutRun run, VoidTask<? super A> task) {
        run.run(index -> task.accept(run.input(index)), (index, nothing) -> { });
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
}
