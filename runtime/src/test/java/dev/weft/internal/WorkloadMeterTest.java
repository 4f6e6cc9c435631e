package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkloadMeterTest {
    private static final long MS = 1_000_000;

    @Test
    void tasksThatMostlyWaitAreFoundOnceTheSampleIsComplete() {
        WorkloadMeter meter = new WorkloadMeter(3);
        meter.record(MS, 20 * MS);
        meter.record(MS, 20 * MS);
        assertThat(meter.measuring()).isTrue();
        assertThat(meter.mostlyWaiting()).isFalse();

        meter.record(2 * MS, 10 * MS);

        assertThat(meter.measuring()).isFalse();
        assertThat(meter.mostlyWaiting()).isTrue();
    }

    @Test
    void busyTasksStayCpuBoundEvenWhenALoadedMachineSlowsThem() {
        WorkloadMeter meter = new WorkloadMeter(2);
        meter.record(5 * MS, 10 * MS);
        meter.record(5 * MS, 15 * MS);

        assertThat(meter.mostlyWaiting()).isFalse();
    }

    @Test
    void tasksTooShortToWaitForAnythingStayWhereTheyAre() {
        WorkloadMeter meter = new WorkloadMeter(2);
        meter.record(100, 5_000);
        meter.record(100, 5_000);

        assertThat(meter.mostlyWaiting()).isFalse();
    }

    @Test
    void timesAfterTheSampleChangeNothing() {
        WorkloadMeter meter = new WorkloadMeter(1);
        meter.record(10 * MS, 10 * MS);
        meter.record(0, 100 * MS);

        assertThat(meter.mostlyWaiting()).isFalse();
    }
}
