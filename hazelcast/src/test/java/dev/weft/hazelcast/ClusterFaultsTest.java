package dev.weft.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.cluster.Member;
import dev.weft.Configuration;
import dev.weft.Weft;
import dev.weft.ProgressListener;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on a cluster of three member JVMs of this class's own (its own name and ports), handed to
 * Weft as an application hands it its {@code HazelcastInstance}. Each test that kills a member
 * with SIGKILL leaves at least one alive for the others.
 */
@Timeout(120)
class ClusterFaultsTest {
    private static EmbeddedCluster cluster;
    private static WeftHazelcast.Use use;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(3);
        use = WeftHazelcast.use(cluster.client());
    }

    @AfterAll
    static void stopCluster() {
        use.close();
        cluster.close();
    }

    private static List<Integer> cells(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toList());
    }

    /**
     * Kills the first member still alive with SIGKILL as soon as a fan-out in the scope it opens
     * has finished a task, that is while the members run its other tasks.
     */
    private static Weft.Scope killingOneMemberMidRun(Configuration configuration) {
        Process victim = cluster.members().stream().filter(Process::isAlive).findFirst().orElseThrow();
        AtomicBoolean killed = new AtomicBoolean();
        ProgressListener killer = snapshot -> {
            if (snapshot.done() > 0 && snapshot.done() < snapshot.total() && killed.compareAndSet(false, true)) {
                victim.destroyForcibly();
            }
        };
        return configuration.backend("hazelcast").progress(killer).apply();
    }

    @Test
    void aMemberKilledMidRunLosesNoResult() throws Exception {
        List<Long> sequential = cells(40).stream().map(cell -> (long) cell * cell).toList();
        long aliveBefore = cluster.members().stream().filter(Process::isAlive).count();

        List<Long> results;
        try (Weft.Scope scope = killingOneMemberMidRun(Weft.configure())) {
            results = ShapesParallel.sleepyAll(cells(40), 200);
        }

        assertThat(results).isEqualTo(sequential);
        assertThat(cluster.members().stream().filter(Process::isAlive).count()).isEqualTo(aliveBefore - 1);
    }

    @Test
    void whenRetriesRunOutTheCallNamesTheTasksAndTheMember() {
        try (Weft.Scope scope = killingOneMemberMidRun(Weft.configure().hazelcastRetries(0))) {
            assertThatThrownBy(() -> ShapesParallel.sleepyAll(cells(40), 200))
                    .isInstanceOf(MemberLostException.class)
                    .hasMessageMatching("(?s)Weft: member 127\\.0\\.0\\.1:\\d+ was lost while it ran task.*"
                            + "dev\\.weft\\.hazelcast\\.Shapes\\.sleepy\\(int, long\\).*weft\\.hazelcast\\.retries=0 allows no more");
        }
    }

    @Test
    void aTimeoutCancelsTheStragglers() throws InterruptedException {
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").processTimeout(Duration.ofMillis(500)).apply()) {
            assertThatThrownBy(() -> ShapesParallel.sleepyAll(List.of(1, 2), 30_000))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("ran longer than weft.processes.timeout=500ms on member 127.0.0.1:")
                    .hasMessageContaining("the tasks still running were cancelled");
            // The members' threads were freed: a quick call right after runs at once.
            assertThat(ShapesParallel.sleepyAll(List.of(3), 0)).containsExactly(9L);
        }
    }

    @Test
    void aClientConfigurationFileNamesTheClusterToJoin(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("client.yaml"), String.join("\n",
                "hazelcast-client:",
                "  cluster-name: " + cluster.name(),
                "  network:",
                "    cluster-members:",
                cluster.addresses().stream().map(address -> "      - " + address).collect(Collectors.joining("\n")),
                "  connection-strategy:",
                "    connection-retry:",
                "      cluster-connect-timeout-millis: 20000",
                ""));
        use.close(); // the instance given to Weft would come first
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").hazelcastConfig(file.toString()).apply()) {
            assertThat(ShapesParallel.growAll(cells(50), 3)).isEqualTo(cells(50).stream().map(cell -> cell * 3L + 1).toList());
            assertThat(Weft.plan().toString())
                    .contains("cluster " + cluster.name() + " joined as a client with " + file)
                    .contains("weft.hazelcast.config  " + file);
        } finally {
            use = WeftHazelcast.use(cluster.client());
        }
    }

    /** Anything but Weft's envelope, sent to a member's executor by someone who is not Weft. */
    static final class Foreign implements Callable<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String call() {
            return "ran";
        }
    }

    @Test
    void membersDeserializeNoClassOutsideTheirAllowList() {
        Member member = cluster.client().getCluster().getMembers().iterator().next();
        assertThatThrownBy(() -> cluster.client().getExecutorService(WeftHazelcast.EXECUTOR)
                .submitToMember(new Foreign(), member).get())
                .hasStackTraceContaining(Foreign.class.getName())
                .hasStackTraceContaining("is not allowed");
    }
}
