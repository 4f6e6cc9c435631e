package dev.weft.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main class of a member JVM of an embedded cluster: a Hazelcast member on 127.0.0.1 that
 * joins its peers over TCP-IP only, and ends when its standard input ends, which is when the JVM
 * that started it is gone.
 *
 * <p>Arguments: the cluster's name, this member's port, and the ports of all members, comma
 * separated.
 */
public final class EmbeddedMember {
    static final String HOST = "127.0.0.1";
    /** Held, as {@link Logger} keeps its loggers only weakly: a member's INFO lines are noise in the parent's output. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private EmbeddedMember() {}

    /** Starts the member and serves until standard input ends. */
    public static void main(String[] args) throws IOException {
        HAZELCAST_LOG.setLevel(Level.WARNING);
        Hazelcast.newHazelcastInstance(config(args[0], Integer.parseInt(args[1]), args[2].split(",")));
        InputStream parent = System.in;
        while (parent.read() != -1) {
            // nothing is sent: the stream only tells that the parent is alive
        }
        System.exit(0);
    }

    static Config config(String clusterName, int port, String[] peerPorts) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.socket.bind.any", "false");
        // Peers that are not up yet are retried: a short wait forms the cluster in a second or two.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(HOST);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(1)
                .setMembers(Arrays.stream(peerPorts).map(peer -> HOST + ":" + peer).toList());
        return WeftHazelcast.configureMember(config);
    }
}
