package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kernels that add into a large array and that run a parallel loop once a pivot: the twin's
 * results are the original's, exactly where the arithmetic is exact, and bit for bit the same
 * from one run to the next where it rounds.
 */
class KernelLoopEquivalenceTest {
    private static final int PER_ROW = 3;

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    /** A sparse matrix of {@code rows} rows, {@link #PER_ROW} entries a row, in row order. */
    private record Triples(int[] target, int[] source, double[] weight, double[] in) {
        static Triples of(int rows, boolean whole) {
            SplittableRandom random = new SplittableRandom(rows);
            int[] target = new int[rows * PER_ROW];
            int[] source = new int[target.length];
            double[] weight = new double[target.length];
            for (int e = 0; e < target.length; e++) {
                target[e] = e / PER_ROW;
                source[e] = random.nextInt(rows);
                weight[e] = whole ? random.nextInt(-8, 9) : random.nextDouble(-1, 1);
            }
            double[] in = random.doubles(rows, -1, 1).map(v -> whole ? Math.rint(v * 8) : v).toArray();
            return new Triples(target, source, weight, in);
        }

        double[] out() {
            return new double[in.length];
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void addingIntoAnArrayIsExactWhereTheArithmeticIs(int rows) {
        Triples m = Triples.of(rows, true);
        double[] original = m.out();
        double[] twin = m.out();
        assertThat(KernelLoopsParallel.scatterProducts(m.target(), m.source(), m.weight(), m.in(), twin))
                .isEqualTo(KernelLoops.scatterProducts(m.target(), m.source(), m.weight(), m.in(), original));
        assertThat(twin).isEqualTo(original);
        int[] buckets = Arrays.stream(m.source()).map(s -> s % 97).toArray();
        assertThat(KernelLoopsParallel.countHits(buckets, 97)).isEqualTo(KernelLoops.countHits(buckets, 97));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void addingIntoAnArrayRoundsTheSameOnEveryRun(int rows) {
        Triples m = Triples.of(rows, false);
        double[] original = m.out();
        double total = KernelLoops.scatterProducts(m.target(), m.source(), m.weight(), m.in(), original);
        double[] first = m.out();
        double firstTotal = KernelLoopsParallel.scatterProducts(m.target(), m.source(), m.weight(), m.in(), first);
        assertThat(firstTotal).isCloseTo(total, within(1e-9 * Math.max(1, rows)));
        for (int i = 0; i < rows; i++) {
            assertThat(first[i]).as("row %d", i).isCloseTo(original[i], within(1e-12));
        }
        for (int run = 0; run < 5; run++) {
            double[] again = m.out();
            double againTotal = KernelLoopsParallel.scatterProducts(m.target(), m.source(), m.weight(), m.in(), again);
            assertThat(Double.doubleToRawLongBits(againTotal)).as("run %d", run)
                    .isEqualTo(Double.doubleToRawLongBits(firstTotal));
            for (int i = 0; i < rows; i++) {
                assertThat(Double.doubleToRawLongBits(again[i])).as("run %d, row %d", run, i)
                        .isEqualTo(Double.doubleToRawLongBits(first[i]));
            }
        }
    }

    /** Whatever was in the array before the loop is added to, not replaced. */
    @Test
    void addingIntoAnArrayKeepsWhatItHeld() {
        Triples m = Triples.of(50_000, true);
        double[] original = m.in().clone();
        double[] twin = m.in().clone();
        KernelLoops.scatterProducts(m.target(), m.source(), m.weight(), m.in(), original);
        KernelLoopsParallel.scatterProducts(m.target(), m.source(), m.weight(), m.in(), twin);
        assertThat(twin).isEqualTo(original);
    }

    private static double[][] matrix(int size) {
        SplittableRandom random = new SplittableRandom(size);
        double[][] m = new double[size][];
        for (int r = 0; r < size; r++) {
            m[r] = random.doubles(size, -1, 1).toArray();
            m[r][r] += size; // dominant diagonal: no pivot is zero
        }
        return m;
    }

    /** Every row is computed as the original computes it, whichever thread runs it: bit for bit. */
    @ParameterizedTest
    @MethodSource("eliminationSizes")
    void eliminationIsTheOriginals(int size) {
        double[][] original = matrix(size);
        KernelLoops.eliminate(original);
        for (int run = 0; run < 3; run++) {
            double[][] twin = matrix(size);
            KernelLoopsParallel.eliminate(twin);
            assertThat(twin).as("run %d", run).isDeepEqualTo(original);
        }
    }

    static IntStream eliminationSizes() {
        return IntStream.of(0, 1, 2, 7, 65, 257, 400);
    }

    /**
     * An array read from a field of an object, through a class, or as a row at a constant index, by
     * the body or by a method it calls, is checked against the array the loop writes, as a second
     * parameter is: where they are one, the twin runs the loop as written.
     */
    @ParameterizedTest
    @MethodSource("sizes")
    void anArrayHeldInAFieldThatIsTheArrayWrittenGivesTheOriginalsResult(int size) {
        int[] original = LoopEquivalenceTest.ints(size);
        int[] twin = original.clone();
        KernelLoops.shiftHeldInto(new KernelLoops.Vector(original), original);
        KernelLoopsParallel.shiftHeldInto(new KernelLoops.Vector(twin), twin);
        assertThat(twin).isEqualTo(original);
        KernelLoops.shiftCalledInto(new KernelLoops.Vector(original), original);
        KernelLoopsParallel.shiftCalledInto(new KernelLoops.Vector(twin), twin);
        assertThat(twin).isEqualTo(original);
        KernelLoops.shiftRowInto(new int[][] {original}, original);
        KernelLoopsParallel.shiftRowInto(new int[][] {twin}, twin);
        assertThat(twin).isEqualTo(original);
        KernelLoops.Table.values = original;
        KernelLoops.shiftTableInto(original);
        KernelLoops.Table.values = twin;
        KernelLoopsParallel.shiftTableInto(twin);
        assertThat(twin).isEqualTo(original);
        KernelLoops.Table.values = original;
        KernelLoops.shiftTableCalledInto(original);
        KernelLoops.Table.values = twin;
        KernelLoopsParallel.shiftTableCalledInto(twin);
        assertThat(twin).isEqualTo(original);
        KernelLoops.Table.hide(original);
        KernelLoops.shiftHiddenInto(original);
        KernelLoops.Table.hide(twin);
        KernelLoopsParallel.shiftHiddenInto(twin);
        assertThat(twin).isEqualTo(original);
        new PrivateMembers(1).sampling(original).shiftSamplesInto(original);
        PrivateMembersParallel.shiftSamplesInto(new PrivateMembers(1).sampling(twin), twin);
        assertThat(twin).isEqualTo(original);

        int[] apart = new int[size];
        int[] expected = new int[size];
        KernelLoopsParallel.shiftHeldInto(new KernelLoops.Vector(twin), apart);
        KernelLoops.shiftHeldInto(new KernelLoops.Vector(twin), expected);
        assertThat(apart).isEqualTo(expected);
    }

    /**
     * Arrays handed as different parameters are taken to be distinct, as Fortran takes its
     * arguments; handed one array twice, or one list twice, or a list and a view of its elements,
     * the twin runs the loop as written, and gives what the original gives.
     */
    @ParameterizedTest
    @MethodSource("sizes")
    void oneArrayHandedTwiceGivesTheOriginalsResult(int size) {
        int[] original = LoopEquivalenceTest.ints(size);
        int[] twin = original.clone();
        int[] apart = new int[size];
        KernelLoops.shiftInto(original, original);
        KernelLoopsParallel.shiftInto(twin, twin);
        assertThat(twin).isEqualTo(original);
        KernelLoopsParallel.shiftInto(twin.clone(), apart);
        int[] expected = new int[size];
        KernelLoops.shiftInto(twin.clone(), expected);
        assertThat(apart).isEqualTo(expected);

        Integer[] boxed = Arrays.stream(LoopEquivalenceTest.ints(size)).boxed().toArray(Integer[]::new);
        List<Integer> list = new ArrayList<>(Arrays.asList(boxed));
        List<Integer> listTwin = new ArrayList<>(list);
        KernelLoops.shiftListInto(list, list);
        KernelLoopsParallel.shiftListInto(listTwin, listTwin);
        assertThat(listTwin).isEqualTo(list);
        Integer[] viewed = boxed.clone();
        KernelLoops.shiftListInto(Arrays.asList(boxed), Arrays.asList(boxed));
        KernelLoopsParallel.shiftListInto(Arrays.asList(viewed), Arrays.asList(viewed));
        assertThat(viewed).isEqualTo(boxed);
        List<Integer> whole = new ArrayList<>(list);
        List<Integer> wholeTwin = new ArrayList<>(list);
        if (size > 1) {
            KernelLoops.shiftListInto(whole, whole.subList(1, size));
            KernelLoopsParallel.shiftListInto(wholeTwin, wholeTwin.subList(1, size));
        }
        assertThat(wholeTwin).isEqualTo(whole);

        Triples m = Triples.of(size, false);
        double[] both = m.in().clone();
        double[] bothTwin = m.in().clone();
        assertThat(KernelLoopsParallel.scatterProducts(m.target(), m.source(), m.weight(), bothTwin, bothTwin))
                .isEqualTo(KernelLoops.scatterProducts(m.target(), m.source(), m.weight(), both, both));
        assertThat(bothTwin).isEqualTo(both);
    }
}
