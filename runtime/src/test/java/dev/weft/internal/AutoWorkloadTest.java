package dev.weft.internal;

import static dev.weft.internal.Tasks.range;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.Workload;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AutoWorkloadTest {
    private static final TaskSpec UNKNOWN = new TaskSpec("dev.weft.Example.process(Integer)", Workload.AUTO, "");

    @Test
    void tasksThatMostlyWaitMoveToTheAsyncBackend() {
        CountDownLatch movedToAsync = new CountDownLatch(1);
        // No weft.parallelism: set, it would cap waiting calls too, as joblib's n_jobs does.
        int wider = 8 * Runtime.getRuntime().availableProcessors();
        try (Weft.Scope scope = Weft.configure().ioConcurrency(wider).apply()) {
            List<String> threads = FanOut.map(UNKNOWN, range(64), i -> {
                String thread = Thread.currentThread().getName();
                if (thread.startsWith("weft-async-")) {
                    movedToAsync.countDown();
                }
                if (i >= 32) {
                    movedToAsync.await(); // the later tasks need the move, whichever thread gets them first
                }
                Thread.sleep(2); // waiting, with next to no CPU time
                return thread;
            });

            assertThat(threads.subList(0, 2)).noneMatch(name -> name.startsWith("weft-async-"));
            assertThat(threads).anyMatch(name -> name.startsWith("weft-async-"));
        }
    }

    @Test
    void anExplicitParallelismIsNotWidenedForWaitingCalls() {
        try (Weft.Scope scope = Weft.configure().parallelism(2).ioConcurrency(64).apply()) {
            List<String> threads = FanOut.map(UNKNOWN, range(16), i -> {
                Thread.sleep(2);
                return Thread.currentThread().getName();
            });

            assertThat(threads).noneMatch(name -> name.startsWith("weft-async-"));
        }
    }

    @Test
    void aForcedBackendIsNotSecondGuessed() {
        try (Weft.Scope scope = Weft.configure().backend("threads").parallelism(2).apply()) {
            List<String> threads = FanOut.map(UNKNOWN, range(16), i -> {
                Thread.sleep(2);
                return Thread.currentThread().getName();
            });

            assertThat(threads).noneMatch(name -> name.startsWith("weft-async-"));
        }
    }
}
