/**
 * Weft's runtime. Users read {@code dev.weft}: the annotations, {@code Weft.plan()},
 * {@code Weft.configure()} and the types they return. {@code dev.weft.internal} is exported for the
 * code Weft generates in the users' modules, and only for it: it is no API, and changes without
 * notice. The backends, the worker processes and the progress display stay inside.
 */
module dev.weft {
    requires java.management;
    requires jdk.management;

    exports dev.weft;
    exports dev.weft.internal;

    // The cluster backend, when weft-hazelcast is on the class or module path.
    uses dev.weft.internal.ClusterBackend;
}
