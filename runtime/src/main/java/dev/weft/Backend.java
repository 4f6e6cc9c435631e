package dev.weft;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How generated code runs: the values of {@code weft.backend} ({@code WEFT_BACKEND}). Left at
 * {@link #AUTO}, the {@link Plan} picks one per method from the hardware and the method's hints;
 * any other value forces that backend on every call it can serve, and a call it cannot serve fails
 * saying why rather than running elsewhere.
 */
public enum Backend {
    /** Decided per method from the hardware and the method's hints. */
    AUTO,
    /** Platform threads, one per core: CPU-bound work, and every loop. */
    THREADS,
    /** Worker JVMs with heaps of their own: work that needs more memory than this heap can give. */
    PROCESSES,
    /** Many cheap waiting tasks: virtual threads on JDK 21+, a bounded elastic pool on 17. */
    ASYNC,
    /** The calling thread alone. */
    SEQUENTIAL,
    /**
     * The members of a Hazelcast cluster, for fan-outs whose tasks can cross to another JVM; needs
     * the {@code weft-hazelcast} module on the class path. Never chosen by {@link #AUTO}.
     */
    HAZELCAST;

    /** The configuration spelling: {@code threads}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a configuration value, naming the allowed values when it is none of them. */
    public static Backend parse(String source, String value) {
        for (Backend backend : values()) {
            if (backend.key().equalsIgnoreCase(value.trim())) {
                return backend;
            }
        }
        throw new IllegalArgumentException(source + "=" + value + " is not a backend; use one of "
                + Arrays.stream(values()).map(Backend::key).collect(Collectors.joining(", ")));
    }
}
