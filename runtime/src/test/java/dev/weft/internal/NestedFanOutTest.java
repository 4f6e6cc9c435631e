package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Weft;
import dev.weft.Workload;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class NestedFanOutTest {

    @Test
    void aFanOutInsideATaskRunsOnThatTasksThread() {
        try (Weft.Scope scope = workers(4)) {
            List<Boolean> allOnOwnThread = FanOut.map(CPU, range(8), outer -> {
                Thread self = Thread.currentThread();
                List<Thread> inner = FanOut.map(CPU, range(50), i -> Thread.currentThread());
                return inner.stream().allMatch(thread -> thread == self);
            });

            assertThat(allOnOwnThread).containsOnly(true).hasSize(8);
        }
    }

    @Test
    void anAsyncFanOutInsideATaskRunsOnThatTasksThreadToo() {
        try (Weft.Scope scope = workers(4)) {
            List<Boolean> onOwnThread = FanOut.map(CPU, range(4), outer -> {
                Thread self = Thread.currentThread();
                CompletableFuture<List<Thread>> inner = FanOut.mapAsync(CPU, range(10), i -> Thread.currentThread());
                return inner.isDone() && inner.get().stream().allMatch(thread -> thread == self);
            });

            assertThat(onOwnThread).containsOnly(true);
        }
    }

    @Test
    void aNestedFanOutStaysOnItsThreadWhateverItsWorkload() {
        TaskSpec io = new TaskSpec("dev.weft.Example.fetch(Integer)", Workload.IO, "");
        TaskSpec unknown = new TaskSpec("dev.weft.Example.process(Integer)", Workload.AUTO, "");
        try (Weft.Scope scope = workers(2)) {
            List<Boolean> onOwnThread = FanOut.map(CPU, range(4), outer -> {
                Thread self = Thread.currentThread();
                List<Thread> inner = FanOut.map(io, range(20), i -> Thread.currentThread());
                List<Thread> measured = FanOut.map(unknown, range(20), i -> {
                    Thread.sleep(1);
                    return Thread.currentThread();
                });
                return inner.stream().allMatch(thread -> thread == self) && measured.stream().allMatch(thread -> thread == self);
            });

            assertThat(onOwnThread).containsOnly(true);
        }
    }

    @Test
    void aFailingNestedFanOutFailsItsTaskWithTheSameException() {
        try (Weft.Scope scope = workers(2)) {
            Throwable thrown = catchThrowable(() -> FanOut.map(CPU, range(4), outer ->
                    FanOut.map(CPU, range(4), i -> {
                        if (outer == 1 && i == 2) {
                            throw new UnsupportedOperationException("inner 1/2");
                        }
                        return i;
                    })));

            assertThat(thrown).isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("inner 1/2");
        }
    }
}
