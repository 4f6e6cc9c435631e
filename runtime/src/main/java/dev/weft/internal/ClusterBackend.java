package dev.weft.internal;

/**
 * A cluster that runs fan-outs under {@code weft.backend=hazelcast}: the service the runtime finds
 * through {@link java.util.ServiceLoader} when the {@code weft-hazelcast} module is on the class
 * path. The runtime itself knows nothing of the engine behind it.
 */
public interface ClusterBackend {
    /**
     * Joins the cluster {@code options} name, or starts an embedded one, the first time it is asked
     * for, and describes its members as they are now. Later calls with the same options reuse it.
     *
     * @throws RuntimeException when the cluster cannot be reached or started, saying why
     */
    ClusterView join(ClusterOptions options);

    /**
     * Runs every task of {@code work} on the members and hands each reply to
     * {@link ClusterWork#accept}. Returns when every task has returned; throws what the first
     * failing task threw, once the others have been cancelled, or an exception naming the tasks
     * and the member when a member was lost and retries ran out.
     */
    void run(ClusterWork work) throws Exception;
}
