package dev.weft.internal;

import java.util.List;
import java.util.Objects;

/**
 * A cluster as a {@link ClusterBackend} describes it for the plan.
 *
 * @param source how it was reached, {@code embedded cluster weft-4242-1 of 2 member JVMs on 127.0.0.1}
 * @param members its members now
 */
public record ClusterView(String source, List<Member> members) {
    /**
     * One member.
     *
     * @param address {@code host:port}
     * @param cores the cores it runs tasks on
     */
    public record Member(String address, int cores) {}

    /** Checks that nothing is missing. */
    public ClusterView {
        Objects.requireNonNull(source, "source");
        members = List.copyOf(members);
    }
}
