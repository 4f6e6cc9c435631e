package dev.weft.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class GrowingPoolTest {

    @Test
    void aThreadIsAwakeWhileItWorksAndFallsAsleepWhenNoWorkComes() throws InterruptedException {
        GrowingPool pool = new GrowingPool("test-awake-", 30, TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(pool.awake()).as("no thread yet").isFalse();
        Executor threads = pool.forWidth(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.execute(() -> {
            started.countDown();
            await(release);
        });
        started.await();
        assertThat(pool.awake()).as("running a task").isTrue();
        release.countDown();
        awaitAsleep(pool);
        // A sleeping thread still takes the next task.
        CountDownLatch ran = new CountDownLatch(1);
        threads.execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        awaitAsleep(pool);
    }

    @Test
    void aPoolThatDoesNotSpinSleepsAsSoonAsItsWorkIsDone() throws InterruptedException {
        GrowingPool pool = new GrowingPool("test-asleep-", 30, 0);
        CountDownLatch ran = new CountDownLatch(1);
        pool.forWidth(2).execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        awaitAsleep(pool);
    }

    @Test
    void tasksOfferedFromManyThreadsWhileThreadsSpinEachRunOnce() throws InterruptedException {
        // Long spins keep the threads in the hand-off's slot; bursts from several callers race for it.
        GrowingPool pool = new GrowingPool("test-handoff-", 30, TimeUnit.MILLISECONDS.toNanos(50));
        Executor threads = pool.forWidth(3);
        int callers = 3;
        int tasksEach = 20_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(callers * tasksEach);
        CountDownLatch allRan = new CountDownLatch(callers * tasksEach);
        List<Thread> offering = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int first = c * tasksEach;
            offering.add(new Thread(() -> {
                for (int t = first; t < first + tasksEach; t++) {
                    int task = t;
                    threads.execute(() -> {
                        runs.incrementAndGet(task);
                        allRan.countDown();
                    });
                    if (t % 100 == 0) {
                        Thread.onSpinWait(); // gaps, so that threads are found spinning as well as busy
                    }
                }
            }));
        }
        offering.forEach(Thread::start);
        for (Thread thread : offering) {
            thread.join();
        }
        assertThat(allRan.await(30, TimeUnit.SECONDS)).as("every task ran").isTrue();
        for (int t = 0; t < runs.length(); t++) {
            assertThat(runs.get(t)).as("task %d", t).isEqualTo(1);
        }
    }

    @Test
    void workerThreadsAreNumberedAndOtherThreadsAreNot() throws InterruptedException {
        assertThat(WorkerThreads.currentNumber()).isZero();
        int[] number = new int[1];
        CountDownLatch ran = new CountDownLatch(1);
        WorkerThreads.forWidth(2).execute(() -> {
            number[0] = WorkerThreads.currentNumber();
            ran.countDown();
        });
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(number[0]).isPositive();
    }

    private static void awaitAsleep(GrowingPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.awake() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(pool.awake()).as("asleep once no work came").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
