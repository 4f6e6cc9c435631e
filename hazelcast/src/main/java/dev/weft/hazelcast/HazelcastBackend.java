package dev.weft.hazelcast;

import com.hazelcast.cluster.Member;
import dev.weft.internal.ClusterBackend;
import dev.weft.internal.ClusterOptions;
import dev.weft.internal.ClusterView;
import dev.weft.internal.ClusterWork;

/**
 * The {@code hazelcast} backend, as the runtime finds it through {@link java.util.ServiceLoader}:
 * fan-outs run in batches on the members' executor service {@value WeftHazelcast#EXECUTOR}.
 */
public final class HazelcastBackend implements ClusterBackend {
    /** Called by {@link java.util.ServiceLoader}. */
    public HazelcastBackend() {}

    @Override
    public ClusterView join(ClusterOptions options) {
        Connections.Connection connection = Connections.forOptions(options);
        return new ClusterView(connection.source(), connection.instance().getCluster().getMembers().stream()
                .filter(member -> !member.isLiteMember())
                .map(member -> new ClusterView.Member(address(member), cores(member)))
                .toList());
    }

    @Override
    public void run(ClusterWork work) throws Exception {
        new Dispatch(Connections.forOptions(work.options()).instance(), work).run();
    }

    static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    /** What the member says of its cores; one for a member not started with {@link WeftHazelcast#configureMember}. */
    static int cores(Member member) {
        String cores = member.getAttribute(WeftHazelcast.CORES);
        try {
            return cores == null ? 1 : Math.max(1, Integer.parseInt(cores));
        } catch (NumberFormatException notWeft) {
            return 1;
        }
    }
}
