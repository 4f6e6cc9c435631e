package dev.weft.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Adds a chunk's partial map to the original, entry by entry, each as the loop's own call adds a
 * key: a {@link java.util.HashMap} keeps the keys that share a bucket in the order they came, and
 * puts a key new to it after them where {@code put} adds it but before them where
 * {@code computeIfAbsent} or {@code merge} does. Folding with the loop's own kind of call keeps
 * the order the map iterates in the loop's.
 */
public final class MapFolds {
    private MapFolds() {}

    /**
     * Adds a chunk's group for {@code key}, as {@code computeIfAbsent(key, ...).addAll(group)}
     * would, except that a group new to {@code whole} is put in itself: it was made by the loop's
     * own factory, and nothing else holds it.
     */
    public static <K, E, C extends Collection<E>> void addGroup(Map<K, C> whole, K key, C group) {
        C mine = whole.computeIfAbsent(key, absent -> group);
        if (mine != group) {
            mine.addAll(group);
        }
    }

    /** As {@link #addGroup(Map, Object, Collection)}, for groups that are string builders. */
    public static <K> void addGroup(Map<K, StringBuilder> whole, K key, StringBuilder group) {
        StringBuilder mine = whole.computeIfAbsent(key, absent -> group);
        if (mine != group) {
            mine.append(group);
        }
    }

    /**
     * Adds a chunk's group for {@code key} as a loop that gets a group and puts a new one where it
     * finds none would: a group new to {@code whole} goes where {@code put} puts it, and is kept.
     */
    public static <K, E, C extends Collection<E>> void putGroup(Map<K, C> whole, K key, C group) {
        C mine = whole.get(key);
        if (mine == null) {
            whole.put(key, group);
        } else {
            mine.addAll(group);
        }
    }

    /** As {@link #putGroup(Map, Object, Collection)}, for groups that are string builders. */
    public static <K> void putGroup(Map<K, StringBuilder> whole, K key, StringBuilder group) {
        StringBuilder mine = whole.get(key);
        if (mine == null) {
            whole.put(key, group);
        } else {
            mine.append(group);
        }
    }

    /**
     * Adds a chunk's sum for {@code key}, as {@code whole.put(key, whole.getOrDefault(key, zero) + part)}
     * would: the loop counted so, and a key new to {@code whole} goes where {@code put} puts it.
     *
     * @throws NullPointerException where {@code whole} holds {@code null} for {@code key}, as the
     *     loop adding to it did
     */
    public static <K, V> void putSum(Map<K, V> whole, K key, V part, BinaryOperator<V> sum) {
        V before = whole.get(key);
        if (before == null && whole.containsKey(key)) {
            // The loop reads the null held for a key it counts, and adds to it: so does its twin.
            throw new NullPointerException("The map holds null for the key " + key + ", which the loop counts into");
        }
        put(whole, key, before, part, sum);
    }

    /**
     * Adds a chunk's sum for {@code key}, as {@code V c = whole.get(key); whole.put(key, c == null
     * ? part : c + part)} would: the loop counted so, a {@code null} held counting as none, and a
     * key new to {@code whole} goes where {@code put} puts it.
     */
    public static <K, V> void putCount(Map<K, V> whole, K key, V part, BinaryOperator<V> sum) {
        put(whole, key, whole.get(key), part, sum);
    }

    private static <K, V> void put(Map<K, V> whole, K key, V before, V part, BinaryOperator<V> sum) {
        whole.put(key, before == null ? part : sum.apply(before, part));
    }
}
