package dev.weft.examples.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Weft;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated fan-outs on the processes backend, with real worker JVMs: the processor writes a
 * serializable task for a method whose values all serialize, and the runtime sends its calls to
 * worker processes.
 */
@Timeout(60)
class ProcessFanOutTest {
    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    private static List<Integer> cells(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toList());
    }

    private static Weft.Scope processes() {
        return Weft.configure().backend("processes").parallelism(2).apply();
    }

    @Test
    void callsRunInWorkerProcessesAndGiveTheSequentialResults() throws Exception {
        List<Long> sequential = new ArrayList<>();
        for (int cell : cells(25)) {
            sequential.add(Cells.grow(cell, 3));
        }

        try (Weft.Scope scope = processes()) {
            assertThat(CellsParallel.growAll(cells(25), 3)).isEqualTo(sequential);
            assertThat(CellsParallel.growAllAsync(cells(25), 3).get()).isEqualTo(sequential);
            assertThat(CellsParallel.processOfAll(cells(4))).doesNotContain(THIS_PROCESS);
        }
    }

    @Test
    void theReceiverOfAnInstanceMethodTravelsWithEachCall() {
        try (Weft.Scope scope = processes()) {
            assertThat(ScaleParallel.timesAll(new Scale(7), cells(5))).containsExactly(0L, 7L, 14L, 21L, 28L);
        }
    }

    @Test
    void aFailingCallArrivesWithItsOwnTypeAndMessage() {
        try (Weft.Scope scope = processes()) {
            assertThatThrownBy(() -> CellsParallel.growAll(List.of(1, 2, -3, 4), 3))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("cell -3 is negative");
            assertThatThrownBy(() -> CellsParallel.checkAll(List.of("a", "", "c")))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("an empty cell");
            assertThatThrownBy(() -> CellsParallel.growAllAsync(List.of(-1), 3).get())
                    .isExactlyInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(IOException.class).hasMessage("cell -1 is negative");
        }
    }

    @Test
    void aMethodWhoseValuesCannotCrossFailsClearlyUnderForcedProcesses() {
        try (Weft.Scope scope = processes()) {
            assertThatThrownBy(() -> CellsParallel.measureAll(cells(3), new Cells.Ruler()))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("a task crosses to a worker process only when it is serializable");
        }
        assertThat(CellsParallel.measureAll(cells(3), new Cells.Ruler())).containsExactly(0, 1, 2);
    }
}
