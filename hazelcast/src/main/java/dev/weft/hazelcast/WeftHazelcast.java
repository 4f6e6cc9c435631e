package dev.weft.hazelcast;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.core.HazelcastInstance;
import java.util.Objects;

/**
 * What an application or a member's launcher tells Weft about Hazelcast, beyond the
 * {@code weft.hazelcast.*} keys.
 *
 * <p>An application that already has a {@link HazelcastInstance}, a client or a member, hands it
 * to Weft; fan-outs under {@code weft.backend=hazelcast} then run on its cluster:
 *
 * <pre>{@code
 * try (WeftHazelcast.Use use = WeftHazelcast.use(client)) {
 *     List<Long> results = MathsParallel.slowFactorialAll(inputs);
 * }
 * }</pre>
 *
 * <p>The members of a real cluster carry the application's jar and start with
 * {@link #configureMember}, which lets them run Weft's tasks and nothing else Weft sends.
 */
public final class WeftHazelcast {
    /** The executor service on the members that runs Weft's batches. */
    static final String EXECUTOR = "weft";
    /** The member attribute with the member's cores, read by the plan and the scheduler. */
    static final String CORES = "weft.cores";

    private static volatile HazelcastInstance given;

    private WeftHazelcast() {}

    /**
     * Fan-outs under {@code weft.backend=hazelcast} run on {@code instance}'s cluster, whatever
     * {@code weft.hazelcast.members} and {@code weft.hazelcast.config} say, until the returned
     * {@link Use} is closed. Weft does not shut the instance down.
     */
    public static Use use(HazelcastInstance instance) {
        Objects.requireNonNull(instance, "instance");
        Use use = new Use(given);
        given = instance;
        return use;
    }

    /** The instance given to {@link #use}, or {@code null}. */
    static HazelcastInstance given() {
        return given;
    }

    /** Closing it brings back what was in force before {@link #use}. */
    public static final class Use implements AutoCloseable {
        private final HazelcastInstance previous;

        private Use(HazelcastInstance previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            given = previous;
        }
    }

    /**
     * Prepares a member's configuration for Weft's tasks, and returns it: the executor service
     * {@value #EXECUTOR} with one thread per core, the member's cores as the attribute
     * {@value #CORES}, and a Java serialization filter that lets Hazelcast deserialize, of Weft's
     * classes, only the envelope a batch of tasks crosses in. The tasks, their inputs and their
     * results are checked by Weft's own allow list of the types each method declares.
     */
    public static Config configureMember(Config config) {
        int cores = Runtime.getRuntime().availableProcessors();
        config.getExecutorConfig(EXECUTOR).setPoolSize(cores);
        config.getMemberAttributeConfig().setAttribute(CORES, String.valueOf(cores));
        JavaSerializationFilterConfig filter = config.getSerializationConfig().getJavaSerializationFilterConfig();
        if (filter == null) {
            filter = new JavaSerializationFilterConfig();
            config.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        }
        if (filter.getWhitelist() == null) {
            filter.setWhitelist(new ClassFilter());
        }
        filter.getWhitelist().addClasses(BatchCall.class.getName());
        return config;
    }
}
