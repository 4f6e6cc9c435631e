package dev.weft.examples;

/** One runnable example of the main job. */
public interface Example {

    /** The example's name in the final table. */
    String name();

    /**
     * Runs the original and Weft's version of the same work, checks that they agree and says what it
     * measured. An example that finds the two results different throws: a speedup of a wrong
     * answer is not worth printing.
     */
    Measured run() throws Exception;
}
