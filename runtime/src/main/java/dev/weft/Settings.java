package dev.weft;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param processTimeout {@code weft.processes.timeout}: how long one task may run in a worker
 *     process, or a batch of tasks on a cluster member, before it is stopped and the call fails;
 *     {@link Duration#ZERO} for no limit
 * @param cluster the {@code weft.hazelcast.*} keys: where the {@code hazelcast} backend finds its cluster
 */
public record Settings(Backend backend, int parallelism, Progress progress, int ioConcurrency, Duration processTimeout,
        ClusterSettings cluster) {

    /** The system property of the backend; {@code WEFT_BACKEND} in the environment. */
    public static final String BACKEND = "weft.backend";
    /** The system property of the number of workers; {@code WEFT_PARALLELISM} in the environment. */
    public static final String PARALLELISM = "weft.parallelism";
    /** The system property of progress display; {@code WEFT_PROGRESS} in the environment. */
    public static final String PROGRESS = "weft.progress";
    /** The system property of I/O concurrency; {@code WEFT_IO_CONCURRENCY} in the environment. */
    public static final String IO_CONCURRENCY = "weft.io.concurrency";
    /** The system property of the worker process timeout; {@code WEFT_PROCESSES_TIMEOUT} in the environment. */
    public static final String PROCESS_TIMEOUT = "weft.processes.timeout";
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|)");

    /**
     * The I/O concurrency when {@code weft.io.concurrency} is not set: the plan then chooses from
     * the hardware.
     */
    public static final int IO_CONCURRENCY_NOT_SET = 0;

    /** Nothing asked for: every decision is the plan's. */
    public static final Settings DEFAULTS = new Settings(Backend.AUTO, 0, Progress.AUTO);

    /** Checks every value as the configuration keys would. */
    public Settings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cluster, "cluster");
        if (ioConcurrency != IO_CONCURRENCY_NOT_SET) {
            checkIoConcurrency(IO_CONCURRENCY, ioConcurrency);
        }
        checkProcessTimeout(PROCESS_TIMEOUT, processTimeout);
    }

    /** Settings with the default I/O concurrency and no time limit for tasks in worker processes. */
    public Settings(Backend backend, int parallelism, Progress progress) {
        this(backend, parallelism, progress, IO_CONCURRENCY_NOT_SET, Duration.ZERO, ClusterSettings.DEFAULTS);
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
                        number(Settings::checkIoConcurrency, Settings::notIoConcurrency), DEFAULTS.ioConcurrency()),
                read(PROCESS_TIMEOUT, properties, environment, Settings::parseTimeout, DEFAULTS.processTimeout()),
                new ClusterSettings(
                        read(ClusterSettings.MEMBERS, properties, environment, ClusterSettings::parseMembers, List.of()),
                        read(ClusterSettings.CONFIG, properties, environment, (source, value) -> value.trim(), ""),
                        read(ClusterSettings.RETRIES, properties, environment,
                                number(ClusterSettings::checkRetries, ClusterSettings::notRetries),
                                ClusterSettings.DEFAULTS.retries())));
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

    /** These settings with another {@code weft.backend}. */
    public Settings withBackend(Backend value) {
        return new Settings(value, parallelism, progress, ioConcurrency, processTimeout, cluster);
    }

    /** These settings with another {@code weft.parallelism}. */
    public Settings withParallelism(int value) {
        return new Settings(backend, value, progress, ioConcurrency, processTimeout, cluster);
    }

    /** These settings with another {@code weft.progress}. */
    public Settings withProgress(Progress value) {
        return new Settings(backend, parallelism, value, ioConcurrency, processTimeout, cluster);
    }

    /** These settings with another {@code weft.io.concurrency}. */
    public Settings withIoConcurrency(int value) {
        return new Settings(backend, parallelism, progress, value, processTimeout, cluster);
    }

    /** These settings with another {@code weft.processes.timeout}. */
    public Settings withProcessTimeout(Duration value) {
        return new Settings(backend, parallelism, progress, ioConcurrency, value, cluster);
    }

    /** These settings with other {@code weft.hazelcast.*} values. */
    public Settings withCluster(ClusterSettings value) {
        return new Settings(backend, parallelism, progress, ioConcurrency, processTimeout, value);
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

    /**
     * {@code value} when it is a valid {@code weft.processes.timeout}: not negative.
     *
     * @param source how the user wrote the key, for the message
     */
    public static Duration checkProcessTimeout(String source, Duration value) {
        Objects.requireNonNull(value, source);
        if (value.isNegative()) {
            throw notTimeout(source, value.toString());
        }
        return value;
    }

    /** {@code 90s}, {@code 5m}, {@code 2h}, {@code 1500ms}; a plain number is seconds; {@code 0} is no limit. */
    private static Duration parseTimeout(String source, String value) {
        Matcher parts = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!parts.matches()) {
            throw notTimeout(source, value);
        }
        long amount = Long.parseLong(parts.group(1));
        return switch (parts.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static IllegalArgumentException notTimeout(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a timeout; write a whole number with ms, s, m or h, such as 90s or 5m, or 0 for no limit");
    }

    private static IllegalArgumentException notIoConcurrency(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of concurrent I/O calls; use a positive count such as 256");
    }

    private static IllegalArgumentException notParallelism(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of workers; use a positive count, or -1 for all cores, -2 for all but one");
    }
}
