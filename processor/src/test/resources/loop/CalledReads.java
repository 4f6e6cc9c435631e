package loop;

import dev.weft.ParallelFor;
import java.util.List;

/** Loops whose calls read fields the loop writes: of other iterations' elements, or of what those elements reach. */
public class CalledReads {
    static class Vec {
        double x;

        void add(Vec other) {
            x += other.x;
        }
    }

    static class Boid {
        double speed;
        double heading;
        Boid leader;
        final Vec position = new Vec();
        final Vec force = new Vec();

        double speed() {
            return speed;
        }

        Vec position() {
            return position;
        }

        void follow() {
            speed = leader.speed;
        }

        void accelerate() {
            speed += 1;
        }

        double ownPace() {
            return speed * 2 + heading;
        }

        void steer(Boid[] all) {
            double sum = 0;
            for (Boid other : all) {
                sum += other.heading;
            }
            speed = sum / all.length;
        }

        void pull(Boid[] all) {
            for (Boid other : all) {
                force.add(other.position);
            }
        }

        void drift(Boid[] all) {
            for (Boid other : all) {
                position.add(other.position);
            }
        }
    }

    static double mean(Boid[] boids) {
        double sum = 0;
        for (Boid b : boids) {
            sum += b.speed;
        }
        return sum / boids.length;
    }

    static double meanOf(List<Boid> boids) {
        double sum = 0;
        for (Boid b : boids) {
            sum += b.speed();
        }
        return sum;
    }

    static double paceOf(Boid b) {
        return b.speed;
    }

    static void readsEveryElementThroughAHelper(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            // error at 23: `mean(boids)` reads `b.speed` (CalledReads.java:67): it reads `speed` of an object reached through `boids`, and this @ParallelFor loop writes `speed` of its element, so the call may read what another iteration writes at the same time (a loop-carried dependence). Hand the call values saved before the loop, or keep this loop sequential
            b.speed = mean(boids) + 1;
        }
    }

    static void readsEveryElementThroughAGetter(List<Boid> boids) {
        for (@ParallelFor Boid b : boids) {
            // error at 23: `meanOf(boids)` calls `speed()` (CalledReads.java:75), which reads `speed` (CalledReads.java:24): it reads `speed` of an object reached through `boids`
            b.speed = meanOf(boids);
        }
    }

    static void readsAnObjectEveryIterationReaches(Boid[] boids, Boid leader) {
        for (@ParallelFor Boid b : boids) {
            // error at 23: `leader.speed()` reads `speed` (CalledReads.java:24): it reads `speed` of `leader`, and this @ParallelFor loop writes `speed` of its element
            b.speed = leader.speed() + paceOf(b);
        }
    }

    static void readsANeighbourWhileCallsWriteTheElement(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            // error: `b.follow()` reads `leader.speed` (CalledReads.java:32): it reads `speed` of `b.leader`, and this @ParallelFor loop writes `speed` of its element
            b.follow();
        }
    }

    static void readsWhatOtherElementsWriteInTheSameCall(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            b.accelerate();
            // error at 25: This @ParallelFor loop reads `boids[0].speed` of `boids[0]`, a Boid every iteration can reach, and writes `speed` of its element
            b.heading = boids[0].speed;
        }
    }

    static void readsWhatOtherElementsReach(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            // error: `b.drift(boids)` calls `add()` (CalledReads.java:59), which reads `other.x` (CalledReads.java:12): it reads `x` of an object reached through `boids`, and this @ParallelFor loop writes `x` of objects its elements reach
            b.drift(boids);
        }
    }

    static void readsTheElementsOwnFields(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            b.heading = b.ownPace() + paceOf(b);
            b.accelerate();
        }
    }

    static void readsOtherFieldsOfOtherElements(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            b.steer(boids);
        }
    }

    static void readsOtherOwnedObjectsOfOtherElements(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            b.pull(boids);
        }
    }

    static void readsAnObjectItCreates(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            Boid ghost = new Boid();
            b.speed = paceOf(ghost) + ghost.ownPace();
        }
    }

    static double paceAhead(Boid b) {
        return Math.max(b.leader.speed, 0);
    }

    static void handsAnotherElementsFieldToACall(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            for (Boid other : boids) {
                // error at 45: This @ParallelFor loop reads `other.speed` of `other`, a Boid every iteration can reach, and writes `speed` of its element
                b.speed = Math.max(b.speed, other.speed);
            }
        }
    }

    static void callsAHelperThatHandsOnAFieldItReads(Boid[] boids) {
        for (@ParallelFor Boid b : boids) {
            // error at 23: `paceAhead(b)` reads `b.leader.speed` (CalledReads.java:154): it reads `speed` of `b.leader`
            b.speed = paceAhead(b);
        }
    }

    static double firstX(Vec[] marks) {
        return marks[0].x;
    }

    static void readsWhatElementsReachThroughAnArray(Boid[] boids, Vec[] marks) {
        for (@ParallelFor Boid b : boids) {
            // error at 28: `firstX(marks)` reads `marks[0].x` (CalledReads.java:174): it reads `x` of an object reached through `marks`, and this @ParallelFor loop writes `x` of objects its elements reach
            b.position.x = firstX(marks);
        }
    }
}
