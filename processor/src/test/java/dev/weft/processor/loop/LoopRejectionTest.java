package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import dev.weft.processor.testing.MarkedDiagnosticsTest;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every rejected pattern, pinned to the line and column of the offending expression by the marker
 * before it in {@code loop/Rejections.java}, with its message.
 */
class LoopRejectionTest extends MarkedDiagnosticsTest {
    LoopRejectionTest() {
        super("loop/Rejections.java");
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
}
