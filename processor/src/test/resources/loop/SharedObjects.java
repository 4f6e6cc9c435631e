package loop;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.List;

/**
 * Loop bodies that write an object their element reaches through a field that two elements may
 * share, as two edges share a node: refused where the marker says, at the write or at the call
 * that makes it. Each error is expected on the line after its marker.
 */
class SharedObjects {
    static class Node {
        int inDegree;
        final List<Node> next = new ArrayList<>();

        void bumpNext() {
            for (Node n : next) {
                n.inDegree++;
            }
        }
    }

    static class Edge {
        final Node from;
        final Node to;
        double[][] weights = new double[2][2];

        Edge(Node from, Node to) {
            this.from = from;
            this.to = to;
        }
    }

    static class Vec {
        double x;
    }

    static class Body {
        Vec v;
        private Vec w = new Vec();

        Body(Vec v) {
            this.v = v;
        }

        void push() {
            v.x += 1;
        }

        Vec velocity() {
            return v;
        }

        void follow(Body other) {
            w = other.w;
        }

        static void kick(Body b) {
            b.v.x *= 2;
        }
    }

    static void inDegrees(List<Edge> edges) {
        for (@ParallelFor Edge e : edges) {
            // accepted: the twin checks that no two edges share a node, and runs the loop as written where they do
            e.to.inDegree++;
        }
    }

    static void outDegrees(Edge[] edges) {
        for (@ParallelFor int i = 0; i < edges.length; i++) {
            Edge e = edges[i];
            Node from = e.from;
            // error: writes through `from`, reached through the iteration's element, and `Edge.from` is set to `from`
            from.inDegree += 2;
            // error: writes through `edges[i].to`, reached through the iteration's element, and `Edge.to` is set to `to`
            edges[i].to.inDegree--;
        }
    }

    static void weights(Edge[] edges) {
        for (@ParallelFor Edge e : edges) {
            // error: writes through `e.weights[0]`, reached through the iteration's element, and `e.weights[0]` is an element of an array, which Weft cannot tell is the element's own
            e.weights[0][1] = 1;
        }
    }

    static void throughGetters(Body[] bodies) {
        for (@ParallelFor int i = 0; i < bodies.length; i++) {
            bodies[i].velocity().x = 1;
        }
    }

    static void throughCalls(Body[] bodies, Node[] nodes) {
        for (@ParallelFor int i = 0; i < bodies.length; i++) {
            bodies[i].push();
            Body.kick(bodies[i]);
            // error: [weft:call-effect] `nodes[i].bumpNext()` changes `n.inDegree` (SharedObjects.java:19), where `n` is an element of `next`
            nodes[i].bumpNext();
        }
    }

    static void aNewObjectHoldingWhatItIsHanded(int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            Body made = new Body(new Vec());
            // error: [weft:call-effect] `made.push()` changes `v.x` (SharedObjects.java:48), where `Body.v` is set to `v`
            made.push();
        }
    }

    static void privateFieldSetFromAnother(Body[] bodies) {
        for (@ParallelFor int i = 0; i < bodies.length; i++) {
            Body b = bodies[i]; weigh(b); b.w.x = 3;
        }
    }

    static final class Pair {
        private final Vec own = new Vec();
        private final double[] mine = new double[2];
        private Vec seen;
        private double[] theirs;

        void watch(Pair other) {
            seen = other.own;
            theirs = other.mine;
        }
    }

    static void readsWhatAnotherMayWrite(Pair[] pairs) {
        for (@ParallelFor Pair p : pairs) {
            p.own.x = p.seen.x + 1;
            p.mine[0] = p.theirs[1];
        }
    }

    static void callsThatChangeTheElement(Body[] bodies) {
        for (@ParallelFor Body b : bodies) {
            b.follow(b);
            // error: writes through `b.w`, reached through the iteration's element, and `Body.w` is set to `other.w` (SharedObjects.java:56), an object that other objects may hold too: two elements may share it, as two edges share a node, and iterations running at the same time would race on it. Weft checks that they do not, before the loop, only where the body reaches them from one element by fields alone that neither it nor the calls it hands the element set but to new objects, and sees into those calls
            b.w.x = 3;
        }
    }

    static void anOwnObjectReadWhileTheTwinChecksOthers(Pair[] pairs) {
        for (@ParallelFor Pair p : pairs) {
            p.seen.x = p.own.x + 1;
        }
    }

    static void checkedWhereTheBodyReachesThemByFieldsAlone(Pair[] pairs, Edge[] edges) {
        for (@ParallelFor Pair p : pairs) {
            p.seen.x = p.seen.x * 2;
            p.own.x = 1;
        }
        for (@ParallelFor Edge e : edges) {
            Node[] ends = {e.from, e.to};
            ends[0].inDegree--;
            ends[1].inDegree++;
        }
    }

    static int peek(Node n) {
        return n.inDegree;
    }

    static void nodesHandedToACall(List<Edge> edges) {
        for (@ParallelFor Edge e : edges) {
            e.to.inDegree += peek(e.from);
        }
    }

    static final class Bag {
        final List<Integer> mine = new ArrayList<>();
        List<Integer> theirs;
        Bag next;

        Bag(List<Integer> theirs) {
            this.theirs = theirs;
        }
    }

    static void containersReachedThroughTheElement(Bag[] bags) {
        for (@ParallelFor Bag b : bags) {
            b.mine.add(1);
            // error: [weft:call-effect] `b.theirs.add(2)` changes `b.theirs` through `add`, and `b.theirs` is reached through the iteration's element, where `Bag.theirs` is set to `theirs`
            b.theirs.add(2);
            // error: [weft:call-effect] `b.next.mine.add(3)` changes `b.next.mine` through `add`, and `b.next.mine` is reached through `b.next`, of the class of the iteration's element
            b.next.mine.add(3);
        }
    }

    static void checkedThroughALocalOfTheElement(Edge[] edges) {
        for (@ParallelFor int i = 0; i < edges.length; i++) {
            Edge e = edges[i];
            Node t = e.to;
            t.inDegree++;
        }
    }

    static final class Boid {
        final Vec velocity = new Vec();
        double speed;
    }

    static void flock(List<Boid> boids, Boid[] all) {
        for (@ParallelFor Boid b : boids) {
            for (Boid other : boids) {
                // error at 33: reads `other.velocity` of `other`, a Boid every iteration can reach, and writes `velocity` of its element: `other` may be another iteration's element
                b.velocity.x += other.velocity.x * 0.01;
                // error at 28: reads `other.speed` of `other`, a Boid every iteration can reach, and writes `speed` of its element
                b.speed -= other.speed;
            }
            // error at 25: reads `all[0].speed` of `all[0]`, a Boid every iteration can reach
            b.speed += -all[0].speed;
        }
    }

    static int weigh(Body b) {
        return b == null ? 0 : 1;
    }

    static void linksOfAClassDeclaredElsewhere(Hop[] hops) {
        for (@ParallelFor Hop h : hops) {
            // error: writes through `h.next`, a Hop reached through the iteration's element
            h.next.count++;
        }
    }
}

class Hop {
    int count;
    Hop next;
}

record Arc(Hop from, Hop to) {}

final class Sheep implements Cloneable {
    private final int[] wool = new int[1];

    @Override
    public Sheep clone() {
        try {
            return (Sheep) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}

class Flocks {
    static void arcs(Arc[] arcs) {
        for (@ParallelFor Arc a : arcs) {
            // error: writes through `a.to()`, reached through the iteration's element, and `Arc.to` is a record component, set to what the constructor is handed
            a.to().count++;
        }
    }

    static void shear(Sheep[] flock) {
        for (@ParallelFor int i = 0; i < flock.length; i++) {
            Sheep s = flock[i];
            System.identityHashCode(s);
            // error: writes through `s.wool`, reached through the iteration's element, and `Sheep.wool` may be copied as it is by `clone()`, as `Sheep` is Cloneable
            s.wool[0]++;
        }
    }
}

class Holding {
    static void throughWhatTheBodyHolds(SharedObjects.Edge[] edges) {
        for (@ParallelFor int i = 0; i < edges.length; i++) {
            SharedObjects.Edge e = edges[i];
            SharedObjects.Node[] hold = {e.to};
            // error: writes through `hold[0]`, reached through the iteration's element, and `Edge.to` is set to `to`
            hold[0].inDegree++;
            java.util.List<SharedObjects.Node> targets = new ArrayList<>();
            targets.add(e.from);
            // error: writes through `targets.get(0)`, reached through the iteration's element, and `Edge.from` is set to `from`
            targets.get(0).inDegree++;
            SharedObjects.Node[] copy = hold;
            // error: writes through `copy[0]`, reached through the iteration's element, and `Edge.to` is set to `to`
            copy[0].inDegree--;
        }
    }
}

class Reading {
    double[] values = new double[4];
}

class Sensor {
    double[] values;

    Sensor(double[] values) {
        this.values = values;
    }

    static void clearAFieldOfTheSameNameInAnotherClass(Reading[] readings) {
        for (@ParallelFor Reading r : readings) {
            r.values[0] = 0;
        }
    }
}

class Movers {
    static final class Vec {
        double x;

        Vec(double x) {
            this.x = x;
        }

        Vec plus(Vec other) {
            return new Vec(x + other.x);
        }
    }

    static final class Mover {
        Vec position;
        Vec velocity;

        Mover(Vec position, Vec velocity) {
            this.position = position;
            this.velocity = velocity;
        }

        void advance() {
            position = position.plus(velocity);
        }

        void follow(Mover leader) {
            velocity = leader.velocity;
        }
    }

    static void callsThatSetOnlyNewObjects(Mover[] movers) {
        for (@ParallelFor Mover m : movers) {
            m.advance();
            m.velocity.x = -m.velocity.x + m.position.x;
        }
    }

    static void callsThatSetWhatAnotherHolds(Mover[] movers, Mover leader) {
        for (@ParallelFor Mover m : movers) {
            // error: `m.follow(leader)` reads `leader.velocity` (SharedObjects.java:332): it reads `velocity` of `leader`, and this @ParallelFor loop writes `velocity` of its element
            m.follow(leader);
            // error: This @ParallelFor loop writes the field `m.velocity.x`, which every iteration can reach (`m` may be, or hold, `leader`)
            m.velocity.x = 1;
        }
    }
}

class Others {
    static final class Vec {
        double x;
    }

    static final class Pair {
        final Vec own = new Vec();
        Vec[] others = new Vec[2];
    }

    static void readsThroughAnArrayElement(Pair[] pairs) {
        for (@ParallelFor Pair p : pairs) {
            // error at 23: This @ParallelFor loop reads `p.others[0].x` through `p.others[0]`, reached through the iteration's element, and `p.others[0]` is an element of an array, which Weft cannot tell is the element's own, while it writes `x` of objects its elements reach
            p.own.x = p.others[0].x + 1;
        }
    }

    static void listElementsCheckedAsArrayElements(List<Pair> pairs) {
        for (@ParallelFor int i = 0; i < pairs.size(); i++) {
            pairs.get(i).own.x += 1;
            Pair p = pairs.get(i);
            p.others[0] = null;
        }
    }

    static void listElementReplacedByAShared(List<Pair> pairs, Pair shared) {
        for (@ParallelFor int i = 0; i < pairs.size(); i++) {
            pairs.set(i, shared);
            // error: This @ParallelFor loop writes the field `pairs.get(i).own.x`, which every iteration can reach (`pairs.get(i)` may be, or hold, `shared`)
            pairs.get(i).own.x += 1;
        }
    }

    static final class Holder {
        final Vec held;

        Holder(Vec held) {
            this.held = held;
        }
    }

    static void listElementsReachingWhatOthersMayHold(List<Holder> holders, Vec extra) {
        for (@ParallelFor int i = 0; i < holders.size(); i++) {
            holders.get(i).held.x += extra.x;
        }
    }
}
