package loop;

import dev.weft.ParallelFor;

class Rejections {
    int count;
    private int secret;

    static int lastValue(int[] x) {
        int last = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            // error at 27: `last` is declared outside this @ParallelFor loop and assigned in it
            last = x[i] - last;
        }
        return last;
    }

    static void reductionRead(int[] x, int[] y) {
        int sum = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            sum += x[i];
            // error at 20: `sum` is a reduction (+) of this @ParallelFor loop and is also read in it
            y[i] = sum;
        }
    }

    void fieldWrite(int[] x) {
        for (@ParallelFor int i = 0; i < x.length; i++) {
            // error: This @ParallelFor loop writes the field `count`
            count = x[i];
        }
    }

    static void sameElement(int[] x, int[] out) {
        for (@ParallelFor int i = 0; i < x.length; i++) {
            // error: writes `out[0]` at an index that does not separate the iterations
            out[0] = x[i];
        }
    }

    static void previous(int[] a, int[] x) {
        for (@ParallelFor int i = 1; i < a.length; i++) {
            // error at 20: reads `a[i - 1]` and writes `a[i]`: one iteration reads what another writes
            a[i] = a[i - 1] + x[i];
        }
    }

    static void next(int[] a) {
        for (@ParallelFor int i = 0; i < a.length - 1; i++) {
            // error at 20: reads `a[i + 1]` and writes `a[i]`: one iteration reads what another writes
            a[i] = a[i + 1];
        }
    }

    static void breaks(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                // error: `break` leaves the @ParallelFor loop
                break;
            }
        }
    }

    static int returns(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                // error: `return` inside the @ParallelFor loop
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
                    // error: `continue outer` continues a loop around the @ParallelFor loop
                    continue outer;
                }
            }
        }
    }

    static void writesLoopVariable(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: The @ParallelFor loop variable `i` is assigned in the loop body
            i += a[i];
        }
    }

    static void oddCondition(int[] a) {
        // error at 38: Weft cannot count the iterations of this @ParallelFor loop from its condition
        for (@ParallelFor int i = 0; i != a.length; i++) {
            a[i] = 1;
        }
    }

    static void oddStep(int[] a) {
        // error at 52: Weft cannot analyse the update of this @ParallelFor loop
        for (@ParallelFor int i = 1; i < a.length; i *= 2) {
            a[i] = 1;
        }
    }

    static void wrongDirection(int[] a) {
        // error at 38: go in opposite directions
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
            // error: The reduction variable `total` is declared with `var` and an initializer whose type declarations do not show
            total += a[i];
        }
        return total;
    }

    static int movingBound(int[] a) {
        int total = 1;
        // error at 42: The bound of this @ParallelFor loop uses `total`, which the loop body changes
        for (@ParallelFor int i = 0; i < total; i++) {
            total += 1;
        }
        return total;
    }

    static int unknownSource() {
        int sum = 0;
        // error at 35: Weft cannot see whether `java.util.Arrays.copyOf(values(), 3)` is an array or a collection
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
            // error at 46: also uses the whole array `a` here
            a[i] = java.util.Arrays.hashCode(a);
        }
    }

    static int mixedOperators(int[] a) {
        int acc = 1;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            acc += a[i];
            // error: `acc` is accumulated with + and with * in this @ParallelFor loop
            acc *= 2;
        }
        return acc;
    }

    static final int SIZE = 8;

    static void shiftedChunk(int[] a) {
        // error at 35: Weft reads `chunk` from the source before javac evaluates it, and there it can compute integer literals, constants of the class
        for (@ParallelFor(chunk = SIZE << 1) int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    Rejections(int[] a) {
        // error: Weft runs @ParallelFor loops in methods only, not in constructors
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    int[] thisArray;

    void readsFieldArray() {
        for (@ParallelFor int i = 1; i < thisArray.length; i++) {
            // error at 28: reads `thisArray[i - 1]` and writes `thisArray[i]`
            thisArray[i] = thisArray[i - 1];
        }
    }

    static void capturesVar(int[] a) {
        var offset = a.length / 2;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: `offset` has no written type (it is declared with `var`
            a[i] = i + offset;
        }
    }

    @Override
    public String toString() {
        int[] a = new int[2];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        // error at 16: `super` cannot be used in a method with @ParallelFor loops
        return super.toString();
    }

    static void usesLocalRecord(int[] a) {
        record Pair(int left, int right) {}
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: The local class `Pair` is declared outside this @ParallelFor loop
            a[i] = new Pair(i, i).left();
        }
    }

    void readsThisArray() {
        for (@ParallelFor int i = 0; i < thisArray.length - 1; i++) {
            // error at 33: reads `this.thisArray[i + 1]` and writes `thisArray[i]`
            this.thisArray[i] = this.thisArray[i + 1];
        }
    }

    private static final class Hidden {
        static void fill(int[] a) {
            // error: The class Hidden is private, so the generated companion cannot name it
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
        return all[0];
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
                    // error at 29: `cells[i].value` uses a member of Cell, a private class, so the generated RejectionsParallel cannot use it in the twin of privateThroughInferredTypes(). Make Cell package-private
                    + (int) cells[i].value;
        }
    }

    static Rejections others(int i) {
        return all[i];
    }

    // error at 39: The signature of privateInTheSignature() names Cell, a private class, so the generated companion cannot declare its twin. Make Cell package-private
    static void privateInTheSignature(Cell[] cells, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    static void strayAnnotation(int[] a) {
        // error: @ParallelFor marks the variable of a `for` loop whose iterations may run in parallel, and `x` is not one
        @ParallelFor int x = 5;
        a[0] = x;
    }

    static void copiedThenChanged(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int k = i;
            k = k / 2;
            // error: This @ParallelFor loop writes `a[k]` at an index that does not separate the iterations
            a[k] = i;
        }
    }

    // error at 23: Weft does not make a parallel twin of a synchronized method
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
            // error at 22: `step` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            // error at 29: `best` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            total += step + best;
        }
        return total;
    }

    static void setAndAccumulate(int[] a, int[] out) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: This @ParallelFor loop sets `out[i]` and also accumulates into `out` at other indices
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
            // error: `counts.merge(a[i], 1, Integer::sum)` changes `counts`, a java.util.Map that every iteration can reach
            counts.merge(a[i], 1, Integer::sum);
            text.append(a[i]); // a collection reduction
            safe.merge(a[i], 1, Integer::sum);
            java.util.List<Integer> mine = new java.util.ArrayList<>();
            mine.add(i);
            // error: `results.set(i, a[i])` changes `results` other than by accumulating into it, and the loop accumulates into `results`
            results.set(i, a[i]);
        }
        return results;
    }

    static void writesThroughCopies(Node[] nodes, Node shared) {
        for (@ParallelFor int i = 0; i < nodes.length - 1; i++) {
            Node alias = shared;
            // error: This @ParallelFor loop writes the field `alias.size`, which every iteration can reach
            alias.size += 1;
            // error: This @ParallelFor loop writes the field `Rejections.all`, which every iteration can reach
            Rejections.all = null;
            // error: This @ParallelFor loop writes the field `find().count`, which every iteration can reach: iterations running at the same time would race on it
            find().count = i;
            Node mine = nodes[i];
            // error at 25: This @ParallelFor loop reads `nodes[i + 1].size` of `nodes[i + 1]`, a Node every iteration can reach, and writes `size` of its element
            mine.size = nodes[i + 1].size;
        }
    }

    static void writesThroughArrayCopies(int[] out, int[][] grid) {
        for (@ParallelFor int i = 0; i < grid.length - 1; i++) {
            int[] alias = out;
            // error: This @ParallelFor loop writes `alias[0]` through `alias`, which refers to an array that every iteration can reach
            alias[0] += 1;
            int[] row = grid[i];
            // error at 22: This @ParallelFor loop reads `grid[i + 1]` and writes `grid[i]`
            row[0] = grid[i + 1][0];
        }
    }

    static long varFromAConditionalVar(boolean c, java.util.List<Integer> xs, java.util.List<Integer> ys, int[] a) {
        var pick = c ? xs : ys;
        var first = pick.get(0);
        long total = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 22: `first` has no written type (it is declared with `var`, or is an implicitly typed lambda parameter), its declaration does not show one Weft can write
            total += first;
        }
        return total;
    }

    java.util.List<Integer> kept = new java.util.ArrayList<>();

    void changesSharedContainersThroughChains(int[] a, java.util.List<Integer>[] buckets) {
        java.util.List<Integer> results = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `this.kept.add(a[i])` changes `this.kept`, a java.util.List that every iteration can reach
            this.kept.add(a[i]);
            java.util.List<Integer> alias = results;
            // error: `alias.add(i)` changes `alias`, a java.util.List that every iteration can reach
            alias.add(i);
            buckets[i].add(a[i]);
        }
    }

    static String addedAtBothEnds(String[] words) {
        String text = "";
        for (@ParallelFor int i = 0; i < words.length; i++) {
            text = words[i] + text;
            // error: `text` is accumulated with + before and with + in this @ParallelFor loop
            text += ";";
        }
        return text;
    }

    static String builtAtBothEnds(String[] words) {
        StringBuilder text = new StringBuilder();
        for (@ParallelFor int i = 0; i < words.length; i++) {
            text.insert(0, words[i]);
            // error: `text.append(';')` accumulates into `text` otherwise than `text.insert(0, words[i])` does
            text.append(';');
        }
        return text.toString();
    }
}

class RejectionsHolder {
    Rejections.Node node;

    Rejections.Node node() {
        return node;
    }
}
