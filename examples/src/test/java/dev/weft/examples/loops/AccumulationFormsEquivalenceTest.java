package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ParallelFor;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every accumulation a collection reduction accepts, under every schedule, alone in its loop and
 * beside a scalar and an array reduction: the twin's collection equals the original's and iterates
 * in the same order, run after run.
 *
 * <p>A schedule is an annotation attribute, so each pair of accumulation and schedule needs a loop
 * of its own: written out, that would be some two hundred loops differing in one line. They are
 * written from the tables below instead and compiled with Weft's processor before the tests run.
 * Alone, each loop counts over an array; beside the other reductions it takes, in turn, each of the
 * three loop forms: counted over an array, enhanced {@code for} over an array and over a list.
 */
class AccumulationFormsEquivalenceTest {
    private static final int CHUNK = 3;

    /**
     * The collection {@code c}, declared as the loop finds it, and the one accumulation of the
     * element {@code x} into it. Where the later or the earlier element wins, or an order is kept
     * by insertion, keys repeat so that the winner shows.
     */
    private record Form(String name, String declaration, String accumulation) {}

    private static final List<Form> FORMS = List.of(
            new Form("list add, into a list already holding one", "List<Integer> c = new ArrayList<>(List.of(-1));",
                    "if (x % 3 != 0) { c.add(x * 7); }"),
            new Form("list addAll", "List<Integer> c = new ArrayList<>();", "c.addAll(List.of(x, x % 5));"),
            new Form("collection add", "Collection<Integer> c = new ArrayList<>();", "c.add(x);"),
            new Form("append chained", "StringBuilder c = new StringBuilder(\"<\");", "c.append(x).append(',');"),
            new Form("append in several statements", "StringBuilder c = new StringBuilder();",
                    "c.append(x); if (x < 0) { c.append('-'); } c.append(';');"),
            new Form("StringBuffer append, chained and in two statements", "StringBuffer c = new StringBuffer();",
                    "c.append(x % 10).append(' '); c.append('|');"),
            new Form("hash set add", "Set<Integer> c = new HashSet<>();", "c.add(x * 1_000_003);"),
            new Form("linked set addAll", "Set<Integer> c = new LinkedHashSet<>();", "c.addAll(List.of(x % 101, -x % 7));"),
            new Form("case-insensitive tree set add, the first of equal strings staying",
                    "Set<String> c = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);",
                    "c.add((x % 3 == 0 ? \"K\" : \"k\") + x % 4);"),
            new Form("put", "Map<Integer, Integer> c = new LinkedHashMap<>();", "c.put(x % 50, x);"),
            new Form("putIfAbsent", "Map<Integer, Integer> c = new HashMap<>();", "c.putIfAbsent(x % 50, x);"),
            new Form("merge Integer::sum, into a map already holding two",
                    "Map<Integer, Integer> c = new HashMap<>(Map.of(0, 100, 5, -3));", "c.merge(x % 97, 1, Integer::sum);"),
            new Form("merge Long::sum", "Map<String, Long> c = new TreeMap<>();",
                    "c.merge(\"k\" + x % 13, (long) x, Long::sum);"),
            new Form("merge Math::max", "Map<Integer, Integer> c = new LinkedHashMap<>();", "c.merge(x % 17, x, Math::max);"),
            new Form("merge Math::min", "Map<Integer, Integer> c = new TreeMap<>(Comparator.reverseOrder());",
                    "c.merge(x % 17, x, Math::min);"),
            new Form("merge (a, b) -> a + b", "Map<Integer, Integer> c = new HashMap<>();",
                    "c.merge(x % 23, x, (a, b) -> a + b);"),
            new Form("grouping into lists", "Map<Integer, List<Integer>> c = new HashMap<>();",
                    "c.computeIfAbsent(x % 11, key -> new ArrayList<>()).add(x);"),
            new Form("grouping into lists made with a capacity",
                    "Map<Integer, List<Integer>> c = new LinkedHashMap<>();",
                    "c.computeIfAbsent(x % 11, key -> new ArrayList<>(4)).add(x);"),
            new Form("grouping into sets", "Map<Integer, Set<Integer>> c = new TreeMap<>();",
                    "c.computeIfAbsent(x % 7, key -> new LinkedHashSet<>()).add(x % 30);"),
            new Form("grouping into builders", "Map<Boolean, StringBuilder> c = new LinkedHashMap<>();",
                    "c.computeIfAbsent(x < 0, key -> new StringBuilder()).append(x % 10).append(';');"),
            new Form("count by containsKey, into a map already holding one",
                    "Map<Integer, Integer> c = new HashMap<>(Map.of(4, 10));",
                    "if (!c.containsKey(x % 13)) { c.put(x % 13, 1); } else { c.put(x % 13, c.get(x % 13) + 1); }"),
            new Form("sum by containsKey, the other way round", "Map<Integer, Long> c = new TreeMap<>();",
                    "if (c.containsKey(x % 7)) c.put(x % 7, (long) x + c.get(x % 7)); else c.put(x % 7, (long) x);"),
            new Form("count by containsKey in one choice", "Map<Integer, Integer> c = new LinkedHashMap<>();",
                    "c.put(x % 13, c.containsKey(x % 13) ? c.get(x % 13) + 1 : 1);"),
            new Form("sum by containsKey in one choice, the other way round", "Map<String, Long> c = new TreeMap<>();",
                    "c.put(\"k\" + x % 5, !c.containsKey(\"k\" + x % 5) ? (long) x : (long) x + c.get(\"k\" + x % 5));"),
            new Form("count by get compared with null in one choice, into a map already holding a null",
                    "Map<Integer, Integer> c = new HashMap<>(Collections.singletonMap(5, null));",
                    "c.put(x % 11, c.get(x % 11) != null ? c.get(x % 11) + 1 : 1);"),
            new Form("count by get and a null check, into a map already holding a null",
                    "Map<Integer, Integer> c = new HashMap<>(Collections.singletonMap(4, null));",
                    "Integer n = c.get(x % 13); if (n == null) { c.put(x % 13, 1); } else { c.put(x % 13, n + 1); }"),
            new Form("sum by get and a choice, the other way round", "Map<Integer, Long> c = new TreeMap<>();",
                    "Long n = c.get(x % 7); c.put(x % 7, n != null ? (long) x + n : (long) x);"),
            new Form("count by get, chosen into the local and then put", "Map<Integer, Integer> c = new LinkedHashMap<>();",
                    "Integer n = c.get(x % 11); n = n == null ? 1 : n + 1; c.put(x % 11, n);"),
            new Form("count from zero by get", "Map<Integer, Integer> c = new HashMap<>();",
                    "Integer n = c.get(x % 13); if (n == null) n = 0; c.put(x % 13, n + 1);"),
            new Form("count from zero by get, incremented before the put", "Map<Integer, Integer> c = new TreeMap<>();",
                    "Integer n = c.get(x % 5); if (n == null) { n = 0; } n++; c.put(x % 5, n);"),
            new Form("sum from zero by get, added to before the put", "Map<String, Long> c = new LinkedHashMap<>();",
                    "Long n = c.get(\"k\" + x % 9); if (n == null) n = 0L; n += x; c.put(\"k\" + x % 9, n);"),
            new Form("grouping by get and put, into a map already holding a group",
                    "Map<Integer, List<Integer>> c = new HashMap<>(Map.of(3, new ArrayList<>(List.of(-1))));",
                    "List<Integer> g = c.get(x % 11); if (g == null) { g = new ArrayList<>(); c.put(x % 11, g); } "
                            + "g.add(x);"),
            new Form("grouping into builders by get and put, made with a capacity",
                    "Map<Integer, StringBuilder> c = new TreeMap<>();",
                    "StringBuilder g = c.get(x % 5); if (g == null) { g = new StringBuilder(in.length); c.put(x % 5, g); } "
                            + "g.append(x).append(',');"),
            new Form("grouping into tree sets by get and put", "Map<Integer, Set<Integer>> c = new LinkedHashMap<>();",
                    "Set<Integer> g = c.get(x % 7); if (null == g) { g = new TreeSet<>(); c.put(x % 7, g); } "
                            + "g.add(x % 30); g.add(-x % 4);"));

    /** The default as written, then each schedule made to split even the shortest loops. */
    private static final List<String> SCHEDULES = List.of("", "(minIterations = 1)",
            "(schedule = Schedule.STATIC, minIterations = 1)",
            "(schedule = Schedule.DYNAMIC, chunk = " + CHUNK + ", minIterations = 1)",
            "(schedule = Schedule.GUIDED, minIterations = 1)");

    /** Loop headers over the array {@code in} or the same elements boxed in {@code list}: each gives the element {@code x}. */
    private static final List<String> HEADERS = List.of(
            "for (@ParallelFor%s int i = 0; i < in.length; i++) { int x = in[i];",
            "for (@ParallelFor%s int x : in) {",
            "for (@ParallelFor%s int x : list) {");

    private static final String MIXED_DECLARATIONS = "long sum = 0; int[] hist = new int[8];";
    private static final String MIXED_ACCUMULATIONS = "sum += x; hist[(x + 1000) >> 8]++;";
    private static final String CLASS = "AccumulationForms";
    private static final int RUNS = 20;
    /** Empty, tiny, one more than the dynamic chunk, odd, one more than a chunk the runtime picks, large. */
    private static final int[] SIZES = {0, 1, 2, CHUNK + 1, 7, LoopShapes.CHUNK + 1, 100_003};

    private static Class<?> original;
    private static Class<?> twin;

    @BeforeAll
    static void compile(@TempDir Path work) throws IOException, ClassNotFoundException {
        Path source = work.resolve(CLASS + ".java");
        Files.writeString(source, source());
        List<Processor> processors = new ArrayList<>();
        ServiceLoader.load(Processor.class).forEach(processor -> {
            if (processor.getClass().getPackageName().startsWith("dev.weft.processor")) {
                processors.add(processor);
            }
        });
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(output, files, null,
                    List.of("-classpath", runtime(), "-d", work.toString(), "-s", work.toString()), null,
                    files.getJavaFileObjects(source));
            task.setProcessors(processors);
            assertThat(task.call()).as("javac: %s", output).isTrue();
        }
        ClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                AccumulationFormsEquivalenceTest.class.getClassLoader());
        original = loader.loadClass(CLASS);
        twin = loader.loadClass(CLASS + "Parallel");
    }

    private static String runtime() {
        try {
            return Path.of(ParallelFor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source() {
        StringBuilder java = new StringBuilder("""
                import dev.weft.ParallelFor;
                import dev.weft.Schedule;
                import java.util.*;

                public final class %s {
                """.formatted(CLASS));
        for (int f = 0; f < FORMS.size(); f++) {
            Form form = FORMS.get(f);
            for (int s = 0; s < SCHEDULES.size(); s++) {
                String alone = HEADERS.get(0).formatted(SCHEDULES.get(s));
                java.append(method(name(f, s, false), form.declaration(), alone, form.accumulation(), "c"));
                String mixed = HEADERS.get((f + s) % HEADERS.size()).formatted(SCHEDULES.get(s));
                java.append(method(name(f, s, true), form.declaration() + MIXED_DECLARATIONS, mixed,
                        form.accumulation() + MIXED_ACCUMULATIONS, "c, sum, hist"));
            }
        }
        return java.append("}\n").toString();
    }

    private static String method(String name, String declarations, String header, String body, String results) {
        return """
                    public static Object[] %s(int[] in, List<Integer> list) {
                        %s
                        %s
                            %s
                        }
                        return new Object[] {%s};
                    }
                """.formatted(name, declarations, header, body, results);
    }

    private static String name(int form, int schedule, boolean mixed) {
        return "form" + form + "schedule" + schedule + (mixed ? "Mixed" : "Alone");
    }

    static Stream<Arguments> loops() {
        return IntStream.range(0, FORMS.size()).boxed().flatMap(f -> IntStream.range(0, SCHEDULES.size()).boxed()
                .flatMap(s -> Stream.of(false, true).map(mixed -> Arguments.of(FORMS.get(f).name(),
                        SCHEDULES.get(s).isEmpty() ? "@ParallelFor" : "@ParallelFor" + SCHEDULES.get(s),
                        mixed ? "with sum and hist" : "alone", name(f, s, mixed)))));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("loops")
    void twinBuildsWhatTheOriginalBuildsInTheSameOrder(String form, String schedule, String company, String method)
            throws ReflectiveOperationException {
        Method sequential = original.getMethod(method, int[].class, List.class);
        Method parallel = twin.getMethod(method, int[].class, List.class);
        for (int n : SIZES) {
            int[] in = LoopEquivalenceTest.ints(n);
            List<Integer> list = Arrays.stream(in).boxed().toList();
            Object[] expected = (Object[]) sequential.invoke(null, in, list);
            String collection = expected[0].toString();
            String others = Arrays.deepToString(Arrays.copyOfRange(expected, 1, expected.length));
            for (int run = 0; run < RUNS; run++) {
                Object[] actual = (Object[]) parallel.invoke(null, in, list);
                String what = "size " + n + ", run " + run;
                // List.equals compares in order, and costs far less than a list's string on the large size
                if (expected[0] instanceof List) {
                    assertThat(actual[0]).as(what).isEqualTo(expected[0]);
                } else {
                    assertThat(actual[0]).as(what).hasToString(collection);
                }
                assertThat(Arrays.deepToString(Arrays.copyOfRange(actual, 1, actual.length))).as(what).isEqualTo(others);
            }
        }
    }
}
