package dev.weft.processor.loop;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Loops that only look like they break a rule. */
class LoopAcceptanceTest {

    @Test
    void anAnnotationsAttributesAreNeitherWrittenNorRead() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Source", """
                package p;

                import dev.weft.ParallelFor;

                class Source {
                    static int fill(int[] a) {
                        int value = 0;
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            @SuppressWarnings(value = "unused") int spare = i;
                            a[i] = i;
                            value += i;
                        }
                        return value;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.SourceParallel");
    }

    @Test
    void membersThatAreNotPrivateAreUsedThroughInferredAndNestedTypes() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Graph", """
                package p;

                import dev.weft.ParallelFor;

                class Graph {
                    private int secret;
                    int weight;
                    static Graph[] all = new Graph[0];

                    static final class Node {
                        private int hidden;
                        int size;

                        private Node() {}

                        Node(int size) {
                            this.size = size;
                        }
                    }

                    static Graph at(int i) {
                        return all[i];
                    }

                    static void weigh(boolean left, Node[] nodes, int[] a) {
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            var graph = at(i);
                            var size = nodes[i].size;
                            a[i] = graph.weight + (left ? all[i] : at(i)).weight + size + new Node(i).size;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.GraphParallel");
    }

    @Test
    void membersThatAreNotPrivateAreUsedThroughLambdasLoopsAndOtherClasses() {
        // Each class hides the name the other shows: only the type of the value tells the members apart.
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Mesh", """
                package p;

                import dev.weft.ParallelFor;
                import java.util.List;
                import java.util.Map;

                class Mesh {
                    static final class Vertex {
                        int weight;
                        private int secret;
                    }

                    static final class Edge {
                        private int weight;
                        int secret;
                    }

                    static void total(List<Vertex> vertices, List<List<Edge>> edges, MeshHolder[] holders,
                            Map<String, Vertex> byName, int[] a) {
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            int[] sum = {0};
                            vertices.forEach(v -> sum[0] += v.weight);
                            edges.get(i).forEach(e -> sum[0] += e.secret);
                            for (var v : vertices) {
                                sum[0] += v.weight;
                            }
                            MeshHolder holder = holders[i];
                            sum[0] += holder.edge.secret + holders[i].vertex().weight + byName.get("x").weight;
                            vertices.stream().filter(v -> v.weight > 0).forEach(v -> sum[0] += v.weight);
                            a[i] = sum[0];
                        }
                    }
                }

                class MeshHolder {
                    Mesh.Edge edge;

                    Mesh.Vertex vertex() {
                        return null;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.MeshParallel");
    }

    @Test
    void privateConstantsAreWrittenAsTheirValues() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Gauge", """
                package p;

                import dev.weft.ParallelFor;

                class Gauge {
                    private static final double EPSILON = 1e-9;
                    private static final String UNIT = "m\\n";
                    private static final long LIMIT = 1L << 40;
                    private static final char MARK = '\\'';
                    private static final byte STEP = 3;
                    private final int size = 4;

                    double[] clamp(double[] a, String[] labels) {
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            a[i] = Math.max(a[i], EPSILON) + Math.min(Gauge.LIMIT, this.size * STEP);
                            labels[i] = MARK + UNIT;
                        }
                        return a;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.GaugeParallel").contentsAsUtf8String().contains(
                "a[i] = Math.max(a[i], 1.0E-9 /* Gauge.EPSILON */) + Math.min(1099511627776L /* Gauge.LIMIT */, "
                        + "4 /* Gauge.size */ * (byte)0x03 /* Gauge.STEP */);");
        assertThat(compilation).generatedSourceFile("p.GaugeParallel").contentsAsUtf8String().contains(
                "labels[i] = '\\'' /* Gauge.MARK */ + \"m\\n\" /* Gauge.UNIT */;");
    }

    @Test
    void aFloatingPointSumRunsAsWrittenWhenShortOnlyWhereThatAddsWhatTheChunksWould() throws IOException {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Sums", """
                package p;

                import dev.weft.ParallelFor;
                import dev.weft.Schedule;

                class Sums {
                    static double once(double[] a) {
                        double sum = 0;
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            if (a[i] > 0) {
                                sum += a[i];
                            }
                        }
                        return sum;
                    }

                    static double twice(double[] a) {
                        double sum = 0;
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            sum += a[i];
                            sum += 1;
                        }
                        return sum;
                    }

                    static double inInnerLoop(double[][] m) {
                        double sum = 0;
                        for (@ParallelFor int i = 0; i < m.length; i++) {
                            for (double x : m[i]) {
                                sum += x;
                            }
                        }
                        return sum;
                    }

                    static double chunked(double[] a) {
                        double sum = 0;
                        for (@ParallelFor(chunk = 8) int i = 0; i < a.length; i++) {
                            sum += a[i];
                        }
                        return sum;
                    }

                    static double staticSchedule(double[] a) {
                        double sum = 0;
                        for (@ParallelFor(schedule = Schedule.STATIC) int i = 0; i < a.length; i++) {
                            sum += a[i];
                        }
                        return sum;
                    }

                    static long exact(long[] a) {
                        long sum = 0;
                        for (@ParallelFor(schedule = Schedule.STATIC) int i = 0; i < a.length; i++) {
                            sum += a[i];
                            sum += 1;
                        }
                        return sum;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String twin = compilation.generatedSourceFile("p.SumsParallel").orElseThrow().getCharContent(true).toString();
        assertThat(twin).contains("if (ONCE_LOOP_1.runsInlineExactly(0, a.length, 1)) {");
        assertThat(twin).contains("if (EXACT_LOOP_1.runsInline(0, a.length, 1)) {");
        assertThat(twin.split("runsInline", -1)).hasLength(3); // no copy for the others
    }

    @Test
    void twinsOfInnerClassesOfGenericClassesStaticImportsAndSafeVarargsCompileCleanly() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).withOptions("-Xlint:all,-processing")
                .compile(JavaFileObjects.forSourceString("p.Outer", """
                        package p;

                        import static java.lang.Math.max;

                        import dev.weft.ParallelFor;

                        class Outer<T> {
                            class Inner {
                                void scale(double[] a, double k) {
                                    for (@ParallelFor int i = a.length - 1; i >= 0; i--) {
                                        a[i] *= k;
                                    }
                                }
                            }

                            static int largest(int[] a) {
                                int best = Integer.MIN_VALUE;
                                for (@ParallelFor int i = 0; i < a.length; i++) {
                                    best = max(best, a[i]);
                                }
                                return best;
                            }

                            @SafeVarargs
                            static <E extends Number> double sum(E... values) {
                                double total = 0;
                                for (@ParallelFor int i = 0; i < values.length; i++) {
                                    total += values[i].doubleValue();
                                }
                                return total;
                            }
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Outer_InnerParallel").contentsAsUtf8String()
                .contains("static <T> void scale(Outer<T>.Inner inner, double[] a, double k) {");
        assertThat(compilation).generatedSourceFile("p.OuterParallel").contentsAsUtf8String()
                .contains("best = Math.max(best, partial);");
    }

    @Test
    void anEnhancedForOverAParameterArrayOfANestedClassCompiles() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Sim", """
                package p;

                import dev.weft.ParallelFor;

                class Sim {
                    static final class Particle {
                        double x;
                        double vx;
                    }

                    static void step(Particle[] particles, double dt) {
                        for (@ParallelFor Particle p : particles) {
                            p.x += p.vx * dt;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.SimParallel").contentsAsUtf8String()
                .contains("private static void stepLoop1(double dt, Sim.Particle[] elements, int from, int to) {");
    }

    @Test
    void whatCallsReturnAndContainersHoldOfTheIterationsOwnPassWithoutWarnings() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Owned", """
                package p;

                import dev.weft.ParallelFor;
                import java.util.ArrayList;
                import java.util.Arrays;
                import java.util.Collections;
                import java.util.List;
                import java.util.stream.Collectors;

                class Owned {
                    static final class Particle {
                        final double[] v = new double[3];

                        double[] velocity() {
                            return v;
                        }
                    }

                    static String rendered(Object shown) {
                        StringBuilder text = new StringBuilder();
                        text.append(shown);
                        text.append(',');
                        return text.toString();
                    }

                    static double[] normalized(double[] v) {
                        double[] copy = v.clone();
                        copy[0] = 1;
                        return copy;
                    }

                    static List<Integer> digits(int x) {
                        List<Integer> found = new ArrayList<>();
                        for (int rest = x; rest > 0; rest /= 10) {
                            found.add(rest % 10);
                        }
                        return found;
                    }

                    static List<String> copied(List<String> items) {
                        return new ArrayList<>(items);
                    }

                    static void extended(List<String> shared, int[] sizes) {
                        for (@ParallelFor int i = 0; i < sizes.length; i++) {
                            List<String> mine = copied(shared);
                            mine.add("x" + i);
                            List<String> kept = shared.stream().filter(word -> !word.isEmpty()).collect(Collectors.toList());
                            kept.add("y");
                            sizes[i] = mine.size() + kept.size();
                        }
                    }

                    static void slow(Particle[] particles) {
                        for (@ParallelFor Particle p : particles) {
                            double[] v = p.velocity();
                            v[0] *= 0.5;
                        }
                    }

                    static void shown(Object seen, String[] out) {
                        for (@ParallelFor int i = 0; i < out.length; i++) {
                            out[i] = rendered(seen);
                        }
                    }

                    static void rows(double[][] rows, double[][] out, int[] xs, int[] smallest) {
                        for (@ParallelFor int i = 0; i < rows.length; i++) {
                            double[] row = normalized(rows[i]);
                            row[1] = 2;
                            out[i] = row;
                            List<Integer> d = digits(xs[i]);
                            d.add(0);
                            Collections.sort(d);
                            smallest[i] = d.get(0);
                        }
                    }

                    static void words(String[] lines, int[] out) {
                        for (@ParallelFor int i = 0; i < lines.length; i++) {
                            List<String> parts = new ArrayList<>(Arrays.asList(lines[i].split(",")));
                            parts.add("x");
                            char[] letters = lines[i].toCharArray();
                            letters[0] = 'y';
                            StringBuilder text = new StringBuilder();
                            text.append(letters).append(parts);
                            out[i] = text.length();
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.OwnedParallel");
    }

    /**
     * What an element's fields hold is its own where every object gets one of its own: a field only
     * ever set to an object created there and then (initializer, constructor, a copy, a factory
     * whose summary returns a new object, {@code null}), read directly, through a getter or by the
     * methods the body calls.
     */
    @Test
    void objectsEachElementOwnsPassWithoutWarnings() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Bodies", """
                package p;

                import dev.weft.ParallelFor;
                import java.util.ArrayList;
                import java.util.List;

                class Bodies {
                    static final class Vec {
                        double x;

                        static Vec sum(Vec a, Vec b) {
                            Vec c = new Vec();
                            c.x = a.x + b.x;
                            return c;
                        }
                    }

                    static final class Body {
                        private final double[] position = new double[3];
                        final double[] velocity;
                        double[] force = new double[3];
                        private double[] scratch;
                        private Vec heading = new Vec();
                        private final List<Vec> trail = new ArrayList<>();

                        Body(double[] velocity) {
                            this.velocity = velocity.clone();
                            scratch = new double[2];
                        }

                        void forget() {
                            scratch = null;
                        }

                        void turn(Vec by) {
                            heading = Vec.sum(heading, by);
                        }

                        Vec heading() {
                            return heading;
                        }

                        void remember() {
                            trail.add(new Vec());
                            heading.x *= 0.5;
                        }
                    }

                    static void step(Body[] bodies, Vec wind, double dt) {
                        for (@ParallelFor Body b : bodies) {
                            for (int k = 0; k < 3; k++) {
                                b.position[k] += dt * b.velocity[k];
                                b.velocity[k] += dt * b.force[k];
                                b.force[k] = 0;
                            }
                            if (b.scratch != null) {
                                b.scratch[0] = dt;
                            }
                            b.heading().x += wind.x;
                            b.turn(new Vec());
                            b.remember();
                            double[][] rows = {b.position};
                            rows[0][1] += dt;
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BodiesParallel");
    }

    @Test
    void objectsHandedToTheJdkWhoseMethodsReadNothingAnotherIterationWrites() {
        // toString reads the element's own fields, or a field no iteration writes; a map of strings
        // runs methods of strings alone; a list's search runs equals, which Ranked does not override.
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Labels", """
                package p;

                import dev.weft.ParallelFor;
                import java.util.Map;

                class Labels {
                    static final class Body {
                        final String name;
                        double x;
                        double vx;

                        Body(String name) {
                            this.name = name;
                        }

                        @Override
                        public String toString() {
                            return name + " at " + x + " moving " + vx;
                        }
                    }

                    static final class Named {
                        final String name;
                        double vx;

                        Named(String name) {
                            this.name = name;
                        }

                        @Override
                        public String toString() {
                            return name;
                        }
                    }

                    static int weight(Map<String, Integer> weights, String key) {
                        return weights.getOrDefault(key, 0);
                    }

                    static String line(Body b) {
                        return b.name + ": " + b.vx;
                    }

                    static void label(Body[] bodies, String[] out, Map<String, Integer> weights) {
                        for (@ParallelFor int i = 0; i < bodies.length; i++) {
                            bodies[i].vx = weight(weights, bodies[i].name);
                            out[i] = "body " + bodies[i] + ", " + line(bodies[i]);
                        }
                    }

                    static final class Ranked implements Comparable<Ranked> {
                        double score;

                        @Override
                        public int compareTo(Ranked other) {
                            return Double.compare(score, other.score);
                        }
                    }

                    static void rank(Ranked[] ranked, java.util.List<Ranked> seen, int[] at) {
                        for (@ParallelFor int i = 0; i < ranked.length; i++) {
                            ranked[i].score = i;
                            at[i] = seen.indexOf(ranked[i]); // a list finds it by equals alone
                        }
                    }

                    static void nameTheNext(Named[] named, String[] out) {
                        for (@ParallelFor int i = 0; i < named.length; i++) {
                            named[i].vx = i;
                            out[i] = String.valueOf(named[(i + 1) % named.length]);
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.LabelsParallel");
    }

    @Test
    void anArrayHeldInAFieldIsComparedWithTheArrayWritten() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceString("p.Shifts", """
                package p;

                import dev.weft.ParallelFor;

                class Shifts {
                    static final class Vector {
                        double[] data;
                        Vector inner;

                        double at(int k) {
                            return data[k];
                        }
                    }

                    static final class Table {
                        static double[] values = new double[0];
                    }

                    static void shift(Vector from, double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = from.inner.data[i + 1] + from.at(i + 1) + Table.values[i + 1] + from.data[i];
                        }
                    }

                    static void reassigned(Vector from, double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = from.data[i + 1];
                        }
                        from.data = into;
                    }

                    static void throughALocal(Vector from, double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            Vector inner = from.inner;
                            into[i] = inner.data[i + 1];
                        }
                    }

                    static void fromARow(double[][] grid, Vector[] vectors, double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = grid[0][i + 1] + vectors[2].data[i + 1];
                        }
                    }

                    double[] kept = new double[0];
                    private Vector hidden = new Vector();

                    void fromAPrivateField(double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = this.hidden.data[i + 1];
                        }
                    }

                    double keptAt(int k) {
                        return kept[k];
                    }

                    void fromItsOwnField(double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = keptAt(i + 1);
                        }
                    }

                    static void ownElementOnly(Vector from, int[] into) {
                        for (@ParallelFor int i = 0; i < into.length; i++) {
                            into[i] = (int) from.data[i + 1];
                        }
                    }

                    static final class Codes {
                        static final double[] TABLE = new double[0];
                        private static final double[] SECRET = new double[0];
                        static final Vector SHARED = new Vector();

                        static double code(int k) {
                            return TABLE[k] + SECRET[k] + SHARED.data[k];
                        }
                    }

                    static void fromStaticArraysACallReads(double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = Codes.code(i + 1);
                        }
                    }

                    private double[] secret = new double[0];

                    private double secretAt(int k) {
                        return secret[k];
                    }

                    void fromAPrivateFieldACallReads(double[] into) {
                        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                            into[i] = secretAt(i + 1);
                        }
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        // Each object on the way compared with null first, as the loop's own read would fail there;
        // from.data[i] is the iteration's own element, but from.at(i + 1) reads another; an int[]
        // cannot be a double[]
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "|| (from != null && from.inner != null && into == from.inner.data) || into == Shifts.Table.values"
                        + " || (from != null && into == from.data)) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "runsInline(0, into.length - 1, 1) || (from != null && into == from.data)) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "if (OWN_ELEMENT_ONLY_LOOP_1.runsInline(0, into.length, 1)) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "|| (vectors != null && 2 < vectors.length && vectors[2] != null && into == vectors[2].data)"
                        + " || (grid != null && 0 < grid.length && into == grid[0])) {");
        // a private field named through its handle, as the body's own use of it is
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "|| (((p.Shifts.Vector) SHIFTS_HIDDEN.get(shifts)) != null"
                        + " && into == ((p.Shifts.Vector) SHIFTS_HIDDEN.get(shifts)).data)) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "FROM_ITS_OWN_FIELD_LOOP_1.runsInline(0, into.length - 1, 1) || into == shifts.kept) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "THROUGH_ALOCAL_LOOP_1.runsInline(0, into.length - 1, 1) || (from != null && from.inner != null"
                        + " && into == from.inner.data)) {");
        // static arrays a call reads, from their class; a private one, and a private field of this,
        // through their handles
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "FROM_STATIC_ARRAYS_ACALL_READS_LOOP_1.runsInline(0, into.length - 1, 1) || into == p.Shifts.Codes.TABLE"
                        + " || into == ((double[]) SHIFTS_CODES_SECRET.get())"
                        + " || (p.Shifts.Codes.SHARED != null && into == p.Shifts.Codes.SHARED.data)) {");
        assertThat(compilation).generatedSourceFile("p.ShiftsParallel").contentsAsUtf8String().contains(
                "FROM_APRIVATE_FIELD_ACALL_READS_LOOP_1.runsInline(0, into.length - 1, 1)"
                        + " || into == ((double[]) SHIFTS_SECRET.get(shifts))) {");
    }
}
