package loop;

import dev.weft.ParallelFor;

class PrivateRejections {
    private int count;

    private static int pick(int v) {
        return v;
    }

    private int pick(long v) {
        return (int) v;
    }

    static final class Box<T> {
        private T item;

        Box(T item) {
            this.item = item;
        }
    }

    static class Base {
        private Base() {}

        Base(int unused) {}

        int size() {
            return 1;
        }
    }

    int counts(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        // error at 21: The companion reaches the private field count through a handle, which reads it and assigns it in statements of their own
        return 1 + (count += a.length);
    }

    static void generic(Box<String>[] boxes, int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 20: The field item is private in Box, a generic class
            a[i] = boxes[i].item.length();
        }
    }

    void staticOrInstance(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 20: Weft cannot tell whether this call of the method pick(), which is private, means a static or an instance method
            a[i] = pick(i);
        }
    }

    @SuppressWarnings("weft:unseen-call")
    static void anonymous(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 20: The constructor Base() is private in Base, and this anonymous subclass needs it
            a[i] = new Base() {}.size();
        }
    }

    private int outerSecret;

    class Inner {
        void fill(int[] a) {
            for (@ParallelFor int i = 0; i < a.length; i++) {
                // error at 24: `outerSecret` is an instance member of the enclosing class PrivateRejections, which the static twin
                a[i] = outerSecret;
            }
        }
    }
}
