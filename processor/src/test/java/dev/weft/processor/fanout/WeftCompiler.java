package dev.weft.processor.fanout;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.processor.WeftProcessor;
import javax.tools.JavaFileObject;

/** Compiles test sources with Weft's processor, with every lint warning that generated code must not cause. */
final class WeftCompiler {
    private WeftCompiler() {}

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new WeftProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
    }

    /** A source file for class {@code qualifiedName}, its lines numbered from 1 as written. */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    static JavaFileObject resource(String path) {
        return JavaFileObjects.forResource("fanout/" + path);
    }
}
