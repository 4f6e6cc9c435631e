package dev.weft.internal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Whether the objects that the elements of a loop reach through fields that may be shared, and
 * that the loop writes, belong each to one element: where two edges hold one node, iterations
 * that both write it would race, and the twin runs the loop as written instead.
 */
public final class ReachedObjects {
    /** What one element reaches: each object handed to {@code objects}, {@code null} ignored. */
    @FunctionalInterface
    public interface Reach<T> {
        void reach(T element, Consumer<Object> objects);
    }

    private ReachedObjects() {}

    /** Whether no object that one of {@code elements} reaches is reached by another. */
    public static <T> boolean distinct(List<T> elements, Reach<? super T> reach) {
        Owners owners = new Owners(elements.size());
        for (int k = 0; k < elements.size() && owners.distinct; k++) {
            owners.element = k;
            reach.reach(elements.get(k), owners);
        }
        return owners.distinct;
    }

    /** As {@link #distinct(List, Reach)}, over an array's elements. */
    public static <T> boolean distinct(T[] elements, Reach<? super T> reach) {
        return distinct(Arrays.asList(elements), reach);
    }

    /** The element each object met so far belongs to; once one is met from two, not distinct. */
    private static final class Owners implements Consumer<Object> {
        private final Map<Object, Integer> owner;
        private int element;
        private boolean distinct = true;

        Owners(int elements) {
            owner = new IdentityHashMap<>(elements);
        }

        @Override
        public void accept(Object object) {
            if (object != null) {
                Integer first = owner.putIfAbsent(object, element);
                distinct &= first == null || first == element;
            }
        }
    }
}
