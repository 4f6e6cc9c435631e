package loop;

import dev.weft.ParallelFor;
import java.util.Arrays;
import java.util.List;

/** Loops that read, in the body, a field they write of their elements, of an object that may be another iteration's element. */
public class ElementReads {
    static class Node {
        double value;
        double weight;

        void spread(Node[] nodes) {
            for (@ParallelFor Node n : nodes) {
                // error at 27: This @ParallelFor loop reads `value`, a field of `this`, a Node, and writes `value` of its element: `this` may be one of the elements, which another iteration writes (a loop-carried dependence). Read the field into a local before the loop, or keep this loop sequential
                n.value = value + n.weight;
            }
        }

        void spreadThroughThis(Node[] nodes) {
            for (@ParallelFor Node n : nodes) {
                // error at 38: This @ParallelFor loop reads `this.value`, a field of `this`, a Node
                n.value = n.weight * this.value;
            }
        }

        void weigh(Node[] nodes) {
            double scale = value;
            for (@ParallelFor Node n : nodes) {
                n.weight = n.value * scale;
            }
        }
    }

    static void sumsThroughAStream(Node[] nodes) {
        for (@ParallelFor Node n : nodes) {
            // error at 61: This @ParallelFor loop reads `o.value` of `o`, an object whose class Weft cannot tell, which every iteration can reach, and writes `value` of its element
            n.value = Arrays.stream(nodes).mapToDouble(o -> o.value).sum();
        }
    }

    static <T extends Node> void readsAnotherOfATypeVariable(T[] nodes, T first) {
        for (@ParallelFor T n : nodes) {
            // error at 23: This @ParallelFor loop reads `first.value` of `first`, a Node every iteration can reach, and writes `value` of its element
            n.value = first.value + 1;
        }
    }

    static void readsThroughACast(List<Node> nodes) {
        for (@ParallelFor Node n : nodes) {
            Object head = nodes.get(0);
            // error at 23: This @ParallelFor loop reads `((Node) head).value` of `(Node) head`, a Node every iteration can reach
            n.value = ((Node) head).value;
        }
    }
}
