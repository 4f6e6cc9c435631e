package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.blockUntilInterrupted;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Weft;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FanOutFailureTest {

    /** Declares what the generated {@code mAll} of a method that throws IOException declares. */
    private static List<Integer> readAll(List<Integer> inputs, Task<Integer, Integer> read) throws IOException {
        return FanOut.map(CPU, inputs, read);
    }

    @Test
    void aCheckedExceptionReachesTheCallerUnderItsOwnType() {
        try (Weft.Scope scope = workers(4)) {
            IOException caught = null;
            try {
                readAll(range(100), i -> {
                    if (i == 42) {
                        throw new IOException("disk 42 unreadable");
                    }
                    return i;
                });
            } catch (IOException e) {
                caught = e;
            }
            assertThat(caught).isExactlyInstanceOf(IOException.class).hasMessage("disk 42 unreadable");
        }
    }

    @Test
    void anUncheckedExceptionKeepsItsTypeAndMessage() {
        try (Weft.Scope scope = workers(3)) {
            assertThatThrownBy(() -> FanOut.forEach(CPU, range(50), i -> {
                if (i == 7) {
                    throw new IllegalStateException("bad input 7");
                }
            })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("bad input 7");
        }
    }

    @Test
    void anErrorKeepsItsType() {
        assertThatThrownBy(() -> FanOut.forEach(CPU, range(5), i -> {
            throw new AssertionError("task " + i);
        })).isExactlyInstanceOf(AssertionError.class);
    }

    @Test
    void theFailureNamesTheMethodAndTheTaskInASuppressedEntry() {
        Throwable thrown = catchThrowable(() -> FanOut.map(CPU, range(10), i -> {
            if (i == 3) {
                throw new IllegalArgumentException("no");
            }
            return i;
        }));

        assertThat(thrown.getSuppressed())
                .anySatisfy(entry -> assertThat(entry).hasMessageContainingAll(
                        "task 3 of 10", "dev.weft.Example.compute(Integer)", "on input 3"));
    }

    @Test
    void afterAFailureRunningTasksAreInterruptedAndWaitingTasksNeverStart() {
        CountDownLatch blockersRunning = new CountDownLatch(2);
        AtomicInteger blockersInterrupted = new AtomicInteger();
        AtomicInteger othersStarted = new AtomicInteger();
        try (Weft.Scope scope = workers(3)) {
            Throwable thrown = catchThrowable(() -> FanOut.forEach(CPU, range(100), i -> {
                if (i < 2) {
                    blockersRunning.countDown();
                    blockUntilInterrupted(blockersInterrupted::incrementAndGet);
                } else if (i == 2) {
                    blockersRunning.await();
                    throw new IllegalStateException("task 2 failed");
                } else {
                    othersStarted.incrementAndGet();
                }
            }));

            assertThat(thrown).isExactlyInstanceOf(IllegalStateException.class).hasMessage("task 2 failed");
        }
        assertThat(blockersInterrupted).hasValue(2);
        assertThat(othersStarted).hasValue(0);
        assertThat(Thread.currentThread().isInterrupted()).as("an interrupt the region sent stays in the region").isFalse();
    }

    @Test
    void laterFailuresAreAttachedToTheFirst() {
        CountDownLatch bothFailing = new CountDownLatch(2);
        try (Weft.Scope scope = workers(2)) {
            Throwable thrown = catchThrowable(() -> FanOut.forEach(CPU, range(2), i -> {
                bothFailing.countDown();
                // A spin, not await: an interrupt from the first failure must not stop the second.
                while (bothFailing.getCount() > 0) {
                    Thread.onSpinWait();
                }
                throw new IllegalStateException("failure " + i);
            }));

            assertThat(thrown).isInstanceOf(IllegalStateException.class);
            assertThat(thrown.getSuppressed()).anySatisfy(
                    entry -> assertThat(entry).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("failure "));
        }
    }
}
