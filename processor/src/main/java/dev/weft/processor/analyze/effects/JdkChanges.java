package dev.weft.processor.analyze.effects;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the JDK's own methods change, kept as data in one place: Weft has no source for them to
 * summarise. Every other JDK method is taken to change nothing it is given.
 */
public final class JdkChanges {
    /** What changes a {@code Collection}, a {@code List}, a {@code Deque}, a {@code Map} or a string builder: its receiver. */
    public static final Set<String> CONTAINER_CHANGES = Set.of(
            "add", "addAll", "addFirst", "addLast", "remove", "removeAll", "removeIf", "removeFirst", "removeLast",
            "retainAll", "clear", "set", "sort", "replaceAll", "offer", "offerFirst", "offerLast", "poll",
            "pollFirst", "pollLast", "push", "pop", "put", "putAll", "putIfAbsent", "replace", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "append", "insert", "delete", "deleteCharAt",
            "reverse", "setLength", "setCharAt",
            // Vector's and Hashtable's own names for the same changes: synchronized, and still racing on the order
            "addElement", "insertElementAt", "removeElement", "removeElementAt", "removeAllElements", "setElementAt",
            "setSize");

    /** The containers those methods change. Appendable takes in a builder seen through a wider interface, and any Writer. */
    public static final List<String> CONTAINERS = List.of("java.util.Collection", "java.util.Map",
            "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.Appendable");

    /** Static methods that change what one of their arguments refers to, by the index of that argument. */
    private static final Map<String, Integer> STATIC_CHANGES = table("""
            java.lang.System.arraycopy 2
            java.util.Arrays.fill 0
            java.util.Arrays.sort 0
            java.util.Arrays.parallelSort 0
            java.util.Arrays.setAll 0
            java.util.Arrays.parallelSetAll 0
            java.util.Arrays.parallelPrefix 0
            java.util.Collections.addAll 0
            java.util.Collections.sort 0
            java.util.Collections.reverse 0
            java.util.Collections.shuffle 0
            java.util.Collections.swap 0
            java.util.Collections.fill 0
            java.util.Collections.rotate 0
            """);

    private JdkChanges() {}

    /** Lines of a qualified method name and the index of the argument it changes. */
    private static Map<String, Integer> table(String lines) {
        return lines.lines().map(line -> line.strip().split(" "))
                .collect(Collectors.toUnmodifiableMap(entry -> entry[0], entry -> Integer.parseInt(entry[1])));
    }

    /** The argument {@code type.method(...)} changes, {@code -1} for none. */
    public static int changedArgument(String type, String method) {
        return STATIC_CHANGES.getOrDefault(type + "." + method, -1);
    }
}
