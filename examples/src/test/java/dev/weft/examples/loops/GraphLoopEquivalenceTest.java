package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.loops.GraphLoops.Edge;
import dev.weft.examples.loops.GraphLoops.Node;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edges that write the nodes they point to: where every edge has nodes of its own the twin runs in
 * parallel, and where edges share nodes it runs as written; either way each node ends as the
 * original leaves it, on every one of 20 runs.
 */
class GraphLoopEquivalenceTest {
    private static final int RUNS = 20;

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    /** {@code size} edges between nodes of {@code nodes}: each its own pair where there are enough nodes. */
    private record Graph(Node[] nodes, Edge[] edges) {
        static Graph of(int size, int nodes) {
            SplittableRandom random = new SplittableRandom(size * 31L + nodes);
            Node[] all = new Node[nodes];
            Arrays.setAll(all, k -> new Node());
            Edge[] edges = new Edge[size];
            boolean own = nodes >= 2 * size;
            for (int k = 0; k < size; k++) {
                edges[k] = own ? new Edge(all[2 * k], all[2 * k + 1], random.nextInt(1, 100))
                        : new Edge(all[random.nextInt(nodes)], all[random.nextInt(nodes)], random.nextInt(1, 100));
            }
            return new Graph(all, edges);
        }

        /** The same graph with nodes of its own. */
        Graph copy() {
            Map<Node, Node> fresh = new IdentityHashMap<>();
            Arrays.stream(nodes).forEach(node -> fresh.put(node, new Node()));
            Edge[] copied = Arrays.stream(edges).map(e -> e == null ? null : new Edge(fresh.get(e.from), fresh.get(e.to), e.weight))
                    .toArray(Edge[]::new);
            return new Graph(Arrays.stream(nodes).map(fresh::get).toArray(Node[]::new), copied);
        }

        String state() {
            StringBuilder out = new StringBuilder();
            for (Node node : nodes) {
                out.append(node.inDegree).append('/').append(node.weight).append(' ');
            }
            return out.toString();
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void edgesWithNodesOfTheirOwn(int size) {
        assertTwinLeavesTheNodesAsTheOriginal(size, 2 * size);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void edgesSharingAFewNodes(int size) {
        assertTwinLeavesTheNodesAsTheOriginal(size, 3);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void missingEdgesAndNodesAreSkippedAsTheBodySkipsThem(int size) {
        Graph original = Graph.of(size, 3);
        for (int k = 0; k < size; k += 3) {
            original.edges()[k] = k % 2 == 0 ? null : new Edge(original.nodes()[0], null, 1);
        }
        Graph twin = original.copy();
        GraphLoops.countPresent(original.edges());
        GraphLoopsParallel.countPresent(twin.edges());
        assertThat(twin.state()).isEqualTo(original.state());
    }

    private static void assertTwinLeavesTheNodesAsTheOriginal(int size, int nodes) {
        Graph original = Graph.of(size, nodes);
        for (int run = 0; run < RUNS; run++) {
            Graph twin = original.copy();
            Graph expected = original.copy();
            GraphLoops.countIncoming(Arrays.asList(expected.edges()));
            GraphLoops.moveWeights(expected.edges());
            GraphLoopsParallel.countIncoming(Arrays.asList(twin.edges()));
            GraphLoopsParallel.moveWeights(twin.edges());
            GraphLoops.countIncomingAt(expected.edges());
            GraphLoopsParallel.countIncomingAt(twin.edges());
            GraphLoops.countIncomingThroughALocal(expected.edges());
            GraphLoopsParallel.countIncomingThroughALocal(twin.edges());
            assertThat(twin.state()).isEqualTo(expected.state());
        }
    }
}
