package dev.weft.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This application built by {@code javac} and run by {@code java -p ... -m ...}, the JDK's own
 * tools, in separate processes: with {@code -Xlint:all -Werror}, with Weft alone on the processor
 * path and next to another processor before and after it; then run on threads and on worker
 * processes, whose JVMs must find the application's module as the parent did.
 */
class CommandLineBuildTest {
    private static final String MODULE = "dev.weft.examples.modular";

    @TempDir
    static Path work;
    private static Path otherProcessor;

    /** The jar, or classes folder, on this JVM's module or class path whose name contains {@code part}. */
    private static String onPath(String part) {
        String paths = System.getProperty("jdk.module.path", "") + File.pathSeparator
                + System.getProperty("java.class.path");
        return Stream.of(paths.split(File.pathSeparator)).filter(entry -> entry.contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError(part + " is on neither path: " + paths));
    }

    /** Weft's processor path: its jar, which carries JavaPoet inside, and the runtime, whose annotations it reads. */
    private static String weftProcessorPath() {
        return onPath("weft-processor") + File.pathSeparator + runtime();
    }

    private static String runtime() {
        return onPath("weft-runtime");
    }

    private static Path resource(String name) {
        try {
            return Paths.get(CommandLineBuildTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sources(Path... roots) throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.add(file.toString()));
            }
        }
        return sources;
    }

    /** Runs a JDK tool and returns what it wrote; fails with that text when the tool fails. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertThat(exit).as("%s%nfailed:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    private static String tool(String name) {
        return Paths.get(System.getProperty("java.home"), "bin", name).toString();
    }

    @BeforeAll
    static void buildTheOtherProcessor() throws IOException, InterruptedException {
        otherProcessor = work.resolve("other");
        List<String> javac = new ArrayList<>(List.of(tool("javac"), "--release", "17", "-d", otherProcessor.toString()));
        javac.addAll(sources(resource("other")));
        run(javac);
        Path services = otherProcessor.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.copy(resource("other/META-INF/services/javax.annotation.processing.Processor"),
                services.resolve("javax.annotation.processing.Processor"));
    }

    /**
     * Compiles the application with {@code -Xlint:all -Werror} and the processor path given, and
     * with a class for the other processor when it is on that path; returns the classes.
     */
    private static Path compile(String name, String processorPath) throws IOException, InterruptedException {
        Path classes = work.resolve(name);
        List<String> javac = new ArrayList<>(List.of(tool("javac"), "--release", "17", "-Xlint:all", "-Werror",
                "--module-path", runtime(), "--processor-path", processorPath, "-d", classes.toString()));
        javac.addAll(sources(Paths.get(System.getProperty("weft.test.sources"))));
        if (processorPath.contains(otherProcessor.toString())) {
            javac.addAll(sources(resource("tagged")));
        }
        String output = run(javac);
        assertThat(output).as("javac's output").isEmpty();
        return classes;
    }

    private static String launch(Path classes, String backend) throws IOException, InterruptedException {
        return run(List.of(tool("java"), "-Dweft.backend=" + backend, "-ea",
                "--module-path", classes + File.pathSeparator + runtime(), "-m", MODULE + "/" + MODULE + ".Main"));
    }

    @Test
    void weftAloneBuildsWithoutWarningsAndRunsOnThreadsAndWorkerProcesses() throws Exception {
        Path classes = compile("alone", weftProcessorPath());

        assertThat(launch(classes, "threads")).contains("] (as sequential); dot ", "(as sequential); ran on [threads")
                .doesNotContain("expected", "processes");
        assertThat(launch(classes, "processes")).contains("] (as sequential); dot ", "(as sequential); ran on [processes")
                .doesNotContain("expected");
    }

    @Test
    void anotherProcessorBeforeWeftLeavesNoWarning() throws Exception {
        Path classes = compile("other-first", otherProcessor + File.pathSeparator + weftProcessorPath());

        assertThat(classes.resolve("dev/weft/examples/modular/TaggedIndex.class")).exists();
        assertThat(classes.resolve("dev/weft/examples/modular/SquaresParallel.class")).exists();
    }

    @Test
    void anotherProcessorAfterWeftLeavesNoWarning() throws Exception {
        Path classes = compile("weft-first", weftProcessorPath() + File.pathSeparator + otherProcessor);

        assertThat(classes.resolve("dev/weft/examples/modular/TaggedIndex.class")).exists();
        assertThat(classes.resolve("dev/weft/examples/modular/SquaresParallel.class")).exists();
    }
}
