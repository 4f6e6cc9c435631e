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
 * @param guardsInTwin for an array held in a field of an object ({@code a.data}) or a row at a
 *     constant index ({@code grid[0]}), what must hold for the twin to read it, as the twin writes
 *     it ({@code a != null}, {@code 0 < grid.length}), outermost first; empty otherwise
 */
public record SameArrayCheck(String written, String other, String writtenInTwin, String otherInTwin, boolean asObjects,
        boolean list, List<String> guardsInTwin) {
    public SameArrayCheck {
        guardsInTwin = List.copyOf(guardsInTwin);
    }
}
