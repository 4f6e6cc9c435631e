package dev.weft.plan;

import java.util.Locale;

/** Whether fan-outs and loops show their progress: the values of {@code weft.progress}. */
public enum Progress {
    /** A bar when standard error is a terminal, nothing otherwise. */
    AUTO,
    TRUE,
    FALSE;

    /** Parses a configuration value, naming the allowed values when it is none of them. */
    public static Progress parse(String source, String value) {
        for (Progress progress : values()) {
            if (progress.name().equalsIgnoreCase(value.trim())) {
                return progress;
            }
        }
        throw new IllegalArgumentException(
                source + "=" + value + " is not a progress setting; use auto, true or false");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
