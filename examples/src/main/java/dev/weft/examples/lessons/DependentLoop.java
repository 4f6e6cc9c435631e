package dev.weft.examples.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * When not to parallelize: dependent iterations. A running sum reads in each iteration what the
 * previous one wrote, so Weft refuses it at compile time, on the line and column of the read, and
 * says why. This lesson compiles that loop with javac and the Weft processor, here and now, and
 * prints what javac reports.
 */
public final class DependentLoop {
    static final String SOURCE = "lessons/PrefixSums.java";
    static final String REPRODUCE = "javac -proc:only -cp examples/target/weft-examples.jar "
            + "-processorpath examples/target/weft-examples.jar examples/src/main/resources/" + SOURCE;

    private DependentLoop() {}

    /** javac's diagnostics for the dependent loop, as it prints them. */
    public static List<String> compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return List.of("(no javac in this Java runtime: run the examples on a JDK to see the compile error)");
        }
        Path source = copySource();
        String classPath = System.getProperty("java.class.path");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(null, files, diagnostics,
                    List.of("-proc:only", "-cp", classPath, "-processorpath", classPath),
                    null, files.getJavaFileObjects(source)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> SOURCE + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": error: "
                        + d.getMessage(Locale.ROOT))
                .toList();
    }

    public static void print() throws IOException {
        System.out.println("  " + REPRODUCE);
        for (String error : compile()) {
            System.out.println("  " + error);
        }
    }

    private static Path copySource() throws IOException {
        Path directory = Files.createTempDirectory("weft-lesson");
        Path source = directory.resolve(Path.of(SOURCE).getFileName());
        try (InputStream in = DependentLoop.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(SOURCE + " is missing from the examples jar"));
            }
            Files.copy(in, source);
        }
        source.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
        return source;
    }
}
