package dev.weft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Settings settings = Settings.from(properties("weft.backend", "sequential", "weft.parallelism", " 3 "),
                Map.of("WEFT_BACKEND", "threads", "WEFT_PARALLELISM", "8"));

        assertThat(settings.backend()).isEqualTo(Backend.SEQUENTIAL);
        assertThat(settings.parallelism()).isEqualTo(3);
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
