package loop;

import dev.weft.ParallelFor;
import java.io.IOException;
import java.util.List;
import java.util.Vector;
import java.util.function.Consumer;

/**
 * Loop bodies that reach an outer array or object, or break a reduction, by ways the plain
 * rules do not see. Each error is expected on the line after its marker, at the first character
 * of that line's code unless the marker gives a column.
 */
class Aliases {
    static class Node {
        int size;
        int[] items = new int[4];
        Node next;
    }

    static class Holder {
        Node node;
    }

    static void declaredWithoutInitializer(int[] b, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int[] r;
            r = b;
            // error: writes `r[0]` through `r`, which refers to an array that every iteration can reach (`r` may be, or hold, `b`)
            r[0]++;
        }
    }

    static void reassignedAfterItsInitializer(int[] b, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int[] r = new int[1];
            r = b;
            // error: writes `r[0]` through `r`, which refers to an array that every iteration can reach (`r` may be, or hold, `b`)
            r[0]++;
        }
    }

    static void rowReassigned(int[][] g) {
        for (@ParallelFor int i = 0; i < g.length; i++) {
            int[] row = g[i];
            row = g[0];
            // error: writes `row[1]` through `row`, which refers to an array that every iteration can reach (`row` may be, or hold, `g[0]`)
            row[1]++;
        }
    }

    static void elementReassigned(Node[] nodes, Node shared) {
        for (@ParallelFor int i = 0; i < nodes.length; i++) {
            Node x = nodes[i];
            x = shared;
            // error: writes the field `x.size`, which every iteration can reach (`x` may be, or hold, `shared`)
            x.size++;
        }
    }

    static void switchExpression(int[] a, int[] b) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            int[] r = switch (i % 2) {
                case 0 -> b;
                default -> a;
            };
            // error: writes `r[0]` through `r`, which refers to an array that every iteration can reach (`r` may be, or hold, `b`)
            r[0]++;
        }
    }

    static void assignmentExpression(int[] b, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int[] r;
            int[] q = (r = b);
            // error: writes `q[0]` through `q`, which refers to an array that every iteration can reach (`q` may be, or hold, `b`)
            q[0]++;
        }
    }

    static void arrayInitializers(int[] b, Node shared, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int[][] rr = {b};
            // error: writes `rr[0][0]` through `rr`, which refers to an array that every iteration can reach (`rr` may be, or hold, `b`)
            rr[0][0]++;
            Node[] xs = {shared};
            // error: writes the field `xs[0].size`, which every iteration can reach (`xs` may be, or hold, `shared`)
            xs[0].size++;
        }
    }

    static void storedIntoAnObjectOfItsOwn(Node shared, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            Holder h = new Holder();
            h.node = shared;
            // error: writes the field `h.node.size`, which every iteration can reach (`h` may be, or hold, `shared`)
            h.node.size++;
            Holder mine = new Holder();
            mine.node = new Node();
            mine.node.size++;
        }
    }

    static void fieldOfALocalCopy(Node[] holders) {
        for (@ParallelFor int i = 0; i < holders.length; i++) {
            // error at 22: reads `holders[0]` and writes `holders[i]`: one iteration reads what another writes
            Node h = holders[0];
            // error: writes `h.items[0]` through `h`, which refers to an array that every iteration can reach (`h` may be, or hold, `holders[0]`)
            h.items[0]++;
            Node own = holders[i];
            own.items[0]++;
        }
    }

    static void builderThroughAWiderInterface(StringBuilder sb, int n) throws IOException {
        for (@ParallelFor int i = 0; i < n; i++) {
            Appendable ap = sb;
            // error: `ap.append('x')` changes `ap`, a java.lang.Appendable that every iteration can reach (`ap` may be, or hold, `sb`)
            ap.append('x');
        }
    }

    static void throughALambdasParameter(int[] b, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 38: writes `q[0]` through `q`, which refers to an array that every iteration can reach (`q` may be, or hold, `b`)
            Consumer<int[]> c = q -> q[0] = q[0] + 1;
            c.accept(b);
            Consumer<int[]> own = q -> q[0]++;
            own.accept(new int[1]);
        }
    }

    static void throughALambdaHandedOn(List<Node> nodes, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 32: writes `p.size` through `p`, and Weft cannot tell which object that is: `p` is a parameter of a lambda that code Weft does not see may call
            nodes.forEach(p -> p.size++);
        }
    }

    static void throughALocalClassParameter(Node[] nodes, Node shared) {
        for (@ParallelFor int i = 0; i < nodes.length; i++) {
            class L {
                void go(Node s) {
                    // error: writes the field `s.size`, which every iteration can reach (`s` may be, or hold, `shared`)
                    s.size++;
                }
            }
            new L().go(shared);
            new L().go(nodes[i]);
        }
    }

    static void innerLoopOverSharedElements(Node[] nodes, int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            for (Node each : nodes) {
                // error: writes the field `each.size`, which every iteration can reach (`each` may be, or hold, `nodes`)
                each.size++;
            }
        }
    }

    static void shadowedIndex(int[] a) {
        for (@ParallelFor int i = 0; i < a.length - 1; i++) {
            class R {
                int r(int i) {
                    // error at 28: reads `a[i]` and writes `a[i]`, but the index read here is not this iteration's
                    return a[i];
                }
            }
            a[i] = new R().r(i + 1) + 1;
        }
    }

    static void listReadAtAnotherIndex(List<Integer> xs) {
        for (@ParallelFor int i = 0; i < xs.size() - 1; i++) {
            // error at 23: reads `xs.get(i + 1)` and writes `xs.set(i, …)`: one iteration reads what another writes
            xs.set(i, xs.get(i + 1));
        }
    }

    static void reductionValueRead(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < out.length; i++) {
            // error at 31: uses the value of `k += in[i]`, and `k` is a reduction (+) of it
            out[i] = in[i] * (k += in[i]);
        }
    }

    static long narrowingReductions(int[] a, int[] h) {
        int t = 1000;
        int u = -100000;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `t *= 1.5` combines the floating-point value `1.5` into `t`, an integer
            t *= 1.5;
            // error: `u += 0.5` combines the floating-point value `0.5` into `u`, an integer
            u += 0.5;
            // error: `h[i % 4] -= 0.5` combines the floating-point value `0.5` into `h[i % 4]`, an integer
            h[i % 4] -= 0.5;
        }
        return t + u;
    }

    static void legacySynchronizedCollection(int[] a) {
        Vector<Integer> results = new Vector<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `results.addElement(a[i])` changes `results`, a java.util.Vector that every iteration can reach
            results.addElement(a[i]);
        }
    }

    static void stepsThatDoNotCount(int[] a) {
        // error at 52: The step of `i += 3_000_000_000L` does not fit in `i`, an int
        for (@ParallelFor int i = 0; i < a.length; i += 3_000_000_000L) {
            a[i] = 1;
        }
        // error at 52: Weft cannot analyse the update of this @ParallelFor loop
        for (@ParallelFor int i = 0; i < a.length; i += 1.5) {
            a[i] = 1;
        }
    }

    double[] cells = new double[8];

    double[] cells() {
        return cells;
    }

    static void outerLocalsThatAreAnotherArray(double[] a, boolean fresh, Aliases o, int n) {
        double[] c = a;
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            // error at 20: This @ParallelFor loop writes `c[i]`, and `c` may be the array `a` is (`c = a` (Aliases.java:229))
            c[i] = a[i + 1];
        }
        double[] d = fresh ? new double[n] : c;
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            // error at 20: `d` may be the array `a` is (`d = fresh ? new double[n] : c` (Aliases.java:234), `c = a` (Aliases.java:229))
            d[i] = a[i + 1];
        }
        double[] e = o.cells;
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            // error at 20: `e` may be the array `o.cells` is (`e = o.cells` (Aliases.java:239)): this use of `o.cells` may touch
            e[i] = o.cells[i + 1];
        }
        double[] f = o.cells();
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            // error at 20: `f` may be the array `o.cells` is (`f = o.cells()` (Aliases.java:244), a value Weft does not follow
            f[i] = o.cells[i + 1];
        }
        double[] copy = a.clone();
        double[] same = a;
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            copy[i] = a[i + 1];
        }
        for (@ParallelFor int i = 0; i < n - 1; i++) {
            same[i] = a[i] * 2 + a.length;
        }
    }

    /** What a container holds, got by key or index, is as shared as the container. */
    void changesWhatAContainerHolds(int[] a, java.util.Map<Integer, List<Integer>> groups,
            java.util.concurrent.ConcurrentMap<Integer, List<Integer>> concurrent, List<List<Integer>> rows) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            List<Integer> g = groups.get(a[i] % 3);
            // error at 13: `g.add(i)` changes `g`, a java.util.List that every iteration can reach (`g` may be, or hold, `groups.get(a[i] % 3)`)
            g.add(i);
        }
        for (@ParallelFor int i = 0; i < a.length; i++) {
            List<Integer> g = concurrent.computeIfAbsent(a[i] % 3, k -> new java.util.ArrayList<>());
            // error at 13: `g.add(i)` changes `g`, a java.util.List that every iteration can reach
            g.add(i);
        }
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: `groups.get(a[i] % 3).add(i)` changes `groups.get(a[i] % 3)`, a java.util.List that every iteration can reach
            groups.get(a[i] % 3).add(i);
        }
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: changes `concurrent.computeIfAbsent(a[i] % 3, k -> new java.util.ArrayList<>())`, a java.util.List that every iteration can reach
            concurrent.computeIfAbsent(a[i] % 3, k -> new java.util.ArrayList<>()).add(i);
        }
        for (@ParallelFor int i = 0; i < a.length; i++) {
            rows.get(i).add(a[i]); // its own row: the index separates the iterations, as an array's does
        }
    }

    /** What a container, a holder or a function is given is what may be reached through it. */
    void reachesWhatItIsGiven(int[] out, int[] res) {
        for (@ParallelFor int i = 0; i < res.length; i++) {
            List<int[]> held = new java.util.ArrayList<>();
            held.add(out);
            // error: This @ParallelFor loop writes `held.get(0)[0]` through `held.get(0)`, which refers to an array that every iteration can reach (`held.get(0)` may be, or hold, `out`)
            held.get(0)[0] = i;
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            java.util.Map<Integer, int[]> byKey = new java.util.HashMap<>();
            // error: writes `byKey.computeIfAbsent(i, k -> out)[0]` through `byKey.computeIfAbsent(i, k -> out)`, which refers to an array that every iteration can reach
            byKey.computeIfAbsent(i, k -> out)[0] = i;
            int[] again = byKey.get(i);
            // error: This @ParallelFor loop writes `again[1]` through `again`, which refers to an array that every iteration can reach (`again` may be, or hold, `out`)
            again[1] = i;
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            java.util.function.Supplier<int[]> supplier = () -> out;
            // error: This @ParallelFor loop writes `supplier.get()[0]` through `supplier.get()`, which refers to an array that every iteration can reach (`supplier.get()` may be, or hold, `out`)
            supplier.get()[0] = i;
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            java.util.function.IntFunction<int[]> pick = k -> {
                return out;
            };
            int[] picked = pick.apply(i);
            // error: This @ParallelFor loop writes `picked[0]` through `picked`, which refers to an array that every iteration can reach (`picked` may be, or hold, `out`)
            picked[0] = i;
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            int[] orElse = java.util.Optional.<int[]>empty().orElseGet(() -> out);
            // error: This @ParallelFor loop writes `orElse[0]` through `orElse`, which refers to an array that every iteration can reach (`orElse` may be, or hold, `out`)
            orElse[0] = i;
            int[] checked = java.util.Objects.requireNonNull(out);
            // error: This @ParallelFor loop writes `checked[0]` through `checked`, which refers to an array that every iteration can reach (`checked` may be, or hold, `out`)
            checked[0] = i;
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            List<int[]> mine = new java.util.ArrayList<>();
            mine.add(new int[] {i});
            mine.get(0)[0]++; // holds only what the iteration created
            int[] copy = java.util.Arrays.copyOf(out, 2);
            copy[0] = i;
            res[i] = mine.get(0)[0] + copy[0];
        }
    }

    /** A view or a copy holds what the original holds. */
    void reachesThroughViewsAndCopies(int[] out, int[][] grid, int[] res) {
        for (@ParallelFor int i = 0; i < res.length; i++) {
            List<int[]> held = new java.util.ArrayList<>();
            held.add(out);
            java.util.Iterator<int[]> it = held.iterator();
            // error: This @ParallelFor loop writes `it.next()[0]` through `it.next()`, which refers to an array that every iteration can reach
            it.next()[0] = i;
            java.util.Map<Integer, int[]> byKey = new java.util.HashMap<>();
            byKey.put(i, out);
            for (java.util.Map.Entry<Integer, int[]> entry : byKey.entrySet()) {
                // error: This @ParallelFor loop writes `entry.getValue()[0]` through `entry.getValue()`, which refers to an array that every iteration can reach
                entry.getValue()[0] = i;
            }
            res[i] = i;
        }
        for (@ParallelFor int i = 0; i < res.length; i++) {
            int[][] cloned = grid.clone();
            // error: This @ParallelFor loop writes `cloned[0][0]` through `cloned`, which refers to an array that every iteration can reach (`cloned` may be, or hold, `grid`)
            cloned[0][0] = i;
            int[][] copied = java.util.Arrays.copyOf(grid, 2);
            // error: This @ParallelFor loop writes `copied[1][0]` through `copied`, which refers to an array that every iteration can reach (`copied` may be, or hold, `grid`)
            copied[1][0] = i;
            cloned[1] = new int[] {i}; // the copy itself is the iteration's own
            res[i] = cloned[1][0];
        }
    }

    /** What the body stores into its element is what is reached through it. */
    void storesIntoItsElement(Node[] nodes, Node shared) {
        for (@ParallelFor Node node : nodes) {
            node.next = shared;
            // error: This @ParallelFor loop writes the field `node.next.size`, which every iteration can reach (`node` may be, or hold, `shared`)
            node.next.size++;
        }
        for (@ParallelFor int i = 0; i < nodes.length; i++) {
            nodes[i].next = shared;
            // error: This @ParallelFor loop writes the field `nodes[i].next.size`, which every iteration can reach
            nodes[i].next.size++;
        }
        for (@ParallelFor Node node : nodes) {
            node.next = new Node();
            // error: This @ParallelFor loop writes through `node.next`, a Node reached through the iteration's element
            node.next.size++; // Weft does not follow which node `next` holds at this point
        }
        for (@ParallelFor Node node : nodes) {
            // error at 25: This @ParallelFor loop reads `node.next.size` through `node.next`, a Node reached through the iteration's element, and writes `size` of its element
            node.size = node.next.size + 1;
        }
        for (@ParallelFor Node node : nodes) {
            node.size = node.next.items.length; // reads only what no iteration writes
        }
    }

    /** A stream collects into a new container, or the one its collector supplies, what flows through it. */
    void collectsWhatItIsGiven(List<int[]> rows, List<String> words, List<String> shared, int[] res) {
        for (@ParallelFor int i = 0; i < res.length; i++) {
            List<int[]> collected = rows.stream().collect(java.util.stream.Collectors.toList());
            // error: This @ParallelFor loop writes `collected.get(0)[0]` through `collected.get(0)`, which refers to an array that every iteration can reach
            collected.get(0)[0] = i;
            java.util.Collection<String> into = words.stream().collect(java.util.stream.Collectors.toCollection(() -> shared));
            // error: `into.add("z")` changes `into`, a java.util.Collection that every iteration can reach (`into` may be, or hold, `shared`)
            into.add("z");
            res[i] = collected.size() + into.size();
        }
    }

    /** A list that views an array, or another list, holds the same elements. */
    void writesThroughAView(Double[] values, List<Double> list) {
        List<Double> view = java.util.Arrays.asList(values);
        for (@ParallelFor int i = 0; i < values.length - 1; i++) {
            // error at 25: This @ParallelFor loop writes `view[i]`, and `view` may be the array `values` is (`view = java.util.Arrays.asList(values)`
            view.set(i, values[i + 1]);
        }
        List<Double> tail = list.subList(1, list.size());
        for (@ParallelFor int i = 0; i < tail.size(); i++) {
            // error at 25: This @ParallelFor loop writes `tail[i]`, and `tail` may be the array `list` is (`tail = list.subList(1, list.size())`
            tail.set(i, list.get(i) * 2);
        }
    }
}
