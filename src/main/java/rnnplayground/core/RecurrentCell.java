package rnnplayground.core;

/** One step of a recurrent network: reads a symbol and the previous hidden state, writes the next. */
public interface RecurrentCell {
    int hiddenSize();

    /**
     * Reads {@code symbol} (an index into the {@link Alphabet}) and h_{t-1} at {@code states[prevOffset ..
     * prevOffset + H)}, and writes h_t to {@code states[offset .. offset + H)}. Allocates nothing.
     */
    void step(int symbol, float[] states, int prevOffset, int offset);
}
