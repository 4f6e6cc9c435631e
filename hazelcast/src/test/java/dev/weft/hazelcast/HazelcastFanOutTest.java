package dev.weft.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Weft;
import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated fan-outs under {@code weft.backend=hazelcast} with no members configured: Weft starts
 * its embedded cluster of member JVMs on 127.0.0.1 once for this JVM, and every test runs on it.
 */
@Timeout(120)
class HazelcastFanOutTest {
    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    private static List<Integer> cells(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toList());
    }

    private static Weft.Scope hazelcast() {
        return Weft.configure().backend("hazelcast").apply();
    }

    @Test
    void everyShapeGivesTheSequentialResults() throws Exception {
        List<Long> grown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> scaled = new ArrayList<>();
        for (int cell : cells(1000)) {
            grown.add(Shapes.grow(cell, 3));
            names.add(Shapes.nameOf(cell));
            scaled.add(new Shapes.Scale(7).times(cell));
        }
        List<int[]> arrays = List.of(new int[0], new int[] {1}, new int[] {1, 2, 3});

        try (Weft.Scope scope = hazelcast()) {
            assertThat(ShapesParallel.growAll(cells(1000), 3)).isEqualTo(grown);
            assertThat(ShapesParallel.growAllAsync(cells(1000), 3).get()).isEqualTo(grown);
            assertThat(ShapesParallel.nameOfAll(cells(1000))).isEqualTo(names);
            assertThat(Shapes_ScaleParallel.timesAll(new Shapes.Scale(7), cells(1000))).isEqualTo(scaled);
            assertThat(ShapesParallel.sumAll(arrays)).containsExactly(0, 1, 6);
            assertThat(ShapesParallel.growAll(List.of(5), 3)).containsExactly(16L);
            assertThat(ShapesParallel.growAll(List.of(), 3)).isEmpty();
            ShapesParallel.checkAll(List.of("a", "b", "c"));
            ShapesParallel.checkAllAsync(List.of("a", "b")).get();
        }
    }

    @Test
    void tasksRunOnTheMembersAndNestedFanOutsOnTheTaskThread() {
        try (Weft.Scope scope = hazelcast()) {
            List<String> places = ShapesParallel.whereAll(cells(20));
            assertThat(places).noneMatch(place -> place.startsWith(THIS_PROCESS + "/"));

            for (String calls : ShapesParallel.nestedAll(cells(6))) {
                List<String> nested = List.of(calls.split(","));
                assertThat(nested).hasSize(3);
                assertThat(nested.get(0)).doesNotStartWith(THIS_PROCESS + "/");
                // The three calls of the nested fan-out ran in one process, on one thread: the task's.
                assertThat(nested.stream().distinct()).hasSize(1);
            }
        }
    }

    @Test
    void aFailingTaskArrivesWithItsOwnTypeAndMessage() {
        try (Weft.Scope scope = hazelcast()) {
            assertThatThrownBy(() -> ShapesParallel.growAll(List.of(1, 2, -3, 4), 3))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("cell -3 is negative")
                    .satisfies(failure -> assertThat(failure.getSuppressed()).anySatisfy(where ->
                            assertThat(where).hasMessageContaining("task 2 of 4").hasMessageContaining("on input -3")));
            assertThatThrownBy(() -> ShapesParallel.checkAll(List.of("a", "", "c")))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("an empty cell");
            assertThatThrownBy(() -> ShapesParallel.growAllAsync(List.of(-1), 3).get())
                    .isExactlyInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(IOException.class).hasMessage("cell -1 is negative");
        }
    }

    @Test
    void cancellingTheFutureStopsTheTasksOnTheMembers() throws Exception {
        try (Weft.Scope scope = hazelcast()) {
            CompletableFuture<List<Long>> endless = ShapesParallel.sleepyAllAsync(cells(8), 600_000);
            Thread.sleep(500); // the batches are on the members by now, or soon after

            assertThat(endless.cancel(true)).isTrue();
            // Had the members' threads kept sleeping, this call would wait for them far beyond the test's timeout.
            assertThat(ShapesParallel.sleepyAll(cells(8), 0)).hasSize(8);
        }
    }

    /** Not among the types {@code open(Box)} declares. */
    record Secret(String value) implements Serializable {}

    @Test
    void aValueOfATypeTheMethodDoesNotDeclareIsRefusedByTheMember() {
        try (Weft.Scope scope = hazelcast()) {
            assertThat(ShapesParallel.openAll(List.of(new Shapes.Box("plain"), new Shapes.Box(42))))
                    .containsExactly("plain", "42");
            assertThatThrownBy(() -> ShapesParallel.openAll(List.of(new Shapes.Box(new Secret("key")))))
                    .isInstanceOf(InvalidClassException.class)
                    .hasStackTraceContaining(Secret.class.getName() + " is not among the types the task declares");
        }
    }

    @Test
    void aMethodWhoseValuesCannotCrossIsRefusedNotRunElsewhere() {
        try (Weft.Scope scope = hazelcast()) {
            assertThatThrownBy(() -> ShapesParallel.measureAll(cells(3), new Shapes.Ruler()))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("weft.backend=hazelcast cannot run these tasks")
                    .hasMessageContaining("serializable");
        }
        assertThat(ShapesParallel.measureAll(cells(3), new Shapes.Ruler())).containsExactly(0, 1, 2);
    }

    @Test
    void progressCountsTheTasksFinishedOnMembers() throws IOException {
        List<ProgressSnapshot> seen = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(ProgressSnapshot snapshot) {
                seen.add(snapshot);
            }

            @Override
            public void progressed(ProgressSnapshot snapshot) {
                seen.add(snapshot);
            }

            @Override
            public void finished(ProgressSnapshot snapshot) {
                seen.add(snapshot);
            }
        };
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").progress(listener).apply()) {
            ShapesParallel.growAll(cells(300), 2);
        }
        ProgressSnapshot last = seen.get(seen.size() - 1);
        assertThat(last.done()).isEqualTo(300);
        assertThat(last.total()).isEqualTo(300);
        assertThat(last.mode()).startsWith("hazelcast × ");
        assertThat(seen).extracting(ProgressSnapshot::done).isSorted();
    }

    @Test
    void thePlanShowsTheClusterAndWhatItDecided() {
        try (Weft.Scope scope = hazelcast()) {
            String plan = Weft.plan().toString();
            assertThat(plan)
                    .contains("embedded cluster weft-" + THIS_PROCESS)
                    .containsPattern("member +127\\.0\\.0\\.1:\\d+ \\(\\d+ cores?\\)")
                    .containsPattern("CPU tasks +hazelcast x \\d+: weft.backend=hazelcast: 2 members")
                    .containsPattern("loops +threads x \\d+: weft.backend=hazelcast applies to fan-outs")
                    .contains("not serializable       refused: weft.backend=hazelcast cannot run these tasks");
        }
    }
}
