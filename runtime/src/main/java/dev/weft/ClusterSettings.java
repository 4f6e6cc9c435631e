package dev.weft;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the {@code hazelcast} backend finds its cluster, and how hard it tries to finish a fan-out
 * there.
 *
 * @param members {@code weft.hazelcast.members}: {@code host:port} of members to join as a client;
 *     empty for an embedded local cluster, unless {@code config} names one
 * @param config {@code weft.hazelcast.config}: a Hazelcast client YAML or XML file for everything
 *     else (cluster name, TLS, discovery); {@code ""} when not set
 * @param retries {@code weft.hazelcast.retries}: how many times the tasks of a member that left
 *     are sent to the remaining members before the call fails
 */
public record ClusterSettings(List<String> members, String config, int retries) {
    /** The system property of the members to join; {@code WEFT_HAZELCAST_MEMBERS} in the environment. */
    public static final String MEMBERS = "weft.hazelcast.members";
    /** The system property of the client configuration file; {@code WEFT_HAZELCAST_CONFIG} in the environment. */
    public static final String CONFIG = "weft.hazelcast.config";
    /** The system property of the retries; {@code WEFT_HAZELCAST_RETRIES} in the environment. */
    public static final String RETRIES = "weft.hazelcast.retries";
    /** Nothing configured: an embedded cluster, tasks of a lost member sent once more. */
    public static final ClusterSettings DEFAULTS = new ClusterSettings(List.of(), "", 1);

    private static final Pattern ADDRESS = Pattern.compile("[^\\s:,]+:\\d{1,5}");

    /** Checks every value as the configuration keys would. */
    public ClusterSettings {
        members = List.copyOf(members);
        Objects.requireNonNull(config, CONFIG);
        for (String member : members) {
            checkMember(MEMBERS, member);
        }
        checkRetries(RETRIES, retries);
    }

    /** Whether Weft starts a cluster of its own: neither members nor a configuration file given. */
    public boolean embedded() {
        return members.isEmpty() && config.isEmpty();
    }

    /**
     * Parses {@code host:port,host:port}.
     *
     * @param source how the user wrote the key, for the message
     */
    public static List<String> parseMembers(String source, String value) {
        List<String> members = Arrays.stream(value.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        members.forEach(member -> checkMember(source, member));
        return members;
    }

    private static void checkMember(String source, String member) {
        if (!ADDRESS.matcher(member).matches()) {
            throw new IllegalArgumentException(source + " has " + member
                    + ", which is not a member address; write host:port,host:port, such as 10.0.0.5:5701,10.0.0.6:5701");
        }
    }

    /**
     * {@code value} when it is a valid {@code weft.hazelcast.retries}: not negative.
     *
     * @param source how the user wrote the key, for the message
     */
    public static int checkRetries(String source, int value) {
        if (value < 0) {
            throw notRetries(source, String.valueOf(value));
        }
        return value;
    }

    static IllegalArgumentException notRetries(String source, String value) {
        return new IllegalArgumentException(source + "=" + value
                + " is not a number of retries; use 0 or more (default 1)");
    }
}
