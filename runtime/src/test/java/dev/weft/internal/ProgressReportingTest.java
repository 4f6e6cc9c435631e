package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Schedule;
import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.ProgressListener;
import dev.weft.ProgressSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Fan-outs and loops report their progress to the listener of the scope they run in. */
class ProgressReportingTest {
    private static final TaskSpec SQUARE = new TaskSpec("Maths.square(int)", Workload.CPU, "");

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ProgressListener recorder = new ProgressListener() {
        @Override
        public void started(ProgressSnapshot s) {
            events.add("started " + s.label() + " " + s.total() + " on " + s.mode());
        }

        @Override
        public void progressed(ProgressSnapshot s) {
            events.add("progressed " + s.done());
        }

        @Override
        public void finished(ProgressSnapshot s) {
            events.add("finished " + s.done() + "/" + s.total());
        }
    };

    @Test
    void aFanOutReportsEveryTaskWithTheBackendItRunsOn() {
        List<Integer> inputs = IntStream.range(0, 100).boxed().toList();
        try (Weft.Scope scope = Weft.configure().parallelism(2).progress(recorder).apply()) {
            FanOut.map(SQUARE, inputs, x -> x * x);
        }

        assertThat(events).first().isEqualTo("started Maths.square(int) 100 on threads × 2");
        assertThat(events).contains("progressed 100").last().isEqualTo("finished 100/100");
    }

    @Test
    void aFanOutOnOneWorkerSaysSo() {
        try (Weft.Scope scope = Weft.configure().backend("sequential").progress(recorder).apply()) {
            FanOut.map(SQUARE, List.of(1, 2, 3), x -> x * x);
        }

        assertThat(events).containsExactly(
                "started Maths.square(int) 3 on sequential × 1", "progressed 3", "finished 3/3");
    }

    @Test
    void aFailedFanOutEndsItsProgressWithWhatWasDone() {
        try (Weft.Scope scope = Weft.configure().backend("sequential").progress(recorder).apply()) {
            assertThatThrownBy(() -> FanOut.map(SQUARE, List.of(1, 2, 3), x -> {
                if (x == 3) {
                    throw new IllegalStateException("three");
                }
                return x;
            })).hasMessage("three");
        }

        assertThat(events).last().isEqualTo("finished 2/3");
    }

    @Test
    void aParallelLoopReportsItsIterations() {
        LoopSpec spec = new LoopSpec("Blur.java:12", Schedule.DYNAMIC, 10, 0, 2);
        try (Weft.Scope scope = Weft.configure().parallelism(2).progress(recorder).apply()) {
            Loops.ascending(spec, 0, 200, 1).run((chunk, from, to) -> Thread.sleep(1));
        }

        assertThat(events).first().isEqualTo("started Blur.java:12 200 on threads × 2");
        assertThat(events).last().isEqualTo("finished 200/200");
    }

    @Test
    void aLoopBelowItsMinimumRunsOnTheCallerAndSaysSo() {
        LoopSpec spec = new LoopSpec("Tiny.java:3", Schedule.AUTO, 0, 1000, 0);
        try (Weft.Scope scope = Weft.configure().parallelism(2).progress(recorder).apply()) {
            Loops.ascending(spec, 0, 64, 1).run((chunk, from, to) -> {});
        }

        assertThat(events).first().isEqualTo("started Tiny.java:3 64 on sequential × 1");
        assertThat(events).last().isEqualTo("finished 64/64");
    }

    @Test
    void aLoopInsideAParallelTaskIsPartOfThatTasksProgress() {
        LoopSpec spec = new LoopSpec("Inner.java:7", Schedule.STATIC, 0, 0, 0);
        try (Weft.Scope scope = Weft.configure().parallelism(2).progress(recorder).apply()) {
            FanOut.forEach(SQUARE, List.of(1, 2), x -> Loops.ascending(spec, 0, 1000, 1).run((chunk, from, to) -> {}));
        }

        assertThat(events).noneMatch(event -> event.contains("Inner.java"));
    }
}
