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

  /**
   * The same sums, with the loop shaped like the core's kernel: four rows of Whh side by side, sharing
   * each load of h_{t-1}. A like-for-like yardstick for the compiled code.
   */
  forwardFourRows(symbols, hs) {
    const H = this.H, V = this.V, Wxh = this.Wxh, Whh = this.Whh, bh = this.bh;
    const T = symbols.length;
    const pre = new Float64Array(H);
    for (let t = 0; t < T; t++) {
      const prev = t * H;
      const next = prev + H;
      const x = symbols[t];
      let i = 0;
      for (; i + 3 < H; i += 4) {
        const r0 = i * H, r1 = r0 + H, r2 = r1 + H, r3 = r2 + H;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let j = 0; j < H; j++) {
          const h = hs[prev + j];
          s0 += Whh[r0 + j] * h;
          s1 += Whh[r1 + j] * h;
          s2 += Whh[r2 + j] * h;
          s3 += Whh[r3 + j] * h;
        }
        pre[i] = s0;
        pre[i + 1] = s1;
        pre[i + 2] = s2;
        pre[i + 3] = s3;
      }
      for (; i < H; i++) {
        const row = i * H;
        let sum = 0;
        for (let j = 0; j < H; j++) {
          sum += Whh[row + j] * hs[prev + j];
        }
        pre[i] = sum;
      }
      for (i = 0; i < H; i++) {
        hs[next + i] = Math.tanh(Wxh[i * V + x] + pre[i] + bh[i]);
      }
    }
  }
}
