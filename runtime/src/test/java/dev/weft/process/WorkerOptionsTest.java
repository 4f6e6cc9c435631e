package dev.weft.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerOptionsTest {

    @Test
    void propertiesAssertionsAndModuleOptionsGoToWorkers() {
        List<String> passedOn = List.of("-Dapp.mode=batch", "-Dx=a b", "-ea", "-da:com.example...", "-esa",
                "-enableassertions:Foo", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED", "--enable-preview");

        assertThat(WorkerOptions.forwarded(passedOn)).isEqualTo(passedOn);
    }

    @Test
    void heapAgentsAndWhatMayWriteToStandardOutputStayBehind() {
        List<String> options = List.of("-Xmx4g", "-Xlog:gc", "-XX:+UseSerialGC", "-verbose:gc",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar",
                "-Dkept=1", "-eager", "--enable-previewing");

        assertThat(WorkerOptions.forwarded(options)).containsExactly("-Dkept=1");
    }
}
