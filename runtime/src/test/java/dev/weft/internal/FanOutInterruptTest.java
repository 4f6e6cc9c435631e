package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.blockUntilInterrupted;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FanOutInterruptTest {

    private final CountDownLatch running = new CountDownLatch(2);
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger laterStarted = new AtomicInteger();
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();
    private final AtomicBoolean interruptKept = new AtomicBoolean();

    @Test
    void interruptingTheCallerCancelsTheTasksAndKeepsTheInterrupt() throws InterruptedException {
        runInterrupted(i -> {
            blockUntilInterrupted(interrupted::incrementAndGet);
        });

        assertCancelledWithInterruptKept();
    }

    @Test
    void aTaskThatRestoresTheInterruptAndReturnsStillCancelsTheCall() throws InterruptedException {
        runInterrupted(i -> {
            try {
                blockUntilInterrupted();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
            }
        });

        assertCancelledWithInterruptKept();
    }

    /** Runs four tasks on two workers in a caller thread, and interrupts it once the first two block. */
    private void runInterrupted(VoidTask<Integer> blocking) throws InterruptedException {
        Thread caller = new Thread(() -> {
            try (Weft.Scope scope = workers(2)) {
                FanOut.forEach(CPU, range(4), i -> {
                    if (i >= 2) {
                        laterStarted.incrementAndGet();
                        return;
                    }
                    running.countDown();
                    blocking.accept(i);
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
            interruptKept.set(Thread.currentThread().isInterrupted());
        }, "test-caller");
        caller.start();
        running.await();
        caller.interrupt();
        caller.join();
    }

    private void assertCancelledWithInterruptKept() {
        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        assertThat(interruptKept).isTrue();
        assertThat(interrupted).hasValue(2);
        assertThat(laterStarted).hasValue(0);
    }
}
