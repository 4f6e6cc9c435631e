package dev.weft.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
