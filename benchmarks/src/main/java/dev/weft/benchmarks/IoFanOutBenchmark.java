package dev.weft.benchmarks;

import dev.weft.Weft;
import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.handwritten.ThreadPerTask;
import dev.weft.benchmarks.workloads.SleepingTask;
import dev.weft.benchmarks.workloads.SleepingTaskParallel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * I/O-bound fan-out: 10 000 tasks that each wait 100 ms. One after the other that is 1 000 s, so
 * the original is not run; a pool with one worker per core (parallel streams, the fork-join pool)
 * would still take 1 000 s divided by the cores, so those are not run either.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IoFanOutBenchmark {
    private final List<Integer> ids = RandomData.indices(10_000);
    private ExecutorService threadPerTask;

    @Setup
    public void start() {
        threadPerTask = ThreadPerTask.newExecutor();
    }

    @TearDown
    public void stop() {
        threadPerTask.shutdownNow();
    }

    @Benchmark
    public List<Integer> weft() throws InterruptedException {
        return SleepingTaskParallel.sleepThenEchoAll(ids);
    }

    /** Weft with its cap on waiting calls raised to the number of tasks, so that all of them wait at once. */
    @Benchmark
    public List<Integer> weftAllAtOnce() throws InterruptedException {
        try (Weft.Scope scope = Weft.configure().ioConcurrency(ids.size()).apply()) {
            return SleepingTaskParallel.sleepThenEchoAll(ids);
        }
    }

    @Benchmark
    public List<Integer> threadPerTask() {
        return ExecutorFanOut.map(threadPerTask, ids, SleepingTask::sleepThenEcho);
    }
}
