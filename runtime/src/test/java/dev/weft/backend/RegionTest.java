package dev.weft.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RegionTest {

    @Test
    void theCallerWorksTooAndEveryHelperIsUsed() {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        CountDownLatch allThree = new CountDownLatch(3);

        Region.run(WorkerThreads.forWidth(3), 3, region -> {
            workers.add(Thread.currentThread());
            allThree.countDown();
            allThree.await();
        });

        assertThat(workers).hasSize(3).contains(Thread.currentThread());
    }

    @Test
    void aHelperFailureInterruptsTheCallerBlockedInATask() {
        Thread caller = Thread.currentThread();
        CountDownLatch callerBlocked = new CountDownLatch(1);
        AtomicBoolean callerInterrupted = new AtomicBoolean();

        Throwable thrown = catchThrowable(() -> Region.run(WorkerThreads.forWidth(2), 2, region -> {
            if (Thread.currentThread() == caller) {
                callerBlocked.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    callerInterrupted.set(true);
                    throw e;
                }
            } else {
                callerBlocked.await();
                throw new IllegalStateException("helper failed");
            }
        }));

        assertThat(thrown).isExactlyInstanceOf(IllegalStateException.class).hasMessage("helper failed");
        assertThat(callerInterrupted).isTrue();
        assertThat(Thread.interrupted()).as("the region's interrupt is cleared before it returns").isFalse();
    }

    @Test
    void aHelperStillQueuedWhenTheWorkIsDoneIsWithdrawn() {
        Runnable[] queued = new Runnable[1];
        Executor neverRuns = task -> queued[0] = task;
        AtomicInteger runs = new AtomicInteger();

        Region.run(neverRuns, 2, region -> runs.incrementAndGet());
        queued[0].run(); // the pool gets to it late: it must not run the worker any more

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRejectingPoolLeavesTheWorkToTheCaller() {
        AtomicInteger runs = new AtomicInteger();

        Region.run(task -> {
            throw new RejectedExecutionException("full");
        }, 4, region -> runs.incrementAndGet());

        assertThat(runs).hasValue(1);
    }

    @Test
    void aNestedRegionRunsOnItsThreadAlone() {
        Set<Thread> inner = ConcurrentHashMap.newKeySet();
        AtomicBoolean insideOuter = new AtomicBoolean();

        Region.run(WorkerThreads.forWidth(2), 1, outer -> {
            insideOuter.set(Region.insideRegion());
            Region.run(WorkerThreads.forWidth(4), 4, region -> inner.add(Thread.currentThread()));
        });

        assertThat(insideOuter).isTrue();
        assertThat(inner).containsExactly(Thread.currentThread());
        assertThat(Region.insideRegion()).isFalse();
    }

    @Test
    void theFirstFailureIsRethrownUnchanged() {
        Exception original = new IOException("first");

        assertThatThrownBy(() -> Region.run(WorkerThreads.forWidth(2), 2, region -> {
            throw original;
        })).isSameAs(original);
    }
}
