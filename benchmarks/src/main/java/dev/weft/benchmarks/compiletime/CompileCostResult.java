package dev.weft.benchmarks.compiletime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The median timing of {@code javac} on the generated project, with and without Weft's processor
 * on the processor path.
 *
 * @param classes classes in the project
 * @param annotatedClasses of those, how many have one {@code @ParallelFor} loop in the annotated project
 * @param runs timed builds of each kind, after warm-up builds
 * @param javac the {@code java.version} of the JDK whose {@code javac} ran
 * @param plainWithout no annotations, no processor
 * @param plainWith no annotations, processor on the processor path
 * @param plainWithIdle no annotations, {@link IdleProcessor} alone on the processor path
 * @param annotatedWithout annotated loops, no processor
 * @param annotatedWith annotated loops, processor on the processor path
 */
public record CompileCostResult(int classes, int annotatedClasses, int runs, String javac,
        Timing plainWithout, Timing plainWith, Timing plainWithIdle, Timing annotatedWithout, Timing annotatedWith) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /**
     * What the processor adds to the CPU time of a build that has nothing for it to do, as a
     * fraction. CPU time rather than wall time, because it is what the processor costs whatever else
     * the machine is doing.
     */
    public double plainOverhead() {
        return plainWith.cpuMillis() / plainWithout.cpuMillis() - 1;
    }

    /** What the processor adds to the CPU time when it has loops to check and twins to write. */
    public double annotatedOverhead() {
        return annotatedWith.cpuMillis() / annotatedWithout.cpuMillis() - 1;
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, GSON.toJson(this));
    }

    public static CompileCostResult read(Path file) throws IOException {
        return GSON.fromJson(Files.readString(file), CompileCostResult.class);
    }
}
