package dev.weft.benchmarks;

import dev.weft.Weft;
import dev.weft.benchmarks.workloads.TrivialTaskParallel;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time to the first result from a cold pool: the first fan-out a fresh JVM makes on the processes
 * backend, which has to start its worker JVMs first, against the same first fan-out on the threads
 * backend. Run one shot per fork, with no warm-up, so every measurement is a first call.
 */
@State(Scope.Benchmark)
public class ColdProcessPoolBenchmark {
    private static final List<Integer> TWO_TASKS = List.of(3, 4);

    @Benchmark
    public List<Integer> weft() {
        return squares("processes");
    }

    @Benchmark
    public List<Integer> threadsBackend() {
        return squares("threads");
    }

    private static List<Integer> squares(String backend) {
        try (Weft.Scope scope = Weft.configure().backend(backend).parallelism(2).apply()) {
            return TrivialTaskParallel.squareAll(TWO_TASKS);
        }
    }
}
