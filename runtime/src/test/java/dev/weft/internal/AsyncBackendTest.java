package dev.weft.internal;

import static dev.weft.internal.Tasks.blockUntilInterrupted;
import static dev.weft.internal.Tasks.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Weft;
import dev.weft.Workload;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AsyncBackendTest {
    static final TaskSpec IO = new TaskSpec("dev.weft.Example.fetch(Integer)", Workload.IO, "");

    private static Weft.Scope concurrency(int calls) {
        return Weft.configure().backend("auto").ioConcurrency(calls).apply();
    }

    @Test
    void ioTasksWaitManyMoreAtOnceThanThereAreCores() {
        int calls = 40;
        CyclicBarrier allWaiting = new CyclicBarrier(calls);
        try (Weft.Scope scope = concurrency(calls)) {
            List<String> threads = FanOut.map(IO, range(calls), i -> {
                allWaiting.await(); // passes only when all forty wait at once
                return Thread.currentThread().getName();
            });

            assertThat(threads).hasSize(calls);
            assertThat(threads.stream().filter(name -> name.startsWith("weft-async-"))).hasSize(calls - 1);
        }
    }

    @Test
    void theConcurrencySettingBoundsTheWaitingCalls() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (Weft.Scope scope = concurrency(3)) {
            FanOut.forEach(IO, range(60), i -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(1);
                running.decrementAndGet();
            });
        }
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void resultsComeBackInInputOrder() {
        try (Weft.Scope scope = concurrency(16)) {
            assertThat(FanOut.map(IO, range(1000), i -> i + 1)).isEqualTo(range(1001).subList(1, 1001));
        }
    }

    @Test
    void aFailureCancelsTheWaitingCallsAndIsRethrownUnchanged() {
        int waiting = 10;
        CountDownLatch allWaiting = new CountDownLatch(waiting);
        AtomicInteger interrupted = new AtomicInteger();
        try (Weft.Scope scope = concurrency(waiting + 1)) {
            Throwable thrown = catchThrowable(() -> FanOut.forEach(IO, range(waiting + 1), i -> {
                if (i == waiting) {
                    allWaiting.await();
                    throw new IOException("connection reset");
                }
                allWaiting.countDown();
                blockUntilInterrupted(interrupted::incrementAndGet);
            }));

            assertThat(thrown).isExactlyInstanceOf(IOException.class).hasMessage("connection reset");
        }
        assertThat(interrupted).hasValue(waiting);
    }
}
