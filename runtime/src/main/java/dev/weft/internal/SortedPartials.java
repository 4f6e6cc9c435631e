package dev.weft.internal;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The empty partials of a tree map or set that a loop accumulates into: ordered by the original's
 * comparator, which also decides which keys are the same, whatever type the original is declared with.
 */
public final class SortedPartials {
    private SortedPartials() {}

    /** An empty map ordered as {@code whole}, a {@link SortedMap}. */
    public static <K, V> TreeMap<K, V> map(Map<K, V> whole) {
        return new TreeMap<>(((SortedMap<K, V>) whole).comparator());
    }

    /** An empty set ordered as {@code whole}, a {@link SortedSet}. */
    public static <E> TreeSet<E> set(Collection<E> whole) {
        return new TreeSet<>(((SortedSet<E>) whole).comparator());
    }
}
