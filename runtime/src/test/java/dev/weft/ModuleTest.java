package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runtime as a module: users reach what they call, generated code what it calls, and nothing else. */
class ModuleTest {
    private static final Module WEFT = Weft.class.getModule();

    @Test
    void exportsOnlyTheApiAndWhatGeneratedCodeCalls() {
        ModuleDescriptor descriptor = WEFT.getDescriptor();

        assertThat(WEFT.getName()).isEqualTo("dev.weft");
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev.weft", "dev.weft.internal");
        assertThat(descriptor.exports()).allMatch(exports -> !exports.isQualified());
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.packages()).contains("dev.weft.backend", "dev.weft.process", "dev.weft.progress");
    }

    @Test
    void whatWeftPlanAndConfigureReturnIsExported() {
        for (Class<?> type : new Class<?>[] {Plan.class, Settings.class, Decision.class, Hardware.class,
                Backend.class, Progress.class, ProgressListener.class, ProgressSnapshot.class, ConsoleProgress.class,
                WorkerDiedException.class, Configuration.class, Weft.Scope.class}) {
            assertThat(WEFT.isExported(type.getPackageName())).as(type.getName()).isTrue();
        }
    }
}
