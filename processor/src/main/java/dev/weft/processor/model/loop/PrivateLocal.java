package dev.weft.processor.model.loop;

import com.palantir.javapoet.TypeName;

/**
 * An outer local that every iteration assigns before it reads it: each chunk keeps a copy of its
 * own, as OpenMP's {@code private} clause would.
 *
 * @param kept whether the method reads it after the loop, where it must hold what the last
 *     iteration left, as OpenMP's {@code lastprivate}
 * @param array whether it is an array every iteration fills before it reads it: each chunk fills a
 *     new one of the same length
 * @param assignedFlag for a kept local that some iterations leave unassigned, the chunk's boolean
 *     that its assignments set, so that the twin takes the value of the last chunk that assigned it,
 *     as OpenMP's {@code lastprivate(conditional:)}; {@code null} where every iteration assigns it
 * @param created for a builder or container that every iteration empties before it uses it, how
 *     each chunk makes its own, as the method writes it ({@code new StringBuilder()}); {@code null}
 *     for any other local
 */
public record PrivateLocal(String name, TypeName type, boolean kept, boolean array, String assignedFlag,
        String created) {
    /** What a private array holds, {@code double} for {@code double[]}: one dimension of a primitive type. */
    public String elementType() {
        String text = type.toString();
        return text.substring(0, text.length() - "[]".length());
    }

    /** What the chunk's copy starts from, never read: Java wants it assigned all the same. */
    public String initial() {
        return switch (type.toString()) {
            case "boolean" -> "false";
            case "byte", "short", "char", "int", "long", "float", "double" -> "0";
            default -> "null";
        };
    }
}
