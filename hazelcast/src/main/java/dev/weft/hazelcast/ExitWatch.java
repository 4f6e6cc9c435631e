package dev.weft.hazelcast;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.core.HazelcastInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the clients (and embedded clusters) that Weft opened once the application has finished.
 * Hazelcast makes its threads non-daemon, so a client would keep the JVM alive after the
 * application's last thread ended, and shutdown hooks would never run. A daemon thread,
 * {@code weft-hazelcast-exit}, looks twice a second for a live non-daemon thread that is not one of
 * those clients' own; when there is none left, it closes them, and the JVM exits as it would have
 * without them. Instances an application hands to {@link WeftHazelcast#use} are its own to end.
 */
final class ExitWatch {
    private static final long POLL_MILLIS = 500;
    /**
     * Weft's clients by name, taken when they open (a client Hazelcast has already shut down
     * answers nothing), and how each is closed (for an embedded cluster, its members are killed too).
     */
    private static final Map<String, Runnable> OWNED = new ConcurrentHashMap<>();
    /** Guarded by {@code OWNED}. */
    private static boolean watching;

    private ExitWatch() {}

    /** Closes {@code client} with {@code close} once nothing but Hazelcast's threads is left. */
    static void closeAtExit(HazelcastInstance client, Runnable close) {
        OWNED.put(client.getName(), () -> {
            try {
                close.run();
            } catch (HazelcastClientNotActiveException alreadyClosed) {
                // Hazelcast ended the client itself: nothing of it is left to close.
            }
        });
        synchronized (OWNED) {
            if (!watching) {
                watching = true;
                Thread watch = new Thread(ExitWatch::watch, "weft-hazelcast-exit");
                watch.setDaemon(true);
                watch.start();
            }
        }
    }

    private static void watch() {
        try {
            while (!applicationFinished()) {
                Thread.sleep(POLL_MILLIS);
            }
            OWNED.values().forEach(Runnable::run);
            OWNED.clear();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (OWNED) {
                watching = false;
            }
        }
    }

    /** Whether every live non-daemon thread belongs to one of Weft's clients. */
    private static boolean applicationFinished() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            Thread thread = threads[i];
            // DestroyJavaVM is the JVM waiting, on behalf of main, for the non-daemon threads to end.
            if (thread.isAlive() && !thread.isDaemon() && !thread.getName().equals("DestroyJavaVM") && !ownedByWeft(thread)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ownedByWeft(Thread thread) {
        for (String client : OWNED.keySet()) {
            if (thread.getName().contains(client + ".")) {
                return true;
            }
        }
        return false;
    }
}
