package dev.weft.processor.model.loop;

/**
 * The attributes of one {@code @ParallelFor} annotation.
 *
 * @param schedule the {@code Schedule} constant's name
 */
public record LoopOptions(String schedule, int chunk, int minIterations, int parallelism) {
    public static final LoopOptions DEFAULTS = new LoopOptions("AUTO", 0, 0, 0);
}
