package dev.weft.examples;

import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Learns how Weft really ran an example, from the progress it reports: every fan-out and parallel
 * loop starts by saying which backend and how many workers it uses. Optionally passes the progress
 * on to a console bar.
 */
final class BackendRecorder implements ProgressListener {
    private final ProgressListener display;
    private final Set<String> modes = new LinkedHashSet<>();

    /** @param display where the progress is shown too, or {@code null} */
    BackendRecorder(ProgressListener display) {
        this.display = display;
    }

    @Override
    public void started(ProgressSnapshot snapshot) {
        synchronized (modes) {
            modes.add(snapshot.mode());
        }
        if (display != null) {
            display.started(snapshot);
        }
    }

    @Override
    public void progressed(ProgressSnapshot snapshot) {
        if (display != null) {
            display.progressed(snapshot);
        }
    }

    @Override
    public void finished(ProgressSnapshot snapshot) {
        if (display != null) {
            display.finished(snapshot);
        }
    }

    /** The backends used, or what it means that no parallel work started at all. */
    String backends() {
        synchronized (modes) {
            return modes.isEmpty() ? "inline: too short to split" : String.join(", ", modes);
        }
    }
}
