package dev.weft.processor.model.loop;

/** A piece of a twin's body: the user's text as it is, or a loop that runs in parallel. */
public sealed interface TwinPart permits SourceText, ParallelLoop {}
