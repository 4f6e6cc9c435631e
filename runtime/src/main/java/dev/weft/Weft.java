package dev.weft;

import dev.weft.internal.Clusters;
import java.util.function.UnaryOperator;

/**
 * The runtime's entry point for people: what Weft detected and decided, and a way to change the
 * configuration for a few calls.
 *
 * <p>{@code System.out.println(Weft.plan())}, or {@code java -jar weft-runtime.jar}, shows the
 * hardware, the settings and each decision with its reason.
 *
 * <p>The configuration comes from system properties and environment variables
 * ({@code -Dweft.backend=threads} or {@code WEFT_BACKEND=threads}; the property wins). An invalid
 * value is an error naming the key and what it accepts, never ignored.
 *
 * <table>
 * <caption>Configuration keys</caption>
 * <tr><th>system property</th><th>environment</th><th>meaning</th></tr>
 * <tr><td>{@code weft.backend}</td><td>{@code WEFT_BACKEND}</td><td>{@code auto} (default),
 *     {@code threads}, {@code processes}, {@code async}, {@code sequential}, {@code hazelcast}</td></tr>
 * <tr><td>{@code weft.parallelism}</td><td>{@code WEFT_PARALLELISM}</td><td>workers; negative
 *     counts back from the cores as joblib's {@code n_jobs} ({@code -1} all of them)</td></tr>
 * <tr><td>{@code weft.progress}</td><td>{@code WEFT_PROGRESS}</td><td>{@code auto}, {@code true},
 *     {@code false}</td></tr>
 * <tr><td>{@code weft.io.concurrency}</td><td>{@code WEFT_IO_CONCURRENCY}</td><td>calls of an
 *     I/O-bound method that wait at once (default 256)</td></tr>
 * <tr><td>{@code weft.processes.timeout}</td><td>{@code WEFT_PROCESSES_TIMEOUT}</td><td>how long
 *     one task may run in a worker process or on a cluster member, such as {@code 90s} (default: no
 *     limit)</td></tr>
 * <tr><td>{@code weft.hazelcast.members}</td><td>{@code WEFT_HAZELCAST_MEMBERS}</td><td>with
 *     {@code weft.backend=hazelcast}: {@code host:port,...} of a cluster to join as a client; unset:
 *     an embedded local cluster</td></tr>
 * <tr><td>{@code weft.hazelcast.config}</td><td>{@code WEFT_HAZELCAST_CONFIG}</td><td>a Hazelcast
 *     client YAML or XML file: cluster name, TLS, discovery</td></tr>
 * <tr><td>{@code weft.hazelcast.retries}</td><td>{@code WEFT_HAZELCAST_RETRIES}</td><td>how many
 *     times the tasks of a lost member are sent to the others (default 1)</td></tr>
 * </table>
 *
 * <p>A {@link Scope} changes the configuration for the calls made inside a {@code try} block on
 * the current thread, in the way of joblib's {@code parallel_config}:
 *
 * <pre>{@code
 * try (Weft.Scope scope = Weft.configure().backend("threads").parallelism(2).apply()) {
 *     List<Image> small = ImagesParallel.blurAll(images, 3);   // at most two workers
 * }
 * }</pre>
 */
public final class Weft {
    private Weft() {}

    /**
     * Read once, at first use: the hardware does not change under a running JVM, and the
     * configuration is the process's, as the environment it was started with. A value that cannot
     * be read is kept as its error and reported to every caller, not once in a class initializer
     * that later callers would only see as {@code NoClassDefFoundError}.
     */
    private static final class Startup {
        static final Hardware HARDWARE = Hardware.detect();
        static final IllegalArgumentException INVALID;
        static final Plan PLAN;

        static {
            IllegalArgumentException invalid = null;
            Plan plan = null;
            try {
                plan = Plan.of(HARDWARE, Settings.fromSystem());
            } catch (IllegalArgumentException e) {
                invalid = e;
            }
            INVALID = invalid;
            PLAN = plan;
        }

        static Plan plan() {
            if (INVALID != null) {
                throw new IllegalArgumentException(INVALID.getMessage(), INVALID);
            }
            return PLAN;
        }
    }

    /**
     * The plan that calls made now, on this thread, follow: the detected hardware and the
     * configuration, with the scopes open on this thread applied.
     *
     * @throws IllegalArgumentException when a configuration value cannot be read, naming it
     */
    public static Plan plan() {
        Plan startup = Startup.plan();
        Scope innermost = Scope.INNERMOST.get();
        // The cluster's members change while the JVM runs: asked for at each plan, not kept.
        return Clusters.joined(innermost == null ? startup : innermost.plan(startup));
    }

    /** The settings in force on this thread: the process's, changed by the scopes open here. */
    public static Settings settings() {
        return Scope.applyOpen(Startup.plan().settings());
    }

    /**
     * The listener a scope open on this thread gave {@link Configuration#progress(ProgressListener)},
     * the innermost one; {@code null} when none did.
     */
    public static ProgressListener progressListener() {
        return Scope.innermostListener();
    }

    /** Starts a change of the configuration; {@link Configuration#apply()} opens it as a scope. */
    public static Configuration configure() {
        return Configuration.NONE;
    }

    /**
     * Settings changed for the calls made on one thread until {@link #close()}. Scopes nest: an
     * inner scope changes what the outer one set, and closing it brings back the outer one's
     * settings. Tasks already running elsewhere are not affected, and fan-outs started inside a
     * scope keep its settings even when their work runs on other threads.
     */
    public static final class Scope implements AutoCloseable {
        private static final ThreadLocal<Scope> INNERMOST = new ThreadLocal<>();

        private final Scope outer;
        private final UnaryOperator<Settings> change;
        private final ProgressListener listener;
        private final Thread owner;
        private boolean closed;
        /** Computed at first use: a scope's settings do not change while it is open. */
        private Plan plan;

        private Scope(Scope outer, UnaryOperator<Settings> change, ProgressListener listener) {
            this.outer = outer;
            this.change = change;
            this.listener = listener;
            this.owner = Thread.currentThread();
        }

        static Scope open(UnaryOperator<Settings> change, ProgressListener listener) {
            Scope scope = new Scope(INNERMOST.get(), change, listener);
            INNERMOST.set(scope);
            return scope;
        }

        static ProgressListener innermostListener() {
            for (Scope scope = INNERMOST.get(); scope != null; scope = scope.outer) {
                if (scope.listener != null) {
                    return scope.listener;
                }
            }
            return null;
        }

        static Settings applyOpen(Settings system) {
            Scope innermost = INNERMOST.get();
            return innermost == null ? system : innermost.apply(system);
        }

        /** Runs on the owner thread only, as scopes are found through a thread-local. */
        private Plan plan(Plan startup) {
            if (plan == null) {
                plan = Plan.of(startup.hardware(), apply(startup.settings()));
            }
            return plan;
        }

        private Settings apply(Settings system) {
            return change.apply(outer == null ? system : outer.apply(system));
        }

        /**
         * Brings back the settings from before this scope. Closing twice does nothing.
         *
         * @throws IllegalStateException when called on another thread than the one that opened the
         *     scope, or while a scope opened inside this one is still open
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a Weft scope is closed on the thread that opened it, " + owner.getName());
            }
            if (INNERMOST.get() != this) {
                throw new IllegalStateException("close the Weft scopes opened inside this one first");
            }
            closed = true;
            if (outer == null) {
                INNERMOST.remove();
            } else {
                INNERMOST.set(outer);
            }
        }
    }
}
