package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every rejected pattern, pinned to the line and column of the offending expression, with its message. */
class LoopRejectionTest {
    private static final JavaFileObject SOURCE = JavaFileObjects.forResource("loop/Rejections.java");
    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = javac().withProcessors(new WeftProcessor()).compile(SOURCE);
    }

    @ParameterizedTest(name = "{0}:{1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12  | 13 | `last` is declared outside this @ParallelFor loop and assigned in it
            21  | 20 | `sum` is a reduction (+) of this @ParallelFor loop and is also read in it
            27  | 13 | This @ParallelFor loop writes the field `count`
            33  | 13 | writes `out[0]` at an index that does not separate the iterations
            39  | 20 | reads `a[i - 1]` and writes `a[i]`: one iteration reads what another writes
            45  | 20 | reads `a[i + 1]` and writes `a[i]`: one iteration reads what another writes
            52  | 17 | `break` leaves the @ParallelFor loop
            60  | 17 | `return` inside the @ParallelFor loop
            71  | 21 | `continue outer` continues a loop around the @ParallelFor loop
            79  | 13 | The @ParallelFor loop variable `i` is assigned in the loop body
            84  | 38 | Weft cannot count the iterations of this @ParallelFor loop from its condition
            90  | 52 | Weft cannot analyse the update of this @ParallelFor loop
            96  | 38 | go in opposite directions
            103 | 20 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            110 | 13 | The reduction variable `total` is declared with `var` and an initializer whose type declarations do not show
            117 | 42 | The bound of this @ParallelFor loop uses `total`, which the loop body changes
            125 | 35 | Weft cannot see whether `java.util.Arrays.copyOf(values(), 3)` is an array or a collection
            141 | 20 | The method twice() is private in Rejections
            147 | 46 | also uses the whole array `a` here
            155 | 13 | `acc` is accumulated with + and with * in this @ParallelFor loop
            163 | 35 | Weft reads `chunk` from the source before constants are evaluated: write an integer literal
            169 | 9  | Weft runs @ParallelFor loops in methods only, not in constructors
            178 | 28 | reads `thisArray[i - 1]` and writes `thisArray[i]`
            185 | 24 | `offset` has no written type (it is declared with `var`
            195 | 16 | `super` cannot be used in a method with @ParallelFor loops
            201 | 24 | The local class `Pair` is declared outside this @ParallelFor loop
            207 | 33 | reads `this.thisArray[i + 1]` and writes `thisArray[i]`
            213 | 13 | The class Hidden is private, so the generated companion cannot name it
            221 | 20 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            228 | 20 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            241 | 20 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            242 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            243 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            244 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            245 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            246 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            270 | 20 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            271 | 23 | The field secret is private in Rejections, so the generated RejectionsParallel cannot use it
            272 | 23 | The field weight is private in Node, so the generated RejectionsParallel cannot use it
            273 | 23 | The constructor Node() is private in Node, so the generated RejectionsParallel cannot use it
            275 | 29 | `cells[i].value` uses a member of Cell, a private class, so the generated RejectionsParallel cannot use it in the twin of privateThroughInferredTypes(). Make Cell package-private
            283 | 39 | The signature of privateInTheSignature() names Cell, a private class, so the generated companion cannot declare its twin. Make Cell package-private
            290 | 9  | @ParallelFor marks the variable of a `for` loop whose iterations may run in parallel, and `x` is not one
            298 | 13 | This @ParallelFor loop writes `a[k]` at an index that does not separate the iterations
            302 | 23 | Weft does not make a parallel twin of a synchronized method
            311 | 26 | The field weight is private in Node, so the generated RejectionsParallel cannot use it
            312 | 45 | The field weight is private in Node, so the generated RejectionsParallel cannot use it
            314 | 29 | The field weight is private in Node, so the generated RejectionsParallel cannot use it
            314 | 50 | The field weight is private in Node, so the generated RejectionsParallel cannot use it
            323 | 22 | `step` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            323 | 29 | `best` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            330 | 13 | This @ParallelFor loop sets `out[i]` and also accumulates into `out` at other indices
            340 | 13 | `results.add(a[i])` changes `results`, a java.util.List that every iteration can reach, from iterations that run at the same time
            341 | 13 | `counts.merge(a[i], 1, Integer::sum)` changes `counts`, a java.util.Map that every iteration can reach
            342 | 13 | `text.append(a[i])` changes `text`, a java.lang.StringBuilder that every iteration can reach
            354 | 13 | This @ParallelFor loop writes the field `alias.size`, which every iteration can reach
            355 | 13 | This @ParallelFor loop writes the field `Rejections.all`, which every iteration can reach
            356 | 13 | This @ParallelFor loop writes the field `find().count` of the object a call returns, which Weft does not follow: the iterations may all get the same object and race on it. When each iteration gets its own, name it in a local first (`var item = find();`)
            358 | 25 | This @ParallelFor loop reads `nodes[i + 1]` and writes `nodes[i]`
            365 | 13 | This @ParallelFor loop writes `alias[0]` through `alias`, which refers to an array that every iteration can reach
            367 | 22 | This @ParallelFor loop reads `grid[i + 1]` and writes `grid[i]`
            376 | 22 | `first` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            386 | 13 | `this.kept.add(a[i])` changes `this.kept`, a java.util.List that every iteration can reach
            388 | 13 | `alias.add(i)` changes `alias`, a java.util.List that every iteration can reach
            """)
    void isAnErrorAtTheOffendingExpression(long line, long column, String message) {
        assertThat(compilation).hadErrorContaining(message).inFile(SOURCE).onLine(line).atColumn(column);
    }

    @Test
    void anInnerClassCannotReachTheInstanceAroundIt() {
        JavaFileObject source = JavaFileObjects.forSourceString("p.More", """
                package p;

                import dev.weft.ParallelFor;

                class More {
                    int outerField;

                    class Inner {
                        int own;

                        void fill(int[] a) {
                            for (@ParallelFor int i = 0; i < a.length; i++) {
                                a[i] = outerField + More.this.outerField + Inner.this.own;
                            }
                        }
                    }
                }
                """);
        Compilation inner = javac().withProcessors(new WeftProcessor()).compile(source);

        assertThat(inner).hadErrorContaining("`outerField` is an instance member of the enclosing class More, which "
                + "the static twin in More_InnerParallel cannot reach").inFile(source).onLine(13).atColumn(24);
        assertThat(inner).hadErrorContaining("`More.this` is the instance of the enclosing class More around this "
                + "one, which the static twin in More_InnerParallel cannot reach").inFile(source).onLine(13).atColumn(37);
        assertThat(inner).hadErrorCount(2);
    }

    @Test
    void aProtectedMemberOfAnotherPackagesClassIsOutOfReach() {
        JavaFileObject source = JavaFileObjects.forSourceString("p.Names", """
                package p;

                import dev.weft.ParallelFor;

                class Names extends java.util.ArrayList<String> {
                    void fill(int[] a) {
                        for (@ParallelFor int i = 0; i < a.length; i++) {
                            a[i] = modCount + this.modCount + size();
                        }
                        removeRange(0, 1);
                    }
                }
                """);
        Compilation names = javac().withProcessors(new WeftProcessor()).compile(source);

        String message = "The field modCount is protected in AbstractList, a class of another package (java.util), so "
                + "the generated NamesParallel cannot use it in the twin of fill(). Use it through a package-private "
                + "method of Names";
        assertThat(names).hadErrorContaining(message).inFile(source).onLine(8).atColumn(20);
        assertThat(names).hadErrorContaining(message).inFile(source).onLine(8).atColumn(31);
        assertThat(names).hadErrorContaining("The method removeRange() is protected in ArrayList, a class of another "
                + "package (java.util)").inFile(source).onLine(10).atColumn(9);
        assertThat(names).hadErrorCount(3);
    }

    @Test
    void reportsNothingElse() {
        assertThat(compilation).hadErrorCount(64);
    }
}
