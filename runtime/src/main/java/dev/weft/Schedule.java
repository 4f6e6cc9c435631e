package dev.weft;

/**
 * How a {@link ParallelFor} loop's iterations are dealt out to the workers.
 *
 * <p>Whatever the schedule, the iterations are cut into chunks whose boundaries depend only on the
 * iteration count, the chunk size and the parallelism, never on timing. That is what keeps
 * floating-point reductions bit-identical from one run to the next.
 */
public enum Schedule {
    /**
     * Let the runtime choose. It starts with chunks several times smaller than an even share, so
     * that workers that finish early take chunks from those that are behind: uniform loops pay
     * almost nothing for it and irregular ones (Mandelbrot rows) stay balanced.
     */
    AUTO,

    /**
     * Equal shares decided up front, one block of chunks per worker. The cheapest schedule when
     * every iteration costs the same.
     */
    STATIC,

    /**
     * Chunks of a fixed size ({@link ParallelFor#chunk()}): each worker takes them in order from a
     * block of its own, and a worker whose block is done takes the others' from their far end. For
     * iterations whose costs differ widely.
     */
    DYNAMIC,

    /**
     * Chunks that shrink as the loop progresses: large ones first to keep overhead low, small ones
     * at the end so that all workers finish together.
     */
    GUIDED
}
