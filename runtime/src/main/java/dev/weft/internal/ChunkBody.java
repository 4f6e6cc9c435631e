package dev.weft.internal;

/**
 * One chunk of a {@code @ParallelFor} loop, as generated code passes it: the loop's own body run
 * over the indices from {@code from} (inclusive) to {@code to} (exclusive), in the loop's direction.
 */
@FunctionalInterface
public interface ChunkBody {
    /**
     * @param chunk the chunk's number, from {@code 0}: where the chunk stores its reduction partials
     * @param from the loop variable's first value in this chunk
     * @param to one step past the chunk's last value: its last value {@code + 1} for an ascending
     *     loop, {@code - 1} for a descending one
     */
    void run(int chunk, long from, long to) throws Exception;
}
