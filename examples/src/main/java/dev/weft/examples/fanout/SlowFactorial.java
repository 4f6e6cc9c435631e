package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.examples.Example;
import dev.weft.examples.Measured;
import dev.weft.examples.Stopwatch;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The classic demonstration of fan-out: a factorial that takes a second because it sleeps first,
 * computed for eight random numbers with two workers. One after the other that is eight seconds;
 * two at a time, four.
 */
public final class SlowFactorial implements Example {
    static final int INPUTS = 8;
    static final int WORKERS = 2;

    @Parallelizable
    static BigInteger slowFactorial(int x) throws InterruptedException {
        Thread.sleep(1000);
        BigInteger factorial = BigInteger.ONE;
        for (int k = 2; k <= x; k++) {
            factorial = factorial.multiply(BigInteger.valueOf(k));
        }
        return factorial;
    }

    @Override
    public String name() {
        return "sleeping factorial, " + INPUTS + " inputs, " + WORKERS + " workers";
    }

    @Override
    public Measured run() throws Exception {
        Random random = new Random(42);
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            inputs.add(random.nextInt(11));
        }
        System.out.println("  inputs " + inputs);
        Stopwatch<List<BigInteger>> sequential = Stopwatch.time(() -> {
            List<BigInteger> results = new ArrayList<>();
            for (int x : inputs) {
                results.add(slowFactorial(x));
            }
            return results;
        });
        try (Weft.Scope twoWorkers = Weft.configure().parallelism(WORKERS).apply()) {
            Stopwatch<List<BigInteger>> weft = Stopwatch.time(() -> SlowFactorialParallel.slowFactorialAll(inputs));
            if (!sequential.result().equals(weft.result())) {
                throw new AssertionError("sequential " + sequential.result() + ", Weft " + weft.result());
            }
            System.out.println("  results " + weft.result());
            return new Measured(name(), sequential.seconds(), weft.seconds(),
                    Weft.plan().forTasks(Workload.AUTO, "", INPUTS).toString());
        }
    }
}
