package loop;

import dev.weft.ParallelFor;

class Rejections {
    int count;
    private int secret;

    static int lastValue(int[] x) {
        int last = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            last = x[i];
        }
        return last;
    }

    static void reductionRead(int[] x, int[] y) {
        int sum = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            sum += x[i];
            y[i] = sum;
        }
    }

    void fieldWrite(int[] x) {
        for (@ParallelFor int i = 0; i < x.length; i++) {
            count = x[i];
        }
    }

    static void sameElement(int[] x, int[] out) {
        for (@ParallelFor int i = 0; i < x.length; i++) {
            out[0] = x[i];
        }
    }

    static void previous(int[] a, int[] x) {
        for (@ParallelFor int i = 1; i < a.length; i++) {
            a[i] = a[i - 1] + x[i];
        }
    }

    static void next(int[] a) {
        for (@ParallelFor int i = 0; i < a.length - 1; i++) {
            a[i] = a[i + 1];
        }
    }

    static void breaks(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                break;
            }
        }
    }

    static int returns(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    static void continuesOuter(int[][] a) {
        outer:
        for (int r = 0; r < a.length; r++) {
            for (@ParallelFor int i = 0; i < a[r].length; i++) {
                if (a[r][i] < 0) {
                    continue outer;
                }
            }
        }
    }

    static void writesLoopVariable(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            i += a[i];
        }
    }

    static void oddCondition(int[] a) {
        for (@ParallelFor int i = 0; i != a.length; i++) {
            a[i] = 1;
        }
    }

    static void oddStep(int[] a) {
        for (@ParallelFor int i = 1; i < a.length; i *= 2) {
            a[i] = 1;
        }
    }

    static void wrongDirection(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i--) {
            a[i] = 1;
        }
    }

    void usesPrivate(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = secret;
        }
    }

    static int varReduction(int[] a) {
        var total = a.length - a.length;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            total += a[i];
        }
        return total;
    }

    static int movingBound(int[] a) {
        int total = 1;
        for (@ParallelFor int i = 0; i < total; i++) {
            total += 1;
        }
        return total;
    }

    static int unknownSource() {
        int sum = 0;
        for (@ParallelFor int v : java.util.Arrays.copyOf(values(), 3)) {
            sum += v;
        }
        return sum;
    }

    static int[] values() {
        return new int[] {1, 2};
    }

    private static int twice(int v) {
        return 2 * v;
    }

    static void callsPrivate(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = twice(i);
        }
    }

    static void passesWrittenArray(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = java.util.Arrays.hashCode(a);
        }
    }

    static int mixedOperators(int[] a) {
        int acc = 1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            acc += a[i];
            acc *= 2;
        }
        return acc;
    }

    static final int SIZE = 8;

    static void constantChunk(int[] a) {
        for (@ParallelFor(chunk = SIZE) int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    Rejections(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    int[] thisArray;

    void readsFieldArray() {
        for (@ParallelFor int i = 1; i < thisArray.length; i++) {
            thisArray[i] = thisArray[i - 1];
        }
    }

    static void capturesVar(int[] a) {
        var offset = a.length / 2;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i + offset;
        }
    }

    @Override
    public String toString() {
        int[] a = new int[2];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return super.toString();
    }

    static void usesLocalRecord(int[] a) {
        record Pair(int left, int right) {}
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = new Pair(i, i).left();
        }
    }

    void readsThisArray() {
        for (@ParallelFor int i = 0; i < thisArray.length - 1; i++) {
            this.thisArray[i] = this.thisArray[i + 1];
        }
    }

    private static final class Hidden {
        static void fill(int[] a) {
            for (@ParallelFor int i = 0; i < a.length; i++) {
                a[i] = i;
            }
        }
    }

    static void privateThroughAParameter(Rejections other, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = other.secret;
        }
    }

    void privateThroughALocal(int[] a) {
        Rejections copy = this;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = copy.secret;
        }
    }

    Rejections next;
    static Rejections[] all;

    static Rejections find() {
        return null;
    }

    static void privateThroughOtherExpressions(Object o, Rejections[] others, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = ((Rejections) o).secret
                    + others[i].secret
                    + all[i].secret
                    + find().secret
                    + others[i].next.secret
                    + new Rejections(new int[0]).secret;
        }
    }

    static final class Node {
        private int weight;
        int size;

        private Node() {}

        Node(int size) {
            this.size = size;
        }
    }

    private static final class Cell {
        double value;
    }

    static Cell[] cells;

    static void privateThroughInferredTypes(boolean left, Node[] nodes, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            var copy = others(i);
            a[i] = copy.secret
                    + (left ? all[i] : null).secret
                    + nodes[i].weight
                    + new Node().size
                    + new Node(i).size
                    + (int) cells[i].value;
        }
    }

    static Rejections others(int i) {
        return all[i];
    }

    static void privateInTheSignature(Cell[] cells, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    static void strayAnnotation(int[] a) {
        @ParallelFor int x = 5;
        a[0] = x;
    }

    static void copiedThenChanged(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int k = i;
            k = k / 2;
            a[k] = i;
        }
    }

    synchronized void locked(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    static void privateThroughLambdasAndOtherClasses(java.util.List<Node> nodes, RejectionsHolder[] holders,
            int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int[] sum = {nodes.get(i).weight};
            nodes.forEach(node -> sum[0] += node.weight);
            RejectionsHolder holder = holders[i];
            a[i] = sum[0] + holder.node.weight + holders[i].node().weight + holder.node.size;
        }
    }

    static long varsOfUnsureType(int[] a, boolean wide, java.util.List<Integer> list) {
        var step = wide ? 2L : 1;
        var best = java.util.Collections.max(list);
        long total = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            total += step + best;
        }
        return total;
    }

    static void setAndAccumulate(int[] a, int[] out) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out[i] = a[i];
            out[a[i] & 3] += 1;
        }
    }

    static java.util.List<Integer> collectsIntoSharedContainers(int[] a, java.util.Map<Integer, Integer> counts,
            java.util.concurrent.ConcurrentMap<Integer, Integer> safe) {
        java.util.List<Integer> results = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            results.add(a[i]);
            counts.merge(a[i], 1, Integer::sum);
            text.append(a[i]);
            safe.merge(a[i], 1, Integer::sum);
            java.util.List<Integer> mine = new java.util.ArrayList<>();
            mine.add(i);
            results.set(i, a[i]);
        }
        return results;
    }

    static void writesThroughCopies(Node[] nodes, Node shared) {
        for (@ParallelFor int i = 0; i < nodes.length - 1; i++) {
            Node alias = shared;
            alias.size += 1;
            Rejections.all = null;
            find().count = i;
            Node mine = nodes[i];
            mine.size = nodes[i + 1].size;
        }
    }

    static void writesThroughArrayCopies(int[] out, int[][] grid) {
        for (@ParallelFor int i = 0; i < grid.length - 1; i++) {
            int[] alias = out;
            alias[0] += 1;
            int[] row = grid[i];
            row[0] = grid[i + 1][0];
        }
    }

    static long varFromAConditionalVar(boolean c, java.util.List<Integer> xs, java.util.List<Integer> ys, int[] a) {
        var pick = c ? xs : ys;
        var first = pick.get(0);
        long total = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            total += first;
        }
        return total;
    }

    java.util.List<Integer> kept = new java.util.ArrayList<>();

    void changesSharedContainersThroughChains(int[] a, java.util.List<Integer>[] buckets) {
        java.util.List<Integer> results = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            this.kept.add(a[i]);
            java.util.List<Integer> alias = results;
            alias.add(i);
            buckets[i].add(a[i]);
        }
    }
}

class RejectionsHolder {
    Rejections.Node node;

    Rejections.Node node() {
        return node;
    }
}
