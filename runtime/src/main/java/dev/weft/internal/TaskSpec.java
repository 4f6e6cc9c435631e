package dev.weft.internal;

import dev.weft.Workload;
import java.util.Objects;

/**
 * What the processor knows about one {@code @Parallelizable} method, written once into the
 * companion class as a constant and handed to {@link FanOut} with every call.
 *
 * @param method the method as people read it, {@code com.example.Images.blur(Image, int)}: it names
 *     the method in plans, progress and failures
 * @param workload the annotation's {@code workload}
 * @param memoryPerTask the annotation's {@code memoryPerTask}, as written ({@code ""} when absent)
 */
public record TaskSpec(String method, Workload workload, String memoryPerTask) {
    /** Checks that nothing is missing. */
    public TaskSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(memoryPerTask, "memoryPerTask");
    }
}
