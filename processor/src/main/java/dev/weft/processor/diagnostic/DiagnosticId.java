package dev.weft.processor.diagnostic;

/**
 * The IDs of Weft's diagnostics, each shown in brackets at the start of its message. The catalogue
 * in docs/loops.md gives each its meaning and fix, and a test keeps the two in step. Only
 * warnings can be silenced, by {@code @SuppressWarnings("weft:<id>")}.
 */
public enum DiagnosticId {
    /** A call whose callee changes what the iterations, or the parallel calls, share. */
    CALL_EFFECT("call-effect"),
    /** Calls Weft cannot see into, trusted to change nothing shared. */
    UNSEEN_CALL("unseen-call"),
    /** A write of a variable, field or array that every iteration reaches. */
    SHARED_WRITE("shared-write"),
    /** Writes of one array at indices that do not keep the iterations apart. */
    OVERLAPPING_WRITE("overlapping-write"),
    /** A read of what another iteration writes. */
    LOOP_CARRIED("loop-carried"),
    /** A write through an object Weft cannot follow to where it comes from. */
    UNKNOWN_OBJECT("unknown-object"),
    /** A change of a collection, map or builder that every iteration reaches. */
    SHARED_COLLECTION("shared-collection"),
    /** An accumulation that is no reduction Weft can split into partials. */
    REDUCTION("reduction"),
    /** A loop header Weft cannot count, or a loop variable or bound the body changes. */
    LOOP_SHAPE("loop-shape"),
    /** A jump out of the loop's body. */
    JUMP("jump"),
    /** An attribute of {@code @ParallelFor} Weft cannot read from the source. */
    LOOP_OPTIONS("loop-options"),
    /** A {@code @ParallelFor} loop where no twin can be made: outside a method, or in a synchronized one. */
    LOOP_PLACEMENT("loop-placement"),
    /** {@code @ParallelFor} on a variable that is not a loop's. */
    MISPLACED_ANNOTATION("misplaced-annotation"),
    /** What the generated companion cannot reach: private or protected members and classes, enclosing instances. */
    OUT_OF_REACH("out-of-reach"),
    /** A type the generated code needs that the source does not show. */
    UNTYPED("untyped"),
    /** A {@code @Parallelizable} method whose declaration gives nothing to fan out, or clashes with another's. */
    FAN_OUT_SIGNATURE("fan-out-signature"),
    /** A {@code @Parallelizable} method that writes a field its parallel calls share. */
    IMPURE("impure"),
    /** A value a worker process would be sent that may not serialize. */
    PROCESS_CROSSING("process-crossing"),
    /** A name nothing declares yet, in a method with a twin. */
    UNDECLARED_NAME("undeclared-name"),
    /** A class Weft was never shown, whose companion is missing. */
    NOT_RUN("not-run"),
    /** The build Weft runs in: the compiler, a processor option, the companion's file. */
    SETUP("setup"),
    /** A note of what Weft did with a loop or method, printed only with {@code -Aweft.remarks=true}. */
    REMARK("remark"),
    /** A failure of Weft itself. */
    INTERNAL("internal");

    private final String id;

    DiagnosticId(String id) {
        this.id = id;
    }

    /** The ID as the docs spell it, and {@code @SuppressWarnings} takes it: {@code weft:call-effect}. */
    public String suppression() {
        return "weft:" + id;
    }

    /** {@code message}, starting with the ID in brackets. */
    public String tagged(String message) {
        return "[" + suppression() + "] " + message;
    }
}
