package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * Particles that pull each other through methods of their own, as object-oriented simulations
 * are written: each iteration calls a method on its particle that reads the positions and masses
 * of the others and writes only its own velocity, then every particle drifts by its velocity.
 */
final class ParticleLoops {
    private ParticleLoops() {}

    static final class Particle {
        double x;
        double vx;
        final double mass;

        Particle(double x, double mass) {
            this.x = x;
            this.mass = mass;
        }

        void pull(Particle other, double dt) {
            double d = other.x - x;
            vx += other.mass * d / (Math.abs(d) * d * d + 1) * dt;
        }

        void drift(double dt) {
            x += vx * dt;
        }
    }

    static void step(Particle[] particles, double dt) {
        for (@ParallelFor int i = 0; i < particles.length; i++) {
            for (int j = 0; j < particles.length; j++) {
                if (j != i) {
                    particles[i].pull(particles[j], dt);
                }
            }
        }
        for (@ParallelFor Particle p : particles) {
            p.drift(dt);
        }
    }
}
