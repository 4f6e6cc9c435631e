package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.Decision;
import dev.weft.Settings;
import dev.weft.ConsoleProgress;
import dev.weft.ProgressListener;
import dev.weft.progress.ProgressTracker;
import java.util.concurrent.TimeUnit;

/**
 * Whether one fan-out or loop shows its progress, and to whom. Decided on the calling thread, where
 * the caller's scopes hold, before any work starts.
 *
 * <ul>
 *   <li>a listener given to a scope hears of everything run in that scope;
 *   <li>{@code weft.progress=true}: the console, a bar on a terminal and plain lines elsewhere;
 *   <li>{@code auto}: a bar on a terminal, for work that has lasted {@link #AUTO_DELAY_MILLIS}
 *       milliseconds, so that short calls leave no trace; nothing elsewhere;
 *   <li>{@code false}: nothing.
 * </ul>
 */
final class ProgressChoice {
    static final long AUTO_DELAY_MILLIS = 500;

    private ProgressChoice() {}

    /**
     * The tracker of {@code total} tasks or iterations of {@code label}, run as {@code decision}
     * says; {@link ProgressTracker#OFF} when nobody watches.
     */
    static ProgressTracker start(Settings settings, String label, long total, Decision decision) {
        ProgressListener listener = Weft.progressListener();
        if (listener != null) {
            return ProgressTracker.start(label, mode(decision), total, listener, System::nanoTime);
        }
        return switch (settings.progress()) {
            case FALSE -> ProgressTracker.OFF;
            case TRUE -> ProgressTracker.start(label, mode(decision), total, ConsoleProgress.standardError(),
                    System::nanoTime);
            case AUTO -> ConsoleProgress.hasTerminal()
                    ? ProgressTracker.startAfter(TimeUnit.MILLISECONDS.toNanos(AUTO_DELAY_MILLIS), label,
                            mode(decision), total, ConsoleProgress.standardError(), System::nanoTime)
                    : ProgressTracker.OFF;
        };
    }

    /** How the work runs, as a progress line shows it; built only for work that is watched, as a loop run many times in a row mostly is not. */
    private static String mode(Decision decision) {
        return decision.backend().key() + " × " + decision.workers();
    }
}
