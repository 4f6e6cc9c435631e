package dev.weft.progress;

import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts the finished part of one fan-out or loop and reports it to a listener a few times a
 * second at most. Any worker may call {@link #advance}; whichever crosses the next reporting time
 * reports, so no thread is started for it. When progress is off, {@link #OFF} does nothing at all.
 *
 * <p>A tracker started with a delay tells its listener nothing until the work has run that long:
 * work that ends sooner leaves no trace, so a terminal is not filled with bars of short calls.
 */
public final class ProgressTracker {

    /** The tracker of work nobody watches. */
    public static final ProgressTracker OFF = new ProgressTracker();

    /** How often a listener hears of progress at most. */
    static final long REPORT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final String label;
    private final String mode;
    private final long total;
    private final ProgressListener listener;
    private final LongSupplier clock;
    private final long startNanos;
    private final long delayNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong();
    /** Guarded by {@code this}: whether the listener has been told the work started. */
    private boolean announced;

    private ProgressTracker() {
        this.label = "";
        this.mode = "";
        this.total = 0;
        this.listener = null;
        this.clock = null;
        this.startNanos = 0;
        this.delayNanos = 0;
    }

    private ProgressTracker(
            String label, String mode, long total, ProgressListener listener, LongSupplier clock, long delayNanos) {
        this.label = label;
        this.mode = mode;
        this.total = total;
        this.listener = listener;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.delayNanos = delayNanos;
        this.nextReport.set(startNanos + Math.max(delayNanos, REPORT_INTERVAL_NANOS));
    }

    /** Starts tracking {@code total} tasks or iterations, telling {@code listener} at once. */
    public static ProgressTracker start(
            String label, String mode, long total, ProgressListener listener, LongSupplier nanoClock) {
        ProgressTracker tracker = new ProgressTracker(label, mode, total, listener, nanoClock, 0);
        synchronized (tracker) {
            tracker.announce(0, tracker.startNanos);
        }
        return tracker;
    }

    /**
     * Starts tracking {@code total} tasks or iterations, telling {@code listener} only once the work
     * has run for {@code delayNanos}.
     */
    public static ProgressTracker startAfter(long delayNanos, String label, String mode, long total,
            ProgressListener listener, LongSupplier nanoClock) {
        return new ProgressTracker(label, mode, total, listener, nanoClock, delayNanos);
    }

    /** {@code count} more tasks or iterations finished. */
    public void advance(long count) {
        if (listener == null) {
            return;
        }
        long finished = done.addAndGet(count);
        long now = clock.getAsLong();
        long due = nextReport.get();
        if (now >= due && nextReport.compareAndSet(due, now + REPORT_INTERVAL_NANOS)) {
            report(now);
        } else if (finished == total) {
            // The last report must show all the work done, however recent the one before it.
            report(now);
        }
    }

    private synchronized void report(long now) {
        if (!announced) {
            if (now - startNanos < delayNanos) {
                return; // finished before anyone needed to hear of it
            }
            announce(done.get(), now);
        }
        listener.progressed(snapshot(done.get(), now));
    }

    private void announce(long finished, long now) {
        announced = true;
        listener.started(snapshot(finished, now));
    }

    /** The work ended, completely or not. */
    public void finish() {
        if (listener == null) {
            return;
        }
        synchronized (this) {
            if (announced) {
                listener.finished(snapshot(done.get(), clock.getAsLong()));
            }
        }
    }

    private ProgressSnapshot snapshot(long finished, long now) {
        return new ProgressSnapshot(label, mode, finished, total, now - startNanos);
    }
}
