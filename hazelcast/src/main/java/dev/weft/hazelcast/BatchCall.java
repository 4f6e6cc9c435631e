package dev.weft.hazelcast;

import dev.weft.internal.ClusterWork;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * What crosses to a member: one batch of tasks as bytes, which the member reads with Weft's allow
 * list of the types the method declares. It is the only class of Weft's that a member's Hazelcast
 * deserializes itself (see {@link WeftHazelcast#configureMember}); the tasks, their inputs and
 * their results stay bytes until Weft's own filter has checked them.
 */
final class BatchCall implements Callable<byte[]>, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] request;

    BatchCall(byte[] request) {
        this.request = request;
    }

    @Override
    public byte[] call() throws Exception {
        return ClusterWork.runOnMember(request);
    }
}
