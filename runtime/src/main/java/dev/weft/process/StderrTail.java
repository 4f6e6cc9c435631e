package dev.weft.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Passes a worker's standard error on to this JVM's, line by line, keeping the last lines to
 * explain the worker's death if it dies.
 */
final class StderrTail {
    private static final int KEPT_LINES = 20;

    private final Deque<String> last = new ArrayDeque<>();
    private final Thread reader;

    StderrTail(InputStream stderr, String name) {
        reader = new Thread(() -> copy(stderr), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void copy(InputStream stderr) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, Charset.defaultCharset()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.err.println(line);
                synchronized (last) {
                    if (last.size() == KEPT_LINES) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            }
        } catch (IOException closed) {
            // the worker is gone: what was read is all there is
        }
    }

    /** The last lines, once the worker's standard error has ended (or after {@code millis}). */
    String lastLines(long millis) throws InterruptedException {
        reader.join(millis);
        synchronized (last) {
            return last.isEmpty() ? "(nothing)" : String.join(System.lineSeparator(), last);
        }
    }
}
