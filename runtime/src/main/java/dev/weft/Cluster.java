package dev.weft;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Hazelcast cluster that fan-outs run on under {@code weft.backend=hazelcast}, as the plan
 * shows it: where it comes from and its members with their cores, or why there is none.
 *
 * @param source how Weft reached it, {@code embedded cluster weft-4242-1 of 2 member JVMs on 127.0.0.1}
 * @param members the members tasks may be sent to; empty when the cluster is unavailable
 * @param unavailable why fan-outs cannot run there, {@code null} when they can
 */
public record Cluster(String source, List<Member> members, String unavailable) {
    /** The cluster before anyone asked for it: plans computed without joining one. */
    public static final Cluster NOT_JOINED = new Cluster("not joined yet: joined at the first fan-out", List.of(), null);

    /**
     * One member.
     *
     * @param address {@code host:port}
     * @param cores the cores it runs tasks on, as its JVM sees them
     */
    public record Member(String address, int cores) {
        /** Checks that the member has an address and at least one core. */
        public Member {
            Objects.requireNonNull(address, "address");
            if (cores < 1) {
                throw new IllegalArgumentException("cores must be at least 1: " + cores);
            }
        }

        @Override
        public String toString() {
            return address + " (" + cores + (cores == 1 ? " core)" : " cores)");
        }
    }

    /** Checks that nothing is missing. */
    public Cluster {
        Objects.requireNonNull(source, "source");
        members = List.copyOf(members);
    }

    /** A cluster that cannot serve fan-outs, with the reason, which names what to do. */
    public static Cluster unavailable(String why) {
        return new Cluster("unavailable", List.of(), why);
    }

    /** The cores of all members together: how many tasks run at once. */
    public int cores() {
        return members.stream().mapToInt(Member::cores).sum();
    }

    /** {@code 2 members, 4 cores in all: 127.0.0.1:5701 (2 cores), 127.0.0.1:5702 (2 cores)} */
    public String summary() {
        return members.size() + (members.size() == 1 ? " member, " : " members, ") + cores() + " cores in all: "
                + members.stream().map(Member::toString).collect(Collectors.joining(", "));
    }
}
