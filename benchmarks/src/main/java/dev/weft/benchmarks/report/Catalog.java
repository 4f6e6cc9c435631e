package dev.weft.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each benchmark class measures and what each variant is, as the report names them. */
final class Catalog {
    record Entry(String benchmark, String title, String description) {}

    /** In the order the report lists them. */
    static final List<Entry> ENTRIES = List.of(
            new Entry("MandelbrotBenchmark", "Mandelbrot",
                    "640 × 480 pixels, at most 500 iterations a pixel, one loop iteration a row. Irregular CPU work: "
                            + "a row crossing the set costs hundreds of times what a row outside it costs."),
            new Entry("SaxpyBenchmark", "saxpy",
                    "`y[i] = a * x[i] + y[i]` over doubles. At 10 M elements (240 MB moved) it is memory-bound; "
                            + "at 16, 100 and 1 000 elements it is a tiny loop, where starting anything in parallel costs "
                            + "more than the loop itself."),
            new Entry("SumBenchmark", "sum",
                    "The sum of 10 M doubles: a memory-bound reduction (80 MB read). The parallel stream uses "
                            + "`DoubleStream.sum`, which compensates rounding errors and costs more per element for it."),
            new Entry("DotProductBenchmark", "dot product",
                    "A reduction over two vectors of 1 M doubles (16 MB); at 16, 100 and 1 000 elements a tiny "
                            + "loop, like saxpy's, that adds up doubles in order."),
            new Entry("SparseMultiplyBenchmark", "sparse matrix × vector, adding into an array",
                    "`y[rows[k]] += values[k] * x[columns[k]]` over the 500 000 nonzeros of a 50 000-row sparse "
                            + "matrix stored as coordinates in row order: an array reduction into `y`. The "
                            + "`ExecutorService` variant gives each pool thread a contiguous range and a partial `y`. "
                            + "The last variant needs no reduction: the calling thread and each other pool thread add "
                            + "straight into rows of `y` of their own, which only this matrix's row order makes safe. It is what the machine "
                            + "allows any parallel version of this memory-bound loop."),
            new Entry("LuFactorBenchmark", "LU row elimination",
                    "LU factorization of a 500 × 500 matrix without pivoting: the parallel loop over the rows below "
                            + "each pivot runs 500 times inside a sequential loop, from 499 rows of 499 elements down "
                            + "to none. The `ExecutorService` variant submits each pivot's rows as chunks and waits."),
            new Entry("WordCountBenchmark", "word count into a map",
                    "`counts.merge(stem(word), 1, Integer::sum)` over a generated text of 100 000 words from a "
                            + "vocabulary of 1 000. The stem is a pure function of the word costing a few hundred "
                            + "nanoseconds, so the per-word work dominates. The parallel stream is the one a user would "
                            + "write instead, `groupingBy(stem, counting())`, which counts in `Long`s."),
            new Entry("GroupingBenchmark", "grouping into lists",
                    "`groups.computeIfAbsent(group(x), key -> new ArrayList<>()).add(x)` over 100 000 `int`s into "
                            + "64 groups, each group in the input's order. The group is a pure function of the value "
                            + "costing a few hundred nanoseconds, so the per-element work dominates. The parallel "
                            + "stream is `groupingBy(group, toList())`."),
            new Entry("FilterCollectBenchmark", "filter-and-collect into a list",
                    "`if (keep(x)) out.add(transform(x))` over 200 000 doubles, half of them kept, with a transform "
                            + "costing a few hundred nanoseconds: the per-element work dominates. The parallel stream "
                            + "is `filter(keep).mapToObj(transform).collect(toList())`."),
            new Entry("TrivialFanOutBenchmark", "100 000 trivial tasks",
                    "Fan-out overhead: each task squares an `int`. The original is a plain loop that boxes its "
                            + "results into a list, as the fan-out's `List<Integer>` does. The `ExecutorService` variant "
                            + "submits one task per input, as hand-written fan-out usually does."),
            new Entry("CpuFanOutBenchmark", "CPU-heavy fan-out",
                    "32 tasks, each finding the longest Collatz sequence among 20 000 starting numbers: a few "
                            + "milliseconds of pure computation each, later blocks somewhat costlier."),
            new Entry("IoFanOutBenchmark", "10 000 I/O tasks",
                    "Each task sleeps 100 ms. The original would take 10 000 × 100 ms = 1 000 s and is not run; "
                            + "pools with one worker per core (parallel streams, `ForkJoinPool`) would take 1 000 s "
                            + "divided by the cores and are not run either. The hand-written alternative is one thread "
                            + "per task: virtual threads on JDK 21+, platform threads on 17."),
            new Entry("ProcessRoundTripBenchmark", "process pool round trip",
                    "Trivial tasks (squaring an `int`) sent to Weft's pool of worker JVMs and their results read "
                            + "back: one task for a call's round trip, 100 and 10 000 for throughput, where tasks cross "
                            + "in batches. Here \"Weft\" is the processes backend; the alternatives are the hazelcast "
                            + "backend on the embedded cluster of two member JVMs on this machine, and Weft's own threads "
                            + "backend, on the same tasks: the ratios are what crossing to another JVM costs. The workers "
                            + "and the cluster start during the warm-up and are reused after it."),
            new Entry("ColdProcessPoolBenchmark", "first result from a cold process pool",
                    "The first fan-out of a fresh JVM, two trivial tasks with two workers: on the processes backend it "
                            + "starts two worker JVMs before the first result comes back; on the hazelcast backend, the "
                            + "embedded cluster's two member JVMs, which must also form a cluster and be joined; on the "
                            + "threads backend, two threads. One measurement per fresh JVM, five JVMs."));

    /** Variant names and labels, in the order the report lists them. */
    private static final List<Map.Entry<String, String>> VARIANTS = List.of(
            Map.entry(Workload.ORIGINAL, "original (sequential)"),
            Map.entry(Workload.WEFT, "Weft"),
            Map.entry("parallelStream", "parallel stream"),
            Map.entry("executorService", "`ExecutorService`, hand-written"),
            Map.entry("ownRowsByHand", "hand-written, the calling thread and the pool each adding into rows of `y` of their own: no reduction at all"),
            Map.entry("forkJoin", "`ForkJoinPool` + `RecursiveAction`, hand-written"),
            Map.entry("weftAllAtOnce", "Weft, `weft.io.concurrency` raised to the number of tasks"),
            Map.entry("threadPerTask", "a thread per task, hand-written"),
            Map.entry("hazelcastBackend", "Weft's hazelcast backend, embedded cluster of two members"),
            Map.entry("threadsBackend", "Weft's threads backend"));

    private Catalog() {}

    static int order(String benchmark) {
        int index = ENTRIES.stream().map(Entry::benchmark).toList().indexOf(benchmark);
        return index < 0 ? ENTRIES.size() : index;
    }

    static String title(String benchmark) {
        return entry(benchmark).map(Entry::title).orElse(benchmark);
    }

    static String description(String benchmark) {
        return entry(benchmark).map(Entry::description).orElse("");
    }

    private static Optional<Entry> entry(String benchmark) {
        return ENTRIES.stream().filter(e -> e.benchmark().equals(benchmark)).findFirst();
    }

    static String variant(String variant) {
        return VARIANTS.stream().filter(e -> e.getKey().equals(variant)).findFirst().map(Map.Entry::getValue).orElse(variant);
    }

    static int variantOrder(String variant) {
        int index = VARIANTS.stream().map(Map.Entry::getKey).toList().indexOf(variant);
        return index < 0 ? VARIANTS.size() : index;
    }
}
