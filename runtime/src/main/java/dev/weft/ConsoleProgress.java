package dev.weft;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Weft's progress on a console. On a terminal, one bar redrawn in place:
 *
 * <pre>
 * Maths.slowFactorial(int)  50%|██████████          | 4/8 [00:02&lt;00:02, 2.00 it/s] threads × 2
 * </pre>
 *
 * <p>Elsewhere (a CI log, a file), where a redrawn line would only pile up, plain lines: one when
 * the work starts, one every {@value #LINE_INTERVAL_SECONDS} seconds at most while it runs, and one
 * when it ends.
 */
public final class ConsoleProgress implements ProgressListener {
    static final int BAR_WIDTH = 20;
    static final long LINE_INTERVAL_SECONDS = 5;

    private final PrintStream out;
    private final boolean terminal;
    private long nextLineNanos;

    private ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A bar redrawn in place, for a terminal. */
    public static ConsoleProgress bar(PrintStream out) {
        return new ConsoleProgress(out, true);
    }

    /** Plain periodic lines, for logs. */
    public static ConsoleProgress lines(PrintStream out) {
        return new ConsoleProgress(out, false);
    }

    /** A bar on standard error when this process has a terminal, lines otherwise. */
    public static ConsoleProgress standardError() {
        return new ConsoleProgress(System.err, hasTerminal());
    }

    /** Whether a person is watching: asked once, since a process keeps its terminal or lack of one. */
    public static boolean hasTerminal() {
        return Terminal.PRESENT;
    }

    private static final class Terminal {
        static final boolean PRESENT = detect();
    }

    /**
     * Java cannot ask about standard error alone; a console means standard input and output are a
     * terminal, and standard error almost always is too. From JDK 22 a console exists even when
     * redirected, and {@code Console.isTerminal()} tells the difference.
     */
    private static boolean detect() {
        Object console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }

    @Override
    public synchronized void started(ProgressSnapshot snapshot) {
        if (terminal) {
            draw(snapshot);
        } else {
            out.println(snapshot.label() + ": " + snapshot.total() + " to do on " + snapshot.mode());
            nextLineNanos = TimeUnit.SECONDS.toNanos(LINE_INTERVAL_SECONDS);
        }
    }

    @Override
    public synchronized void progressed(ProgressSnapshot snapshot) {
        if (terminal) {
            draw(snapshot);
        } else if (snapshot.elapsedNanos() >= nextLineNanos && snapshot.done() < snapshot.total()) {
            out.println(snapshot.label() + ": " + counts(snapshot) + " " + timing(snapshot));
            nextLineNanos = snapshot.elapsedNanos() + TimeUnit.SECONDS.toNanos(LINE_INTERVAL_SECONDS);
        }
    }

    @Override
    public synchronized void finished(ProgressSnapshot snapshot) {
        if (terminal) {
            draw(snapshot);
            out.println();
        } else {
            String outcome = snapshot.done() == snapshot.total() ? "done" : "stopped";
            out.println(snapshot.label() + ": " + outcome + " " + counts(snapshot) + " in "
                    + duration(snapshot.elapsedNanos()) + ", " + rate(snapshot));
        }
        out.flush();
    }

    private void draw(ProgressSnapshot snapshot) {
        int filled = (int) (snapshot.fraction() * BAR_WIDTH);
        String bar = "█".repeat(filled) + " ".repeat(BAR_WIDTH - filled);
        out.print(String.format(Locale.ROOT, "\r%s %3d%%|%s| %d/%d [%s] %s",
                snapshot.label(), percent(snapshot), bar, snapshot.done(), snapshot.total(),
                timing(snapshot), snapshot.mode()));
        out.flush();
    }

    private static String counts(ProgressSnapshot snapshot) {
        return snapshot.done() + "/" + snapshot.total() + " (" + percent(snapshot) + "%)";
    }

    private static int percent(ProgressSnapshot snapshot) {
        return (int) (snapshot.fraction() * 100);
    }

    /** {@code 00:03<00:04, 12.30 it/s}: elapsed, estimated time left, rate. */
    private static String timing(ProgressSnapshot snapshot) {
        long remaining = snapshot.remainingNanos();
        return duration(snapshot.elapsedNanos()) + "<" + (remaining < 0 ? "?" : duration(remaining)) + ", "
                + rate(snapshot);
    }

    /** Per second when fast, seconds per item when slower than one a second. */
    static String rate(ProgressSnapshot snapshot) {
        double perSecond = snapshot.ratePerSecond();
        if (perSecond == 0) {
            return "? it/s";
        }
        return perSecond >= 1
                ? String.format(Locale.ROOT, "%.2f it/s", perSecond)
                : String.format(Locale.ROOT, "%.2f s/it", 1 / perSecond);
    }

    /** {@code mm:ss}, or {@code h:mm:ss} from an hour on. */
    static String duration(long nanos) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
        long hours = seconds / 3600;
        String minutesSeconds = String.format(Locale.ROOT, "%02d:%02d", seconds / 60 % 60, seconds % 60);
        return hours == 0 ? minutesSeconds : hours + ":" + minutesSeconds;
    }
}
