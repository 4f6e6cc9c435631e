package dev.weft.process;

/**
 * A worker process ended while it ran a task: the task fails with this, the pool starts a new
 * worker for the tasks after it, and the results of the tasks other workers ran are not affected.
 * The message names the task, the worker's exit code and the last lines it wrote to standard
 * error, which usually say why (an {@code OutOfMemoryError}, a {@code System.exit} in user code, a
 * kill by the operating system).
 */
public final class WorkerDiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerDiedException(String message) {
        super(message);
    }
}
