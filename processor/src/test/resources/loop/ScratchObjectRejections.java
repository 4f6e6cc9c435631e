package loop;

import dev.weft.ParallelFor;

/**
 * Builders and containers each iteration empties first, taken or used where each chunk's own would
 * not give the loop's result: each refused where the marker on the line before says.
 */
class ScratchObjectRejections {
    static StringBuilder[] scratchBuilderStored(int[] a) {
        StringBuilder[] out = new StringBuilder[a.length];
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            // error at 22: as a scratch StringBuilder, and here it, or a view of it, may outlive the iteration
            out[i] = sb.append(a[i]);
        }
        return out;
    }

    static String scratchBuilderReadAfter(int[] a, String[] out) {
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            out[i] = sb.append(a[i]).toString();
        }
        // error at 16: as a scratch StringBuilder, and used here, outside the loop
        return sb.toString();
    }

    static void scratchHashSetIterated(int[][] rows, String[] out) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            seen.clear();
            for (int v : rows[i]) seen.add(v);
            // error at 22: as a scratch HashSet, and here the order it iterates in shows
            out[i] = seen.toString();
        }
    }

    static void scratchListInALambda(int[][] rows, int[] out) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            l.clear();
            // error at 57: as a scratch ArrayList, and here it is used in a lambda or a class of the body
            java.util.function.IntSupplier size = () -> l.size();
            out[i] = size.getAsInt();
        }
    }

    static void scratchListViewKept(int[][] rows, java.util.List<?>[] out) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            l.clear();
            for (int v : rows[i]) l.add(v);
            // error at 22: as a scratch ArrayList, and here it, or a view of it, may outlive the iteration
            out[i] = l.subList(0, 1);
        }
    }

    static void scratchListHandedToAHelper(int[][] rows, int[] out) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            l.clear();
            for (int v : rows[i]) l.add(v);
            // error at 29: as a scratch ArrayList, and here it is handed to a call that Weft does not know to keep no hold of it
            out[i] = sizeOf(l);
        }
    }

    static int sizeOf(java.util.List<Integer> l) {
        return l.size();
    }

    static void scratchBuilderCapacity(int[] a, int[] out) {
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            sb.append(a[i]);
            // error at 22: and here `capacity()` tells how large it grew in iterations before
            out[i] = sb.capacity();
        }
    }

    static void scratchBuilderMadeFromAVariable(int[] a, String[] out, int n) {
        // error at 28: as a scratch object, and each chunk of the twin would use one of its own, made as this declaration makes it
        StringBuilder sb = new StringBuilder(n);
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            out[i] = sb.append(a[i]).toString();
        }
    }

    static void scratchMapEntriesKept(int[][] rows, java.util.Map.Entry<?, ?>[] out) {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            counts.clear();
            for (int v : rows[i]) counts.merge(v, 1, Integer::sum);
            // error at 60: the entries of its entrySet(), views of it, may outlive the iteration
            for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
                out[i] = e;
            }
        }
    }

    static void scratchBuilderAssigned(int[] a, String[] out) {
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            // error: as a scratch StringBuilder, and here it is assigned
            sb = new StringBuilder();
            out[i] = sb.append(i).toString();
        }
    }

    static void scratchListElementWritten(int[][] shared) {
        java.util.List<int[]> l = new java.util.ArrayList<>();
        for (@ParallelFor int i = 0; i < shared.length; i++) {
            l.clear();
            l.add(shared[0]);
            // error: This @ParallelFor loop writes `l.get(0)[0]` through `l.get(0)`, and Weft cannot tell which object that is: what the scratch `l` holds, which Weft does not follow
            l.get(0)[0] = i;
        }
    }

    static void scratchBitSetSize(int[][] rows, int[] out) {
        java.util.BitSet seen = new java.util.BitSet();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            seen.clear();
            for (int v : rows[i]) {
                seen.set(v);
            }
            // error at 22: and here `size()` tells how large it grew in iterations before
            out[i] = seen.size() + seen.cardinality();
        }
    }

    static String scratchBuilderAddedToAfterTheLoop(int[] a, String[] out) {
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.setLength(0);
            out[i] = sb.append(a[i]).toString();
        }
        for (int k = 0; k < 3; k++) {
            // error: as a scratch StringBuilder, and used here, outside the loop
            sb.append(k);
        }
        return sb.toString();
    }

    static void scratchBuilderReadInALoopAroundIt(int[] a, String[] out) {
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            sb.setLength(0);
            for (@ParallelFor int i = 0; i < a.length; i++) {
                sb.setLength(0);
                out[i] = sb.append(a[i]).toString();
            }
            // error at 22: as a scratch StringBuilder, and used here, outside the loop
            out[0] = sb.toString();
        }
    }

    static void scratchHashSetInAnotherLoop(int[][] rows, int[] out) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            seen.clear();
            for (int v : rows[i]) {
                seen.add(v);
            }
            out[i] = seen.size();
        }
        for (int k = 0; k < 2; k++) {
            seen.clear();
            // error: as a scratch HashSet, and used here, outside the loop
            seen.add(k);
        }
    }
}
