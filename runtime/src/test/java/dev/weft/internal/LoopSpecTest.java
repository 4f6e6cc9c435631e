package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Schedule;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class LoopSpecTest {
    @Test
    void aLoopNeverTimedIsNotKnownToBeShort() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        assertThat(spec.runsInline(0, 2, 1)).isFalse();
    }

    @Test
    void aRunWithoutIterationsIsAlwaysInline() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        assertThat(spec.runsInline(5, 5, 1)).isTrue();
        assertThat(spec.runsInline(9, 5, 3)).isTrue();
    }

    @Test
    void belowMinIterationsRunsInlineWithoutTiming() {
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.AUTO, 0, 100, 0);
        assertThat(spec.runsInline(0, 99, 1)).isTrue();
        assertThat(spec.runsInline(0, 100, 1)).isFalse();
        assertThat(spec.runsInline(0, 198, 2)).as("99 iterations of step 2").isTrue();
        assertThat(spec.runsInline(0, 200, 2)).isFalse();
        for (int run = 0; run < 1_000; run++) {
            assertThat(spec.runsInline(0, 50, 1)).isTrue();
        }
    }

    @Test
    void aRunSplitsSoonerWhileAHelperIsAwake() {
        assertThat(LoopSpec.isShort(1, 11_999, true)).isTrue();
        assertThat(LoopSpec.isShort(1, 12_000, true)).as("long enough to split for a helper awake").isFalse();
        assertThat(LoopSpec.isShort(1, 12_000, false)).as("too short to wake a helper for").isTrue();
        assertThat(LoopSpec.isShort(1, 100_000, false)).isFalse();
    }

    @Test
    void aLoopWhoseLastRunSplitKeepsSplittingALittleBelowTheThreshold() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        assertThat(spec.runsShort(1, 10_000, true)).isTrue();
        spec.ranSplit(true);
        assertThat(spec.runsShort(1, 10_000, true)).as("split last: 10 µs still splits").isFalse();
        assertThat(spec.runsShort(1, 8_000, true)).isTrue();
        assertThat(spec.runsShort(1, 80_000, false)).as("asleep: three quarters of 100 µs").isFalse();
        spec.ranSplit(false);
        assertThat(spec.runsShort(1, 11_000, true)).isTrue();
    }

    @Test
    void aLearntCostDecidesRunsOfAboutTheSameLength() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            // 0.1 ns an iteration, learnt from runs of 8 192 to 16 383 iterations: the longest take 1.6 µs.
            spec.learn(LoopSpec.perIteration(1_000, 10_000), 10_000);
            assertThat(spec.runsInline(0, 8_192, 1)).as("short, helpers awake or not").isTrue();
            assertThat(spec.runsInline(0, 16_383, 1)).isTrue();
            assertThat(spec.runsInline(-5_000, 5_000, 1)).isTrue();
            assertThat(spec.runsInline(0, 16_384, 1)).as("twice as long: timed itself").isFalse();
        });
    }

    @Test
    void runsOfAnotherLengthAreTimedThemselves() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            // A row elimination: its short runs have short iterations, its long runs long ones.
            spec.learn(LoopSpec.perIteration(1_000, 100), 100);
            spec.learn(LoopSpec.perIteration(200_000, 500), 500);
            assertThat(spec.runsInline(0, 100, 1)).isTrue();
            assertThat(spec.runsInline(0, 500, 1)).isFalse();
            assertThat(spec.knownNanosPerIteration(100)).isEqualTo(10.0);
            assertThat(spec.knownNanosPerIteration(500)).isEqualTo(400.0);
            assertThat(spec.knownNanosPerIteration(1_000)).isNaN();
        });
    }

    @Test
    void aRunShortOnlyWhileTheHelpersSleepWakesOneForTheNextRuns() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean split = false;
        while (!split && System.nanoTime() < deadline) {
            // 0.3 ns an iteration for runs of 32 768 to 65 535: 20 µs at most, worth a helper awake, not waking one.
            spec.learn(0.3, 50_000);
            // True while the helpers sleep, and wakes one; false once one is awake.
            split = !spec.runsInline(0, 50_000, 1);
        }
        assertThat(split).as("a run found a helper awake").isTrue();
    }

    @Test
    void aRunInlineExactlyIsShortAndHasAChunkPerIteration() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            for (long iterations = 1; iterations < 1_024; iterations *= 2) {
                spec.learn(1.0, iterations);
            }
            assertThat(spec.runsInline(0, 1_000, 1)).isTrue();
            assertThat(spec.runsInlineExactly(0, 255, 1)).isTrue();
            assertThat(spec.runsInlineExactly(0, 257, 1)).as("chunks of several iterations").isFalse();
            assertThat(spec.runsInlineExactly(0, 510, 2)).as("255 iterations of step 2").isTrue();
            // 513 / 2 rounds down to 256, one short of the 257 iterations of `i < 513; i += 2` or of
            // `i <= 512; i += 2`, which come in chunks of several: the check stays below 256.
            assertThat(spec.runsInlineExactly(0, 513, 2)).isFalse();
            assertThat(spec.runsInlineExactly(0, 512, 2)).isFalse();
            assertThat(spec.runsInlineExactly(3, 3, 1)).isTrue();
        });
        assertThat(LoopSpec.of("Test.java:2").runsInlineExactly(0, 16, 1)).as("never timed").isFalse();
    }

    @Test
    void aSpanBeyondTheRangeOfALongIsNotShort() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            spec.learn(LoopSpec.perIteration(10, 10), 10);
            assertThat(spec.runsInline(0, 10, 1)).isTrue();
            assertThat(spec.runsInline(Long.MIN_VALUE, Long.MAX_VALUE, 1)).isFalse();
            assertThat(spec.runsInline(Long.MIN_VALUE, Long.MAX_VALUE, 3)).isFalse();
        });
    }

    @Test
    void aTimingTooShortToMeasureNeverPassesForALongLoop() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            spec.learn(LoopSpec.perIteration(0, 16), 16);
            assertThat(spec.runsInline(0, 16, 1)).isTrue();
            assertThat(spec.runsInline(0, 10_000_000, 1)).isFalse();
        });
    }

    @Test
    void aShortLoopIsTimedAgainOnceTheClockHasTicked() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        withinOneTick(() -> {
            spec.learn(LoopSpec.perIteration(1_000, 10), 10);
            assertThat(spec.runsInline(0, 10, 1)).isTrue();
            assertThat(spec.knownNanosPerIteration(10)).isEqualTo(100.0);
        });
        LoopClock.tick();
        assertThat(spec.runsInline(0, 10, 1)).as("until it is timed again").isFalse();
        assertThat(spec.knownNanosPerIteration(10)).isNaN();
        assertThat(spec.wasShort(10)).isTrue();
        withinOneTick(() -> {
            spec.learn(LoopSpec.perIteration(1_000, 10), 10);
            assertThat(spec.runsInline(0, 10, 1)).isTrue();
        });
    }

    @Test
    void aShortLoopThatTimesLongIsBelievedOnlyOnceItHasBeenLongForAWhile() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        spec.learn(LoopSpec.perIteration(1_000, 1_000), 1_000);
        LoopClock.tick();
        long slowRun = LoopSpec.DOUBT_NANOS / 4;
        for (int run = 1; run < 4; run++) {
            spec.relearn(slowRun, 1_000);
            assertThat(spec.wasShort(1_000)).as("after %d slow runs", run).isTrue();
            assertThat(spec.knownNanosPerIteration(1_000)).as("still due to be timed").isNaN();
        }
        spec.relearn(slowRun, 1_000);
        assertThat(spec.wasShort(1_000)).isFalse();
    }

    @Test
    void aShortTimingClearsTheDoubt() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        spec.learn(LoopSpec.perIteration(1_000, 1_000), 1_000);
        LoopClock.tick();
        spec.relearn(LoopSpec.DOUBT_NANOS - 1, 1_000);
        spec.relearn(1_000, 1_000);
        LoopClock.tick();
        spec.relearn(LoopSpec.DOUBT_NANOS - 1, 1_000);
        assertThat(spec.wasShort(1_000)).isTrue();
        spec.relearn(LoopSpec.DOUBT_NANOS, 1_000);
        assertThat(spec.wasShort(1_000)).as("once the slow runs since add up to the doubt").isFalse();
    }

    @Test
    void aLoopNotShortBeforeLearnsALongTimingAtOnce() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        spec.relearn(1_000_000, 1_000);
        assertThat(spec.wasShort(1_000)).isFalse();
    }

    @Test
    void runningAShortLoopTeachesItsSpec() {
        // A stall while the loop is timed (a collection, another process) can make it look long
        // until the clock's next tick has it timed again: the loop gets a few ticks to learn.
        runUntilKnownShort(LoopSpec.of("Test.java:1"), spec -> {}, "still not known to be short after %d runs");
    }

    @Test
    void aLoopTimedLongByMistakeLearnsFromItsParallelRun() {
        // As a timing stalled by a pause can say: 10 µs an iteration, so 64 go parallel.
        runUntilKnownShort(LoopSpec.of("Test.java:1"), spec -> spec.learn(10_000, 64),
                "not believed short after %d parallel runs");
    }

    /**
     * Runs a loop adding up 0 to 63, after {@code beforeEachRun}, until its spec knows it to be
     * short, for 10 s at most; and checks that every run added up every iteration once.
     */
    private static void runUntilKnownShort(LoopSpec spec, Consumer<LoopSpec> beforeEachRun, String tooLong) {
        long[] sum = new long[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int runs = 0;
        do {
            beforeEachRun.accept(spec);
            Loops.ascending(spec, 0, 64, 1).runIterations((chunk, from, to) -> {
                synchronized (sum) {
                    for (long i = from; i < to; i++) {
                        sum[0] += i;
                    }
                }
            });
            runs++;
            assertThat(System.nanoTime() - deadline).as(tooLong, runs).isNegative();
        } while (!spec.runsInline(0, 64, 1));
        assertThat(sum[0]).isEqualTo(runs * (63L * 64 / 2));
    }

    /** Runs {@code check} again should the clock's own thread tick in the middle of it. */
    private static void withinOneTick(Runnable check) {
        while (true) {
            int before = LoopClock.ticks();
            try {
                check.run();
                return;
            } catch (AssertionError failure) {
                // A tick sets thresholds back before it counts itself: give it the time to finish.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                if (LoopClock.ticks() == before) {
                    throw failure;
                }
            }
        }
    }
}
