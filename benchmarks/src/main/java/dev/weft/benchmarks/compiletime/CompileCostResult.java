package dev.weft.benchmarks.compiletime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The timings of {@code javac} on the generated project, with and without Weft's processor on the
 * processor path, and with idle processors in its place. Each list holds one timing per timed
 * round, in the order of the rounds, so that the builds of one round can be compared.
 *
 * @param classes classes in the project
 * @param annotatedClasses of those, how many have one {@code @ParallelFor} loop in the annotated project
 * @param warmUpRounds untimed rounds of every build before the timed ones
 * @param javac the {@code java.version} of the JDK whose {@code javac} ran
 * @param plainWithout no annotations, no processor
 * @param plainWith no annotations, Weft's processor on the processor path
 * @param plainWithIdleAny no annotations, {@link IdleProcessor.AnyAnnotation} alone on the processor path
 * @param plainWithIdleOne no annotations, {@link IdleProcessor.OneAnnotation} alone on the processor path
 * @param annotatedWithout annotated loops, no processor
 * @param annotatedWith annotated loops, Weft's processor on the processor path
 */
public record CompileCostResult(int classes, int annotatedClasses, int warmUpRounds, String javac,
        List<Timing> plainWithout, List<Timing> plainWith, List<Timing> plainWithIdleAny, List<Timing> plainWithIdleOne,
        List<Timing> annotatedWithout, List<Timing> annotatedWith) {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /** Timed rounds. */
    public int runs() {
        return plainWithout.size();
    }

    /** What Weft's processor adds to a build that has nothing for it to do. */
    public Overhead plainOverhead() {
        return Overhead.between(plainWithout, plainWith);
    }

    /** What an idle processor that declares {@code "*"} adds: javac's part of {@link #plainOverhead()}. */
    public Overhead idleAnyOverhead() {
        return Overhead.between(plainWithout, plainWithIdleAny);
    }

    /** What an idle processor that declares one annotation type adds. */
    public Overhead idleOneOverhead() {
        return Overhead.between(plainWithout, plainWithIdleOne);
    }

    /** What Weft's processor adds when it has loops to check and twins to write. */
    public Overhead annotatedOverhead() {
        return Overhead.between(annotatedWithout, annotatedWith);
    }

    /**
     * The share of annotation processing in javac's CPU time, build by build, with Weft's processor on
     * the plain project: work that only a processor brings, so a floor for {@link #plainOverhead()}.
     * Measured within each build, it hardly varies with the machine's speed, unlike a comparison of builds.
     */
    public Spread plainProcessingShare() {
        return share(plainWith, Timing::processingMillis);
    }

    /** The same with the idle processor that declares {@code "*"}: javac's part of it. */
    public Spread idleProcessingShare() {
        return share(plainWithIdleAny, Timing::processingMillis);
    }

    /** The share of Weft's own code, its time in the processing rounds, in javac's CPU time on the plain project. */
    public Spread plainOwnShare() {
        return share(plainWith, Timing::roundsMillis);
    }

    private static Spread share(List<Timing> timings, ToDoubleFunction<Timing> part) {
        return Spread.of(timings.stream().map(timing -> part.applyAsDouble(timing) / timing.threadMillis()).toList());
    }

    /** The JIT compiler's share of the JVM's CPU time in the median timed build: what warm-up left. */
    public double jitShare() {
        return Timing.jitShare(timed().toList());
    }

    /** How many cores other processes kept busy, on average, during the timed builds; NaN where unknown. */
    public double otherCores() {
        return timed().mapToDouble(Timing::othersMillis).sum() / timed().mapToDouble(Timing::wallMillis).sum();
    }

    private Stream<Timing> timed() {
        return Stream.of(plainWithout, plainWith, plainWithIdleAny, plainWithIdleOne, annotatedWithout, annotatedWith)
                .flatMap(List::stream);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, GSON.toJson(this));
    }

    public static CompileCostResult read(Path file) throws IOException {
        return GSON.fromJson(Files.readString(file), CompileCostResult.class);
    }
}
