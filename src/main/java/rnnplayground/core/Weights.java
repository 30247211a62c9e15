package rnnplayground.core;

/** The parameters of a vanilla cell, row-major: wxh is H x V, whh is H x H, b has H entries. */
public final class Weights {
    public final int hiddenSize;
    public final int inputSize;
    public final float[] wxh;
    public final float[] whh;
    public final float[] b;

    public Weights(int hiddenSize, int inputSize, float[] wxh, float[] whh, float[] b) {
        if (wxh.length != hiddenSize * inputSize || whh.length != hiddenSize * hiddenSize || b.length != hiddenSize) {
            throw new IllegalArgumentException("weight shapes do not match H=" + hiddenSize + ", V=" + inputSize);
        }
        this.hiddenSize = hiddenSize;
        this.inputSize = inputSize;
        this.wxh = wxh;
        this.whh = whh;
        this.b = b;
    }
}
