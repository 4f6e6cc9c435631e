package dev.weft.plan;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The user's configuration: what was asked for, before the plan decides what to do with it.
 *
 * @param backend {@code weft.backend}
 * @param parallelism {@code weft.parallelism}: {@code 0} when not set (the plan decides), a positive
 *     number of workers, or a negative one counted back from the cores as joblib's {@code n_jobs}
 *     ({@code -1} all cores, {@code -2} all but one)
 * @param progress {@code weft.progress}
 */
public record Settings(Backend backend, int parallelism, Progress progress) {

    public static final String BACKEND = "weft.backend";
    public static final String PARALLELISM = "weft.parallelism";
    public static final String PROGRESS = "weft.progress";

    /** Nothing asked for: every decision is the plan's. */
    public static final Settings DEFAULTS = new Settings(Backend.AUTO, 0, Progress.AUTO);

    public Settings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * Reads the settings from system properties, then environment variables ({@code weft.backend}
     * is {@code WEFT_BACKEND}); a system property wins. A value that cannot be read is an error
     * naming the key, never silently ignored.
     */
    public static Settings from(Properties properties, Map<String, String> environment) {
        Settings settings = DEFAULTS;
        String backend = lookup(BACKEND, properties, environment);
        if (backend != null) {
            settings = settings.withBackend(Backend.parse(source(BACKEND, properties), backend));
        }
        String parallelism = lookup(PARALLELISM, properties, environment);
        if (parallelism != null) {
            settings = settings.withParallelism(parseParallelism(source(PARALLELISM, properties), parallelism));
        }
        String progress = lookup(PROGRESS, properties, environment);
        if (progress != null) {
            settings = settings.withProgress(Progress.parse(source(PROGRESS, properties), progress));
        }
        return settings;
    }

    /** This JVM's settings. */
    public static Settings fromSystem() {
        return from(System.getProperties(), System.getenv());
    }

    public Settings withBackend(Backend value) {
        return new Settings(value, parallelism, progress);
    }

    public Settings withParallelism(int value) {
        return new Settings(backend, value, progress);
    }

    public Settings withProgress(Progress value) {
        return new Settings(backend, parallelism, value);
    }

    /** The environment variable for a key: {@code weft.backend} is {@code WEFT_BACKEND}. */
    public static String environmentName(String key) {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static String lookup(String key, Properties properties, Map<String, String> environment) {
        String value = properties.getProperty(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String source(String key, Properties properties) {
        return properties.getProperty(key) != null ? "-D" + key : environmentName(key);
    }

    private static int parseParallelism(String source, String value) {
        try {
            return checkParallelism(source, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw notParallelism(source, value);
        }
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

    private static IllegalArgumentException notParallelism(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of workers; use a positive count, or -1 for all cores, -2 for all but one");
    }
}
