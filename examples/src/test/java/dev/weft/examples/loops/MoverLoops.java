package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.List;

/**
 * A loop that calls a method on each element and then writes objects the element holds, as
 * particle and flocking code is written: vectors handed to the constructor, which two movers may
 * share, make the twin run the loop as written.
 */
final class MoverLoops {
    private MoverLoops() {}

    static final class Vec {
        double x;
        double y;

        Vec(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Vec plus(Vec other) {
            return new Vec(x + other.x, y + other.y);
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

        void damp() {
            velocity.y = velocity.y * 0.5 + position.y * 0.01;
        }
    }

    /** Moves each mover, turns it back at the walls, and damps its vertical speed. */
    static void bounce(Mover[] movers) {
        for (@ParallelFor Mover m : movers) {
            m.advance();
            if (m.position.x < 0 || m.position.x > 100) {
                m.velocity.x = -m.velocity.x;
            }
            m.velocity.y = m.velocity.y * 0.5 + m.position.y * 0.01;
        }
    }

    /** Damps each mover's vertical speed, in a method of the mover that writes the velocity it holds. */
    static void damp(Mover[] movers) {
        for (@ParallelFor Mover m : movers) {
            m.damp();
        }
    }

    /** Damps and slows each mover of a list, read at the loop's index. */
    static void slowDown(List<Mover> movers) {
        for (@ParallelFor int i = 0; i < movers.size(); i++) {
            movers.get(i).damp();
            movers.get(i).velocity.x *= 0.9;
        }
    }
}
