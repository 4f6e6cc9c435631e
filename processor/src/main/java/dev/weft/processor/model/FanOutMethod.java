package dev.weft.processor.model;

/** One accepted {@code @Parallelizable} method, as the generator needs it. */
public record FanOutMethod(String name) {}
