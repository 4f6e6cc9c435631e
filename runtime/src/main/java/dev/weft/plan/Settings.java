package dev.weft.plan;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BiFunction;

/**
 * The user's configuration: what was asked for, before the plan decides what to do with it.
 *
 * @param backend {@code weft.backend}
 * @param parallelism {@code weft.parallelism}: {@code 0} when not set (the plan decides), a positive
 *     number of workers, or a negative one counted back from the cores as joblib's {@code n_jobs}
 *     ({@code -1} all cores, {@code -2} all but one)
 * @param progress {@code weft.progress}
 * @param ioConcurrency {@code weft.io.concurrency}: how many calls of an I/O-bound method wait at
 *     once; a positive number, independent of the cores
 */
public record Settings(Backend backend, int parallelism, Progress progress, int ioConcurrency) {

    public static final String BACKEND = "weft.backend";
    public static final String PARALLELISM = "weft.parallelism";
    public static final String PROGRESS = "weft.progress";
    public static final String IO_CONCURRENCY = "weft.io.concurrency";

    /**
     * Enough waiting calls to hide the latency of a disk or a remote service, few enough that a
     * server on the other end is not flooded.
     */
    public static final int DEFAULT_IO_CONCURRENCY = 256;

    /** Nothing asked for: every decision is the plan's. */
    public static final Settings DEFAULTS = new Settings(Backend.AUTO, 0, Progress.AUTO);

    public Settings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(progress, "progress");
        checkIoConcurrency(IO_CONCURRENCY, ioConcurrency);
    }

    /** Settings with the default I/O concurrency. */
    public Settings(Backend backend, int parallelism, Progress progress) {
        this(backend, parallelism, progress, DEFAULT_IO_CONCURRENCY);
    }

    /**
     * Reads the settings from system properties, then environment variables ({@code weft.backend}
     * is {@code WEFT_BACKEND}); a system property wins. A value that cannot be read is an error
     * naming the key, never silently ignored.
     */
    public static Settings from(Properties properties, Map<String, String> environment) {
        return new Settings(
                read(BACKEND, properties, environment, Backend::parse, DEFAULTS.backend()),
                read(PARALLELISM, properties, environment,
                        number(Settings::checkParallelism, Settings::notParallelism), DEFAULTS.parallelism()),
                read(PROGRESS, properties, environment, Progress::parse, DEFAULTS.progress()),
                read(IO_CONCURRENCY, properties, environment,
                        number(Settings::checkIoConcurrency, Settings::notIoConcurrency), DEFAULTS.ioConcurrency()));
    }

    /** Parses a value, given how the user wrote its key ({@code -Dweft.backend}, {@code WEFT_BACKEND}). */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String source, String value);
    }

    /** A parser of whole numbers, which {@code check} then accepts or refuses. */
    private static Parser<Integer> number(
            BiFunction<String, Integer, Integer> check, BiFunction<String, String, IllegalArgumentException> invalid) {
        return (source, value) -> {
            try {
                return check.apply(source, Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                throw invalid.apply(source, value);
            }
        };
    }

    private static <T> T read(String key, Properties properties, Map<String, String> environment, Parser<T> parser, T absent) {
        String value = properties.getProperty(key);
        String source = "-D" + key;
        if (value == null) {
            value = environment.get(environmentName(key));
            source = environmentName(key);
        }
        return value == null || value.isBlank() ? absent : parser.parse(source, value);
    }

    /** This JVM's settings. */
    public static Settings fromSystem() {
        return from(System.getProperties(), System.getenv());
    }

    public Settings withBackend(Backend value) {
        return new Settings(value, parallelism, progress, ioConcurrency);
    }

    public Settings withParallelism(int value) {
        return new Settings(backend, value, progress, ioConcurrency);
    }

    public Settings withProgress(Progress value) {
        return new Settings(backend, parallelism, value, ioConcurrency);
    }

    public Settings withIoConcurrency(int value) {
        return new Settings(backend, parallelism, progress, value);
    }

    /** The environment variable for a key: {@code weft.backend} is {@code WEFT_BACKEND}. */
    public static String environmentName(String key) {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * {@code value} when it is a valid {@code weft.parallelism}: not zero, which joblib rejects too
     * because it asks for no worker at all.
     *
     * @param source how the user wrote the key, for the message
     */
    public static int checkParallelism(String source, int value) {
        if (value == 0) {
            throw notParallelism(source, "0");
        }
        return value;
    }

    /**
     * {@code value} when it is a valid {@code weft.io.concurrency}: at least one.
     *
     * @param source how the user wrote the key, for the message
     */
    public static int checkIoConcurrency(String source, int value) {
        if (value < 1) {
            throw notIoConcurrency(source, String.valueOf(value));
        }
        return value;
    }

    private static IllegalArgumentException notIoConcurrency(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of concurrent I/O calls; use a positive count such as " + DEFAULT_IO_CONCURRENCY);
    }

    private static IllegalArgumentException notParallelism(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of workers; use a positive count, or -1 for all cores, -2 for all but one");
    }
}
