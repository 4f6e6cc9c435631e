package dev.weft.processor.model;

/** One method with accepted {@code @ParallelFor} loops, as the generator needs it. */
public record LoopTwin(String name) {}
