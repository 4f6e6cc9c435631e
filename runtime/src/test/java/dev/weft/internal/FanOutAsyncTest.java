package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.blockUntilInterrupted;
import static dev.weft.internal.Tasks.joinFanOutThreads;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Weft;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FanOutAsyncTest {

    @Test
    void theFutureHoldsTheResultsInInputOrder() throws Exception {
        try (Weft.Scope scope = workers(3)) {
            List<String> results = FanOut.mapAsync(CPU, range(1000), i -> "r" + i).get();

            List<String> expected = new ArrayList<>();
            range(1000).forEach(i -> expected.add("r" + i));
            assertThat(results).isEqualTo(expected);
        }
    }

    @Test
    void theInputsAreCopiedBeforeTheCallReturns() throws Exception {
        List<Integer> inputs = new ArrayList<>(range(3));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Integer>> future = FanOut.mapAsync(CPU, inputs, i -> {
            release.await();
            return i;
        });
        inputs.clear();
        release.countDown();

        assertThat(future.get()).containsExactly(0, 1, 2);
    }

    @Test
    void theFutureFailsWithTheTasksOwnException() {
        Throwable thrown = catchThrowable(() -> FanOut.forEachAsync(CPU, range(10), i -> {
            if (i == 4) {
                throw new IOException("no such file: 4");
            }
        }).get());

        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("no such file: 4");
    }

    @Test
    void cancellingTheFutureInterruptsTheRunningTasksAndStartsNoOther() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        AtomicInteger laterStarted = new AtomicInteger();
        CompletableFuture<Void> future;
        try (Weft.Scope scope = workers(2)) {
            future = FanOut.forEachAsync(CPU, range(10), i -> {
                if (i >= 2) {
                    laterStarted.incrementAndGet();
                    return;
                }
                running.countDown();
                blockUntilInterrupted(interrupted::countDown);
            });
        }
        running.await();

        assertThat(future.cancel(true)).isTrue();
        interrupted.await();
        joinFanOutThreads();
        assertThat(laterStarted).hasValue(0);
        assertThat(future).isCancelled();
    }

    @Test
    void theScopeOfTheCallerHoldsForTheAsynchronousWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Thread>> future;
        try (Weft.Scope scope = Weft.configure().backend("sequential").apply()) {
            future = FanOut.mapAsync(CPU, range(20), i -> {
                release.await();
                return Thread.currentThread();
            });
        }
        release.countDown();

        assertThat(future.get()).hasSize(20).containsOnly(future.get().get(0));
    }
}
