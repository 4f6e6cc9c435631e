package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.List;

/**
 * Loops over the edges of a graph that write the nodes the edges point to: nodes that two edges
 * share make the twin run the loop as written.
 */
final class GraphLoops {
    private GraphLoops() {}

    static final class Node {
        int inDegree;
        long weight;
    }

    static final class Edge {
        final Node from;
        final Node to;
        final int weight;

        Edge(Node from, Node to, int weight) {
            this.from = from;
            this.to = to;
            this.weight = weight;
        }
    }

    /** Counts, on each node, the edges that point to it and what they weigh. */
    static void countIncoming(List<Edge> edges) {
        for (@ParallelFor Edge e : edges) {
            e.to.inDegree++;
            e.to.weight += e.weight;
        }
    }

    /** Moves each edge's weight from the node it leaves to the node it points to. */
    static void moveWeights(Edge[] edges) {
        for (@ParallelFor Edge e : edges) {
            Node[] ends = {e.from, e.to};
            ends[0].weight -= e.weight;
            ends[1].weight += e.weight;
        }
    }

    /** Counts the edges into each node where there is an edge and a node: the twin's check reads no further than the body. */
    static void countPresent(Edge[] edges) {
        for (@ParallelFor Edge e : edges) {
            if (e != null && e.to != null) {
                e.to.inDegree++;
            }
        }
    }

    /** {@link #countIncoming} as a counted loop over an array: the twin's check walks the whole array. */
    static void countIncomingAt(Edge[] edges) {
        for (@ParallelFor int k = 0; k < edges.length; k++) {
            edges[k].to.inDegree++;
            edges[k].to.weight += edges[k].weight;
        }
    }

    /** The same through a local the body sets to the element, as counted loops are often written. */
    static void countIncomingThroughALocal(Edge[] edges) {
        for (@ParallelFor int k = 0; k < edges.length; k++) {
            Edge e = edges[k];
            Node target = e.to;
            target.inDegree++;
        }
    }
}
