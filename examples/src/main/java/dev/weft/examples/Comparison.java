package dev.weft.examples;

import dev.weft.Weft;
import dev.weft.ConsoleProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;

/**
 * One example of the main job: work done by the original code, then by one or more versions Weft
 * runs in parallel, all timed in this JVM and checked to agree with the original. A speedup of a
 * wrong answer is not worth printing, so results that disagree stop the job.
 *
 * @param name the example's name
 * @param warmUps the most runs of each version before the timed ones, as many as fit in
 *     {@value #WARM_UP_SECONDS} s, so that every version is measured as compiled code that has
 *     settled: a method called a few times runs its loop in code compiled while it ran, and is
 *     compiled again each time a branch it had not taken before is taken
 * @param original the sequential code as the user wrote it
 * @param agree whether a parallel result is the same answer as the original's
 * @param variants Weft's versions of the same work
 *
 * <p>Which backend each version used is learnt from the progress Weft reports while it runs.
 */
public record Comparison<T>(String name, int warmUps, Callable<T> original, BiPredicate<T, T> agree,
        List<Variant<T>> variants) {
    private static final double WARM_UP_SECONDS = 10;
    private static final int MOST_ROUNDS = 7;
    private static final double ROUNDS_SECONDS = 2;

    /**
     * One way Weft runs the work.
     *
     * @param label what distinguishes it from the other variants ({@code ""} when it is the only one)
     * @param weft the generated code, called as a user calls it
     * @param showProgress whether its progress is shown on the console as it runs
     */
    public record Variant<T>(String label, Callable<T> weft, boolean showProgress) {
        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(weft, "weft");
        }
    }

    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(agree, "agree");
        variants = List.copyOf(variants);
    }

    /** The common case: the original against one parallel version. */
    public static <T> Comparison<T> of(String name, int warmUps, Callable<T> original, Callable<T> weft,
            BiPredicate<T, T> agree) {
        return new Comparison<>(name, warmUps, original, agree, List.of(new Variant<>("", weft, false)));
    }

    /** Results that must be equal by {@link Object#equals}. */
    public static <T> BiPredicate<T, T> equal() {
        return Objects::equals;
    }

    /**
     * Runs the original and every variant once per round, after the warm-ups, and keeps each one's
     * fastest time: a run of a short example is at the mercy of a collection or a compilation that
     * happens to fall in it, or of a long loop's compiled code that has not settled yet. So short
     * examples get up to {@value #MOST_ROUNDS} rounds, as many as fit in {@value #ROUNDS_SECONDS} s;
     * examples of several seconds get one. The original goes first in every other round, so that
     * neither side always runs in the other's wake.
     */
    public List<Measured> run() throws Exception {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < warmUps && secondsSince(warmUpStart) < WARM_UP_SECONDS; i++) {
            original.call();
            for (Variant<T> variant : variants) {
                variant.weft().call();
            }
        }
        List<Double> sequential = new ArrayList<>();
        List<List<Double>> parallel = new ArrayList<>();
        List<BackendRecorder> recorders = new ArrayList<>();
        for (Variant<T> variant : variants) {
            parallel.add(new ArrayList<>());
            recorders.add(new BackendRecorder(variant.showProgress() ? ConsoleProgress.standardError() : null));
        }
        long roundsStart = System.nanoTime();
        for (int round = 0; round < MOST_ROUNDS && secondsSince(roundsStart) < ROUNDS_SECONDS; round++) {
            boolean originalFirst = round % 2 == 0;
            Stopwatch<T> reference = originalFirst ? Stopwatch.time(original) : null;
            List<Stopwatch<T>> results = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                try (Weft.Scope watched = Weft.configure().progress(recorders.get(v)).apply()) {
                    results.add(Stopwatch.time(variants.get(v).weft()));
                }
            }
            if (!originalFirst) {
                reference = Stopwatch.time(original);
            }
            sequential.add(reference.seconds());
            for (int v = 0; v < variants.size(); v++) {
                check(v, reference.result(), results.get(v).result());
                parallel.get(v).add(results.get(v).seconds());
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            measured.add(new Measured(label(v), fastest(sequential), fastest(parallel.get(v)), sequential.size(),
                    recorders.get(v).backends()));
        }
        return measured;
    }

    private void check(int variant, T expected, T actual) {
        if (!agree.test(expected, actual)) {
            throw new AssertionError(label(variant) + ": the original gave " + describe(expected)
                    + " but Weft gave " + describe(actual));
        }
    }

    private String label(int variant) {
        String label = variants.get(variant).label();
        return label.isEmpty() ? name : name + ", " + label;
    }

    private static double fastest(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }


    private static String describe(Object result) {
        String text = String.valueOf(result);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
