package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import org.junit.jupiter.api.Test;

/** The user's own mistakes are reported by javac alone, without follow-on errors from Weft. */
class LoopUserErrorTest {

    @Test
    void aMethodWhoseSignatureDoesNotCompileGetsNoTwin() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceLines(
                "p.Broken",
                "package p;",
                "import dev.weft.ParallelFor;",
                "class Broken {",
                "    static void fill(Missing m, int[] a) {",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            a[i] = i;",
                "        }",
                "    }",
                "}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(compilation.sourceFiles().get(0))
                .onLine(4).atColumn(22);
    }

    @Test
    void aRejectedLoopIsTheOnlyError() {
        Compilation compilation = javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceLines(
                "p.Mixed",
                "package p;",
                "import dev.weft.ParallelFor;",
                "class Mixed {",
                "    static int last(int[] a) {",
                "        int last = 0;",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            last = a[i];",
                "        }",
                "        return last;",
                "    }",
                "    static void fill(int[] a) {",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            a[i] = i;",
                "        }",
                "    }",
                "}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("`last` is declared outside").inFile(compilation.sourceFiles().get(0))
                .onLine(7).atColumn(13);
    }
}
