package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.internal.MemorySize;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void nothingSetIsTheDefaults() {
        assertThat(Settings.from(new Properties(), Map.of())).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void environmentVariablesAreRead() {
        Settings settings = Settings.from(new Properties(),
                Map.of("WEFT_BACKEND", "Async", "WEFT_PARALLELISM", "-2", "WEFT_PROGRESS", "true"));

        assertThat(settings).isEqualTo(new Settings(Backend.ASYNC, -2, Progress.TRUE));
        assertThat(Settings.from(new Properties(), Map.of("WEFT_IO_CONCURRENCY", "64")).ioConcurrency()).isEqualTo(64);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Settings settings = Settings.from(properties("weft.backend", "sequential", "weft.parallelism", " 3 "),
                Map.of("WEFT_BACKEND", "threads", "WEFT_PARALLELISM", "8"));

        assertThat(settings.backend()).isEqualTo(Backend.SEQUENTIAL);
        assertThat(settings.parallelism()).isEqualTo(3);
    }

    @Test
    void timeoutsAreReadAsPeopleWriteThem() {
        assertThat(timeout("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(timeout("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(timeout("1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(timeout("5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(timeout("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(timeout("0")).isZero();
        assertThat(Settings.DEFAULTS.processTimeout()).isZero();
        assertThatThrownBy(() -> timeout("soon")).hasMessageContaining("-Dweft.processes.timeout=soon is not a timeout");
        assertThatThrownBy(() -> timeout("-5s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClusterKeysAreReadAndChecked() {
        Settings settings = Settings.from(properties("weft.hazelcast.members", " 10.0.0.5:5701, node-2:5702 ",
                "weft.hazelcast.retries", "3"), Map.of("WEFT_HAZELCAST_CONFIG", "client.yaml"));

        assertThat(settings.cluster()).isEqualTo(new ClusterSettings(List.of("10.0.0.5:5701", "node-2:5702"), "client.yaml", 3));
        assertThat(settings.cluster().embedded()).isFalse();
        assertThat(Settings.DEFAULTS.cluster().embedded()).isTrue();
        assertThat(Settings.DEFAULTS.cluster().retries()).isEqualTo(1);
        assertThatThrownBy(() -> Settings.from(properties("weft.hazelcast.members", "10.0.0.5"), Map.of()))
                .hasMessageContaining("-Dweft.hazelcast.members has 10.0.0.5, which is not a member address");
        assertThatThrownBy(() -> Settings.from(new Properties(), Map.of("WEFT_HAZELCAST_RETRIES", "-1")))
                .hasMessageContaining("WEFT_HAZELCAST_RETRIES=-1 is not a number of retries");
    }

    private static Duration timeout(String text) {
        return Settings.from(properties("weft.processes.timeout", text), Map.of()).processTimeout();
    }

    @Test
    void aBlankValueIsNotSet() {
        assertThat(Settings.from(properties("weft.backend", " "), Map.of())).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void anInvalidValueNamesWhereItCameFrom() {
        assertThatThrownBy(() -> Settings.from(properties("weft.backend", "gpu"), Map.of()))
                .hasMessageContainingAll("-Dweft.backend=gpu", "use one of auto, threads, processes, async, sequential");
        assertThatThrownBy(() -> Settings.from(new Properties(), Map.of("WEFT_PARALLELISM", "many")))
                .hasMessageContaining("WEFT_PARALLELISM=many is not a number of workers");
        assertThatThrownBy(() -> Settings.from(properties("weft.parallelism", "0"), Map.of()))
                .hasMessageContaining("-Dweft.parallelism=0 is not a number of workers");
        assertThatThrownBy(() -> Settings.from(new Properties(), Map.of("WEFT_PROGRESS", "loud")))
                .hasMessageContaining("WEFT_PROGRESS=loud is not a progress setting");
        assertThatThrownBy(() -> Settings.from(properties("weft.io.concurrency", "0"), Map.of()))
                .hasMessageContaining("-Dweft.io.concurrency=0 is not a number of concurrent I/O calls");
    }

    @Test
    void memorySizesAreReadAsUsersWriteThem() {
        assertThat(MemorySize.parse("")).isZero();
        assertThat(MemorySize.parse("512")).isEqualTo(512);
        assertThat(MemorySize.parse("4k")).isEqualTo(4096);
        assertThat(MemorySize.parse("512M")).isEqualTo(512L << 20);
        assertThat(MemorySize.parse("2g")).isEqualTo(2L << 30);
        assertThatThrownBy(() -> MemorySize.parse("2 GB")).hasMessageContaining("\"2 GB\" is not a memory size");
        assertThatThrownBy(() -> MemorySize.parse("-1m")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MemorySize.format(1536L << 20)).isEqualTo("1.5 GiB");
    }
}
