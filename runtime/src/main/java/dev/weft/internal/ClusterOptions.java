package dev.weft.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The configuration a {@link ClusterBackend} follows, taken from the {@code weft.hazelcast.*} keys
 * in force on the calling thread.
 *
 * @param members {@code host:port} of members to join as a client; empty for an embedded cluster
 *     unless {@code config} is set
 * @param config a client configuration file (YAML or XML), {@code ""} when not set
 * @param retries how many times the unfinished tasks of a lost member are sent to the others
 * @param timeout how long one task may run ({@code weft.processes.timeout}), {@link Duration#ZERO}
 *     for no limit
 */
public record ClusterOptions(List<String> members, String config, int retries, Duration timeout) {
    /** Checks that nothing is missing. */
    public ClusterOptions {
        members = List.copyOf(members);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Whether Weft starts the cluster itself: no members and no configuration file given. */
    public boolean embedded() {
        return members.isEmpty() && config.isEmpty();
    }
}
