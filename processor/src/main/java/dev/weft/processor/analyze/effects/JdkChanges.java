package dev.weft.processor.analyze.effects;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.weft.processor.analyze.Bare;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the JDK's own methods change, kept as data in one place: Weft has no source for them to
 * summarise. Every other method without source is one Weft cannot see into: it trusts it to change
 * nothing shared, and says so ({@code [weft:unseen-call]}).
 */
public final class JdkChanges {
    /** What changes a {@code Collection}, a {@code List}, a {@code Deque}, a {@code Map} or a string builder: its receiver. */
    public static final Set<String> CONTAINER_CHANGES = Set.of(
            "add", "addAll", "addFirst", "addLast", "remove", "removeAll", "removeIf", "removeFirst", "removeLast",
            "retainAll", "clear", "set", "sort", "replaceAll", "offer", "offerFirst", "offerLast", "poll",
            "pollFirst", "pollLast", "push", "pop", "put", "putAll", "putIfAbsent", "replace", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "append", "insert", "delete", "deleteCharAt",
            "reverse", "setLength", "setCharAt", "setValue",
            // Vector's and Hashtable's own names for the same changes: synchronized, and still racing on the order
            "addElement", "insertElementAt", "removeElement", "removeElementAt", "removeAllElements", "setElementAt",
            "setSize");

    /**
     * The containers those methods change. Appendable takes in a builder seen through a wider
     * interface, and any Writer; an iterator and a map's entry change what they come from.
     */
    public static final List<String> CONTAINERS = List.of("java.util.Collection", "java.util.Map",
            "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.Appendable", "java.util.Iterator",
            "java.util.Map.Entry");

    /**
     * Methods whose result is an object the receiver holds, found by the key or index in their
     * first argument ({@code map.get(k)}, {@code list.get(i)}, {@code map.computeIfAbsent(k, f)}):
     * iterations that change the result change what the receiver holds, as shared as the receiver.
     */
    public static final Set<String> KEYED_READS = Set.of("get", "getOrDefault", "computeIfAbsent", "computeIfPresent",
            "compute", "merge", "putIfAbsent");

    /**
     * As {@link #KEYED_READS}, for methods without a key: {@code deque.peekFirst()},
     * {@code entry.getValue()}, {@code optional.get()}, {@code iterator.next()}.
     */
    public static final Set<String> ELEMENT_READS = Set.of("get", "getFirst", "getLast", "peek", "peekFirst",
            "peekLast", "element", "first", "last", "firstElement", "lastElement", "getValue", "next", "previous",
            "orElse", "orElseGet", "orElseThrow");

    /**
     * What gives a view of its receiver, through which a change is a change of the receiver itself:
     * {@code list.iterator()} then {@code it.remove()}, {@code list.subList(0, 1).set(0, x)}.
     */
    public static final Set<String> VIEWS = Set.of("iterator", "listIterator", "descendingIterator", "spliterator",
            "subList", "keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet", "descendingMap",
            "descendingSet", "headSet", "tailSet", "subSet", "headMap", "tailMap", "subMap", "reversed");

    /**
     * A stream's methods that fill a new container with what flows through the stream, or the
     * container the collector they are handed supplies: {@code collect(toList())}, {@code toList()}.
     */
    public static final Set<String> COLLECTS = Set.of("collect", "toList");

    /**
     * What runs no method of the objects its receiver holds, but the {@code equals}, {@code hashCode}
     * or {@code compareTo} of what it is handed, which is checked as handed to the JDK
     * ({@link Summaries#handedToJdk}): {@code list.get(i)}, {@code map.put(k, v)}. Any other method of
     * the JDK, {@code toString}, {@code equals}, {@code sort} or a stream's {@code sorted}, may run
     * those of every object its receiver holds.
     */
    public static final Set<String> RUNS_NOTHING_HELD = Set.of("get", "getOrDefault", "size", "isEmpty", "add",
            "addAll", "set", "put", "putAll", "putIfAbsent", "remove", "contains", "containsKey", "containsValue",
            "containsAll", "indexOf", "lastIndexOf", "iterator", "listIterator", "hasNext", "next", "hasPrevious",
            "previous", "nextIndex", "previousIndex", "getKey", "getValue", "setValue", "keySet", "values", "entrySet",
            "subList", "stream", "parallelStream", "peek", "peekFirst", "peekLast", "poll", "pollFirst", "pollLast",
            "offer", "offerFirst", "offerLast", "push", "pop", "element", "getFirst", "getLast", "first", "last",
            "ceiling", "floor", "higher", "lower", "clear", "length", "charAt", "append", "insert", "forEach",
            "computeIfAbsent", "computeIfPresent", "compute", "merge", "toArray", "map", "filter", "mapToInt",
            "mapToLong", "mapToDouble", "mapToObj", "sum", "count", "isPresent", "ifPresent", "orElse", "orElseGet",
            "orElseThrow");

    /** Static methods that hold, copy or check for null what they are handed, and run none of its methods. */
    private static final Set<String> RUNS_NOTHING_HANDED = Set.of("java.util.Arrays.stream", "java.util.Arrays.asList",
            "java.util.Arrays.copyOf", "java.util.Arrays.copyOfRange", "java.util.Arrays.fill", "java.lang.System.arraycopy",
            "java.lang.System.identityHashCode", "java.util.List.of", "java.util.List.copyOf", "java.util.Optional.of",
            "java.util.Optional.ofNullable", "java.util.stream.Stream.of", "java.util.Collections.unmodifiableList",
            "java.util.Collections.unmodifiableCollection", "java.util.Collections.singletonList",
            "java.util.Objects.requireNonNull", "java.util.Objects.requireNonNullElse", "java.util.Objects.isNull",
            "java.util.Objects.nonNull");

    /**
     * Methods that run of an object they are handed its {@code toString} alone, as adding it to a
     * string does, or a {@code Formattable}'s {@code formatTo}.
     */
    private static final Set<String> STRINGIFIES = Set.of("java.lang.String.valueOf", "java.lang.String.format",
            "java.lang.String.formatted", "java.lang.StringBuilder.append", "java.lang.StringBuilder.insert",
            "java.lang.StringBuffer.append", "java.lang.StringBuffer.insert", "java.util.Objects.toString",
            "java.io.PrintStream.print", "java.io.PrintStream.println", "java.io.PrintStream.printf",
            "java.io.PrintStream.format");

    /** What adding an object to a string runs of it. */
    public static final Set<String> ADDED_TO_STRING = Set.of("toString");

    /** Methods of the JDK's lists and deques that hold what they are handed and run none of its methods. */
    private static final Set<String> HOLDS_ONLY = Set.of("add", "addAll", "set", "addFirst", "addLast", "offer",
            "offerFirst", "offerLast", "push");
    private static final Set<String> SEQUENCES = Set.of("java.util.List", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Vector", "java.util.Deque", "java.util.ArrayDeque");

    /** Methods of a list that find what they are handed by its {@code equals} alone. */
    private static final Set<String> BY_EQUALS = Set.of("indexOf", "lastIndexOf", "contains", "remove", "containsAll",
            "removeAll", "retainAll");

    /** The hashed sets and maps, and their methods that find a key by its {@code hashCode} and {@code equals} alone. */
    private static final Set<String> HASHED = Set.of("java.util.HashMap", "java.util.LinkedHashMap", "java.util.HashSet",
            "java.util.LinkedHashSet");
    private static final Set<String> BY_HASH = Set.of("get", "getOrDefault", "containsKey", "put", "putIfAbsent",
            "remove", "contains", "add", "merge", "compute", "computeIfAbsent", "computeIfPresent");

    /** Methods of the JDK's maps that run methods of the key they are handed first, and of nothing else they are handed. */
    private static final Set<String> KEYED = Set.of("put", "putIfAbsent", "merge", "compute", "computeIfAbsent",
            "computeIfPresent", "getOrDefault");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap");

    /** What returns its receiver by another name: a builder's chained calls, or a stream over it. */
    public static final Set<String> RETURNS_RECEIVER = Set.of("append", "insert", "reverse", "replace", "delete",
            "deleteCharAt", "appendCodePoint", "stream", "parallelStream", "chars", "codePoints");

    /**
     * Classes whose objects nothing can change, and that reach nothing that can be changed: a call
     * handed one cannot give back something of it to write through.
     */
    public static final Set<String> VALUES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean",
            "java.lang.Character", "java.math.BigInteger", "java.math.BigDecimal", "java.util.Locale");

    /**
     * Containers and builders a loop may reuse from one iteration to the next, each with the call
     * that empties it, as written: an iteration that makes that call before any other use finds
     * nothing another iteration left.
     */
    public static final Map<String, String> RESETS = Map.ofEntries(
            Map.entry("java.lang.StringBuilder", "setLength(0)"), Map.entry("java.lang.StringBuffer", "setLength(0)"),
            Map.entry("java.util.ArrayList", "clear()"), Map.entry("java.util.LinkedList", "clear()"),
            Map.entry("java.util.ArrayDeque", "clear()"), Map.entry("java.util.PriorityQueue", "clear()"),
            Map.entry("java.util.HashSet", "clear()"), Map.entry("java.util.LinkedHashSet", "clear()"),
            Map.entry("java.util.TreeSet", "clear()"), Map.entry("java.util.HashMap", "clear()"),
            Map.entry("java.util.LinkedHashMap", "clear()"), Map.entry("java.util.TreeMap", "clear()"),
            Map.entry("java.util.BitSet", "clear()"));

    /**
     * Of those, the ones whose order of iteration depends on how large they once grew: a
     * {@code HashMap} keeps its table when cleared. Emptied, they still tell what came before.
     */
    public static final Set<String> ORDERED_BY_HISTORY = Set.of("java.util.HashSet", "java.util.HashMap");

    /** What uses a set or a map by key alone, in no order: the same whatever order it would iterate in. */
    public static final Set<String> BY_KEY = Set.of("add", "addAll", "remove", "removeAll", "retainAll", "contains",
            "containsAll", "containsKey", "containsValue", "get", "getOrDefault", "put", "putAll", "putIfAbsent",
            "merge", "compute", "computeIfAbsent", "computeIfPresent", "replace", "size", "isEmpty", "clear", "equals",
            "hashCode");

    /**
     * What a builder or a container tells of its past alone, how large it grew, not what it holds,
     * by class and method: a cleared {@code BitSet} keeps the words it grew to, and {@code size()}
     * counts them.
     */
    public static final Set<String> HISTORY = Set.of("java.lang.StringBuilder.capacity",
            "java.lang.StringBuffer.capacity", "java.util.BitSet.size");

    /** The stages of a stream, each a stream over what the stage before it streams: lazy, as the first is. */
    public static final Set<String> STREAM_STAGES = Set.of("map", "filter", "sorted", "distinct", "limit", "skip",
            "peek", "mapToInt", "mapToLong", "mapToDouble", "mapToObj", "boxed", "flatMap", "asLongStream",
            "asDoubleStream", "parallel", "sequential", "unordered", "takeWhile", "dropWhile");

    /**
     * Static methods that read a container or a builder they are handed only while they run, or
     * copy it, and keep no hold of it.
     */
    private static final Set<String> KEEP_NO_HOLD = Set.of("java.util.Collections.sort",
            "java.util.Collections.reverse", "java.util.Collections.swap", "java.util.Collections.fill",
            "java.util.Collections.rotate", "java.util.Collections.max", "java.util.Collections.min",
            "java.util.Collections.frequency", "java.util.Collections.binarySearch", "java.util.Collections.disjoint",
            "java.util.List.copyOf", "java.util.Set.copyOf", "java.util.Map.copyOf", "java.lang.String.join",
            "java.lang.String.valueOf", "java.util.Objects.equals", "java.util.Objects.toString");

    /** The same, for instance methods of the JDK's containers, builders and strings: they copy what they are handed, or compare it. */
    private static final Set<String> KEEP_NO_HOLD_OF_ARGUMENTS = Set.of("addAll", "containsAll", "removeAll",
            "retainAll", "putAll", "append", "insert", "equals", "contentEquals");

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

    /**
     * Static methods that set the elements of an array they are handed, by their number of
     * arguments: the index of the array, and of the arguments that give the first element set and
     * where the setting ends ({@code end}) or how many it sets ({@code count}); {@code -1} and
     * {@code all} for a method that sets them all.
     */
    private static final List<String> FILLS = List.of(
            "java.util.Arrays.fill 2 0 -1 -1 all",
            "java.util.Arrays.setAll 2 0 -1 -1 all",
            "java.util.Arrays.fill 4 0 1 2 end",
            "java.lang.System.arraycopy 5 2 3 4 count");

    /**
     * Static methods that rearrange a stretch of an array they are handed, as {@link #FILLS} gives
     * it, reading what it held: no fill of a scratch array, but a change of those elements alone.
     */
    private static final List<String> REARRANGES = List.of(
            "java.util.Arrays.sort 3 0 1 2 end",
            "java.util.Arrays.sort 4 0 1 2 end",
            "java.util.Arrays.parallelSort 3 0 1 2 end",
            "java.util.Arrays.parallelSort 4 0 1 2 end");

    /**
     * Static methods that use the elements of the arrays they are handed only while they run and
     * keep no hold of the arrays: they read or set the elements, and return a value or a copy.
     */
    private static final Set<String> ELEMENTWISE = Set.of("java.util.Arrays.fill", "java.util.Arrays.setAll",
            "java.util.Arrays.sort", "java.util.Arrays.parallelSort", "java.lang.System.arraycopy",
            "java.util.Arrays.copyOf", "java.util.Arrays.copyOfRange", "java.util.Arrays.equals",
            "java.util.Arrays.hashCode", "java.util.Arrays.toString", "java.util.Arrays.binarySearch",
            "java.util.Arrays.mismatch", "java.util.Arrays.compare");

    /**
     * Classes none of whose methods or constructors changes anything it is given or any static
     * state: values and functions of them. With them, every class of {@code java.time}.
     */
    private static final Set<String> UNCHANGING = Set.of("java.lang.Object", "java.lang.Math", "java.lang.StrictMath",
            "java.lang.String", "java.lang.CharSequence", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Comparable", "java.lang.Enum", "java.lang.Record", "java.util.Objects",
            "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble",
            "java.math.BigInteger", "java.math.BigDecimal", "java.util.concurrent.ThreadLocalRandom",
            "java.util.regex.Pattern");

    /**
     * What gives another value each time it is called though nothing changes: random numbers, the
     * clocks, new identifiers. Every method of {@link #VARYING_CLASSES} too.
     */
    private static final Set<String> VARIES = Set.of("java.lang.Math.random", "java.lang.StrictMath.random",
            "java.lang.System.nanoTime", "java.lang.System.currentTimeMillis", "java.util.UUID.randomUUID");
    private static final Set<String> VARYING_CLASSES = Set.of("java.util.Random", "java.util.SplittableRandom",
            "java.security.SecureRandom", "java.util.concurrent.ThreadLocalRandom");

    /** The class whose every instance method moves its place in the text it was made from. */
    private static final String TOKENIZER = "java.util.StringTokenizer";

    /**
     * Classes every instance method of which reads or moves the place in the input its receiver
     * keeps; what they read from is not in the table, so a call of one is also one Weft cannot
     * see into.
     */
    private static final Set<String> SCANNERS = Set.of(TOKENIZER, "java.util.Scanner");

    /**
     * Classes that keep their work in fields of their own, each method changing its receiver alone,
     * but for those that also fill an array they are handed or move a buffer's position
     * ({@link #changesOnlyItsReceiver}), which are not in the table.
     */
    private static final Set<String> WORKING_STATE = Set.of("java.security.MessageDigest", "java.util.zip.Checksum",
            "java.util.zip.CRC32", "java.util.zip.CRC32C", "java.util.zip.Adler32");

    /**
     * Classes that keep their work in fields of their own as {@link #WORKING_STATE}'s do, whose
     * methods also fill or hold arrays they are handed ({@code deflater.deflate(out)},
     * {@code cipher.doFinal(out, 0)}), which the table does not tell: every instance method counts
     * as changing the receiver, and as a call Weft cannot see into.
     */
    private static final Set<String> STREAMING_STATE = Set.of("java.util.zip.Deflater", "java.util.zip.Inflater",
            "javax.crypto.Cipher", "javax.crypto.Mac", "javax.crypto.KeyAgreement", "java.security.Signature");

    /** Methods of the JDK that return a new object of their own, as a copy is: {@code pattern.matcher(text)}. */
    private static final Set<String> CREATES = Set.of("java.util.regex.Pattern.matcher",
            "java.security.MessageDigest.getInstance", "javax.crypto.Cipher.getInstance", "javax.crypto.Mac.getInstance",
            "javax.crypto.KeyAgreement.getInstance", "java.security.Signature.getInstance");

    /**
     * Generators every instance method of which changes its receiver: each number drawn moves the
     * seed. Shared by the iterations, one is a race ({@code SplittableRandom}) or makes the numbers
     * each iteration draws, and so the results, differ from run to run ({@code Random}).
     * {@code ThreadLocalRandom} is each thread's own and changes nothing shared.
     */
    private static final Set<String> RECEIVER_CHANGES = Set.of("java.util.Random", "java.util.SplittableRandom",
            "java.security.SecureRandom");

    /** What reads a collection, a map, an iterator or a string builder, and changes none of them. */
    private static final Set<String> CONTAINER_READS = Set.of("get", "getOrDefault", "size", "isEmpty", "contains",
            "containsKey", "containsValue", "containsAll", "indexOf", "lastIndexOf", "iterator", "listIterator",
            "hasNext", "hasPrevious", "nextIndex", "previousIndex", "peek", "peekFirst", "peekLast", "element",
            "getFirst", "getLast", "first", "last", "firstKey", "lastKey", "keySet", "values", "entrySet", "subList",
            "headSet", "tailSet", "subSet", "headMap", "tailMap", "subMap", "ceiling", "floor", "higher", "lower",
            "stream", "forEach", "toArray", "getKey", "getValue", "length", "charAt", "substring", "equals", "hashCode",
            "toString");

    /** What those read too, with the containers: anything iterated. */
    private static final List<String> READ_TOO = List.of("java.lang.Iterable");

    /** Methods that read what they are given, or the clock, the thread or the process, and change nothing shared. */
    private static final Set<String> READS = Set.of("java.lang.Thread.sleep", "java.lang.Thread.onSpinWait",
            "java.lang.Thread.currentThread", "java.lang.Thread.getName", "java.lang.Thread.isInterrupted",
            "java.lang.System.nanoTime", "java.lang.System.currentTimeMillis", "java.lang.System.identityHashCode",
            "java.lang.System.lineSeparator", "java.lang.ProcessHandle.current", "java.lang.ProcessHandle.pid",
            "java.lang.Class.getName", "java.lang.Class.getSimpleName", "java.util.Arrays.asList", "java.util.Arrays.binarySearch",
            "java.util.Arrays.copyOf", "java.util.Arrays.copyOfRange", "java.util.Arrays.equals",
            "java.util.Arrays.deepEquals", "java.util.Arrays.hashCode", "java.util.Arrays.deepHashCode",
            "java.util.Arrays.toString", "java.util.Arrays.deepToString", "java.util.Arrays.stream",
            "java.util.Arrays.mismatch", "java.util.Arrays.compare", "java.util.Collections.max",
            "java.util.Collections.min", "java.util.Collections.frequency", "java.util.Collections.binarySearch",
            "java.util.Collections.disjoint", "java.util.Collections.unmodifiableList",
            "java.util.Collections.unmodifiableSet", "java.util.Collections.unmodifiableMap",
            "java.util.Collections.unmodifiableCollection", "java.util.Collections.emptyList",
            "java.util.Collections.emptySet", "java.util.Collections.emptyMap", "java.util.Collections.singletonList",
            "java.util.Collections.singleton", "java.util.Collections.singletonMap", "java.util.Collections.nCopies",
            "java.util.List.of", "java.util.List.copyOf", "java.util.Set.of", "java.util.Set.copyOf",
            "java.util.Map.of", "java.util.Map.copyOf", "java.util.Map.entry", "java.util.Map.ofEntries",
            "java.util.Comparator.comparing", "java.util.Comparator.comparingInt", "java.util.Comparator.comparingLong",
            "java.util.Comparator.comparingDouble", "java.util.Comparator.naturalOrder",
            "java.util.Comparator.reverseOrder", "java.util.Comparator.nullsFirst", "java.util.Comparator.nullsLast",
            "java.util.Comparator.reversed", "java.util.Comparator.thenComparing",
            "java.util.Comparator.thenComparingInt", "java.util.Comparator.thenComparingLong",
            "java.util.Comparator.thenComparingDouble", "java.util.Collections.reverseOrder");

    /**
     * The methods of {@code Comparator} that make a comparator running, of what it compares, only the
     * functions they are handed, and the comparator they are called on: keys compared as numbers
     * ({@code comparingInt(p -> p.rank)}), or by a comparator handed too ({@code comparing(f, c)}).
     * {@code comparing(f)} and {@code thenComparing(f)} compare keys by their own {@code compareTo}.
     */
    public static final Set<String> COMPARES_BY_WHAT_IT_IS_HANDED = Set.of("comparingInt", "comparingLong",
            "comparingDouble", "thenComparingInt", "thenComparingLong", "thenComparingDouble", "reversed", "comparing",
            "thenComparing");

    /** Those of {@link #COMPARES_BY_WHAT_IT_IS_HANDED} that compare keys by their own {@code compareTo} unless handed a comparator. */
    public static final Set<String> COMPARES_KEYS = Set.of("comparing", "thenComparing");

    /** What the JDK runs of a comparator it is handed. */
    public static final Set<String> COMPARES = Set.of("compare");

    /** The class whose arguments, handed to the JDK, make it compare what it sorts or keeps by their code alone. */
    public static final String COMPARATOR = "java.util.Comparator";

    /**
     * The formats of {@code java.text}, which keep their work in fields of their own (a
     * {@code SimpleDateFormat}'s calendar, a {@code DecimalFormat}'s digits): shared, their
     * results come out mixed. Their setters change them too; their getters read; their factories
     * ({@code NumberFormat.getInstance(locale)}) return a new one.
     */
    private static final Set<String> FORMATS = Set.of("java.text.Format", "java.text.DateFormat",
            "java.text.SimpleDateFormat", "java.text.NumberFormat", "java.text.DecimalFormat",
            "java.text.MessageFormat", "java.text.ChoiceFormat");
    private static final Set<String> FORMAT_WORK = Set.of("format", "parse", "parseObject", "formatToCharacterIterator");

    private JdkChanges() {}

    /** How a call of the JDK changes its receiver, and what to do instead where the receiver is shared. */
    public enum ReceiverChange {
        /** A random number generator's draw, which moves its seed. */
        DRAW("draws from `%s`, which moves its seed", "a generator the iterations share makes the numbers each "
                + "draws differ from run to run: give each its own, `new SplittableRandom(seed + i)`, or use "
                + "`ThreadLocalRandom.current()`"),
        /** A regular expression's matcher, which keeps its place in the text. */
        MATCH("matches with `%s`, which keeps its place in the text in fields of its own", "a matcher is not made "
                + "for threads: make one in each iteration or call from a shared `Pattern`, `PATTERN.matcher(text)`"),
        /** A string tokenizer's step to its next token. */
        TOKENIZE("reads tokens with `%s`, which keeps its place in the text in fields of its own", "a tokenizer or a "
                + "scanner is not made for threads: make one in each iteration, `new StringTokenizer(line)`, "
                + "`new Scanner(line)`"),
        /** A digest's, a checksum's, a compressor's or a cipher's work, which adds to what it has taken in. */
        STATE("works with `%s`, which keeps what it has taken in in fields of its own", "a digest, a checksum, "
                + "a compressor or a cipher is not made for threads: make one in each iteration, "
                + "`MessageDigest.getInstance(...)`, `new CRC32()`, `new Deflater()`, `Cipher.getInstance(...)`"),
        /** A {@code java.text} format at work, or set. */
        FORMAT("formats or parses with `%s`, which keeps its work in fields of its own", "a java.text format is not "
                + "made for threads: give each its own, or use java.time's `DateTimeFormatter`, which is");

        private final String what;
        private final String instead;

        ReceiverChange(String what, String instead) {
            this.what = what;
            this.instead = instead;
        }

        /** What the call does to {@code receiver}, as written in the source. */
        public String what(String receiver) {
            return String.format(what, receiver);
        }

        /** What to write instead where the receiver is shared. */
        public String instead() {
            return instead;
        }
    }

    /**
     * How {@code method}, called on a receiver of class {@code receiver} ({@code null} where
     * unknown), changes that receiver: a random number generator's draw, a format's work or
     * setting; {@code null} where it does not.
     */
    public static ReceiverChange receiverChange(ExecutableElement method, TypeElement receiver) {
        if (method.getKind() != ElementKind.METHOD || method.getModifiers().contains(Modifier.STATIC)) {
            return null;
        }
        String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
        String name = method.getSimpleName().toString();
        boolean ownGenerator = receiver != null
                && receiver.getQualifiedName().contentEquals("java.util.concurrent.ThreadLocalRandom");
        if (RECEIVER_CHANGES.contains(owner) && !ownGenerator) {
            return ReceiverChange.DRAW;
        }
        if (owner.equals("java.util.regex.Matcher")) {
            return ReceiverChange.MATCH;
        }
        if (SCANNERS.contains(owner)) {
            return ReceiverChange.TOKENIZE;
        }
        if (WORKING_STATE.contains(owner) || STREAMING_STATE.contains(owner)) {
            return ReceiverChange.STATE;
        }
        boolean works = FORMAT_WORK.contains(name) || name.startsWith("set") || name.startsWith("apply");
        return FORMATS.contains(owner) && works ? ReceiverChange.FORMAT : null;
    }

    /**
     * Whether the table knows what {@code method}, which has no source in the compilation, changes:
     * nothing, or an argument or receiver the analyses then check. Any other is a method Weft
     * cannot see into, which it trusts.
     */
    public static boolean knows(ExecutableElement method, Elements elements, Types types) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String type = owner.getQualifiedName().toString();
        String name = method.getSimpleName().toString();
        // A format's methods of more parameters fill a buffer or a position they are handed, and a
        // matcher's appendReplacement and appendTail a builder.
        boolean format = FORMATS.contains(type) && method.getParameters().size() <= 1;
        boolean matcher = type.equals("java.util.regex.Matcher") && !name.startsWith("append");
        boolean working = WORKING_STATE.contains(type) && changesOnlyItsReceiver(method);
        // A tokenizer is made from strings and hands out strings: it changes nothing but itself
        if (UNCHANGING.contains(type) || RECEIVER_CHANGES.contains(type) || format || matcher || type.equals(TOKENIZER)
                || working || CREATES.contains(type + "." + name)
                || type.startsWith("java.time.")
                || type.startsWith("java.util.stream.") || STATIC_CHANGES.containsKey(type + "." + name)
                || READS.contains(type + "." + name)) {
            return true;
        }
        boolean container = Stream.concat(CONTAINERS.stream(), READ_TOO.stream()).map(elements::getTypeElement)
                .anyMatch(known -> known != null && types.isSubtype(types.erasure(owner.asType()), types.erasure(known.asType())));
        if (method.getKind() == ElementKind.CONSTRUCTOR) {
            // A new collection, builder or exception changes nothing but itself, and reads what it is given.
            TypeElement throwable = elements.getTypeElement("java.lang.Throwable");
            return container || types.isSubtype(types.erasure(owner.asType()), types.erasure(throwable.asType()));
        }
        return container && (CONTAINER_CHANGES.contains(name) || CONTAINER_READS.contains(name));
    }

    /** Lines of a qualified method name and the index of the argument it changes. */
    private static Map<String, Integer> table(String lines) {
        return lines.lines().map(line -> line.strip().split(" "))
                .collect(Collectors.toUnmodifiableMap(entry -> entry[0], entry -> Integer.parseInt(entry[1])));
    }

    /**
     * Whether {@code method}, of a class of {@link #WORKING_STATE}, changes its receiver alone: not
     * {@code digest(buf, offset, length)}, which fills {@code buf}, nor one handed a {@code
     * ByteBuffer}, whose position it moves.
     */
    private static boolean changesOnlyItsReceiver(ExecutableElement method) {
        boolean fills = method.getSimpleName().contentEquals("digest") && method.getParameters().size() == 3;
        return !fills && method.getParameters().stream()
                .noneMatch(parameter -> parameter.asType().toString().equals("java.nio.ByteBuffer"));
    }

    /** Whether a call that may run any of {@code callees} returns a new object of its own ({@link #CREATES}). */
    public static boolean createsNew(List<ExecutableElement> callees) {
        return !callees.isEmpty() && callees.stream().allMatch(callee -> CREATES.contains(qualifiedName(callee)));
    }

    /**
     * What {@code call} returns a new, shallow copy of: the receiver of {@code a.clone()}, the
     * array handed to {@code Arrays.copyOf(a, n)}; {@code null} for any other call. The copy is
     * new, what it holds is what the original holds.
     */
    public static ExpressionTree copied(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        String name = select instanceof MemberSelectTree member ? member.getIdentifier().toString() : select.toString();
        if (name.equals("clone") && call.getArguments().isEmpty()) {
            return select instanceof MemberSelectTree member ? member.getExpression() : null;
        }
        return name.startsWith("copyOf") && !call.getArguments().isEmpty() ? call.getArguments().get(0) : null;
    }

    /**
     * What {@code call} returns, or a view of, through which its elements are read and written: the
     * receiver of a {@link #VIEWS} call ({@code list.subList(1, n)}) or of a {@link #RETURNS_RECEIVER}
     * one ({@code sb.append(x)}), the array handed alone to {@code Arrays.asList(a)}; {@code null}
     * for any other call.
     */
    public static ExpressionTree viewed(MethodInvocationTree call) {
        if (!(call.getMethodSelect() instanceof MemberSelectTree member)) {
            return null;
        }
        String name = member.getIdentifier().toString();
        if (VIEWS.contains(name) || RETURNS_RECEIVER.contains(name)) {
            return member.getExpression();
        }
        boolean asList = name.equals("asList") && call.getArguments().size() == 1
                && Bare.of(member.getExpression()).toString().matches("(java\\.util\\.)?Arrays");
        return asList ? call.getArguments().get(0) : null;
    }

    /**
     * Which arguments give what a call that may run any of {@code callees}, handed {@code arguments}
     * of them, sets of an array: every element of the array at {@code array}, or those from the
     * argument at {@code first} to the argument at {@code limit}; {@code null} where it is no such call.
     */
    public static Fill fill(List<ExecutableElement> callees, int arguments) {
        return stretchOf(FILLS, callees, arguments);
    }

    /**
     * Which arguments give the stretch of an array a call that may run any of {@code callees},
     * handed {@code arguments} of them, changes, sets ({@link #FILLS}) or rearranges
     * ({@link #REARRANGES}); {@code null} where it is no such call, or changes the whole array.
     */
    public static Fill changedStretch(List<ExecutableElement> callees, int arguments) {
        Fill fill = fill(callees, arguments);
        return fill != null && !fill.all() ? fill : stretchOf(REARRANGES, callees, arguments);
    }

    private static Fill stretchOf(List<String> table, List<ExecutableElement> callees, int arguments) {
        List<Fill> fills = callees.stream().map(callee -> table.stream().map(line -> line.split(" "))
                .filter(line -> line[0].equals(qualifiedName(callee)) && Integer.parseInt(line[1]) == arguments)
                .map(line -> new Fill(Integer.parseInt(line[2]), Integer.parseInt(line[3]), Integer.parseInt(line[4]),
                        line[5].equals("count")))
                .findFirst().orElse(null)).distinct().toList();
        return fills.size() == 1 ? fills.get(0) : null;
    }

    /**
     * Which arguments of a call that fills an array give what it sets.
     *
     * @param array the index of the array
     * @param first the index of the argument that gives the first element set; {@code -1} where all are
     * @param limit the index of the argument that gives where the setting ends, or how many elements it
     *     sets; {@code -1} where all are
     * @param count whether the argument at {@code limit} tells how many elements the call sets, not where it stops
     */
    public record Fill(int array, int first, int limit, boolean count) {
        /** Whether the call sets every element, whatever its other arguments. */
        public boolean all() {
            return first < 0;
        }
    }

    /** Whether every one of {@code callees} is a method that only uses the elements of the arrays it is handed ({@link #ELEMENTWISE}). */
    public static boolean usesElementsOnly(List<ExecutableElement> callees) {
        return !callees.isEmpty() && callees.stream().allMatch(callee -> ELEMENTWISE.contains(qualifiedName(callee)));
    }

    /** Whether {@code callee} may give another value each time it is called: {@link #VARIES}, or a clock's {@code now()}. */
    public static boolean varies(ExecutableElement callee) {
        String type = ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString();
        return VARIES.contains(qualifiedName(callee)) || VARYING_CLASSES.contains(type)
                || type.startsWith("java.time.") && callee.getSimpleName().contentEquals("now");
    }

    /**
     * Whether {@code callee} reads what it is handed only while it runs, or copies it, and keeps no
     * hold of it: {@link #KEEP_NO_HOLD}, {@link #KEEP_NO_HOLD_OF_ARGUMENTS} of a class of
     * {@code java.lang} or {@code java.util}, and the constructors of {@link #RESETS}' classes and
     * of {@code String}, which copy.
     */
    public static boolean keepsNoHold(ExecutableElement callee) {
        String type = ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString();
        if (callee.getKind() == ElementKind.CONSTRUCTOR) {
            return RESETS.containsKey(type) || type.equals("java.lang.String");
        }
        boolean jdk = type.startsWith("java.lang.") || type.startsWith("java.util.");
        return KEEP_NO_HOLD.contains(qualifiedName(callee))
                || jdk && KEEP_NO_HOLD_OF_ARGUMENTS.contains(callee.getSimpleName().toString());
    }

    /**
     * Whether a call that may run any of {@code callees}, of the JDK, may run methods of what it is
     * handed as its argument {@code argument}: all but {@link #RUNS_NOTHING_HANDED}, what a list
     * or a deque holds ({@link #HOLDS_ONLY}, and its constructors) and the values, not the key, a map
     * is handed ({@link #KEYED}).
     */
    public static boolean runsMethodsOf(List<ExecutableElement> callees, int argument) {
        return callees.isEmpty() || !callees.stream().allMatch(callee -> {
            String owner = ownerName(callee);
            String name = callee.getSimpleName().toString();
            // a list or a deque made from another holds its elements, as add does
            boolean holds = HOLDS_ONLY.contains(name) || callee.getKind() == ElementKind.CONSTRUCTOR;
            return RUNS_NOTHING_HANDED.contains(owner + "." + name) || SEQUENCES.contains(owner) && holds
                    || MAPS.contains(owner) && KEYED.contains(name) && argument > 0;
        });
    }

    /**
     * The methods a call that may run any of {@code callees}, of the JDK, may run of what it is
     * handed: {@code toString} (and a {@code Formattable}'s {@code formatTo}) for
     * {@link #STRINGIFIES}, {@code equals} for the searches of a list ({@link #BY_EQUALS}),
     * {@code hashCode} and {@code equals} for those of a hashed set or map ({@link #BY_HASH});
     * {@code null}, any, otherwise.
     */
    public static Set<String> methodsRun(List<ExecutableElement> callees) {
        if (callees.isEmpty()) {
            return null;
        }
        if (callees.stream().allMatch(callee -> STRINGIFIES.contains(qualifiedName(callee)))) {
            return Set.of("toString", "formatTo"); // a Formattable formats itself
        }
        if (callees.stream().allMatch(callee -> SEQUENCES.contains(ownerName(callee))
                && BY_EQUALS.contains(callee.getSimpleName().toString()))) {
            return Set.of("equals");
        }
        if (callees.stream().allMatch(callee -> HASHED.contains(ownerName(callee))
                && BY_HASH.contains(callee.getSimpleName().toString()))) {
            return Set.of("hashCode", "equals");
        }
        return null;
    }

    private static String ownerName(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
    }

    private static String qualifiedName(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName();
    }

    /** The argument a call of {@code method} changes, by {@link #STATIC_CHANGES}; {@code -1} for none. */
    public static int changedArgument(ExecutableElement method) {
        return STATIC_CHANGES.getOrDefault(qualifiedName(method), -1);
    }

    /** The argument {@code type.method(...)} changes, {@code -1} for none. */
    public static int changedArgument(String type, String method) {
        return STATIC_CHANGES.getOrDefault(type + "." + method, -1);
    }
}
