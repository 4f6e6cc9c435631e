package dev.weft.internal;

import static dev.weft.internal.Tasks.range;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AutoWorkloadTest {
    private static final TaskSpec UNKNOWN = new TaskSpec("dev.weft.Example.process(Integer)", Workload.AUTO, "");

    @Test
    void tasksThatMostlyWaitMoveToTheAsyncBackend() {
        try (Weft.Scope scope = Weft.configure().parallelism(2).ioConcurrency(16).apply()) {
            List<String> threads = FanOut.map(UNKNOWN, range(64), i -> {
                Thread.sleep(2); // waiting, with next to no CPU time
                return Thread.currentThread().getName();
            });

            assertThat(threads.subList(0, 4)).noneMatch(name -> name.startsWith("weft-async-"));
            assertThat(threads).anyMatch(name -> name.startsWith("weft-async-"));
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
