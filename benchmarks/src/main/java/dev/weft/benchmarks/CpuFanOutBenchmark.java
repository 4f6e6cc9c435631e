package dev.weft.benchmarks;

import dev.weft.benchmarks.workloads.CollatzBlocks;
import dev.weft.benchmarks.workloads.CollatzBlocksParallel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** CPU-heavy fan-out: 32 tasks of a few milliseconds each, somewhat uneven. */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CpuFanOutBenchmark extends FanOutBenchmark {
    public CpuFanOutBenchmark() {
        super(32);
    }

    @Override
    protected int task(int block) {
        return CollatzBlocks.longestChain(block);
    }

    @Benchmark
    public List<Integer> weft() {
        return CollatzBlocksParallel.longestChainAll(inputs());
    }
}
