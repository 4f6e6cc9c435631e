package dev.weft;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A worker process ended while it ran a task: the task fails with this, the pool starts a new
 * worker for the tasks after it, and the tasks other workers run go on to the end. The message
 * names the task, the worker's exit code and the last lines it wrote to standard error, which
 * usually say why (an {@code OutOfMemoryError}, a {@code System.exit} in user code, a kill by the
 * operating system).
 *
 * <p>A fan-out in which workers died throws the first of these once its other tasks have finished,
 * with the deaths after it attached as suppressed, and {@link #completedResults()} holding what the
 * other tasks returned.
 */
public final class WorkerDiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private transient List<Object> completedResults = List.of();

    /** The death of one worker, said in {@code message}; the processes backend is what throws these. */
    public WorkerDiedException(String message) {
        super(message);
    }

    /**
     * The first of {@code deaths}, with the others attached as suppressed and {@code results} (in
     * input order, {@code null} where a task did not complete) kept for the caller.
     */
    public static WorkerDiedException afterTheRest(List<WorkerDiedException> deaths, Object[] results) {
        WorkerDiedException first = deaths.get(0);
        for (WorkerDiedException later : deaths.subList(1, deaths.size())) {
            first.addSuppressed(later);
        }
        first.completedResults = Collections.unmodifiableList(Arrays.asList(results.clone()));
        return first;
    }

    /**
     * What every task of the fan-out returned, in input order, with {@code null} for the tasks
     * whose worker died; empty when the exception did not end a fan-out.
     */
    public List<Object> completedResults() {
        return completedResults;
    }
}
