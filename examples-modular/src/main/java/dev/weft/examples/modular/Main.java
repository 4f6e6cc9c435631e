package dev.weft.examples.modular;

import dev.weft.ProgressSnapshot;
import dev.weft.Weft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Runs the generated code on the backend that {@code weft.backend} names and prints what it
 * computed and how Weft ran it, as {@code java -p ... -m dev.weft.examples.modular/...Main}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println(run());
    }

    /** The results of the fan-out and of the loop, and the backends the progress reports named. */
    static String run() {
        List<Integer> sizes = List.of(1_000, 2_000, 3_000, 4_000);
        double[] a = new double[100_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 7;
        }
        Set<String> modes = new ConcurrentSkipListSet<>();
        List<Long> sums;
        double dot;
        // Closed in finally: -Xlint:all, an error here with -Werror, warns of a try-with-resources
        // whose block never names its resource.
        Weft.Scope scope = Weft.configure().progress((ProgressSnapshot snapshot) -> modes.add(snapshot.mode())).apply();
        try {
            sums = SquaresParallel.sumOfSquaresAll(sizes);
            dot = SquaresParallel.dot(a, a);
        } finally {
            scope.close();
        }
        List<Long> expected = new ArrayList<>();
        sizes.forEach(size -> expected.add(Squares.sumOfSquares(size)));
        return "sums " + sums + (sums.equals(expected) ? " (as sequential)" : " (expected " + expected + ")")
                + "; dot " + dot + (dot == Squares.dot(a, a) ? " (as sequential)" : " (sequential " + Squares.dot(a, a) + ")")
                + "; ran on " + modes;
    }
}
