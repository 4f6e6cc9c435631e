package dev.weft.processor.model.loop;

import java.util.List;

/**
 * Two arrays or lists the method is handed, or holds in locals or fields, that the analysis took to be distinct while
 * the loop writes one and uses the other at other elements: when they are one array the twin runs
 * the loop as written, which gives what the original gives.
 *
 * @param written the array the loop writes, as the method names it
 * @param other the other array, as the method names it
 * @param writtenInTwin the array the loop writes, as the twin reads it
 * @param otherInTwin the other array, as the twin reads it
 * @param asObjects whether they are declared with different types, so that the twin compares them as objects
 * @param list whether either is a list, which may view the other's elements without being it
 * @param heldThroughInTwin for an array held in a field of an object ({@code a.data}), the objects
 *     it is reached through as the twin reads them, outermost first, which it compares only where
 *     none is null; empty otherwise
 */
public record SameArrayCheck(String written, String other, String writtenInTwin, String otherInTwin, boolean asObjects,
        boolean list, List<String> heldThroughInTwin) {
    public SameArrayCheck {
        heldThroughInTwin = List.copyOf(heldThroughInTwin);
    }
}
