package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code -Aweft.remarks=true}: one note at each accepted loop and method, saying what Weft did. */
class RemarksTest {
    private static final JavaFileObject LOOPS = JavaFileObjects.forSourceString("p.Loops", """
            package p;

            import dev.weft.ParallelFor;
            import dev.weft.Schedule;
            import java.util.List;

            class Loops {
                static double dot(double[] a, double[] b) {
                    double sum = 0;
                    for (@ParallelFor int i = 0; i < a.length; i++) {
                        sum += a[i] * b[i];
                    }
                    return sum;
                }

                static long bits(long[] a) {
                    long product = 1, all = -1, any = 0, odd = 0, top = Long.MIN_VALUE, low = Long.MAX_VALUE;
                    for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 64, parallelism = 3, minIterations = 100) int i = a.length - 1; i >= 0; i -= 2) {
                        product *= a[i];
                        all &= a[i];
                        any |= a[i];
                        odd ^= a[i];
                        top = Math.max(top, a[i]);
                        low = Math.min(low, a[i]);
                    }
                    return product + all + any + odd + top + low;
                }

                static int[] histogram(int[] values) {
                    int[] hist = new int[10];
                    for (@ParallelFor int v : values) {
                        hist[v % 10]++;
                    }
                    return hist;
                }

                static void scale(List<double[]> rows, double factor) {
                    for (@ParallelFor double[] row : rows) {
                        for (int x = 0; x < row.length; x++) {
                            row[x] *= factor;
                        }
                    }
                }

                static void shift(int[] src, int[] dst) {
                    for (@ParallelFor int i = 0; i < dst.length - 1; i++) {
                        dst[i] = src[i + 1];
                    }
                }

                static final class Node {
                    int count;
                }

                static final class Link {
                    final Node to;

                    Link(Node to) {
                        this.to = to;
                    }
                }

                static void count(Link[] links) {
                    for (@ParallelFor Link l : links) {
                        l.to.count++;
                    }
                }

                private int[] from;
                int[] into;

                void shiftFields() {
                    for (@ParallelFor int i = 0; i < into.length - 1; i++) {
                        into[i] = this.from[i + 1];
                    }
                }
            }
            """);

    private static final JavaFileObject METHODS = JavaFileObjects.forSourceString("p.Methods", """
            package p;

            import dev.weft.Parallelizable;
            import dev.weft.Workload;

            class Methods implements java.io.Serializable {
                private static final long serialVersionUID = 1L;
                final int offset = 1;

                @Parallelizable(workload = Workload.CPU, memoryPerTask = "512m")
                static long square(int x, long scale) {
                    return (long) x * x * scale;
                }

                @Parallelizable
                int shifted(int x) {
                    return x + offset;
                }

                @Parallelizable(workload = Workload.IO)
                static int length(Thread thread) {
                    return thread.getName().length();
                }
            }
            """);

    private static final JavaFileObject MORE_SHAPES = JavaFileObjects.forSourceString("p.MoreShapes", """
            package p;

            import dev.weft.ParallelFor;
            import dev.weft.Parallelizable;
            import java.util.Set;

            class MoreShapes {
                static long count(long from, long to, int[] a) {
                    long hits = 0;
                    int misses = 0;
                    for (@ParallelFor long i = from; i <= to; i += 3) {
                        if (a[(int) i] > 0) {
                            hits++;
                        } else {
                            misses -= 1;
                        }
                    }
                    return hits + misses;
                }

                static int down(int[] a) {
                    int total = 0;
                    for (@ParallelFor int i = a.length; i > 0; i--) {
                        total += a[i - 1];
                    }
                    return total;
                }

                static int lengths(Set<String> words) {
                    int total = 0;
                    for (@ParallelFor String word : words) {
                        int length = word.length();
                        total += length;
                    }
                    return total;
                }

                @Parallelizable
                static void check(String word, int limit) {
                    if (word.length() > limit) {
                        throw new IllegalArgumentException(word);
                    }
                }
            }
            """);

    private static final JavaFileObject TRUSTING = JavaFileObjects.forSourceString("p.Trusting", """
            package p;

            import dev.weft.ParallelFor;
            import dev.weft.Parallelizable;

            class Trusting {
                interface Sink {
                    void accept(int value);
                }

                static void send(int[] a, Sink sink) {
                    for (@ParallelFor int i = 0; i < a.length; i++) {
                        sink.accept(a[i]);
                    }
                }

                @SuppressWarnings("weft:unseen-call")
                @Parallelizable
                static int sent(int x, Sink sink) {
                    sink.accept(x);
                    return x;
                }
            }
            """);

    private static Compilation compile(JavaFileObject source, String... options) {
        return javac().withProcessors(new WeftProcessor()).withOptions(options).compile(source);
    }

    @Test
    void aCountedLoopWithASumTellsItsShapeReductionCapturesAndWhatTheRuntimeDecides() {
        Compilation compilation = compile(LOOPS, "-Aweft.remarks=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[weft:remark] Weft runs this loop's iterations in parallel in the "
                + "twin: a counted loop over `i` from `0` while `i < a.length`, up by 1; reductions `sum` (double) with +, "
                + "partials combined in chunk order so every run gives the same result; it captures `a`, `b`; schedule "
                + "AUTO, the chunk size left to the runtime, the workers to the runtime's plan, short loops run inline "
                + "below an adaptive threshold; it trusts no call it cannot see into").inFile(LOOPS).onLine(10).atColumn(9);
    }

    @Test
    void aDescendingLoopTellsEveryOperatorItReducesWithAndTheOptionsAsWritten() {
        Compilation compilation = compile(LOOPS, "-Aweft.remarks=true");

        assertThat(compilation).hadNoteContaining("a counted loop over `i` from `a.length - 1` while `i >= 0`, down by 2; "
                + "reductions `product` (long) with *, `all` (long) with &, `any` (long) with |, `odd` (long) with ^, "
                + "`top` (long) with Math.max, `low` (long) with Math.min; it captures `a`; schedule DYNAMIC, chunks of "
                + "64, 3 workers, fewer than 100 iterations run inline").inFile(LOOPS).onLine(18);
    }

    @Test
    void enhancedLoopsTellWhatTheyWalkAndAnArrayReduction() {
        Compilation compilation = compile(LOOPS, "-Aweft.remarks=true");

        assertThat(compilation).hadNoteContaining("an enhanced for over the elements of the array `values`; reductions "
                + "the elements of `hist` (int) with +; it captures nothing else from the method;").inFile(LOOPS).onLine(31);
        assertThat(compilation).hadNoteContaining("an enhanced for over the elements of the collection `rows`; no "
                + "reductions; it captures `factor`").inFile(LOOPS).onLine(38);
    }

    @Test
    void aLoopWritingWhatItsElementsMayShareSaysTheTwinChecksThem() {
        Compilation compilation = compile(LOOPS, "-Aweft.remarks=true");

        assertThat(compilation).hadNoteContaining("it runs as written when two elements reach one object of `l.to`, "
                + "which it writes or reads;").inFile(LOOPS).onLine(64);
    }

    @Test
    void aLoopOverArraysTakenToBeDistinctSaysTheTwinChecksThem() {
        Compilation compilation = compile(LOOPS, "-Aweft.remarks=true");

        assertThat(compilation).hadNoteContaining("it captures `dst`, `src`; it runs as written when `dst` and `src` "
                + "are one array, which it takes them not to be;").inFile(LOOPS).onLine(46);
        assertThat(compilation).hadNoteContaining("it runs as written when `into` and `this.from` are one array, which "
                + "it takes them not to be;").inFile(LOOPS).onLine(73);
    }

    @Test
    void fanOutMethodsTellWhatTheyShareAndWhichTypesCrossToWorkerProcesses() {
        Compilation compilation = compile(METHODS, "-Aweft.remarks=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[weft:remark] Weft fans out `square` over each element of `xs` in "
                + "`squareAll` and `squareAllAsync`, sharing `scale`; workload CPU, 512m per task; the backend, the "
                + "workers and the batching are left to the runtime; its calls may cross to worker processes, which "
                + "receive int, long and send back long").inFile(METHODS).onLine(11);
        assertThat(compilation).hadNoteContaining("Weft fans out `shifted` over each element of `xs` in `shiftedAll` "
                + "and `shiftedAllAsync`, on one receiver; workload AUTO; the backend, the workers and the batching are "
                + "left to the runtime; its calls may cross to worker processes, which receive p.Methods, int and send "
                + "back int").inFile(METHODS).onLine(16);
        assertThat(compilation).hadNoteContaining("Weft fans out `length` over each element of `threads` in `lengthAll` "
                + "and `lengthAllAsync`; workload IO; the backend, the workers and the batching are left to the runtime; "
                + "its calls stay in this JVM: not every value a call needs provably serializes")
                .inFile(METHODS).onLine(21);
    }

    @Test
    void longInclusiveAndDescendingLoopsCountsAndAnEnhancedForOverASetAndAVoidFanOutAreTold() {
        Compilation compilation = compile(MORE_SHAPES, "-Aweft.remarks=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("a counted loop over `i` from `from` while `i <= to`, up by 3; "
                + "reductions `hits` (long) with +, `misses` (int) with +; it captures `a`").inFile(MORE_SHAPES).onLine(11);
        assertThat(compilation).hadNoteContaining("a counted loop over `i` from `a.length` while `i > 0`, down by 1; "
                + "reductions `total` (int) with +; it captures `a`").inFile(MORE_SHAPES).onLine(23);
        assertThat(compilation).hadNoteContaining("an enhanced for over the elements of the collection `words`; "
                + "reductions `total` (int) with +").inFile(MORE_SHAPES).onLine(31);
        assertThat(compilation).hadNoteContaining("Weft fans out `check` over each element of `words` in `checkAll` and "
                + "`checkAllAsync`, sharing `limit`; workload AUTO; the backend, the workers and the batching are left to "
                + "the runtime; its calls may cross to worker processes, which receive java.lang.String, int and send back nothing")
                .inFile(MORE_SHAPES).onLine(39);
    }

    @Test
    void theCallsALoopOrMethodTrustsAreTold() {
        Compilation compilation = compile(TRUSTING, "-Aweft.remarks=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("; it trusts, without seeing into them, `Sink.accept()`")
                .inFile(TRUSTING).onLine(12);
        // Silenced as a warning, still told as a remark.
        assertThat(compilation).hadNoteContaining("its calls stay in this JVM: not every value a call needs provably "
                + "serializes; it trusts, without seeing into them, `Sink.accept()`").inFile(TRUSTING).onLine(19);
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAnError() {
        assertThat(compile(LOOPS, "-Aweft.remarks=yes")).hadErrorContaining(
                "[weft:setup] -Aweft.remarks=yes is not a setting Weft knows: use true or false (the default is false)");
    }

    @Test
    void scratchLocalsAndCursorsAreTold() {
        JavaFileObject source = JavaFileObjects.forSourceString("p.Scratch", """
                package p;

                import dev.weft.ParallelFor;

                class Scratch {
                    static int pairs(int[] in, int[] out) {
                        int t;
                        int last = 0;
                        int k = 0;
                        for (@ParallelFor int i = 0; i < in.length; i++) {
                            t = in[i] * 2;
                            last = t;
                            out[k++] = t;
                            out[k++] = t + 1;
                        }
                        return k + last;
                    }
                }
                """);
        Compilation compilation = compile(source, "-Aweft.remarks=true");

        assertThat(compilation).hadNoteContaining("private to each chunk, as every iteration assigns them before it "
                + "reads them: `t`, `last` (left holding the last iteration's value); cursors, started in each chunk where "
                + "the loop would have them: `k` (+2 an iteration)").inFile(source).onLine(10);
    }

    @Test
    void withoutTheOptionThereAreNoRemarks() {
        Compilation compilation = compile(LOOPS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.notes().stream().filter(note -> note.getMessage(null).contains("weft:remark"))).isEmpty();
    }
}
