package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.backend.HelperThreads;
import dev.weft.backend.Region;
import dev.weft.Backend;
import dev.weft.Decision;
import dev.weft.internal.MemorySize;
import dev.weft.Plan;
import dev.weft.WorkerDiedException;
import dev.weft.process.WorkerProcesses;
import dev.weft.progress.ProgressTracker;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fan-out call: its inputs, the plan it follows, and the cursor from which the workers claim
 * tasks. Created on the calling thread, so that the plan is the one in force there, scopes
 * included, even when the work runs on another thread.
 *
 * <p>Tasks are claimed in batches that grow while tasks are quick, so a million trivial tasks cost
 * about what a plain loop costs, while slow tasks are still handed out one at a time and spread
 * evenly over the workers.
 */
final class FanOutRun {
    /** A batch of quick tasks should take about this long before it is worth claiming more at once. */
    private static final long BATCH_TARGET_NANOS = 200_000;
    /**
     * The same for a batch sent to a worker process, which costs a round trip of a few hundred
     * microseconds: a batch of this length spends a few percent of it on the trip.
     */
    private static final long PROCESS_BATCH_TARGET_NANOS = 5_000_000;
    /** Tasks measured per worker before a method of workload AUTO is judged. */
    private static final int SAMPLE_PER_WORKER = 2;
    /** A fan-out inside a parallel task: more workers would only compete with the ones already busy. */
    private static final Decision NESTED =
            new Decision(Backend.SEQUENTIAL, 1, "inside a parallel task: runs on that task's thread");

    private final TaskSpec spec;
    private final Object[] inputs;
    private final Plan plan;
    private final Object task;
    private final Decision decision;
    private final ProgressTracker progress;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param task the {@link Task} or {@link VoidTask}: a serializable one can run in worker processes
     * @throws UnsupportedOperationException when a forced backend cannot run these tasks
     * @throws IllegalArgumentException when the configuration or the spec's memory size is invalid
     */
    FanOutRun(TaskSpec spec, Object[] inputs, Object task) {
        this.spec = spec;
        this.inputs = inputs;
        this.task = task;
        this.plan = Weft.plan();
        this.decision = Region.insideRegion()
                ? NESTED
                : plan.forTasks(spec.workload(), spec.memoryPerTask(), inputs.length, task instanceof Serializable);
        this.progress = inputs.length == 0
                ? ProgressTracker.OFF
                : ProgressChoice.start(plan.settings(), spec.method(), inputs.length, decision);
    }

    /** Where the results of tasks that ran in worker processes go. */
    @FunctionalInterface
    interface Results {
        void set(int index, Object result);
    }

    int count() {
        return inputs.length;
    }

    @SuppressWarnings("unchecked")
    <A> A input(int index) {
        return (A) inputs[index];
    }

    /**
     * Runs every task as the plan decided, and returns when all have run: {@code local} runs one in
     * this JVM; the result of one that ran in a worker process is handed to {@code results}.
     */
    void run(Indexed local, Results results) {
        if (inputs.length == 0) {
            return;
        }
        try {
            runAll(local, results);
        } catch (Exception e) {
            throw Exceptions.rethrow(e);
        } finally {
            progress.finish();
        }
    }

    private void runAll(Indexed local, Results results) throws Exception {
        if (decision.backend() == Backend.PROCESSES) {
            runInProcesses(results);
            return;
        }
        if (decision.backend() == Backend.HAZELCAST) {
            runOnCluster(results);
            return;
        }
        // Measuring pays only when the calls, found to be waiting, would then run wider.
        if (decision == NESTED || !plan.measuresWorkload(spec.workload())
                || plan.forTasks(Workload.IO, spec.memoryPerTask(), inputs.length).workers() <= decision.workers()) {
            runOn(decision, local, null);
            return;
        }
        WorkloadMeter meter = new WorkloadMeter(Math.min(inputs.length, SAMPLE_PER_WORKER * decision.workers()));
        runOn(decision, local, meter);
        int remaining = inputs.length - next.get();
        if (meter.mostlyWaiting() && remaining > 0) {
            runOn(plan.forTasks(Workload.IO, spec.memoryPerTask(), remaining), local, null);
        }
    }

    /**
     * A task that throws cancels the others, as everywhere; but a worker that dies fails only its
     * own task: the others run to the end and keep their results, and the first death is thrown
     * after them, carrying those results. Tasks cross to the workers in batches, which grow while
     * a batch comes back within {@link #PROCESS_BATCH_TARGET_NANOS}, so that short tasks do not
     * pay a round trip each.
     */
    private void runInProcesses(Results results) {
        long heap = MemorySize.parse(spec.memoryPerTask());
        Duration timeout = plan.settings().processTimeout();
        Object[] received = new Object[inputs.length];
        WorkerDiedException[] died = new WorkerDiedException[inputs.length];
        claimBatches(decision, PROCESS_BATCH_TARGET_NANOS, null, (region, start, end) -> {
            int[] next = {start};
            WorkerProcesses.Sink sink = new WorkerProcesses.Sink() {
                @Override
                public void returned(int index, Object result) {
                    received[index] = result;
                    results.set(index, result);
                    next[0] = index + 1;
                    progress.advance(1);
                }

                @Override
                public void died(int index, WorkerDiedException death) {
                    died[index] = death;
                    next[0] = index + 1;
                    progress.advance(1);
                }
            };
            try {
                WorkerProcesses.call(heap, timeout, task, inputs, start, end,
                        index -> TaskFailure.task(spec.method(), index, inputs.length, inputs[index]), sink);
            } catch (Throwable failure) {
                failure.addSuppressed(new TaskFailure(spec.method(), next[0], inputs.length, inputs[next[0]]));
                throw failure;
            }
        });
        List<WorkerDiedException> deaths = Arrays.stream(died).filter(Objects::nonNull).toList();
        if (!deaths.isEmpty()) {
            throw WorkerDiedException.afterTheRest(deaths, received);
        }
    }

    /**
     * The cluster backend runs the batches; a task's exception cancels the others there, and a
     * member lost mid-run has its tasks sent to the others.
     */
    private void runOnCluster(Results results) throws Exception {
        Clusters.backend().run(new ClusterWork(spec, task, inputs, Clusters.options(plan.settings()), progress, results));
    }

    /**
     * Runs tasks until none is left, or, with a meter, until it finds the tasks mostly waiting: then
     * every worker stops after its batch and the rest is left for an I/O-bound run.
     */
    private void runOn(Decision chosen, Indexed body, WorkloadMeter meter) {
        claimBatches(chosen, BATCH_TARGET_NANOS, meter, (region, start, end) -> {
            int index = start;
            try {
                for (; index < end && !region.cancelled(); index++) {
                    runTask(body, index, meter);
                }
            } finally {
                progress.advance(index - start);
            }
        });
    }

    /** Runs the tasks from {@code start} to {@code end}, or until {@code region} is cancelled. */
    @FunctionalInterface
    private interface Batch {
        void run(Region region, int start, int end) throws Exception;
    }

    /**
     * The workers claim batches of tasks until none is left: a batch starts at one task and doubles
     * while batches take less than {@code targetNanos}, up to a quarter of an even share.
     */
    private void claimBatches(Decision chosen, long targetNanos, WorkloadMeter meter, Batch body) {
        int count = inputs.length;
        int width = chosen.workers();
        int maxBatch = Math.max(1, (count - next.get()) / (width * 4));
        Region.run(HelperThreads.forDecision(chosen), width, region -> {
            int batch = 1;
            while (!region.cancelled() && (meter == null || !meter.mostlyWaiting())) {
                int start = next.getAndAdd(batch);
                if (start >= count) {
                    return;
                }
                long began = System.nanoTime();
                body.run(region, start, Math.min(count, start + batch));
                if (System.nanoTime() - began < targetNanos && batch < maxBatch) {
                    batch = Math.min(maxBatch, batch * 2);
                }
            }
        });
    }

    private void runTask(Indexed body, int index, WorkloadMeter meter) throws Exception {
        try {
            if (meter == null) {
                body.run(index);
            } else {
                meter.run(body, index);
            }
        } catch (Throwable failure) {
            failure.addSuppressed(new TaskFailure(spec.method(), index, inputs.length, inputs[index]));
            throw failure;
        }
    }
}
