package dev.weft.processor.analyze.effects;

import java.util.Map;
import java.util.Set;

/**
 * What Weft knows of the JDK's containers to split an accumulation into one into partials, kept as
 * data in one place.
 */
public final class JdkAccumulations {
    /**
     * The class each partial is created as, by the class the original is created as. A hash set or
     * map takes in the partials' elements in the order the loop first added them, so that equal
     * elements colliding in a bucket end up in the order they would have: its partial is linked.
     */
    public static final Map<String, String> PARTIALS = Map.ofEntries(
            Map.entry("java.util.ArrayList", "java.util.ArrayList"),
            Map.entry("java.util.LinkedList", "java.util.LinkedList"),
            Map.entry("java.util.ArrayDeque", "java.util.ArrayDeque"),
            Map.entry("java.util.HashSet", "java.util.LinkedHashSet"),
            Map.entry("java.util.LinkedHashSet", "java.util.LinkedHashSet"),
            Map.entry("java.util.TreeSet", "java.util.TreeSet"),
            Map.entry("java.util.HashMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.LinkedHashMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.TreeMap", "java.util.TreeMap"),
            Map.entry("java.lang.StringBuilder", "java.lang.StringBuilder"),
            Map.entry("java.lang.StringBuffer", "java.lang.StringBuffer"));

    /** The calls a collection reduction accumulates by, by name: what a loop may do to a local it builds. */
    public static final Set<String> CALLS = Set.of("add", "addAll", "append", "put", "putIfAbsent", "merge",
            "computeIfAbsent");

    /** The classes whose partials take the original's comparator, which decides which keys are equal and their order. */
    public static final Set<String> SORTED = Set.of("java.util.TreeSet", "java.util.TreeMap");

    /**
     * The classes a group may be created as: those that keep what is added to them in the order it
     * was added (or sorted), so that adding a chunk's group to an earlier one's keeps the loop's order.
     */
    public static final Set<String> GROUPS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.ArrayDeque", "java.util.LinkedHashSet", "java.util.TreeSet", "java.lang.StringBuilder");
    /** Of those, the classes a constructor of which takes an {@code int} capacity and creates an empty one. */
    public static final Set<String> WITH_CAPACITY = Set.of("java.util.ArrayList", "java.util.ArrayDeque",
            "java.util.LinkedHashSet", "java.lang.StringBuilder");

    /** Merge functions, as written, that are associative and exact: combining partials gives what the loop gives. */
    public static final Set<String> ASSOCIATIVE = Set.of("Integer::sum", "Long::sum", "Integer::max", "Integer::min",
            "Long::max", "Long::min", "Math::max", "Math::min", "String::concat");

    /** The value types over which {@code (x, y) -> x + y} is associative and exact. */
    public static final Set<String> EXACT_SUMS = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.String");

    /**
     * Per value type, the merge function that {@code map.put(k, map.getOrDefault(k, zero) + e)}
     * is, and the {@code zero} it must start from: a count as often written without {@code merge}.
     */
    public static final Map<String, String> SUM_FUNCTIONS = Map.of("java.lang.Integer", "Integer::sum",
            "java.lang.Long", "Long::sum", "java.lang.String", "String::concat");
    /** The {@code zero} each of those starts from, as written. */
    public static final Map<String, Set<String>> SUM_IDENTITIES = Map.of("java.lang.Integer", Set.of("0"),
            "java.lang.Long", Set.of("0", "0L", "0l"), "java.lang.String", Set.of("\"\""));

    private JdkAccumulations() {}
}
