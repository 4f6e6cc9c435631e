package dev.weft.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import org.junit.jupiter.api.Test;

/**
 * The application as Maven built it (in its module, with {@code -Xlint:all -Werror} and Weft from
 * {@code annotationProcessorPaths}), run by Maven's test runner on each backend.
 */
class MavenBuildTest {

    private static String runOn(String backend) {
        // Closed in finally: -Xlint:all, an error here with -Werror, warns of a try-with-resources
        // whose block never names its resource.
        Weft.Scope scope = Weft.configure().backend(backend).apply();
        try {
            return Main.run();
        } finally {
            scope.close();
        }
    }

    @Test
    void runsOnThreads() {
        assertThat(runOn("threads")).contains("sums [", "] (as sequential); dot ", "(as sequential); ran on [threads")
                .doesNotContain("expected", "processes");
    }

    @Test
    void runsOnWorkerProcesses() {
        assertThat(runOn("processes")).contains("sums [", "] (as sequential); dot ", "(as sequential); ran on [processes")
                .doesNotContain("expected");
    }
}
