package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Twins that reach private members through handles give the original's results, and its exceptions. */
class PrivateMemberEquivalenceTest {

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void privateStaticMembers(int n) {
        double[] x = IntStream.of(LoopEquivalenceTest.ints(n)).asDoubleStream().toArray();
        assertThat(PrivateMembersParallel.weighted(x)).isEqualTo(PrivateMembers.weighted(x));
        assertThat(PrivateMembersParallel.overloads(LoopEquivalenceTest.ints(n))).isEqualTo(PrivateMembers.overloads(LoopEquivalenceTest.ints(n)));
    }

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void privateInstanceMembers(int n) throws IOException {
        PrivateMembers original = new PrivateMembers(3);
        PrivateMembers twin = new PrivateMembers(3);
        PrivateMembers other = new PrivateMembers(5);
        assertThat(PrivateMembersParallel.scaledAll(twin, LoopEquivalenceTest.ints(n), other)).isEqualTo(original.scaledAll(LoopEquivalenceTest.ints(n), other));
        assertThat(twin.lastLength()).isEqualTo(original.lastLength()).isEqualTo(2 * n);
        assertThat(other.lastLength()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("dev.weft.examples.loops.LoopEquivalenceTest#sizes")
    void privateMembersOfANestedClass(int n) {
        assertThat(PrivateMembersParallel.nodes(LoopEquivalenceTest.ints(n), PrivateMembers.someNodes()))
                .isEqualTo(PrivateMembers.nodes(LoopEquivalenceTest.ints(n), PrivateMembers.someNodes()));
    }

    @Test
    void aPrivateMethodThrowsItsOwnCheckedException() {
        int[] in = LoopEquivalenceTest.ints(100_003);
        in[77_777] = Integer.MIN_VALUE;
        assertThatThrownBy(() -> PrivateMembersParallel.scaledAll(new PrivateMembers(2), in, new PrivateMembers(1)))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot scale " + Integer.MIN_VALUE);
    }
}
