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
    void aModularApplicationsWorkersGetItsModulePathAndItsMainModuleAsAnAddedModule() {
        List<String> options = List.of("--module-path=mods:libs/a.jar", "--upgrade-module-path=up",
                "--patch-module=com.example=extra", "--limit-modules=com.example", "--add-modules=java.sql",
                "--add-reads=com.example=ALL-UNNAMED", "-Djdk.module.main=com.example",
                "-Djdk.module.main.class=com.example.Main", "-Dapp=1");

        assertThat(WorkerOptions.forwarded(options)).containsExactly("--module-path=mods:libs/a.jar",
                "--upgrade-module-path=up", "--patch-module=com.example=extra", "--limit-modules=com.example",
                "--add-modules=java.sql", "--add-reads=com.example=ALL-UNNAMED", "--add-modules=com.example",
                "-Dapp=1");
    }

    @Test
    void heapAgentsAndWhatMayWriteToStandardOutputStayBehind() {
        List<String> options = List.of("-Xmx4g", "-Xlog:gc", "-XX:+UseSerialGC", "-verbose:gc",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar",
                "-Dkept=1", "-eager", "--enable-previewing");

        assertThat(WorkerOptions.forwarded(options)).containsExactly("-Dkept=1");
    }
}
