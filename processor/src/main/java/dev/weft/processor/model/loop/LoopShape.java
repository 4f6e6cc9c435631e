package dev.weft.processor.model.loop;

/** How a parallel loop's iterations are counted. */
public sealed interface LoopShape permits CountedLoop, ElementLoop {}
