package dev.weft.examples;

import dev.weft.Weft;
import dev.weft.progress.ConsoleProgress;
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
 * @param warmUps runs of each version before the timed one, so every version is measured as
 *     compiled code
 * @param original the sequential code as the user wrote it
 * @param agree whether a parallel result is the same answer as the original's
 * @param variants Weft's versions of the same work
 *
 * <p>Which backend each version used is learnt from the progress Weft reports while it runs.
 */
public record Comparison<T>(String name, int warmUps, Callable<T> original, BiPredicate<T, T> agree,
        List<Variant<T>> variants) {

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

    /** Runs the original once and every variant once, after the warm-ups. */
    public List<Measured> run() throws Exception {
        for (int i = 0; i < warmUps; i++) {
            original.call();
            for (Variant<T> variant : variants) {
                variant.weft().call();
            }
        }
        Stopwatch<T> sequential = Stopwatch.time(original);
        List<Measured> measured = new ArrayList<>();
        for (Variant<T> variant : variants) {
            String label = variant.label().isEmpty() ? name : name + ", " + variant.label();
            BackendRecorder recorder = new BackendRecorder(
                    variant.showProgress() ? ConsoleProgress.standardError() : null);
            Stopwatch<T> parallel;
            try (Weft.Scope watched = Weft.configure().progress(recorder).apply()) {
                parallel = Stopwatch.time(variant.weft());
            }
            if (!agree.test(sequential.result(), parallel.result())) {
                throw new AssertionError(label + ": the original gave " + describe(sequential.result())
                        + " but Weft gave " + describe(parallel.result()));
            }
            measured.add(new Measured(label, sequential.seconds(), parallel.seconds(), recorder.backends()));
        }
        return measured;
    }

    private static String describe(Object result) {
        String text = String.valueOf(result);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
