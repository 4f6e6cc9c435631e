package dev.weft.backend;

import dev.weft.Decision;
import java.util.concurrent.Executor;

/** Where a {@link Region}'s helpers come from, by the backend a {@link Decision} names. */
public final class HelperThreads {
    private HelperThreads() {}

    /**
     * The helpers for a region of {@code decision.workers()} workers.
     *
     * @throws IllegalArgumentException for {@link dev.weft.Backend#AUTO}, which is not a decision
     */
    public static Executor forDecision(Decision decision) {
        return switch (decision.backend()) {
            case THREADS, SEQUENTIAL -> WorkerThreads.forWidth(decision.workers());
            // Helpers of the processes and hazelcast backends only wait for replies.
            case ASYNC, PROCESSES, HAZELCAST -> AsyncThreads.forWidth(decision.workers());
            case AUTO -> throw new IllegalArgumentException(
                    "a decision names a concrete backend: " + decision);
        };
    }
}
