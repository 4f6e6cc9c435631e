package dev.weft;

import java.util.Locale;

/**
 * Whether fan-outs and loops show their progress: the values of {@code weft.progress}
 * ({@code WEFT_PROGRESS}), such as {@code -Dweft.progress=false} to keep a log file clean.
 */
public enum Progress {
    /** A bar when standard error is a terminal, nothing otherwise. */
    AUTO,
    /** Always a bar on standard error, even when it is redirected to a file. */
    TRUE,
    /** Never a bar. */
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

    /** The configuration spelling: {@code auto}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
