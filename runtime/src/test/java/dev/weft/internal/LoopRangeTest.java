package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Schedule;
import dev.weft.Weft;
import dev.weft.backend.Region;
import dev.weft.backend.WorkerThreads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LoopRangeTest {
    private static final int[] COUNTS = {0, 1, 2, 7, 17, 1000, 100_003};

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void everyScheduleRunsEachIterationExactlyOnce(Schedule schedule) {
        for (int chunk : new int[] {0, 1, 5}) {
            for (int count : COUNTS) {
                LoopSpec spec = new LoopSpec("Test.java:1", schedule, chunk, 0, 2);
                AtomicIntegerArray seen = new AtomicIntegerArray(count);
                Loops.ascending(spec, 0, count, 1).run((k, from, to) -> {
                    for (long i = from; i < to; i++) {
                        seen.incrementAndGet((int) i);
                    }
                });
                for (int i = 0; i < count; i++) {
                    assertThat(seen.get(i)).as("%s chunk %d count %d index %d", schedule, chunk, count, i).isEqualTo(1);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void chunksAreContiguousAndDependOnlyOnCountChunkAndWidth(Schedule schedule) {
        for (int count : COUNTS) {
            Chunking one = Chunking.of(count, schedule, 0, 3);
            Chunking two = Chunking.of(count, schedule, 0, 3);
            assertThat(one.chunks()).isEqualTo(two.chunks());
            assertThat(one.start(0)).isZero();
            for (int k = 0; k < one.chunks(); k++) {
                assertThat(one.start(k)).isEqualTo(two.start(k));
                assertThat(one.start(k + 1)).isGreaterThan(one.start(k));
            }
            assertThat(one.start(one.chunks())).isEqualTo(count);
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void spansGroupChunksIntoOnePerWorkerAtMostWhateverTheTiming(Schedule schedule) {
        for (int count : COUNTS) {
            Chunking chunks = Chunking.of(count, schedule, 0, 3);
            Chunking spans = chunks.grouped(3);
            assertThat(spans.chunks()).isEqualTo(Math.min(3, chunks.chunks()));
            assertThat(spans.start(spans.chunks())).isEqualTo(count);
            for (int s = 0; s < spans.chunks(); s++) {
                assertThat(spans.start(s + 1)).isGreaterThan(spans.start(s));
                assertThat(spans.start(s)).isEqualTo(chunks.grouped(3).start(s));
            }
            // Each span begins where a chunk does.
            for (int s = 0; s < spans.chunks(); s++) {
                long start = spans.start(s);
                assertThat(IntStream.rangeClosed(0, chunks.chunks()).mapToLong(chunks::start))
                        .contains(start);
            }
        }
    }

    @Test
    void aRunInSpansCallsTheBodyOncePerWorkerAndCoversEveryIteration() {
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.AUTO, 0, 0, 2);
        for (int count : COUNTS) {
            LoopRange range = Loops.ascending(spec, 0, count, 1).spans();
            assertThat(range.chunks()).isLessThanOrEqualTo(2);
            AtomicIntegerArray seen = new AtomicIntegerArray(count);
            Set<Integer> spans = ConcurrentHashMap.newKeySet();
            range.run((k, from, to) -> {
                assertThat(spans.add(k)).as("span %d called once", k).isTrue();
                for (long i = from; i < to; i++) {
                    seen.incrementAndGet((int) i);
                }
            });
            assertThat(spans).hasSize(range.chunks());
            for (int i = 0; i < count; i++) {
                assertThat(seen.get(i)).as("count %d index %d", count, i).isEqualTo(1);
            }
        }
    }

    @Test
    void aFoldAfterASplitRunAddsEveryIndexOnceInSlices() {
        LoopSpec alwaysSplit = new LoopSpec("Partials.java:1", Schedule.AUTO, 0, 1, 0);
        LoopRange range = Loops.ascending(alwaysSplit, 0, 1000, 1).spans();
        range.run((chunk, from, to) -> {});
        int length = 100_003;
        AtomicIntegerArray folded = new AtomicIntegerArray(length);
        Set<Integer> slices = ConcurrentHashMap.newKeySet();
        range.fold(length, (slice, from, to) -> {
            assertThat(slices.add(slice)).as("slice %d called once", slice).isTrue();
            for (long i = from; i < to; i++) {
                folded.incrementAndGet((int) i);
            }
        });

        assertThat(slices).as("one slice on one worker, several among more").hasSizeGreaterThanOrEqualTo(
                Math.min(2, Weft.plan().parallelism()));
        for (int i = 0; i < length; i++) {
            assertThat(folded.get(i)).as("index %d", i).isEqualTo(1);
        }
    }

    @Test
    void aFoldAfterARunOnTheCallingThreadOrOfAShortArrayIsOneCall() {
        LoopRange inline = Loops.ascending(new LoopSpec("Partials.java:2", Schedule.AUTO, 0, 0, 1), 0, 1000, 1).spans();
        inline.run((chunk, from, to) -> {});
        LoopRange split = Loops.ascending(new LoopSpec("Partials.java:3", Schedule.AUTO, 0, 1, 0), 0, 1000, 1).spans();
        split.run((chunk, from, to) -> {});

        assertThat(foldCalls(inline, 100_003)).containsExactly(List.of(0L, 0L, 100_003L));
        assertThat(foldCalls(split, 1000)).containsExactly(List.of(0L, 0L, 1000L));
    }

    /** The slice number, first and end index of each call a fold of {@code length} elements makes. */
    private static List<List<Long>> foldCalls(LoopRange range, int length) {
        List<List<Long>> calls = Collections.synchronizedList(new ArrayList<>());
        range.fold(length, (slice, from, to) -> calls.add(List.of((long) slice, from, to)));
        return calls;
    }

    /**
     * The calling thread is slow on its own iterations, so that a helper takes pieces from the
     * back of its block: each number's calls still run on, and the numbers follow the loop.
     */
    @Test
    void inStretchesEachNumberCoversARunOfIterationsAndTheNumbersFollowTheLoop() {
        LoopSpec alwaysSplit = new LoopSpec("Stretches.java:1", Schedule.AUTO, 0, 1, 0);
        int count = 4_000;
        Thread caller = Thread.currentThread();
        LoopRange range = Loops.ascending(alwaysSplit, 0, count, 1).stretches();
        Map<Integer, List<long[]>> calls = new ConcurrentHashMap<>();
        range.run((number, from, to) -> {
            // Each number is one thread's: its calls come in order.
            calls.computeIfAbsent(number, n -> new ArrayList<>()).add(new long[] {from, to});
            if (Thread.currentThread() == caller && from < count / 2) {
                TimeUnit.MICROSECONDS.sleep(200);
            }
        });

        long next = 0;
        for (int number : new TreeSet<>(calls.keySet())) {
            assertThat(number).isBetween(0, range.partials() - 1);
            for (long[] call : calls.get(number)) {
                assertThat(call[0]).as("number %d starts where the one before ended", number).isEqualTo(next);
                next = call[1];
            }
        }
        assertThat(next).isEqualTo(count);
        assertThat(calls).containsKey(0);
    }

    @Test
    void upTo256IterationsAutoAndDynamicGiveEachIterationItsOwnChunk() {
        for (Schedule schedule : new Schedule[] {Schedule.AUTO, Schedule.DYNAMIC}) {
            for (int width : new int[] {1, 2, 64}) {
                assertThat(Chunking.of(256, schedule, 0, width).chunks()).isEqualTo(256);
                assertThat(Chunking.of(16, schedule, 0, width).chunks()).isEqualTo(16);
                assertThat(Chunking.of(257, schedule, 0, width).chunks()).isLessThan(257);
            }
            assertThat(Chunking.of(100, schedule, 10, 2).chunks()).as("a chunk size set").isEqualTo(10);
        }
        assertThat(Chunking.of(100, Schedule.STATIC, 0, 2).chunks()).isEqualTo(2);
    }

    @Test
    void aShortLoopOfSingleIterationChunksLearnsThatItIsShort() {
        LoopSpec spec = LoopSpec.of("Test.java:1");
        AtomicInteger runs = new AtomicInteger();
        // One iteration timed alone counts as a microsecond, which would make 200 of them look long.
        // A stall during a timing can make them look long until the next clock tick: a few ticks are allowed.
        // Asked again, a run short only while the helpers sleep is not short once it has woken one.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean inline = false;
        while (!(inline = spec.runsInline(0, 200, 1)) && System.nanoTime() < deadline) {
            Loops.ascending(spec, 0, 200, 1).run((k, from, to) -> runs.incrementAndGet());
        }
        assertThat(inline).isTrue();
        assertThat(runs.get() % 200).as("every chunk of every run").isZero();
    }

    @Test
    void aStepKnownOnlyAtRunTimeIsCheckedBeforeTheLoopRuns() {
        LoopSpec spec = LoopSpec.of("Test.java:7");
        assertThat(Loops.step(spec, 3L)).isEqualTo(3L);
        assertThat(Loops.intStep(spec, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Loops.step(spec, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The step of the @ParallelFor loop at Test.java:7 is 0, but must be positive: the loop as "
                        + "written would never reach its bound");
        assertThatThrownBy(() -> Loops.intStep(spec, -4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is -4, but must be positive");
        assertThatThrownBy(() -> Loops.intStep(spec, 1L << 32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The step of the @ParallelFor loop at Test.java:7 is 4294967296, which does not fit in its "
                        + "int variable: each update would wrap around");
    }

    @Test
    void guidedChunksShrink() {
        Chunking guided = Chunking.of(10_000, Schedule.GUIDED, 1, 2);
        long firstSize = guided.start(1) - guided.start(0);
        long lastSize = guided.start(guided.chunks()) - guided.start(guided.chunks() - 1);
        assertThat(firstSize).isEqualTo(2_500);
        assertThat(lastSize).isLessThan(firstSize);
    }

    @Test
    void chunkNumbersMatchTheirRanges() {
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.DYNAMIC, 10, 0, 2);
        LoopRange range = Loops.ascending(spec, 0, 95, 1);
        long[] froms = new long[range.chunks()];
        range.run((k, from, to) -> froms[k] = from);
        for (int k = 0; k < froms.length; k++) {
            assertThat(froms[k]).isEqualTo(10L * k);
        }
    }

    @Test
    void stepsAndDirectionsVisitTheOriginalValues() {
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.DYNAMIC, 3, 0, 2);
        assertThat(values(Loops.ascending(spec, 3, 20, 4), 4)).containsExactly(3L, 7L, 11L, 15L, 19L);
        assertThat(values(Loops.ascendingInclusive(spec, 3, 19, 4), 4)).containsExactly(3L, 7L, 11L, 15L, 19L);
        assertThat(values(Loops.descending(spec, 10, 0, 3), -3)).containsExactly(10L, 7L, 4L, 1L);
        assertThat(values(Loops.descendingInclusive(spec, 10, 1, 3), -3)).containsExactly(10L, 7L, 4L, 1L);
        assertThat(values(Loops.ascending(spec, 5, 5, 1), 1)).isEmpty();
        assertThat(values(Loops.descendingInclusive(spec, 0, 1, 1), -1)).isEmpty();
    }

    private static List<Long> values(LoopRange range, long step) {
        List<Long> values = Collections.synchronizedList(new ArrayList<>());
        range.run((k, from, to) -> {
            for (long i = from; step > 0 ? i < to : i > to; i += step) {
                values.add(i);
            }
        });
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(step > 0 ? null : Collections.reverseOrder());
        return sorted;
    }

    @Test
    void anIterationsCheckedExceptionIsRethrownUnchanged() {
        IOException failure = new IOException("iteration 500");
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.DYNAMIC, 10, 0, 2);
        assertThatThrownBy(() -> Loops.ascending(spec, 0, 100_000, 1).run((k, from, to) -> {
            if (from <= 500 && 500 < to) {
                throw failure;
            }
        })).isSameAs(failure);
        assertThat(failure.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                .contains("@ParallelFor loop at Test.java:1");
    }

    @Test
    void aFailureCancelsTheChunksNotYetStarted() {
        AtomicInteger ran = new AtomicInteger();
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.DYNAMIC, 1, 0, 2);
        assertThatThrownBy(() -> Loops.ascending(spec, 0, 10_000, 1).run((k, from, to) -> {
            ran.incrementAndGet();
            throw new IllegalStateException("chunk " + k);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ran.get()).isLessThan(100);
    }

    @Test
    void aLoopInsideAParallelRegionRunsOnItsThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Region.run(WorkerThreads.forWidth(2), 2, region -> {
            Thread self = Thread.currentThread();
            new LoopRange(new LoopSpec("Test.java:1", Schedule.DYNAMIC, 1, 0, 4), 0, 1, 1000).run((k, from, to) -> {
                if (Thread.currentThread() != self) {
                    threads.add(Thread.currentThread());
                }
            });
        });
        assertThat(threads).isEmpty();
    }

    @Test
    void belowMinIterationsTheLoopRunsOnTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        LoopSpec spec = new LoopSpec("Test.java:1", Schedule.DYNAMIC, 1, 1_000, 4);
        Loops.ascending(spec, 0, 999, 1).run((k, from, to) -> threads.add(Thread.currentThread()));
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void indexableKeepsRandomAccessListsAndSnapshotsOtherCollections() {
        List<String> list = new ArrayList<>(List.of("a", "b"));
        assertThat(Loops.indexable(list)).isSameAs(list);
        assertThat(Loops.indexable(new LinkedHashSet<>(List.of("x", "y")))).containsExactly("x", "y");
        Iterable<Integer> iterable = () -> List.of(1, 2, 3).iterator();
        assertThat(Loops.indexable(iterable)).containsExactly(1, 2, 3);
    }

    @Test
    void aLoopWithoutReductionsRunsInlineInOneCall() {
        LoopSpec belowItsMinimum = new LoopSpec("One.java:1", Schedule.AUTO, 0, 1000, 0);
        List<String> calls = new ArrayList<>();
        Loops.ascending(belowItsMinimum, 3, 103, 1).runIterations((chunk, from, to) -> calls.add(from + ".." + to));

        assertThat(calls).containsExactly("3..103");
    }

    @Test
    void aLoopWithoutReductionsInParallelRunsEveryIterationOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        LoopSpec spec = new LoopSpec("Many.java:1", Schedule.DYNAMIC, 10, 0, 2);
        Loops.descending(spec, 999, -1, 1).runIterations((chunk, from, to) -> {
            for (long i = from; i > to; i--) {
                runs.incrementAndGet((int) i);
            }
        });

        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("iteration %d", i).isEqualTo(1);
        }
    }

    @Test
    void aShortLoopWithoutReductionsInParallelTakesItsIterationsInAFewPiecesPerWorker() {
        LoopSpec alwaysSplit = new LoopSpec("Rows.java:1", Schedule.AUTO, 0, 1, 0);
        AtomicIntegerArray runs = new AtomicIntegerArray(200);
        AtomicInteger calls = new AtomicInteger();
        LoopRange range = Loops.ascending(alwaysSplit, 0, 200, 1);
        assertThat(range.chunks()).as("an iteration a chunk").isEqualTo(200);
        range.runIterations((chunk, from, to) -> {
            calls.incrementAndGet();
            for (long i = from; i < to; i++) {
                runs.incrementAndGet((int) i);
            }
        });

        assertThat(calls.get()).as("a block per worker in ten pieces").isLessThanOrEqualTo(Weft.plan().parallelism() * 10);
        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("iteration %d", i).isEqualTo(1);
        }
    }

    @Test
    void columnsFitOnlyWithinARowOrWhereThereAreNone() {
        assertThat(Loops.columnsFit(0, 10, 10)).isTrue();
        assertThat(Loops.columnsFit(3, 8, 10)).isTrue();
        assertThat(Loops.columnsFit(3, 11, 10)).isFalse();
        assertThat(Loops.columnsFit(-1, 5, 10)).isFalse();
        assertThat(Loops.columnsFit(-5, -7, 10)).isTrue();
        assertThat(Loops.columnsFit(4, 4, 0)).isTrue();
        assertThat(Loops.columnsFit(0, (long) Integer.MAX_VALUE + 1, Integer.MAX_VALUE)).isFalse();
    }

    @Test
    void rowsFitOnlyWhileEveryRowMajorIndexIsAnInt() {
        assertThat(Loops.rowsFit(0, 1000, 1000)).isTrue();
        assertThat(Loops.rowsFit(0, 46_340, 46_340)).isTrue();
        // 46 341² passes 2³¹ - 1
        assertThat(Loops.rowsFit(0, 46_341, 46_341)).isFalse();
        assertThat(Loops.rowsFit(0, 4, 1 << 30)).isFalse();
        assertThat(Loops.rowsFit(1, 0, 1 << 30)).isFalse();
        assertThat(Loops.rowsFit(-3, 0, 1 << 29)).isFalse();
        assertThat(Loops.rowsFit(0, Integer.MAX_VALUE, 0)).isTrue();
        // x < width - 2 wraps round for a width of Integer.MIN_VALUE + 1
        assertThat(Loops.rowsFit(0, 10, Integer.MIN_VALUE + 1)).isFalse();
        assertThat(Loops.rowsFit(0, Integer.MAX_VALUE, -5)).isFalse();
    }

    @Test
    void listsMayShareElementsWhereOneIsAViewOrBothAreOne() {
        Double[] values = {1.0, 2.0, 3.0};
        List<Double> own = new ArrayList<>(Arrays.asList(values));
        assertThat(Loops.mayShareElements(own, new ArrayList<>(own))).isFalse();
        assertThat(Loops.mayShareElements(own, values)).isFalse();
        assertThat(Loops.mayShareElements(new LinkedList<>(own), new CopyOnWriteArrayList<>(own))).isFalse();
        assertThat(Loops.mayShareElements(own, own)).isTrue();
        assertThat(Loops.mayShareElements(Arrays.asList(values), values)).isTrue();
        assertThat(Loops.mayShareElements(own, own.subList(1, 3))).isTrue();
        assertThat(Loops.mayShareElements(Collections.unmodifiableList(own), own)).isTrue();
    }

    @Test
    void rowsCountedFromAnOriginFitWhileTheirDistanceFromItDoes() {
        // a tile of rows 1 000 000 to 1 000 100 of an image 20 000 wide: (y - y0) * w stays small
        assertThat(Loops.rowsFit(1_000_000, 1_000_100, 1_000_000, 20_000)).isTrue();
        assertThat(Loops.rowsFit(1_000_000, 1_000_100, 0, 20_000)).isFalse();
        // a first row before the origin counts as far as one after it
        assertThat(Loops.rowsFit(-46_341, 0, 0, 46_341)).isFalse();
        assertThat(Loops.rowsFit(Integer.MIN_VALUE, 0, Integer.MAX_VALUE, 1)).isFalse();
        assertThat(Loops.rowsFit(0, Long.MAX_VALUE, Long.MIN_VALUE, 1)).isFalse();
    }

    @Test
    void zeroedRowsKeepEachRowsLengthAndItsAbsence() {
        double[] shared = {1, 2};
        double[][] rows = {shared, null, {3, 4, 5}, shared, {}};
        double[][] zeroed = Loops.zeroedRows(rows);
        assertThat(zeroed.length).isEqualTo(rows.length);
        assertThat(zeroed[1]).isNull();
        assertThat(zeroed[0]).containsExactly(0, 0).isNotSameAs(zeroed[3]).isNotSameAs(shared);
        assertThat(zeroed[2]).containsExactly(0, 0, 0);
        assertThat(zeroed[4]).isEmpty();
        assertThat(Loops.zeroedRows(new long[0][])).isEmpty();
        assertThat(Loops.zeroedRows(new int[][] {{7}})[0]).containsExactly(0);
    }
}
