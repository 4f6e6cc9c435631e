package dev.weft.benchmarks;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import dev.weft.benchmarks.workloads.Collecting;
import dev.weft.benchmarks.workloads.CollectingParallel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A grouping into lists, {@code groups.computeIfAbsent(group(x), ...).add(x)}, of 100 000 values into 64 groups. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupingBenchmark {
    private int[] values;

    @Setup
    public void fill() {
        values = new SplittableRandom(10).ints(100_000, 0, 1_000_000).toArray();
    }

    @Benchmark
    public Map<Integer, List<Integer>> original() {
        return Collecting.grouped(values);
    }

    @Benchmark
    public Map<Integer, List<Integer>> weft() {
        return CollectingParallel.grouped(values);
    }

    @Benchmark
    public Map<Integer, List<Integer>> parallelStream() {
        return Arrays.stream(values).parallel().boxed().collect(groupingBy(Collecting::group, toList()));
    }
}
