package dev.weft.processor.model.loop;

import java.util.List;

/**
 * An object an iteration's element reaches, which the twin checks no other element reaches:
 * {@code e.to}, read only where what holds it is there.
 *
 * @param holders the expressions that lead to it, from the element on ({@code e}, {@code a[i]}), each
 *     checked not to be {@code null} before the next is read, as the body may reach the object only
 *     where they are not
 * @param object the expression of the object, from the element
 */
public record ReachedObject(List<String> holders, String object) {
    public ReachedObject {
        holders = List.copyOf(holders);
    }
}
