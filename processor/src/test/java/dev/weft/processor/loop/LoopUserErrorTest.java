package dev.weft.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import org.junit.jupiter.api.Test;

/** The user's own mistakes are reported by javac alone, without follow-on errors from Weft. */
class LoopUserErrorTest {

    private static Compilation compile(String signature, String... body) {
        String[] lines = new String[5 + body.length];
        lines[0] = "package p;";
        lines[1] = "import dev.weft.ParallelFor;";
        lines[2] = "class Source {";
        lines[3] = "    " + signature + " {";
        System.arraycopy(body, 0, lines, 4, body.length);
        lines[lines.length - 1] = "    }\n}";
        return javac().withProcessors(new WeftProcessor()).compile(JavaFileObjects.forSourceLines("p.Source", lines));
    }

    @Test
    void aMethodWhoseSignatureDoesNotCompileGetsNoTwin() {
        Compilation compilation = compile("static void fill(Missing m, int[] a)",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            a[i] = i;",
                "        }");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(compilation.sourceFiles().get(0))
                .onLine(4).atColumn(22);
    }

    @Test
    void aRejectedLoopIsTheOnlyError() {
        Compilation compilation = compile("static int last(int[] a)",
                "        int last = 0;",
                "        for (@ParallelFor int i = 0; i < a.length; i++) {",
                "            last = a[i];",
                "        }",
                "        return last;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("`last` is declared outside").inFile(compilation.sourceFiles().get(0))
                .onLine(7).atColumn(13);
    }
}
