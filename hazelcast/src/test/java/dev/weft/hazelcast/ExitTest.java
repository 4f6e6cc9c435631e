package dev.weft.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An application that used the embedded cluster exits when its main thread ends, and so do the members. */
@Timeout(120)
class ExitTest {
    @Test
    void anApplicationExitsWithItsEmbeddedClusterWhenItsMainThreadEnds() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), ExitingApplication.class.getName()));
        Process application = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> members = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                members.add(Long.parseLong(line.trim()));
            }
        }

        assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("the application exited").isTrue();
        assertThat(application.exitValue()).isZero();
        assertThat(members).hasSize(4).doesNotContain(application.pid());
        for (long member : members) {
            ProcessHandle.of(member).ifPresent(process -> process.onExit().join()); // returns once the member has ended
        }
    }
}
