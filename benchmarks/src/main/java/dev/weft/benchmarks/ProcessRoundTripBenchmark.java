package dev.weft.benchmarks;

import dev.weft.Weft;
import dev.weft.benchmarks.workloads.TrivialTask;
import dev.weft.benchmarks.workloads.TrivialTaskParallel;
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
 * The processes backend's round trip: trivial tasks sent to the pool of worker JVMs by the
 * generated fan-out method and their results read back, against the same method on the embedded
 * Hazelcast cluster of two member JVMs, on the threads backend and a plain loop. One task measures
 * a call's round trip; 100 and 10 000 measure throughput, where tasks cross in batches. The
 * workers and the cluster are started by the warm-up and reused after it, so this is the cost of a
 * call, not of a start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProcessRoundTripBenchmark {
    @Param({"1", "100", "10000"})
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
        return squaresOn("processes", inputs);
    }

    @Benchmark
    public List<Integer> hazelcastBackend() {
        return squaresOn("hazelcast", inputs);
    }

    @Benchmark
    public List<Integer> threadsBackend() {
        return squaresOn("threads", inputs);
    }

    /** The generated fan-out, on the backend named. */
    static List<Integer> squaresOn(String backend, List<Integer> inputs) {
        try (Weft.Scope scope = Weft.configure().backend(backend).apply()) {
            return TrivialTaskParallel.squareAll(inputs);
        }
    }
}
