package dev.weft.internal;

import dev.weft.backend.Region;
import dev.weft.Backend;
import dev.weft.Cluster;
import dev.weft.ClusterSettings;
import dev.weft.Plan;
import dev.weft.Settings;
import java.util.ServiceLoader;

/**
 * Finds the {@link ClusterBackend} that the {@code weft-hazelcast} module provides, and the cluster
 * it runs on, for plans made under {@code weft.backend=hazelcast}.
 */
public final class Clusters {
    static final String MISSING = Settings.BACKEND + "=hazelcast needs the weft-hazelcast module, which is not on"
            + " the class path: add the dependency dev.weft:weft-hazelcast (it brings com.hazelcast:hazelcast),"
            + " or choose another backend";

    private Clusters() {}

    /** Looked up once: the class path does not change under a running JVM. */
    private static final class Found {
        static final ClusterBackend BACKEND = ServiceLoader.load(ClusterBackend.class, Clusters.class.getClassLoader())
                .findFirst().orElse(null);
    }

    /**
     * {@code plan} with the cluster its settings name, joined or started now if it was not before;
     * {@code plan} itself under any other backend. A cluster that cannot be reached is in the plan
     * as unavailable, with the reason, and the plan refuses fan-outs with that reason. Work nested
     * in a parallel task, on a member too, runs on the task's thread and joins nothing.
     */
    public static Plan joined(Plan plan) {
        if (plan.settings().backend() != Backend.HAZELCAST || Region.insideRegion()) {
            return plan;
        }
        if (Found.BACKEND == null) {
            return plan.withCluster(Cluster.unavailable(MISSING));
        }
        try {
            ClusterView view = Found.BACKEND.join(options(plan.settings()));
            return plan.withCluster(new Cluster(view.source(), view.members().stream()
                    .map(member -> new Cluster.Member(member.address(), Math.max(1, member.cores()))).toList(), null));
        } catch (RuntimeException unreachable) {
            return plan.withCluster(Cluster.unavailable(Settings.BACKEND + "=hazelcast cannot reach its cluster: "
                    + unreachable.getMessage()));
        }
    }

    /** The backend, found when the plan joined its cluster. */
    static ClusterBackend backend() {
        if (Found.BACKEND == null) {
            throw new UnsupportedOperationException(MISSING);
        }
        return Found.BACKEND;
    }

    static ClusterOptions options(Settings settings) {
        ClusterSettings cluster = settings.cluster();
        return new ClusterOptions(cluster.members(), cluster.config(), cluster.retries(), settings.processTimeout());
    }
}
