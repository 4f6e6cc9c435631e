package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachedObjectsTest {
    private record Pair(Object left, Object right) {}

    @Test
    void objectsEachReachedFromOneElementAreDistinct() {
        Object a = new Object();
        Object b = new Object();
        Object c = new Object();
        assertThat(ReachedObjects.distinct(List.of(new Pair(a, b), new Pair(c, null)),
                (pair, objects) -> { objects.accept(pair.left()); objects.accept(pair.right()); })).isTrue();
        assertThat(ReachedObjects.distinct(new Pair[0], (pair, objects) -> objects.accept(pair.left()))).isTrue();
    }

    @Test
    void anElementMayReachOneObjectTwice() {
        Object a = new Object();
        assertThat(ReachedObjects.distinct(new Pair[] {new Pair(a, a)},
                (pair, objects) -> { objects.accept(pair.left()); objects.accept(pair.right()); })).isTrue();
    }

    @Test
    void oneObjectReachedFromTwoElementsIsNot() {
        Object shared = new Object();
        Pair[] pairs = {new Pair(new Object(), shared), new Pair(shared, new Object())};
        assertThat(ReachedObjects.distinct(pairs,
                (pair, objects) -> { objects.accept(pair.left()); objects.accept(pair.right()); })).isFalse();
    }

    @Test
    void equalObjectsThatAreNotTheSameAreDistinct() {
        List<List<Integer>> lists = Arrays.asList(List.of(1), List.of(1));
        assertThat(ReachedObjects.distinct(lists, (list, objects) -> objects.accept(list))).isTrue();
    }
}
