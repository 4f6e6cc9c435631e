package dev.weft.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time to the first result from a cold pool: the first fan-out a fresh JVM makes on the processes
 * backend, which has to start its worker JVMs first, against the same first fan-out on the threads
 * backend, and on the hazelcast backend, which starts the embedded cluster's two member JVMs, waits
 * for them to form a cluster and joins it as a client. Run one shot per fork, with no warm-up, so
 * every measurement is a first call.
 */
@State(Scope.Benchmark)
public class ColdProcessPoolBenchmark {
    private static final List<Integer> TWO_TASKS = List.of(3, 4);

    @Benchmark
    public List<Integer> weft() {
        return ProcessRoundTripBenchmark.squaresOn("processes", TWO_TASKS);
    }

    @Benchmark
    public List<Integer> hazelcastBackend() {
        return ProcessRoundTripBenchmark.squaresOn("hazelcast", TWO_TASKS);
    }

    @Benchmark
    public List<Integer> threadsBackend() {
        return ProcessRoundTripBenchmark.squaresOn("threads", TWO_TASKS);
    }
}
