package dev.weft.benchmarks;

import dev.weft.benchmarks.workloads.TrivialTask;
import dev.weft.benchmarks.workloads.TrivialTaskParallel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Fan-out overhead: 100 000 tasks that each square a number, against the plain loop. */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrivialFanOutBenchmark extends FanOutBenchmark {
    public TrivialFanOutBenchmark() {
        super(100_000);
    }

    @Override
    protected int task(int x) {
        return TrivialTask.square(x);
    }

    @Benchmark
    public List<Integer> weft() {
        return TrivialTaskParallel.squareAll(inputs());
    }
}
