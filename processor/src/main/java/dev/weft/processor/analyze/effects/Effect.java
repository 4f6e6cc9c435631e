package dev.weft.processor.analyze.effects;

/**
 * One change a method may make.
 *
 * @param target what the change reaches, seen from the method
 * @param trail how the method makes it, down to the write: {@code changes `this.hits` (Calls.java:9)},
 *     or {@code calls `bump()` (Calls.java:12), which changes ...}
 */
public record Effect(Root target, String trail) {}
