package dev.weft.benchmarks;

import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.benchmarks.workloads.TrivialTask;
import dev.weft.internal.FanOut;
import dev.weft.internal.Task;
import dev.weft.internal.TaskSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The processes backend's round trip: trivial tasks sent to the pool of worker JVMs and their
 * results read back, against the same tasks on the threads backend and in a plain loop. The workers
 * are started by the warm-up and reused after it, so this is the cost of a call, not of a start.
 *
 * <p>Generated fan-out methods hand {@link FanOut} a lambda that is not serializable, so they never
 * reach the processes backend; this calls {@link FanOut} as they do, with a serializable task.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProcessRoundTripBenchmark {
    private static final TaskSpec SQUARE =
            new TaskSpec("dev.weft.benchmarks.workloads.TrivialTask.square(int)", Workload.CPU, "");

    @Param({"1", "100"})
    public int tasks;

    private List<Integer> inputs;

    @Setup
    public void prepare() {
        inputs = RandomData.indices(tasks);
    }

    @Benchmark
    public List<Integer> original() {
        List<Integer> squares = new ArrayList<>(inputs.size());
        for (int x : inputs) {
            squares.add(TrivialTask.square(x));
        }
        return squares;
    }

    @Benchmark
    public List<Integer> weft() {
        return fanOut("processes");
    }

    @Benchmark
    public List<Integer> threadsBackend() {
        return fanOut("threads");
    }

    private List<Integer> fanOut(String backend) {
        try (Weft.Scope scope = Weft.configure().backend(backend).apply()) {
            return FanOut.map(SQUARE, inputs, (Task<Integer, Integer> & Serializable) x -> TrivialTask.square(x));
        }
    }
}
