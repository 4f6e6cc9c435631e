package dev.weft;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A change of the configuration, built one setting at a time and opened as a {@link Weft.Scope}:
 *
 * <pre>{@code
 * try (Weft.Scope scope = Weft.configure().backend(Backend.SEQUENTIAL).apply()) { ... }
 * }</pre>
 *
 * <p>Each method checks its value at once: an invalid value is an {@link IllegalArgumentException}
 * that names the key and the values it accepts. Settings not mentioned keep the values they had
 * outside the scope. Instances are immutable and can be kept and applied many times.
 */
public final class Configuration {
    static final Configuration NONE = new Configuration(UnaryOperator.identity(), null);

    private final UnaryOperator<Settings> change;
    private final ProgressListener listener;

    private Configuration(UnaryOperator<Settings> change, ProgressListener listener) {
        this.change = change;
        this.listener = listener;
    }

    /**
     * {@code weft.backend}: {@code auto}, {@code threads}, {@code processes}, {@code async},
     * {@code sequential} or {@code hazelcast}.
     */
    public Configuration backend(String backend) {
        return backend(Backend.parse(Settings.BACKEND, backend));
    }

    /** {@code weft.backend}. */
    public Configuration backend(Backend backend) {
        Objects.requireNonNull(backend, Settings.BACKEND);
        return then(settings -> settings.withBackend(backend));
    }

    /**
     * {@code weft.parallelism}: a positive number of workers, or a negative one counted back from
     * the cores as joblib's {@code n_jobs} ({@code -1} all cores, {@code -2} all but one).
     */
    public Configuration parallelism(int parallelism) {
        int checked = Settings.checkParallelism(Settings.PARALLELISM, parallelism);
        return then(settings -> settings.withParallelism(checked));
    }

    /** {@code weft.progress}: {@code auto}, {@code true} or {@code false}. */
    public Configuration progress(String progress) {
        return progress(Progress.parse(Settings.PROGRESS, progress));
    }

    /** {@code weft.progress}. */
    public Configuration progress(Progress progress) {
        Objects.requireNonNull(progress, Settings.PROGRESS);
        return then(settings -> settings.withProgress(progress));
    }

    /**
     * Progress of the fan-outs and loops run in the scope goes to {@code listener} (a GUI, a log)
     * instead of the console, whatever {@code weft.progress} says.
     */
    public Configuration progress(ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new Configuration(change, listener);
    }

    /**
     * {@code weft.io.concurrency}: how many calls of an I/O-bound method wait at once, a positive
     * number independent of the cores.
     */
    public Configuration ioConcurrency(int concurrency) {
        int checked = Settings.checkIoConcurrency(Settings.IO_CONCURRENCY, concurrency);
        return then(settings -> settings.withIoConcurrency(checked));
    }

    /**
     * {@code weft.processes.timeout}: how long one task may run in a worker process before the
     * worker is killed and the task fails; {@link Duration#ZERO} for no limit.
     */
    public Configuration processTimeout(Duration timeout) {
        Duration checked = Settings.checkProcessTimeout(Settings.PROCESS_TIMEOUT, timeout);
        return then(settings -> settings.withProcessTimeout(checked));
    }

    /**
     * {@code weft.hazelcast.members}: {@code host:port,host:port} of the cluster that
     * {@code weft.backend=hazelcast} joins as a client; {@code ""} for an embedded local cluster.
     */
    public Configuration hazelcastMembers(String members) {
        List<String> parsed = ClusterSettings.parseMembers(ClusterSettings.MEMBERS, members);
        return then(settings -> settings.withCluster(new ClusterSettings(parsed, settings.cluster().config(),
                settings.cluster().retries())));
    }

    /**
     * {@code weft.hazelcast.config}: a Hazelcast client configuration file (YAML or XML) for the
     * cluster's name, TLS and discovery; {@code ""} for none.
     */
    public Configuration hazelcastConfig(String file) {
        Objects.requireNonNull(file, ClusterSettings.CONFIG);
        return then(settings -> settings.withCluster(new ClusterSettings(settings.cluster().members(), file.trim(),
                settings.cluster().retries())));
    }

    /**
     * {@code weft.hazelcast.retries}: how many times the unfinished tasks of a member that left are
     * sent to the remaining members before the call fails (default 1).
     */
    public Configuration hazelcastRetries(int retries) {
        int checked = ClusterSettings.checkRetries(ClusterSettings.RETRIES, retries);
        return then(settings -> settings.withCluster(new ClusterSettings(settings.cluster().members(),
                settings.cluster().config(), checked)));
    }

    /** Opens a scope in which these settings hold on this thread; close it to restore the others. */
    public Weft.Scope apply() {
        return Weft.Scope.open(change, listener);
    }

    private Configuration then(UnaryOperator<Settings> next) {
        return new Configuration(settings -> next.apply(change.apply(settings)), listener);
    }
}
