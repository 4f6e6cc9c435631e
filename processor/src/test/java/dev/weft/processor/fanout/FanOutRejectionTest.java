package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every method the processor refuses, refused with an error at the exact line and column. */
class FanOutRejectionTest {

    /** Class {@code p.Counter} with a static and an instance field; {@code members} start on line 8. */
    private static JavaFileObject counter(String members) {
        return source("p.Counter", """
                package p;

                import dev.weft.Parallelizable;

                class Counter {
                    static int count;
                    int total;
                """ + members + "}\n");
    }

    private static void assertSingleError(Compilation compilation, int line, int column, String message) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(compilation.sourceFiles().get(0))
                .onLine(line).atColumn(column);
    }

    @Test
    void methodWithoutParameters() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static int tick() {
                        return 1;
                    }
                """));

        assertSingleError(compilation, 9, 16, "@Parallelizable method tick() has no parameters, so there is nothing "
                + "to fan out: add the parameter whose values should be processed in parallel, "
                + "or remove @Parallelizable");
    }

    @Test
    void staticFieldWrite() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static int next(int step) {
                        count += step;
                        return step;
                    }
                """));

        assertSingleError(compilation, 10, 9, "@Parallelizable method next(int) writes the static field Counter.count, "
                + "which all its calls share, so parallel calls would race on it: return the value instead and "
                + "combine the results, or remove @Parallelizable");
    }

    @Test
    void staticFieldWriteThroughTheClassName() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static void reset(int value) {
                        p.Counter.count = value;
                    }
                """));

        assertSingleError(compilation, 10, 9, "writes the static field Counter.count");
    }

    @Test
    void fieldOfThisAssigned() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    int add(int step) {
                        int sum = step + 1;
                        total = sum;
                        return sum;
                    }
                """));

        assertSingleError(compilation, 11, 9, "@Parallelizable method add(int) writes the field total, which all its "
                + "calls on one object share, so parallel calls would race on it: return the value instead (fields "
                + "of other objects may be written), or remove @Parallelizable");
    }

    @Test
    void fieldOfThisCompoundAssigned() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    int add(int step) {
                        this.total += step;
                        return step;
                    }
                """));

        assertSingleError(compilation, 10, 9, "writes the field this.total, which all its calls on one object share");
    }

    @Test
    void fieldOfThisIncrementedInsideALambda() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    void countAll(java.util.List<String> words) {
                        words.forEach(word -> total++);
                    }
                """));

        assertSingleError(compilation, 10, 31, "writes the field total");
    }

    @Test
    void everyFieldWriteIsReported() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    void both(int step) {
                        count++;
                        --total;
                    }
                """));

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("static field Counter.count")
                .inFile(compilation.sourceFiles().get(0))
                .onLine(10).atColumn(9);
        assertThat(compilation).hadErrorContaining("field total").inFile(compilation.sourceFiles().get(0))
                .onLine(11).atColumn(11);
    }

    @Test
    void inheritedFieldWrittenDirectlyAndThroughSuper() {
        Compilation compilation = compile(source("p.Derived", """
                package p;

                import dev.weft.Parallelizable;

                class Base {
                    protected int total;
                }

                class Derived extends Base {
                    @Parallelizable
                    void add(int step) {
                        super.total += step;
                        total--;
                    }
                }
                """));

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("writes the field super.total")
                .inFile(compilation.sourceFiles().get(0)).onLine(12).atColumn(9);
        assertThat(compilation).hadErrorContaining("writes the field total,")
                .inFile(compilation.sourceFiles().get(0)).onLine(13).atColumn(9);
    }

    @Test
    void unreadableMemoryPerTask() {
        Compilation compilation = compile(counter("""
                    @Parallelizable(memoryPerTask = "lots")
                    static int twice(int x) {
                        return 2 * x;
                    }
                """));

        assertSingleError(compilation, 8, 37, "@Parallelizable method twice(int) has an unreadable memoryPerTask: "
                + "\"lots\" is not a memory size; write a whole number of bytes with an optional k, m or g suffix, "
                + "such as \"512m\" or \"2g\"");
    }

    @Test
    void privateMethod() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    private static int twice(int x) {
                        return 2 * x;
                    }
                """));

        assertSingleError(compilation, 9, 24, "@Parallelizable method twice(int) is private: make it package-private: "
                + "the companion CounterParallel cannot call private methods");
    }

    @Test
    void abstractMethod() {
        Compilation compilation = compile(source("p.Shape", """
                package p;

                import dev.weft.Parallelizable;

                abstract class Shape {
                    @Parallelizable
                    abstract double area(double scale);
                }
                """));

        assertSingleError(compilation, 7, 21, "@Parallelizable method area(double) is abstract, so there is no body to "
                + "run in parallel: give it a body, or put @Parallelizable on the methods that implement it");
    }

    @Test
    void interfaceMethodWithoutBody() {
        Compilation compilation = compile(source("p.Shape", """
                package p;

                import dev.weft.Parallelizable;

                interface Shape {
                    @Parallelizable
                    double area(double scale);
                }
                """));

        assertSingleError(compilation, 7, 12, "@Parallelizable method area(double) is abstract");
    }

    @Test
    void methodOfAPrivateClass() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import dev.weft.Parallelizable;

                class Outer {
                    private static class Hidden {
                        @Parallelizable
                        static int twice(int x) {
                            return 2 * x;
                        }
                    }
                }
                """));

        assertSingleError(compilation, 8, 20, "@Parallelizable method twice(int) is in the private class "
                + "p.Outer.Hidden: make Hidden package-private: the companion Outer_HiddenParallel cannot reach "
                + "members of private classes");
    }

    @Test
    void methodOfALocalClass() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import dev.weft.Parallelizable;

                class Outer {
                    static int run(int x) {
                        class Local {
                            @Parallelizable
                            int twice(int y) {
                                return 2 * y;
                            }
                        }
                        return new Local().twice(x);
                    }
                }
                """));

        assertSingleError(compilation, 9, 17, "@Parallelizable method twice(int) is in a local class, which the "
                + "companion OuterParallel cannot reach: move the method into a top-level or static nested class");
    }

    @Test
    void methodOfAnAnonymousClass() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import dev.weft.Parallelizable;
                import java.util.function.IntUnaryOperator;

                class Outer {
                    static final IntUnaryOperator TWICE = new IntUnaryOperator() {
                        @Parallelizable
                        @Override
                        public int applyAsInt(int x) {
                            return 2 * x;
                        }
                    };
                }
                """));

        assertSingleError(compilation, 10, 20, "@Parallelizable method applyAsInt(int) is in an anonymous class");
    }

    @Test
    void privateTypeInTheSignature() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import dev.weft.Parallelizable;
                import java.util.List;

                class Outer {
                    private record Point(int x, int y) {}

                    @Parallelizable
                    static int norm(List<Point> points) {
                        return points.size();
                    }
                }
                """));

        assertSingleError(compilation, 10, 16, "@Parallelizable method norm(List<Point>) uses the private type "
                + "p.Outer.Point: make Point package-private: the companion OuterParallel cannot name private types");
    }

    @Test
    void everyProblemOfAMethodIsReportedAtOnce() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    private int add(int step) {
                        total += step;
                        return total;
                    }
                """));

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("add(int) is private").inFile(compilation.sourceFiles().get(0))
                .onLine(9).atColumn(17);
        assertThat(compilation).hadErrorContaining("add(int) writes the field total")
                .inFile(compilation.sourceFiles().get(0)).onLine(10).atColumn(9);
    }

    @Test
    void aStaticAndAnInstanceOverloadWithTheSameErasedTypesInAnotherOrderAreAccepted() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static int scale(int x, Counter counter) {
                        return x;
                    }

                    @Parallelizable
                    int scale(int x) {
                        return x;
                    }
                """));

        assertThat(compilation).succeeded();
    }

    @Test
    void methodTypeParameterHidingTheClasses() {
        Compilation compilation = compile(source("p.Box", """
                package p;

                import dev.weft.Parallelizable;

                class Box<T> {
                    @Parallelizable
                    <T> T same(T value) {
                        return value;
                    }
                }
                """));

        assertSingleError(compilation, 7, 11, "@Parallelizable method same(T) declares the type parameter T, which "
                + "hides its class's T, while sameAll needs both: rename one of them");
    }

    @Test
    void aMissingTypeIsReportedByJavacAloneWithoutFollowOnErrorsInTheCompanion() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static int size(Missing missing) {
                        return 0;
                    }
                """));

        assertSingleError(compilation, 9, 21, "cannot find symbol");
    }

    @Test
    void overloadsThatDifferOnlyInTheFannedParameter() {
        Compilation compilation = compile(counter("""
                    @Parallelizable
                    static int twice(int x) {
                        return 2 * x;
                    }

                    @Parallelizable
                    static long twice(long x) {
                        return 2 * x;
                    }
                """));

        assertSingleError(compilation, 14, 17, "@Parallelizable method twice(long) would get the same twiceAll and "
                + "twiceAllAsync as twice(int), since both take their first argument as a Collection: rename one of "
                + "them, or remove @Parallelizable from one");
    }
}
