package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.blockUntilInterrupted;
import static dev.weft.internal.Tasks.joinFanOutThreads;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.weftThreads;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Weft;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ThreadLeakTest {
    private static final int WIDTH = 4;

    @Test
    void failingCallsLeaveNoThreadBehind() throws InterruptedException, ExecutionException {
        for (int round = 0; round < 20; round++) {
            failingCall(); // lets the shared pool reach the size it keeps for this width
        }
        joinFanOutThreads();
        int baseline = weftThreads().size();

        for (int round = 0; round < 200; round++) {
            failingCall();
            failingAsyncCall();
        }
        joinFanOutThreads();

        // The pool may end idle threads meanwhile, never start more than it keeps.
        assertThat(weftThreads()).hasSizeLessThanOrEqualTo(baseline);
        assertThat(weftThreads()).noneMatch(thread -> thread.getName().startsWith("weft-fanout-"));
    }

    @Test
    void failingIoCallsLeaveNoThreadBehind() {
        for (int round = 0; round < 20; round++) {
            failingIoCall();
        }
        int baseline = weftThreads().size();

        for (int round = 0; round < 200; round++) {
            failingIoCall();
        }

        assertThat(weftThreads()).hasSizeLessThanOrEqualTo(baseline);
    }

    private static void failingIoCall() {
        try (Weft.Scope scope = Weft.configure().backend("async").ioConcurrency(WIDTH).apply()) {
            Throwable thrown = catchThrowable(() -> FanOut.forEach(CPU, range(20), ThreadLeakTest::failOrBlock));
            assertThat(thrown).hasMessage("task 5");
        }
    }

    private static void failingCall() {
        try (Weft.Scope scope = workers(WIDTH)) {
            Throwable thrown = catchThrowable(() -> FanOut.forEach(CPU, range(20), ThreadLeakTest::failOrBlock));
            assertThat(thrown).hasMessage("task 5");
        }
    }

    private static void failingAsyncCall() throws InterruptedException {
        try (Weft.Scope scope = workers(WIDTH)) {
            Throwable thrown = catchThrowable(() -> FanOut.forEachAsync(CPU, range(20), ThreadLeakTest::failOrBlock).get());
            assertThat(thrown).isInstanceOf(ExecutionException.class).hasRootCauseMessage("task 5");
        }
    }

    /**
     * Tasks 0 to 2 block until the failure interrupts them, which leaves one of the four workers
     * to reach task 5, which fails.
     */
    private static void failOrBlock(int i) throws InterruptedException {
        if (i == 5) {
            throw new IllegalStateException("task 5");
        }
        if (i < WIDTH - 1) {
            blockUntilInterrupted();
        }
    }
}
