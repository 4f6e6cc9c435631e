package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.progress.ProgressTracker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private static final String LABEL = "Maths.slowFactorial(int)";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final FakeClock clock = new FakeClock();

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalRedrawsOneBarInPlace() {
        ProgressTracker tracker = ProgressTracker.start(LABEL, "threads × 2", 8, ConsoleProgress.bar(out), clock);
        clock.advanceMillis(1000);
        tracker.advance(2);
        clock.advanceMillis(1000);
        tracker.advance(2);
        clock.advanceMillis(2000);
        tracker.advance(4);
        tracker.finish();

        assertThat(written()).isEqualTo(
                "\rMaths.slowFactorial(int)   0%|                    | 0/8 [00:00<?, ? it/s] threads × 2"
                        + "\rMaths.slowFactorial(int)  25%|█████               | 2/8 [00:01<00:03, 2.00 it/s] threads × 2"
                        + "\rMaths.slowFactorial(int)  50%|██████████          | 4/8 [00:02<00:02, 2.00 it/s] threads × 2"
                        + "\rMaths.slowFactorial(int) 100%|████████████████████| 8/8 [00:04<00:00, 2.00 it/s] threads × 2"
                        + "\rMaths.slowFactorial(int) 100%|████████████████████| 8/8 [00:04<00:00, 2.00 it/s] threads × 2"
                        + System.lineSeparator());
    }

    @Test
    void terminalShowsSecondsPerItemForSlowWork() {
        ProgressTracker tracker = ProgressTracker.start(LABEL, "sequential × 1", 4, ConsoleProgress.bar(out), clock);
        clock.advanceMillis(3000);
        tracker.advance(1);

        assertThat(written()).endsWith("| 1/4 [00:03<00:09, 3.00 s/it] sequential × 1");
    }

    @Test
    void logsGetPlainLinesAtMostEveryFiveSeconds() {
        ProgressTracker tracker = ProgressTracker.start("Mandelbrot.java:14", "threads × 2", 1000,
                ConsoleProgress.lines(out), clock);
        for (int second = 1; second <= 12; second++) {
            clock.advanceMillis(1000);
            tracker.advance(50);
        }
        clock.advanceMillis(500);
        tracker.advance(400);
        tracker.finish();

        String n = System.lineSeparator();
        assertThat(written()).isEqualTo(
                "Mandelbrot.java:14: 1000 to do on threads × 2" + n
                        + "Mandelbrot.java:14: 250/1000 (25%) 00:05<00:15, 50.00 it/s" + n
                        + "Mandelbrot.java:14: 500/1000 (50%) 00:10<00:10, 50.00 it/s" + n
                        + "Mandelbrot.java:14: done 1000/1000 (100%) in 00:12, 80.00 it/s" + n);
    }

    @Test
    void logsSayWhenWorkStoppedEarly() {
        ProgressTracker tracker = ProgressTracker.start(LABEL, "threads × 2", 8, ConsoleProgress.lines(out), clock);
        clock.advanceMillis(2000);
        tracker.advance(3);
        tracker.finish();

        assertThat(written()).endsWith("Maths.slowFactorial(int): stopped 3/8 (37%) in 00:02, 1.50 it/s"
                + System.lineSeparator());
    }

    @Test
    void durationsPastAnHourShowHours() {
        assertThat(ConsoleProgress.duration(3_725_000_000_000L)).isEqualTo("1:02:05");
        assertThat(ConsoleProgress.duration(59_000_000_000L)).isEqualTo("00:59");
    }
}
