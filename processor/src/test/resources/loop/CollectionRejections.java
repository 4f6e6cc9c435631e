package loop;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

class CollectionRejections {
    private final List<String> names = new ArrayList<>();

    static List<Integer> make() {
        return new ArrayList<>();
    }

    static void fill(List<Integer> out) {}

    static Set<Integer> distinct(int[] a) {
        Set<Integer> seen = new HashSet<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 18: `seen.contains(a[i])` reads `seen`, and the loop accumulates into `seen`
            if (!seen.contains(a[i])) {
                seen.add(a[i]);
            }
        }
        return seen;
    }

    static List<Integer> sized(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 28: `out.size()` reads `out`, and the loop accumulates into `out`
            out.add(a[i] + out.size());
        }
        return out;
    }

    static int iterated(int[] a) {
        List<Integer> out = new ArrayList<>();
        int total = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i]);
            // error at 26: `out` is read here, or passed where a call may read or change it
            for (int v : out) {
                total += v;
            }
        }
        return total;
    }

    static List<Integer> changed(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i]);
            // error at 13: `out.remove(Integer.valueOf(a[i] - 1))` changes `out` other than by accumulating into it
            out.remove(Integer.valueOf(a[i] - 1));
            // error at 13: `out.add(0, a[i])` changes `out` other than by accumulating into it
            out.add(0, a[i]);
            // error at 13: `out.set(0, a[i])` changes `out` other than by accumulating into it
            out.set(0, a[i]);
            // error at 13: `out.clear()` changes `out` other than by accumulating into it
            out.clear();
        }
        return out;
    }

    static List<Integer> passed(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i]);
            // error at 18: `out` is read here, or passed where a call may read or change it
            fill(out);
        }
        return out;
    }

    void field(String[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: changes `this.names`, a java.util.List that every iteration can reach
            this.names.add(a[i]);
        }
    }

    static Map<Integer, Integer> notAssociative(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 39: with `(x, y) -> x - y`, which Weft does not know to be associative
            counts.merge(a[i] % 7, 1, (x, y) -> x - y);
        }
        return counts;
    }

    static Map<Integer, Integer> mixed(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            counts.merge(a[i] % 7, 1, Integer::sum);
            // error at 13: `counts.put(a[i], i)` accumulates into `counts` otherwise than `counts.merge(a[i] % 7, 1, Integer::sum)` does
            counts.put(a[i], i);
        }
        return counts;
    }

    static List<Integer> madeElsewhere(int[] a) {
        List<Integer> out = make();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: but `out` is not created where it is declared as a class Weft knows
            out.add(a[i]);
        }
        return out;
    }

    static int added(int[] a) {
        Set<Integer> seen = new HashSet<>();
        int fresh = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 17: `seen.add(a[i])` changes `seen`, a java.util.Set that every iteration can reach
            if (seen.add(a[i])) {
                fresh++;
            }
        }
        return fresh;
    }

    static List<Integer> inLambda(List<List<Integer>> lists) {
        List<Integer> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < lists.size(); i++) {
            out.add(i);
            // error at 39: `out` is used in a lambda or a class of the body
            lists.get(i).forEach(v -> out.add(v));
        }
        return out;
    }

    static Map<Integer, Set<Integer>> hashGroups(int[] a) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: groups into `groups` other than Weft can split into partials
            groups.computeIfAbsent(a[i] % 7, key -> new HashSet<>()).add(a[i]);
        }
        return groups;
    }

    private List<Integer> seen;
    private static List<Integer> holder;
    private static final List<List<Integer>> ROUNDS = new ArrayList<>();

    List<Integer> aliasedByField(int[] a) {
        List<Integer> out = new ArrayList<>();
        // error at 9: `seen = out` hands `out` on before the loop, which accumulates into it
        seen = out;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] + seen.size());
        }
        return out;
    }

    static List<Integer> aliasedThroughACall(int[] a) {
        List<Integer> out = new ArrayList<>();
        // error at 9: `keep(out)` hands `out` on before the loop
        keep(out);
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] + holder.size());
        }
        return out;
    }

    static void keep(List<Integer> list) {
        holder = list;
    }

    static List<Integer> aliasedByLocal(int[] a) {
        List<Integer> out = new ArrayList<>();
        out.add(-1);
        // error at 23: `List<Integer> alias = out;` hands `out` on before the loop
        List<Integer> alias = out;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] + alias.size());
        }
        return out;
    }

    static List<Integer> viewed(int[] a) {
        List<Integer> out = new ArrayList<>();
        // error at 30: `out.subList(0, 0)` hands `out` on before the loop
        List<Integer> view = out.subList(0, 0);
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i]);
        }
        return view;
    }

    static StringBuilder chained(int[] a) {
        StringBuilder out = new StringBuilder();
        // error at 30: `out.append('[')` hands `out` on before the loop
        StringBuilder same = out.append('[');
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.append(a[i] + same.length());
        }
        return out;
    }

    static List<Integer> captured(int[] a) {
        List<Integer> out = new ArrayList<>();
        // error at 47: `() -> out.size()` hands `out` on before the loop
        java.util.function.IntSupplier size = () -> out.size();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] + size.getAsInt());
        }
        return out;
    }

    static List<Integer> handedOnInARepeatedRound(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (@ParallelFor int i = 0; i < a.length; i++) {
                out.add(a[i] + (ROUNDS.isEmpty() ? 0 : ROUNDS.get(0).size()));
            }
            // error at 13: `ROUNDS.add(out)` hands `out` on before the loop
            ROUNDS.add(out);
        }
        return out;
    }

    /** A key that depends on when it is computed: computed twice, it may differ. */
    static int key(int value) {
        return Math.floorMod(value + (int) System.nanoTime(), 7);
    }

    static Map<Integer, Integer> countedByACall(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: `counts.put(key(a[i]), counts.getOrDefault(key(a[i]), 0) + 1)` counts into `counts`, which Weft runs as a merge with the sum only where the key only reads
            counts.put(key(a[i]), counts.getOrDefault(key(a[i]), 0) + 1);
        }
        return counts;
    }

    static List<Integer> returnedByALambda(int[] a) {
        List<Integer> out = new ArrayList<>();
        // error at 62: hands `out` on before the loop, which accumulates into it (`out.add(a[i] + current.get().size())`)
        java.util.function.Supplier<List<Integer>> current = () -> {
            return out;
        };
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] + current.get().size());
        }
        return out;
    }

    static Map<Integer, List<Integer>> groupHolderNamedAsAnotherLocal(int[] a, List<Integer> shared) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                List<Integer> g = groups.computeIfAbsent(a[i] % 3, k -> new ArrayList<>());
                g.add(i);
            } else {
                List<Integer> g = shared;
                // error at 17: `g.add(i)` changes `g`, a java.util.List that every iteration can reach
                g.add(i);
            }
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupedByGetAndPutUnderAKeyThatCalls(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 42: `groups.get(key(a[i]))` ... `groups.put(key(a[i]), g)` groups into `groups`, which Weft runs as a grouping only where the key only reads
            List<Integer> g = groups.get(key(a[i]));
            if (g == null) {
                g = new ArrayList<>();
                groups.put(key(a[i]), g);
            }
            g.add(i);
        }
        return groups;
    }

    static Map<Integer, Set<Integer>> groupedByGetAndPutIntoHashSets(int[] a) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            Set<Integer> g = groups.get(a[i] % 3);
            if (g == null) {
                // error at 21: groups into `groups`, and Weft adds each chunk's groups to the earlier ones in the loop's order: a group must be created empty
                g = new HashSet<>();
                groups.put(a[i] % 3, g);
            }
            g.add(i);
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupedIntoCopies(int[] a, List<Integer> seed) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 13: groups into `groups` other than Weft can split into partials
            groups.computeIfAbsent(a[i] % 3, key -> new ArrayList<>(seed)).add(i);
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupedWithACapacityThatCalls(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            List<Integer> g = groups.get(a[i] % 3);
            if (g == null) {
                // error at 21: groups into `groups`, and Weft adds each chunk's groups to the earlier ones in the loop's order: a group must be created empty
                g = new ArrayList<>(Math.max(4, i));
                groups.put(a[i] % 3, g);
            }
            g.add(i);
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupedByGetAndPutThenMeasured(int[] a, int[] sizes) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            List<Integer> g = groups.get(a[i] % 3);
            if (g == null) {
                g = new ArrayList<>();
                groups.put(a[i] % 3, g);
            }
            g.add(i);
            // error at 24: `g` uses the group `g` of `groups` other than by adding to it
            sizes[i] = g.size();
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupedByGetWithoutPut(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            List<Integer> g = groups.get(a[i] % 3);
            if (g == null) {
                g = new ArrayList<>();
            }
            // error at 13: `g.add(i)` changes `g`, a java.util.List that every iteration can reach (`g` may be, or hold, `groups.get(a[i] % 3)`)
            g.add(i);
        }
        return groups;
    }

    static Map<Integer, Integer> countedByGetUnderAKeyThatCalls(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 40: counts into `counts`, which Weft runs as a merge with the sum only where the key only reads, as it is computed more than once
            Integer count = counts.get(key(a[i]));
            counts.put(key(a[i]), count == null ? 1 : count + 1);
        }
        return counts;
    }

    static Map<Integer, Integer> countedByGetWithTheCountUsedAgain(int[] a, int[] before) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 29: `counts.get(a[i])` reads `counts`, and the loop accumulates into `counts`
            Integer count = counts.get(a[i]);
            counts.put(a[i], count == null ? 1 : count + 1);
            before[i] = count == null ? 0 : count;
        }
        return counts;
    }

    static Map<Integer, Integer> countedByGetAddingAnotherAmountToANewKey(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 29: `counts.get(a[i])` reads `counts`, and the loop accumulates into `counts`
            Integer count = counts.get(a[i]);
            if (count == null) {
                counts.put(a[i], 1);
            } else {
                counts.put(a[i], count + 2);
            }
        }
        return counts;
    }

    static Map<Integer, Integer> countedByAChoiceUnderAKeyThatCalls(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: counts into `counts`, which Weft runs as a merge with the sum only where the key only reads, as it is computed more than once
            counts.put(key(a[i]), counts.containsKey(key(a[i])) ? counts.get(key(a[i])) + 1 : 1);
        }
        return counts;
    }

    static Map<Integer, Integer> countedByAGetComparedWithNullUnderAKeyThatCalls(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 24: counts into `counts`, which Weft runs as a merge with the sum only where the key only reads, as it is computed more than once
            counts.put(key(a[i]), counts.get(key(a[i])) == null ? 1 : counts.get(key(a[i])) + 1);
        }
        return counts;
    }

    static Map<Integer, Integer> countedFromOne(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 29: `counts.get(a[i])` reads `counts`, and the loop accumulates into `counts`
            Integer count = counts.get(a[i]);
            if (count == null) count = 1;
            counts.put(a[i], count + 1);
        }
        return counts;
    }

    static Map<Integer, Integer> countedByContainsUnderAKeyThatCalls(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 37: counts into `counts`, which Weft runs as a merge with the sum only where the key only reads, as it is computed more than once
            if (!counts.containsKey(key(a[i]))) {
                counts.put(key(a[i]), 1);
            } else {
                counts.put(key(a[i]), counts.get(key(a[i])) + 1);
            }
        }
        return counts;
    }

    static Map<Integer, Integer> chosenIntoTheLocalWithAnotherAmount(int[] a) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 29: `counts.get(a[i])` reads `counts`, and the loop accumulates into `counts`
            Integer count = counts.get(a[i]);
            count = count == null ? 1 : count + 2;
            counts.put(a[i], count);
        }
        return counts;
    }

    static Map<Integer, Integer> chosenIntoTheLocalAndUsedAgain(int[] a, int[] seen) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 29: `counts.get(a[i])` reads `counts`, and the loop accumulates into `counts`
            Integer count = counts.get(a[i]);
            count = count == null ? 1 : count + 1;
            counts.put(a[i], count);
            seen[i] = count;
        }
        return counts;
    }

    static Map<Integer, List<Integer>> groupMadeSureOfThenGot(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            groups.computeIfAbsent(a[i] % 7, k -> new ArrayList<>());
            groups.get(a[i] % 7).add(i);
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupMadeSureOfThenGotByACall(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 36: `groups.computeIfAbsent(k, ...); groups.get(k).add(e)` groups into `groups` only where the key only reads, as it is computed more than once; `key(a[i])` may compute another key the next time
            groups.computeIfAbsent(key(a[i]), k -> new ArrayList<>());
            groups.get(key(a[i])).add(i);
        }
        return groups;
    }

    static Map<Integer, List<Integer>> groupMadeSureOfThenAnotherGot(int[] a) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: `groups.computeIfAbsent(a[i] % 7, k -> new ArrayList<>())` groups into `groups` other than Weft can split into partials
            groups.computeIfAbsent(a[i] % 7, k -> new ArrayList<>());
            // error: `groups.get(a[i] % 5).add(i)` changes `groups.get(a[i] % 5)`, a java.util.List that every iteration can reach
            groups.get(a[i] % 5).add(i);
        }
        return groups;
    }

    record Word(String text, int weight) {}

    static Map<String, Integer> countedByAnAccessor(List<Word> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (@ParallelFor Word w : words) {
            counts.put(w.text(), counts.getOrDefault(w.text(), 0) + w.weight());
        }
        return counts;
    }

    static Map<String, List<String>> groupedByAStringMethod(List<String> words) {
        Map<String, List<String>> groups = new HashMap<>();
        for (@ParallelFor String w : words) {
            groups.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>());
            groups.get(w.substring(0, 1)).add(w);
        }
        return groups;
    }

    static final class Tagged {
        final String tag;
        int asked;

        Tagged(String tag) {
            this.tag = tag;
        }

        String tag() {
            asked++;
            return tag;
        }
    }

    static Map<String, Integer> countedByACountingGetter(List<Tagged> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (@ParallelFor Tagged t : items) {
            // error at 24: `counts.put(t.tag(), counts.getOrDefault(t.tag(), 0) + 1)` counts into `counts`, which Weft runs as a merge with the sum only where the key only reads, as it is computed more than once; `t.tag()` may compute another key the next time
            counts.put(t.tag(), counts.getOrDefault(t.tag(), 0) + 1);
        }
        return counts;
    }
}
