package dev.weft.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.Configuration;
import dev.weft.Weft;
import dev.weft.WorkerDiedException;
import dev.weft.Workload;
import dev.weft.backend.Region;
import dev.weft.internal.FanOut;
import dev.weft.internal.Task;
import dev.weft.internal.TaskSpec;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The processes backend with real worker JVMs. */
@Timeout(60)
class ProcessBackendTest {
    private static final TaskSpec HEAVY = new TaskSpec("dev.weft.Example.heavy(Integer)", Workload.CPU, "");
    private static final long PARENT = ProcessHandle.current().pid();

    private static List<Integer> range(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toList());
    }

    private static Weft.Scope processes() {
        return Weft.configure().backend("processes").parallelism(2).apply();
    }

    /** What a generated fan-out of a method that throws IOException declares. */
    private static <R> List<R> mapAll(TaskSpec spec, List<Integer> inputs, Task<Integer, R> task) throws IOException {
        return FanOut.map(spec, inputs, task);
    }

    @Test
    void tasksRunInOtherJvmsAndResultsComeBackInInputOrder() throws IOException {
        try (Weft.Scope scope = processes()) {
            List<String> results = mapAll(HEAVY, range(20),
                    (Task<Integer, String> & Serializable) i -> i + "@" + ProcessHandle.current().pid());

            assertThat(results).hasSize(20);
            for (int i = 0; i < 20; i++) {
                assertThat(results.get(i)).startsWith(i + "@").doesNotEndWith("@" + PARENT);
            }
            assertThat(results.stream().map(result -> result.substring(result.indexOf('@'))).distinct()).hasSizeBetween(1, 2);
        }
    }

    @Test
    void capturedArgumentsTravelWithTheTask() throws IOException {
        String prefix = "shared-";
        try (Weft.Scope scope = processes()) {
            assertThat(mapAll(HEAVY, range(3), (Task<Integer, String> & Serializable) i -> prefix + i))
                    .containsExactly("shared-0", "shared-1", "shared-2");
        }
    }

    /** A receiver for a method reference: {@code scale::times}. */
    record Scale(int factor) implements Serializable {
        int times(int value) {
            return value * factor;
        }
    }

    @Test
    void aMethodReferenceTravelsWithItsReceiver() throws IOException {
        Scale scale = new Scale(3);
        try (Weft.Scope scope = processes()) {
            assertThat(mapAll(HEAVY, range(3), (Task<Integer, Integer> & Serializable) scale::times)).containsExactly(0, 3, 6);
        }
    }

    @Test
    void aWorkerRefusesATypeTheTaskDoesNotDeclare() {
        Object undeclared = new HashMap<>(Map.of("key", 1)); // declared as Object, which allows nothing by itself
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(1),
                    (Task<Integer, Integer> & Serializable) i -> i + undeclared.hashCode()));

            assertThat(thrown).isInstanceOf(InvalidClassException.class)
                    .cause().hasMessageContaining("java.util.HashMap is not among the types the task declares");
        }
    }

    @Test
    void aWorkerRunsWithThisJvmsAssertionsAndNestsTheWorkItIsSent() throws IOException {
        boolean here = false;
        assert here = true;
        assertThat(here).as("the tests run with -ea").isTrue();
        try (Weft.Scope scope = processes()) {
            List<String> seen = mapAll(HEAVY, range(1), (Task<Integer, String> & Serializable) i -> {
                boolean there = false;
                assert there = true;
                return "assertions " + there + ", nested " + Region.insideRegion();
            });

            assertThat(seen).containsExactly("assertions " + here + ", nested true");
        }
    }

    @Test
    void theHeapOfAWorkerIsTheMemoryPerTask() throws IOException {
        TaskSpec small = new TaskSpec("dev.weft.Example.small(Integer)", Workload.CPU, "96m");
        try (Weft.Scope scope = processes()) {
            List<Long> heaps = mapAll(small, range(2),
                    (Task<Integer, Long> & Serializable) i -> Runtime.getRuntime().maxMemory());

            assertThat(heaps).allSatisfy(heap -> assertThat(heap).isLessThanOrEqualTo(96L << 20));
        }
    }

    @Test
    void aTaskExceptionArrivesWithItsOwnTypeAndMessage() {
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(6), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 3) {
                    throw new IOException("remote disk 3");
                }
                return i;
            }));

            assertThat(thrown).isExactlyInstanceOf(IOException.class).hasMessage("remote disk 3");
        }
    }

    @Test
    void whatATaskPrintsDoesNotCorruptTheReplies() throws IOException {
        try (Weft.Scope scope = processes()) {
            List<Integer> results = mapAll(HEAVY, range(10), (Task<Integer, Integer> & Serializable) i -> {
                System.out.println("noise from task " + i);
                System.out.write(new byte[] {0, 0, 0, 7, 1, 2});
                System.out.flush();
                return i * i;
            });

            assertThat(results).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81);
        }
    }

    @Test
    void aWorkerThatExitsFailsItsTaskNamingTheExitCodeAndItsLastWordsAndIsReplaced() throws IOException {
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(4), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 1) {
                    System.err.println("giving up on task one");
                    System.exit(3);
                }
                return i;
            }));

            assertThat(thrown).isInstanceOf(WorkerDiedException.class)
                    .hasMessageContainingAll("task 1 of 4", "exit code 3", "giving up on task one");
            assertThat(mapAll(HEAVY, range(4), (Task<Integer, Integer> & Serializable) i -> i + 1)).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void aDeadWorkerFailsOnlyItsTaskWhileTheOthersCompleteAndKeepTheirResults() {
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(6), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 1 || i == 4) {
                    System.exit(3);
                }
                return i * 10;
            }));

            assertThat(thrown).isInstanceOf(WorkerDiedException.class).hasMessageContaining("task 1 of 6");
            assertThat(thrown.getSuppressed()).anySatisfy(later -> assertThat(later).hasMessageContaining("task 4 of 6"));
            assertThat(((WorkerDiedException) thrown).completedResults()).containsExactly(0, null, 20, 30, null, 50);
        }
    }

    @Test
    void manyShortTasksCrossInBatchesAndADeathInABatchFailsOnlyItsTask() {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            expected.add(i == 2500 ? null : i * 2);
        }
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(3000), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 2500) {
                    System.exit(3); // late, when batches have grown: the tasks after it in its batch go on elsewhere
                }
                return i * 2;
            }));

            assertThat(thrown).isInstanceOf(WorkerDiedException.class).hasMessageContaining("task 2500 of 3000");
            assertThat(thrown.getSuppressed()).isEmpty();
            assertThat(((WorkerDiedException) thrown).completedResults()).isEqualTo(expected);
        }
    }

    @Test
    void aWorkerThatRunsOutOfHeapFailsItsTaskSayingSo() {
        TaskSpec small = new TaskSpec("Heavy.fill(int)", Workload.CPU, "64m");
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(small, range(3), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 0) {
                    List<long[]> hoard = new ArrayList<>();
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }
                return i;
            }));

            assertThat(thrown).isInstanceOf(WorkerDiedException.class)
                    .hasMessageContainingAll("task 0 of 3", "OutOfMemoryError");
            assertThat(((WorkerDiedException) thrown).completedResults()).containsExactly(null, 1, 2);
        }
    }

    @Test
    void aWorkerKilledBySigkillFailsItsTaskAndIsReplaced() throws IOException {
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(3), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 2) {
                    new ProcessBuilder("kill", "-9", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
                    Thread.sleep(60_000);
                }
                return i;
            }));

            assertThat(thrown).isInstanceOf(WorkerDiedException.class).hasMessageContainingAll("task 2 of 3", "exit code 137");
            assertThat(mapAll(HEAVY, range(2), (Task<Integer, Integer> & Serializable) i -> -i)).containsExactly(0, -1);
        }
    }

    @Test
    void interruptingTheCallerKillsTheRunningWorkersAndKeepsTheInterrupt(@TempDir Path started) throws Exception {
        String directory = started.toString();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try (Weft.Scope scope = processes()) {
                mapAll(HEAVY, range(2), (Task<Integer, Integer> & Serializable) i -> {
                    Path pid = Files.writeString(Path.of(directory, "pid-" + i), String.valueOf(ProcessHandle.current().pid()));
                    Files.move(pid, Path.of(directory, "task-" + i), StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(600_000);
                    return i;
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        while (Files.notExists(started.resolve("task-0")) || Files.notExists(started.resolve("task-1"))) {
            Thread.sleep(10); // waiting for both workers to be inside their tasks
        }
        caller.interrupt();
        caller.join();

        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        assertThat(interruptKept).isTrue();
        for (String task : List.of("task-0", "task-1")) {
            long worker = Long.parseLong(Files.readString(started.resolve(task)));
            ProcessHandle.of(worker).ifPresent(process -> process.onExit().join()); // returns once it was killed
        }
        try (Weft.Scope scope = processes()) {
            assertThat(mapAll(HEAVY, range(2), (Task<Integer, Integer> & Serializable) i -> i)).containsExactly(0, 1);
        }
    }

    @Test
    void aTaskOverTheTimeoutFailsAndItsWorkerIsKilled() throws IOException {
        Configuration halfASecond = Weft.configure().backend("processes").parallelism(2).processTimeout(Duration.ofMillis(500));
        try (Weft.Scope scope = halfASecond.apply()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(3), (Task<Integer, Integer> & Serializable) i -> {
                if (i == 1) {
                    Thread.sleep(600_000);
                }
                return i;
            }));

            assertThat(thrown).isInstanceOf(TimeoutException.class)
                    .hasMessageContainingAll("task 1 of 3", "weft.processes.timeout=500ms", "killed");
            assertThat(mapAll(HEAVY, range(3), (Task<Integer, Integer> & Serializable) i -> i)).containsExactly(0, 1, 2);
        }
    }

    @Test
    void anArgumentThatCannotBeSentFailsItsTaskAndLeavesTheWorkerAlone() throws IOException {
        Object notSerializable = new Object();
        try (Weft.Scope scope = processes()) {
            Throwable thrown = catchThrowable(() -> mapAll(HEAVY, range(2),
                    (Task<Integer, String> & Serializable) i -> i + "" + notSerializable.hashCode()));

            assertThat(thrown).isInstanceOf(NotSerializableException.class);
            assertThat(mapAll(HEAVY, range(2), (Task<Integer, Integer> & Serializable) i -> i)).containsExactly(0, 1);
        }
    }

    @Test
    void aTaskThatCannotCrossToAnotherJvmIsRefusedWhenProcessesAreForced() {
        try (Weft.Scope scope = processes()) {
            assertThatThrownBy(() -> FanOut.map(HEAVY, range(2), i -> i))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContainingAll("weft.backend=processes", "serializable");
        }
    }
}
