package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.Random;

/**
 * One step of an N-body simulation as object-oriented code writes it: each body an object in an
 * array, the pull on each summed over every other body, reached through the same array, and the
 * body's velocity updated in place. An iteration writes only its own body's velocity and reads of
 * the others only their positions and masses, which no iteration writes: Weft tells the two apart
 * field by field, and runs the bodies in parallel as written.
 */
public final class NBody {
    /** Keeps two bodies that come close from pulling each other without bound. */
    private static final double SOFTENING = 1e-3;

    static final class Body {
        double x, y, z;
        double vx, vy, vz;
        final double mass;

        Body(double x, double y, double z, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.mass = mass;
        }
    }

    private NBody() {}

    static Body[] cluster(int n, long seed) {
        Random random = new Random(seed);
        Body[] bodies = new Body[n];
        for (int i = 0; i < n; i++) {
            bodies[i] = new Body(random.nextGaussian(), random.nextGaussian(), random.nextGaussian(),
                    0.5 + random.nextDouble());
        }
        return bodies;
    }

    /** Changes each body's velocity by the pull of all the others over {@code dt}. */
    static void accelerate(Body[] bodies, double dt) {
        for (@ParallelFor int i = 0; i < bodies.length; i++) {
            Body b = bodies[i];
            double ax = 0, ay = 0, az = 0;
            for (int j = 0; j < bodies.length; j++) {
                if (j == i) {
                    continue;
                }
                Body o = bodies[j];
                double dx = o.x - b.x, dy = o.y - b.y, dz = o.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz + SOFTENING;
                double pull = o.mass / (d2 * Math.sqrt(d2));
                ax += dx * pull;
                ay += dy * pull;
                az += dz * pull;
            }
            b.vx += ax * dt;
            b.vy += ay * dt;
            b.vz += az * dt;
        }
    }

    /** The velocities, three a body, after one step from rest of a cluster of {@code n} bodies. */
    static double[] velocitiesAfterAStep(int n, boolean parallel) {
        Body[] bodies = cluster(n, 11);
        if (parallel) {
            NBodyParallel.accelerate(bodies, 0.01);
        } else {
            accelerate(bodies, 0.01);
        }
        double[] velocities = new double[3 * n];
        for (int i = 0; i < n; i++) {
            velocities[3 * i] = bodies[i].vx;
            velocities[3 * i + 1] = bodies[i].vy;
            velocities[3 * i + 2] = bodies[i].vz;
        }
        return velocities;
    }
}
