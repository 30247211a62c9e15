package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A training run's state as plain values, to hand from one thread to another: numbers (ints and
 * booleans among them, exact in a double), arrays of floats and of doubles, and texts, each read back
 * in the order it was written. The writer copies the arrays it is given (or, {@link #holding}, holds
 * them, to be copied out at once), the reader copies into its own.
 */
public final class Packed {
    private double[] numbers;
    private int numberCount;
    private final List<float[]> floatArrays;
    private final List<double[]> doubleArrays;
    private final List<String> texts;
    private int numberAt;
    private int floatAt;
    private int doubleAt;
    private int textAt;
    private boolean holds;

    /** An empty one, to write into. */
    public Packed() {
        this(new double[64], 0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /**
     * An empty one that holds the arrays written into it rather than copies: what it holds must be
     * copied out (into a message, say) before the writer changes them, which saves a copy of each.
     */
    public static Packed holding() {
        Packed packed = new Packed();
        packed.holds = true;
        return packed;
    }

    /** Whether it holds the writer's own arrays (see {@link #holding}). */
    public boolean holds() {
        return holds;
    }

    private Packed(double[] numbers, int numberCount, List<float[]> floatArrays, List<double[]> doubleArrays,
            List<String> texts) {
        this.numbers = numbers;
        this.numberCount = numberCount;
        this.floatArrays = floatArrays;
        this.doubleArrays = doubleArrays;
        this.texts = texts;
    }

    /** What another thread wrote, to read. */
    public static Packed of(double[] numbers, List<float[]> floatArrays, List<double[]> doubleArrays,
            List<String> texts) {
        return new Packed(numbers, numbers.length, floatArrays, doubleArrays, texts);
    }

    public void putNumber(double value) {
        if (numberCount == numbers.length) {
            double[] grown = new double[numbers.length * 2];
            System.arraycopy(numbers, 0, grown, 0, numberCount);
            numbers = grown;
        }
        numbers[numberCount++] = value;
    }

    public void putBoolean(boolean value) {
        putNumber(value ? 1 : 0);
    }

    /** A copy of {@code values}, or {@code values} themselves if it is {@link #holding}. */
    public void putFloats(float[] values) {
        floatArrays.add(holds ? values : values.clone());
    }

    /** A copy of {@code values}, or {@code values} themselves if it is {@link #holding}. */
    public void putDoubles(double[] values) {
        doubleArrays.add(holds ? values : values.clone());
    }

    public void putText(String text) {
        texts.add(text);
    }

    public double number() {
        if (numberAt >= numberCount) {
            throw new IllegalStateException("no number left to read");
        }
        return numbers[numberAt++];
    }

    public int integer() {
        return (int) number();
    }

    public boolean bool() {
        return number() != 0;
    }

    /** The next float array, copied into {@code into}, which must be as long. */
    public void floatsInto(float[] into) {
        float[] values = floatArrays.get(floatAt++);
        if (values.length != into.length) {
            throw new IllegalStateException("an array of " + values.length + " floats for " + into.length);
        }
        System.arraycopy(values, 0, into, 0, values.length);
    }

    /** The next double array, copied into {@code into}, which must be as long. */
    public void doublesInto(double[] into) {
        double[] values = doubleArrays.get(doubleAt++);
        if (values.length != into.length) {
            throw new IllegalStateException("an array of " + values.length + " doubles for " + into.length);
        }
        System.arraycopy(values, 0, into, 0, values.length);
    }

    /** The next float array as it is. */
    public float[] floats() {
        return floatArrays.get(floatAt++);
    }

    /** The next double array as it is. */
    public double[] doubles() {
        return doubleArrays.get(doubleAt++);
    }

    public String text() {
        return texts.get(textAt++);
    }

    /** The numbers written, exactly as many. */
    public double[] numbers() {
        double[] exact = new double[numberCount];
        System.arraycopy(numbers, 0, exact, 0, numberCount);
        return exact;
    }

    public List<float[]> floatArrays() {
        return floatArrays;
    }

    public List<double[]> doubleArrays() {
        return doubleArrays;
    }

    public List<String> texts() {
        return texts;
    }
}
