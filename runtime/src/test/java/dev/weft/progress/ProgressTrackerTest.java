package dev.weft.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.FakeClock;
import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {
    private final FakeClock clock = new FakeClock();
    private final List<String> events = new ArrayList<>();

    private final ProgressListener recorder = new ProgressListener() {
        @Override
        public void started(ProgressSnapshot s) {
            events.add("started " + s.done() + "/" + s.total() + " on " + s.mode());
        }

        @Override
        public void progressed(ProgressSnapshot s) {
            events.add("progressed " + s.done() + "/" + s.total());
        }

        @Override
        public void finished(ProgressSnapshot s) {
            events.add("finished " + s.done() + "/" + s.total());
        }
    };

    @Test
    void reportsAFewTimesASecondAtMost() {
        ProgressTracker tracker = ProgressTracker.start("t", "threads × 2", 1000, recorder, clock);
        for (int i = 0; i < 100; i++) {
            clock.advanceMillis(10);
            tracker.advance(1);
        }
        tracker.finish();

        // 1 s of work in 10 ms steps: a report every 200 ms, no more.
        assertThat(events).containsExactly(
                "started 0/1000 on threads × 2",
                "progressed 20/1000", "progressed 40/1000", "progressed 60/1000",
                "progressed 80/1000", "progressed 100/1000",
                "finished 100/1000");
    }

    @Test
    void theLastStepIsAlwaysReported() {
        ProgressTracker tracker = ProgressTracker.start("t", "sequential × 1", 3, recorder, clock);
        tracker.advance(1);
        tracker.advance(2);
        tracker.finish();

        assertThat(events).containsExactly("started 0/3 on sequential × 1", "progressed 3/3", "finished 3/3");
    }

    @Test
    void aDelayedTrackerStaysSilentAboutShortWork() {
        ProgressTracker tracker = ProgressTracker.startAfter(500_000_000L, "t", "threads × 2", 10, recorder, clock);
        for (int i = 0; i < 10; i++) {
            clock.advanceMillis(40);
            tracker.advance(1);
        }
        tracker.finish();

        assertThat(events).isEmpty();
    }

    @Test
    void aDelayedTrackerSpeaksOnceTheWorkLastsLongEnough() {
        ProgressTracker tracker = ProgressTracker.startAfter(500_000_000L, "t", "threads × 2", 10, recorder, clock);
        for (int i = 0; i < 10; i++) {
            clock.advanceMillis(100);
            tracker.advance(1);
        }
        tracker.finish();

        assertThat(events).containsExactly(
                "started 5/10 on threads × 2", "progressed 5/10", "progressed 7/10", "progressed 9/10",
                "progressed 10/10", "finished 10/10");
    }

    @Test
    void offDoesNothing() {
        ProgressTracker.OFF.advance(5);
        ProgressTracker.OFF.finish();

        assertThat(events).isEmpty();
    }

    @Test
    void workersReportingAtOnceCountEveryStepAndNeverOverlap() throws InterruptedException {
        AtomicBoolean inside = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        List<Long> finalCount = new ArrayList<>();
        ProgressListener guarded = new ProgressListener() {
            @Override
            public void progressed(ProgressSnapshot s) {
                if (!inside.compareAndSet(false, true)) {
                    overlapped.set(true);
                }
                inside.set(false);
            }

            @Override
            public void finished(ProgressSnapshot s) {
                finalCount.add(s.done());
            }
        };
        int workers = 4;
        int steps = 20_000;
        ProgressTracker tracker = ProgressTracker.start("t", "threads × 4", (long) workers * steps, guarded, System::nanoTime);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < steps; i++) {
                    tracker.advance(1);
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        tracker.finish();

        assertThat(finalCount).containsExactly((long) workers * steps);
        assertThat(overlapped).isFalse();
    }
}
