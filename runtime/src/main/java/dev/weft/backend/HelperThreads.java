package dev.weft.backend;

import dev.weft.plan.Decision;
import java.util.concurrent.Executor;

/** Where a {@link Region}'s helpers come from, by the backend a {@link Decision} names. */
public final class HelperThreads {
    private HelperThreads() {}

    /**
     * The helpers for a region of {@code decision.workers()} workers.
     *
     * @throws IllegalArgumentException for a backend that does not run on threads of this JVM
     */
    public static Executor forDecision(Decision decision) {
        return switch (decision.backend()) {
            case THREADS, SEQUENTIAL -> WorkerThreads.forWidth(decision.workers());
            case ASYNC -> AsyncThreads.forWidth(decision.workers());
            case AUTO, PROCESSES -> throw new IllegalArgumentException(
                    decision.backend().key() + " does not run on threads of this JVM: " + decision);
        };
    }
}
