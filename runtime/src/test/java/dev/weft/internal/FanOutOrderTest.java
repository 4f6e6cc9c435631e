package dev.weft.internal;

import static dev.weft.internal.Tasks.CPU;
import static dev.weft.internal.Tasks.range;
import static dev.weft.internal.Tasks.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Weft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FanOutOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 17, 10_000})
    void resultsComeBackInInputOrder(int count) {
        try (Weft.Scope scope = workers(4)) {
            List<Integer> results = FanOut.map(CPU, range(count), i -> i * 2);

            List<Integer> expected = new ArrayList<>();
            range(count).forEach(i -> expected.add(i * 2));
            assertThat(results).isEqualTo(expected);
        }
    }

    @Test
    void nullResultsKeepTheirPlace() {
        try (Weft.Scope scope = workers(3)) {
            List<String> results = FanOut.map(CPU, range(6), i -> i % 2 == 0 ? null : "odd " + i);

            assertThat(results).containsExactly(null, "odd 1", null, "odd 3", null, "odd 5");
        }
    }

    @Test
    void nullInputsArePassedOn() {
        List<String> inputs = Arrays.asList("a", null, "c");

        assertThat(FanOut.map(CPU, inputs, String::valueOf)).containsExactly("a", "null", "c");
    }

    @Test
    void forEachRunsEveryTaskExactlyOnce() {
        int count = 10_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        try (Weft.Scope scope = workers(4)) {
            FanOut.forEach(CPU, range(count), runs::incrementAndGet);
        }
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).as("runs of task %d", i).isEqualTo(1);
        }
    }

    @Test
    void slowTasksAreSharedBetweenThreads() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CyclicBarrier bothRunning = new CyclicBarrier(2);
        try (Weft.Scope scope = workers(2)) {
            FanOut.forEach(CPU, range(2), i -> {
                threads.add(Thread.currentThread());
                bothRunning.await(); // passes only when two threads run tasks at once
            });
        }
        assertThat(threads).hasSize(2).contains(Thread.currentThread());
    }

    @Test
    void resultsCannotBeChanged() {
        List<Integer> results = FanOut.map(CPU, range(3), i -> i);

        assertThatThrownBy(() -> results.set(0, 9))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
