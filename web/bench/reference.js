// The vanilla RNN written by hand in plain JavaScript with Float32Array: the yardstick the compiled
// engines are measured against. Not part of the playground; only web/bench.html loads it.
//
//   h_t = tanh(Wxh x_t + Whh h_{t-1} + bh), x_t the one-hot vector of the symbol read at step t.

export class ReferenceRnn {
  /** Wxh is H x V, Whh is H x H, bh has H entries, all row-major Float32Arrays. */
  constructor(hiddenSize, inputSize, Wxh, Whh, bh) {
    this.H = hiddenSize;
    this.V = inputSize;
    this.Wxh = Wxh;
    this.Whh = Whh;
    this.bh = bh;
  }

  /**
   * Reads symbols[0 .. T) and writes h_t into hs[(t + 1) H .. (t + 2) H); hs[0 .. H) holds h_{-1}.
   */
  forward(symbols, hs) {
    const H = this.H, V = this.V, Wxh = this.Wxh, Whh = this.Whh, bh = this.bh;
    const T = symbols.length;
    for (let t = 0; t < T; t++) {
      const prev = t * H;
      const next = prev + H;
      const x = symbols[t];
      for (let i = 0; i < H; i++) {
        const row = i * H;
        let sum = 0;
        for (let j = 0; j < H; j++) {
          sum += Whh[row + j] * hs[prev + j];
        }
        // the one-hot x_t picks column x of Wxh
        hs[next + i] = Math.tanh(Wxh[i * V + x] + sum + bh[i]);
      }
    }
  }
}
