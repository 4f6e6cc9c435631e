package dev.weft.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.XmlClientConfigBuilder;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.core.HazelcastInstance;
import dev.weft.internal.ClusterOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clusters this JVM runs fan-outs on, one per distinct {@code weft.hazelcast.members} and
 * {@code weft.hazelcast.config}: joined, or started, at the first call that needs it, and kept
 * for the calls after it. An instance given to {@link WeftHazelcast#use} comes before them all.
 */
final class Connections {
    /** How long a client tries to reach the members it was given before the call fails. */
    private static final long CONNECT_MILLIS = 20_000;
    private static final Map<Key, Connection> OPEN = new ConcurrentHashMap<>();

    private Connections() {}

    /** A cluster Weft runs on, and how it was reached, as the plan says it. */
    record Connection(HazelcastInstance instance, String source) {}

    private record Key(List<String> members, String config) {}

    /** The cluster for {@code options}, joined or started now if need be. */
    static Connection forOptions(ClusterOptions options) {
        HazelcastInstance given = WeftHazelcast.given();
        if (given != null) {
            return new Connection(given, "the HazelcastInstance given to WeftHazelcast.use (" + given.getName() + ")");
        }
        Key key = new Key(options.members(), options.config());
        Connection open = OPEN.get(key);
        if (open != null && open.instance().getLifecycleService().isRunning()) {
            return open;
        }
        synchronized (OPEN) {
            open = OPEN.get(key);
            if (open == null || !open.instance().getLifecycleService().isRunning()) {
                open = connect(options);
                OPEN.put(key, open);
            }
            return open;
        }
    }

    private static Connection connect(ClusterOptions options) {
        if (options.embedded()) {
            EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedCluster.DEFAULT_MEMBERS);
            ExitWatch.closeAtExit(cluster.client(), cluster::close);
            return new Connection(cluster.client(), cluster.describe());
        }
        ClientConfig config = options.config().isEmpty() ? new ClientConfig() : load(options.config());
        if (!options.members().isEmpty()) {
            config.getNetworkConfig().setAddresses(options.members());
        }
        if (options.config().isEmpty()) {
            config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(CONNECT_MILLIS);
        }
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        ExitWatch.closeAtExit(client, client::shutdown);
        String source = "cluster " + config.getClusterName() + " joined as a client"
                + (options.members().isEmpty() ? "" : " at " + String.join(",", options.members()))
                + (options.config().isEmpty() ? "" : " with " + options.config());
        return new Connection(client, source);
    }

    private static ClientConfig load(String file) {
        try {
            String name = file.toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml")
                    ? new YamlClientConfigBuilder(file).build()
                    : new XmlClientConfigBuilder(file).build();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("weft.hazelcast.config=" + file + " cannot be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }
}
