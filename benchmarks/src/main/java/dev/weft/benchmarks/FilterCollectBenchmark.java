package dev.weft.benchmarks;

import static java.util.stream.Collectors.toList;

import dev.weft.benchmarks.workloads.Collecting;
import dev.weft.benchmarks.workloads.CollectingParallel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A filter-and-collect, {@code if (keep(x)) out.add(transform(x))}, over 200 000 doubles of which half are kept. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilterCollectBenchmark {
    private double[] xs;

    @Setup
    public void fill() {
        xs = RandomData.doubles(200_000, 11);
    }

    @Benchmark
    public List<Double> original() {
        return Collecting.keptTransforms(xs);
    }

    @Benchmark
    public List<Double> weft() {
        return CollectingParallel.keptTransforms(xs);
    }

    @Benchmark
    public List<Double> parallelStream() {
        return Arrays.stream(xs).parallel().filter(Collecting::keep).mapToObj(Collecting::transform).collect(toList());
    }
}
