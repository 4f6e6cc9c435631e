package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Weft;
import dev.weft.backend.Region;
import dev.weft.Cluster;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ForcedBackendTest {

    @Test
    void sequentialRunsEveryTaskOnTheCallingThread() {
        try (Weft.Scope scope = Weft.configure().backend("sequential").apply()) {
            List<Thread> threads = FanOut.map(CPU, range(100), i -> Thread.currentThread());

            assertThat(threads).containsOnly(Thread.currentThread());
        }
    }

    @Test
    void asyncRunsEvenCpuWorkOnTheAsyncThreads() {
        CyclicBarrier allRunning = new CyclicBarrier(4);
        try (Weft.Scope scope = Weft.configure().backend("async").ioConcurrency(4).apply()) {
            List<String> threads = FanOut.map(CPU, range(4), i -> {
                allRunning.await(); // passes only when the caller and three helpers run at once
                return Thread.currentThread().getName();
            });

            assertThat(threads.stream().filter(name -> name.startsWith("weft-async-"))).hasSize(3);
        }
    }

    @Test
    void aBackendThatCannotServeTheCallSaysSoBeforeAnyTaskRuns() {
        AtomicInteger ran = new AtomicInteger();
        try (Weft.Scope scope = Weft.configure().backend("processes").apply()) {
            assertThatThrownBy(() -> FanOut.forEach(CPU, range(3), i -> ran.incrementAndGet()))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("weft.backend=processes");
            assertThatThrownBy(() -> FanOut.forEachAsync(CPU, range(3), i -> ran.incrementAndGet()))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(ran).hasValue(0);
    }

    @Test
    void hazelcastWithoutItsModuleSaysWhatIsMissingBeforeAnyTaskRuns() {
        AtomicInteger ran = new AtomicInteger();
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").apply()) {
            assertThatThrownBy(() -> FanOut.map(CPU, range(3), (SerializableTask<Integer, Integer>) i -> ran.incrementAndGet()))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("weft.backend=hazelcast needs the weft-hazelcast module, which is not on the class path:"
                            + " add the dependency dev.weft:weft-hazelcast (it brings com.hazelcast:hazelcast),"
                            + " or choose another backend");
            assertThat(Weft.plan().toString())
                    .contains("source                 unavailable: weft.backend=hazelcast needs the weft-hazelcast module")
                    .contains("CPU tasks              refused: weft.backend=hazelcast needs the weft-hazelcast module")
                    .contains("loops                  threads x");
        }
        assertThat(ran).hasValue(0);
    }

    @Test
    void workNestedInATaskNeverLooksForACluster() throws Exception {
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").apply()) {
            List<Integer> nested = Region.runNested(() -> {
                assertThat(Weft.plan().cluster()).isEqualTo(Cluster.NOT_JOINED);
                return FanOut.map(CPU, range(3), (SerializableTask<Integer, Integer>) i -> i * 2);
            });

            assertThat(nested).containsExactly(0, 2, 4);
        }
    }
}
