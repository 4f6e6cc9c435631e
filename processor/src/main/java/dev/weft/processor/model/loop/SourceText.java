package dev.weft.processor.model.loop;

/** The user's source text, carried over with only the names rewritten that must be. */
public record SourceText(String text) implements TwinPart {}
