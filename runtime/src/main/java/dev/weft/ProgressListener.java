package dev.weft;

/**
 * Receives the progress of fan-outs and loops: for a GUI, a log, a metrics system. Weft's own
 * console bar is one of these.
 *
 * <p>Calls for one piece of work arrive one at a time, in order ({@code started}, any number of
 * {@code progressed}, {@code finished}), but from whichever worker thread happens to report, so an
 * implementation that updates a user interface hands the snapshot over to that interface's thread.
 * {@code progressed} comes a few times a second at most, however fast the work goes.
 */
public interface ProgressListener {

    /** The work started; {@code snapshot.done()} is 0. */
    default void started(ProgressSnapshot snapshot) {}

    /** Some of the work finished since the last call. */
    void progressed(ProgressSnapshot snapshot);

    /** All the work finished, or it stopped early on a failure or a cancellation. */
    default void finished(ProgressSnapshot snapshot) {}
}
