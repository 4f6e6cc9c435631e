package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.handwritten.ForkJoinFanOut;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One task applied to every input, written each way but Weft's, which each subclass adds since it
 * calls that task's own generated {@code mAll} method. Every variant boxes its results into a list,
 * as the generated {@code List<Integer>} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public abstract class FanOutBenchmark {
    private final List<Integer> inputs;

    protected FanOutBenchmark(int count) {
        inputs = RandomData.indices(count);
    }

    protected List<Integer> inputs() {
        return inputs;
    }

    /** The task, as the original code calls it. */
    protected abstract int task(int input);

    @Benchmark
    public List<Integer> original() {
        List<Integer> results = new ArrayList<>(inputs.size());
        for (int input : inputs) {
            results.add(task(input));
        }
        return results;
    }

    @Benchmark
    public List<Integer> parallelStream() {
        return inputs.parallelStream().map(this::task).toList();
    }

    @Benchmark
    public List<Integer> executorService() {
        return ExecutorFanOut.map(inputs, this::task);
    }

    @Benchmark
    public List<Integer> forkJoin() {
        return ForkJoinFanOut.map(inputs, this::task);
    }
}
