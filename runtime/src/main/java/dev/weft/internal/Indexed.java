package dev.weft.internal;

/** The body of a fan-out: run the task at an index of the inputs, storing its result if it has one. */
@FunctionalInterface
interface Indexed {
    void run(int index) throws Exception;
}
