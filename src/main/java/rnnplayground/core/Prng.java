package rnnplayground.core;

/**
 * A seeded 32-bit generator (mulberry32). Only int arithmetic, so the stream is the same on the JVM,
 * in JavaScript and in WebAssembly.
 */
public final class Prng {
    private int state;

    public Prng(int seed) {
        this.state = seed;
    }

    /** The state now: {@code new Prng(state())} draws what this one will. */
    public int state() {
        return state;
    }

    public int nextInt() {
        state += 0x6D2B79F5;
        int z = state;
        z = (z ^ (z >>> 15)) * (z | 1);
        z ^= z + (z ^ (z >>> 7)) * (z | 61);
        return z ^ (z >>> 14);
    }

    /** Uniform in [0, 1) with 24 random bits: exact in float and in double. */
    public double nextUnit() {
        return (nextInt() >>> 8) * (1.0 / (1 << 24));
    }

    /** An int from 0 to n - 1, for n from 1 to 2^31 - 1: the remainder of 31 random bits. */
    public int below(int n) {
        return (nextInt() >>> 1) % n;
    }

    /** Uniform in [-scale, scale). */
    public double nextSigned(double scale) {
        return (2 * nextUnit() - 1) * scale;
    }
}
