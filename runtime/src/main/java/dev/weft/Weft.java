package dev.weft;

import dev.weft.hardware.Hardware;
import dev.weft.plan.Plan;
import dev.weft.plan.Settings;

/**
 * The runtime's one-line entry point for people: {@code System.out.println(Weft.plan())} shows the
 * hardware Weft detected and what it decided from it.
 */
public final class Weft {
    private Weft() {}

    /** Detected once: the hardware does not change under a running JVM. */
    private static final class Detected {
        static final Hardware HARDWARE = Hardware.detect();
    }

    /**
     * The plan generated code follows now. The configuration is read on every call, so an invalid
     * value is reported to every caller rather than once in a class initializer.
     *
     * @throws IllegalArgumentException when a configuration value cannot be read, naming it
     */
    public static Plan plan() {
        return Plan.of(Detected.HARDWARE, Settings.fromSystem());
    }
}
