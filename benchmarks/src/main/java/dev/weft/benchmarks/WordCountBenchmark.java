package dev.weft.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import dev.weft.benchmarks.workloads.Collecting;
import dev.weft.benchmarks.workloads.CollectingParallel;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A word count into a map, {@code counts.merge(stem(word), 1, Integer::sum)}, over a generated
 * text of 100 000 words. The stream a user would write instead counts in {@code Long}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WordCountBenchmark {
    private String[] words;

    @Setup
    public void fill() {
        words = RandomData.words(100_000, 1_000, 9);
    }

    @Benchmark
    public Map<String, Integer> original() {
        return Collecting.wordCount(words);
    }

    @Benchmark
    public Map<String, Integer> weft() {
        return CollectingParallel.wordCount(words);
    }

    @Benchmark
    public Map<String, Long> parallelStream() {
        return Arrays.stream(words).parallel().collect(groupingBy(Collecting::stem, counting()));
    }
}
