package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.examples.Comparison;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The classic demonstration of fan-out: a factorial that takes a second because it sleeps first,
 * computed for eight random numbers with two workers. One after the other that is eight seconds;
 * two at a time, four.
 */
public final class SlowFactorial {
    static final int INPUTS = 8;
    static final int WORKERS = 2;

    private SlowFactorial() {}

    @Parallelizable
    static BigInteger slowFactorial(int x) throws InterruptedException {
        Thread.sleep(1000);
        BigInteger factorial = BigInteger.ONE;
        for (int k = 2; k <= x; k++) {
            factorial = factorial.multiply(BigInteger.valueOf(k));
        }
        return factorial;
    }

    public static Comparison<List<BigInteger>> example() {
        Random random = new Random(42);
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            inputs.add(random.nextInt(11));
        }
        return new Comparison<>(
                "sleeping factorial: " + INPUTS + " inputs, " + WORKERS + " workers", 0,
                () -> {
                    List<BigInteger> results = new ArrayList<>();
                    for (int x : inputs) {
                        results.add(slowFactorial(x));
                    }
                    return results;
                },
                () -> {
                    try (Weft.Scope twoWorkers = Weft.configure().parallelism(WORKERS).apply()) {
                        return SlowFactorialParallel.slowFactorialAll(inputs);
                    }
                },
                Comparison.equal(),
                () -> {
                    try (Weft.Scope twoWorkers = Weft.configure().parallelism(WORKERS).apply()) {
                        return Weft.plan().forTasks(Workload.AUTO, "", INPUTS).toString();
                    }
                });
    }
}
