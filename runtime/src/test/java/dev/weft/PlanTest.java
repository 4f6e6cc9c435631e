package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
    private static final long GIB = 1L << 30;
    private static final int MANY = 1_000_000;

    private static final Hardware ONE_CORE = new Hardware(1, 4 * GIB, GIB, GIB, 17, false);
    private static final Hardware SMALL_HEAP = new Hardware(2, 8 * GIB, 512L << 20, 400L << 20, 17, false);
    private static final Hardware BIG = new Hardware(64, 1024 * GIB, 256 * GIB, 250 * GIB, 21, true);
    /** A container limited to 4 CPUs on a larger host: the JVM reports the limit. */
    private static final Hardware CONTAINER = new Hardware(4, 16 * GIB, 4 * GIB, 4 * GIB, 21, true);

    private static Plan plan(Hardware hardware) {
        return Plan.of(hardware, Settings.DEFAULTS);
    }

    @Test
    void oneCoreRunsCpuWorkOnTheCallerButStillOverlapsWaiting() {
        assertThat(plan(ONE_CORE).parallelism()).isEqualTo(1);
        assertThat(plan(ONE_CORE).forTasks(Workload.CPU, "", MANY))
                .isEqualTo(new Decision(Backend.SEQUENTIAL, 1, "1 core: threads would only take turns on it"));
        assertThat(plan(ONE_CORE).forLoops().backend()).isEqualTo(Backend.SEQUENTIAL);
        Decision io = plan(ONE_CORE).forTasks(Workload.IO, "", MANY);
        assertThat(io.backend()).isEqualTo(Backend.ASYNC);
        assertThat(io.workers()).isEqualTo(Plan.PLATFORM_THREADS_IO_CONCURRENCY);
        assertThat(io.reason()).contains("bounded elastic pool of platform threads");
    }

    @Test
    void aLargeMemoryPerTaskLimitsTheWorkersToWhatFitsInTheFreeHeap() {
        Decision twoHundredMiB = plan(SMALL_HEAP).forTasks(Workload.CPU, "200m", MANY);
        assertThat(twoHundredMiB.workers()).isEqualTo(2);

        Decision threeHundredMiB = plan(SMALL_HEAP).forTasks(Workload.CPU, "300m", MANY);
        assertThat(threeHundredMiB.backend()).isEqualTo(Backend.SEQUENTIAL);
        assertThat(threeHundredMiB.reason()).contains("N·m < M", "300.0 MiB per task", "400.0 MiB of free heap", "allow 1");

        Decision oneGiB = plan(SMALL_HEAP).forTasks(Workload.CPU, "1g", MANY);
        assertThat(oneGiB.workers()).isEqualTo(1);
        assertThat(oneGiB.reason()).contains("needs more than the free heap", "-Xmx");
    }

    @Test
    void memoryLimitsIoConcurrencyToo() {
        Decision io = plan(SMALL_HEAP).forTasks(Workload.IO, "100m", MANY);

        assertThat(io.backend()).isEqualTo(Backend.ASYNC);
        assertThat(io.workers()).isEqualTo(4);
    }

    @Test
    void aBigMachineGetsOneWorkerPerCoreAndHundredsOfWaitingCalls() {
        assertThat(plan(BIG).forTasks(Workload.CPU, "", MANY)).isEqualTo(
                new Decision(Backend.THREADS, 64, "one worker per core"));
        assertThat(plan(BIG).forTasks(Workload.CPU, "2g", MANY).workers()).isEqualTo(64);
        assertThat(plan(BIG).forTasks(Workload.CPU, "8g", MANY).workers()).isEqualTo(31);
        Decision io = plan(BIG).forTasks(Workload.IO, "", MANY);
        assertThat(io.backend()).isEqualTo(Backend.ASYNC);
        assertThat(io.reason()).contains("virtual threads");
    }

    @Test
    void aContainerLimitIsTheNumberOfCores() {
        assertThat(plan(CONTAINER).parallelism()).isEqualTo(4);
        assertThat(plan(CONTAINER).forTasks(Workload.CPU, "", MANY).workers()).isEqualTo(4);
        assertThat(Plan.of(CONTAINER, Settings.DEFAULTS.withParallelism(-2)).parallelism()).isEqualTo(3);
    }

    @Test
    void negativeParallelismCountsBackFromTheCoresAsJoblibDoes() {
        assertThat(Plan.of(BIG, Settings.DEFAULTS.withParallelism(-1)).parallelism()).isEqualTo(64);
        assertThat(Plan.of(BIG, Settings.DEFAULTS.withParallelism(-2)).parallelism()).isEqualTo(63);
        assertThat(Plan.of(ONE_CORE, Settings.DEFAULTS.withParallelism(-5)).parallelism()).isEqualTo(1);
        assertThat(Plan.of(ONE_CORE, Settings.DEFAULTS.withParallelism(3)).parallelism()).isEqualTo(3);
    }

    @Test
    void fewTasksGetNoMoreWorkersThanTasks() {
        assertThat(plan(BIG).forTasks(Workload.CPU, "", 5).workers()).isEqualTo(5);
        assertThat(plan(BIG).forTasks(Workload.IO, "", 1).backend()).isEqualTo(Backend.SEQUENTIAL);
    }

    @Test
    void workloadAutoIsMeasuredOnlyWhenTheBackendIsLeftOpen() {
        assertThat(plan(BIG).measuresWorkload(Workload.AUTO)).isTrue();
        assertThat(plan(BIG).measuresWorkload(Workload.CPU)).isFalse();
        assertThat(Plan.of(BIG, Settings.DEFAULTS.withBackend(Backend.THREADS)).measuresWorkload(Workload.AUTO)).isFalse();
        assertThat(plan(BIG).forTasks(Workload.AUTO, "", MANY).reason()).contains("moves to async");
    }

    @Test
    void workThatDoesNotFitInTheHeapGoesToWorkerProcessesWhenItCanCrossToThem() {
        Decision processes = plan(SMALL_HEAP).forTasks(Workload.CPU, "1g", MANY, true);
        assertThat(processes.backend()).isEqualTo(Backend.PROCESSES);
        assertThat(processes.workers()).isEqualTo(2);
        assertThat(processes.reason()).contains("400.0 MiB of free heap", "worker processes with heaps of their own run 2");

        Decision sevenGiB = plan(SMALL_HEAP).forTasks(Workload.CPU, "7g", MANY, true);
        assertThat(sevenGiB.backend()).isEqualTo(Backend.PROCESSES);
        assertThat(sevenGiB.workers()).isEqualTo(1);

        assertThat(plan(SMALL_HEAP).forTasks(Workload.CPU, "1g", MANY, false).backend())
                .as("a task that cannot cross stays in this JVM").isEqualTo(Backend.SEQUENTIAL);
        assertThat(plan(BIG).forTasks(Workload.CPU, "1g", MANY, true).backend())
                .as("work that fits in the heap stays in it").isEqualTo(Backend.THREADS);
    }

    @Test
    void forcedProcessesAreLimitedByPhysicalMemoryAndNeedTasksThatCanCross() {
        Plan processes = Plan.of(SMALL_HEAP, Settings.DEFAULTS.withBackend(Backend.PROCESSES).withParallelism(16));
        assertThat(processes.forTasks(Workload.CPU, "1g", MANY, true).workers()).isEqualTo(8);
        assertThat(processes.forTasks(Workload.CPU, "", 1, true).backend()).isEqualTo(Backend.PROCESSES);
        assertThatThrownBy(() -> processes.forTasks(Workload.CPU, "", MANY, false))
                .hasMessageContaining("serializable");
    }

    @Test
    void aForcedBackendIsFollowed() {
        Settings async = Settings.DEFAULTS.withBackend(Backend.ASYNC).withIoConcurrency(32);
        assertThat(Plan.of(BIG, async).forTasks(Workload.CPU, "", MANY))
                .extracting(Decision::backend, Decision::workers).containsExactly(Backend.ASYNC, 32);
        assertThat(Plan.of(BIG, Settings.DEFAULTS.withBackend(Backend.THREADS)).forTasks(Workload.IO, "", MANY))
                .extracting(Decision::backend, Decision::workers).containsExactly(Backend.THREADS, 64);
        Plan sequential = Plan.of(BIG, Settings.DEFAULTS.withBackend(Backend.SEQUENTIAL));
        assertThat(sequential.forTasks(Workload.IO, "", MANY).backend()).isEqualTo(Backend.SEQUENTIAL);
        assertThat(sequential.parallelism()).isEqualTo(1);
    }

    @Test
    void aForcedBackendThatCannotServeSaysSo() {
        Plan processes = Plan.of(BIG, Settings.DEFAULTS.withBackend(Backend.PROCESSES));
        assertThatThrownBy(() -> processes.forTasks(Workload.CPU, "", MANY))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("weft.backend=processes cannot run these tasks");
        assertThat(processes.forTasks(Workload.CPU, "", MANY, true).backend()).isEqualTo(Backend.PROCESSES);
        assertThat(processes.forLoops().backend()).isEqualTo(Backend.THREADS);
        assertThat(processes.forLoops().reason()).startsWith("weft.backend=processes applies to fan-outs");
        Decision asyncLoops = Plan.of(BIG, Settings.DEFAULTS.withBackend(Backend.ASYNC)).forLoops();
        assertThat(asyncLoops.backend()).isEqualTo(Backend.THREADS);
        assertThat(asyncLoops.reason()).contains("runs on threads");
    }

    @Test
    void aParallelismTheUserSetCapsWaitingCallsToo() {
        Plan oneJob = Plan.of(BIG, Settings.DEFAULTS.withParallelism(1));
        assertThat(oneJob.forTasks(Workload.IO, "", MANY)).isEqualTo(
                new Decision(Backend.SEQUENTIAL, 1, "I/O-bound: 1 calls wait at once (weft.parallelism=1) on virtual threads"));
        Decision eightJobs = Plan.of(BIG, Settings.DEFAULTS.withParallelism(8)).forTasks(Workload.IO, "", MANY);
        assertThat(eightJobs.backend()).isEqualTo(Backend.ASYNC);
        assertThat(eightJobs.workers()).isEqualTo(8);
    }

    @Test
    void aLoopsWorkersAreAlwaysTheParallelism() {
        for (Hardware hardware : List.of(ONE_CORE, SMALL_HEAP, BIG, CONTAINER)) {
            for (Backend backend : Backend.values()) {
                for (int parallelism : new int[] {0, 1, 3, -1}) {
                    Plan plan = Plan.of(hardware, Settings.DEFAULTS.withBackend(backend).withParallelism(parallelism));
                    assertThat(plan.forLoops().workers()).as("%s %s %d", hardware, backend, parallelism)
                            .isEqualTo(plan.parallelism());
                }
            }
        }
    }

    @Test
    void thePlanIsAPureFunctionOfItsInputs() {
        assertThat(plan(BIG)).isEqualTo(plan(BIG));
        assertThat(plan(BIG).forTasks(Workload.IO, "1m", 10)).isEqualTo(plan(BIG).forTasks(Workload.IO, "1m", 10));
    }

    @Test
    void theTextShowsTheHardwareTheSettingsAndEachDecisionWithItsReason() {
        Settings settings = Settings.DEFAULTS.withBackend(Backend.ASYNC).withProcessTimeout(Duration.ofSeconds(90));
        String text = Plan.of(CONTAINER, settings).toString();

        assertThat(text).containsPattern("cores +4 ").containsPattern("physical memory +16.0 GiB")
                .contains("4.0 GiB max").containsPattern("JDK +21, virtual threads")
                .containsPattern("weft.backend +async").containsPattern("weft.processes.timeout +90s")
                .containsPattern("loops +threads x 4: weft.backend=async applies to fan-outs")
                .containsPattern("IO tasks +async x 4096: weft.backend=async: 4096 calls wait at once \\(weft.io.concurrency not set\\) on virtual threads");
    }

    @Test
    void hazelcastSendsTasksThatCanCrossToTheClusterAndRefusesTheOthers() {
        Cluster two = new Cluster("cluster dev", List.of(new Cluster.Member("10.0.0.5:5701", 8),
                new Cluster.Member("10.0.0.6:5701", 4)), null);
        Plan plan = Plan.of(CONTAINER, Settings.DEFAULTS.withBackend(Backend.HAZELCAST)).withCluster(two);

        assertThat(plan.forTasks(Workload.CPU, "", MANY, true)).hasToString(
                "hazelcast x 12: weft.backend=hazelcast: 2 members, 12 cores in all: 10.0.0.5:5701 (8 cores), 10.0.0.6:5701 (4 cores)");
        assertThat(plan.forTasks(Workload.IO, "", 1, true).backend()).isEqualTo(Backend.HAZELCAST);
        assertThat(plan.forLoops().backend()).isEqualTo(Backend.THREADS);
        assertThatThrownBy(() -> plan.forTasks(Workload.CPU, "", MANY, false))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("weft.backend=hazelcast cannot run these tasks");
        assertThatThrownBy(() -> plan.withCluster(Cluster.unavailable("no cluster here")).forTasks(Workload.CPU, "", MANY, true))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("no cluster here");
        assertThat(plan.toString()).contains("    member                 10.0.0.6:5701 (4 cores)");
    }
}
