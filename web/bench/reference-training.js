// Training by min-char-rnn's protocol, written by hand in plain JavaScript with Float32Array, for each
// of the four cells: the yardstick the compiled engines' training is measured against. Not part of
// the playground; only web/bench.html loads it.
//
// The text is read in windows of 25 symbols, the state carried from one window to the next (zero
// again when the text starts over). For each window: the forward pass, softmax over the six symbols
// and the mean cross-entropy of predicting each next symbol, backpropagation through the window's
// steps (the gradient stops at its first state), the gradients clipped to a global norm of 5, and one
// Adam step (rate 0.01). The parameters are the engine's initial ones, in the core's order, so that
// both compute the same thing, each with its own rounding.

const V = 6;
const WINDOW = 25;
const LEARNING_RATE = 0.01;
const CLIP = 5;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

const sigmoid = x => 1 / (1 + Math.exp(-x));

/** h_t = tanh(W_xh x_t + W_hh h_{t-1} + b). Params: W_xh, W_hh, b. */
class PlainCell {
  constructor(H, [Wxh, Whh, b], [dWxh, dWhh, db]) {
    Object.assign(this, { H, Wxh, Whh, b, dWxh, dWhh, db });
    this.stateSize = H;
    this.gateSize = 0;
    this.dPre = new Float32Array(H);
  }

  forward(x, s, prev, next) {
    const { H, Wxh, Whh, b } = this;
    for (let i = 0; i < H; i++) {
      const row = i * H;
      let sum = Wxh[i * V + x] + b[i];
      for (let j = 0; j < H; j++) {
        sum += Whh[row + j] * s[prev + j];
      }
      s[next + i] = Math.tanh(sum);
    }
  }

  /** dh holds dL/dh_t; dPrev receives dL/dh_{t-1}. */
  backward(x, s, prev, next, gates, g, dh, dPrev) {
    const { H, Whh, dWxh, dWhh, db, dPre } = this;
    for (let i = 0; i < H; i++) {
      const h = s[next + i];
      dPre[i] = (1 - h * h) * dh[i];
    }
    dPrev.fill(0);
    for (let i = 0; i < H; i++) {
      const d = dPre[i];
      const row = i * H;
      dWxh[i * V + x] += d;
      db[i] += d;
      for (let j = 0; j < H; j++) {
        dWhh[row + j] += d * s[prev + j];
        dPrev[j] += Whh[row + j] * d;
      }
    }
  }
}

/**
 * z = σ(W_z x + U_z h + b_z), r = σ(W_r x + U_r h + b_r), c = tanh(W_h x + U_h (r ⊙ h) + b_h),
 * h_t = z ⊙ h + (1 - z) ⊙ c. Params: W_z, U_z, b_z, W_r, U_r, b_r, W_h, U_h, b_h. Gates: z, r, c, r ⊙ h.
 */
class GruCell {
  constructor(H, p, d) {
    [this.Wz, this.Uz, this.bz, this.Wr, this.Ur, this.br, this.Wh, this.Uh, this.bh] = p;
    [this.dWz, this.dUz, this.dbz, this.dWr, this.dUr, this.dbr, this.dWh, this.dUh, this.dbh] = d;
    this.H = H;
    this.stateSize = H;
    this.gateSize = 4 * H;
    this.dz = new Float32Array(H);
    this.dr = new Float32Array(H);
    this.dc = new Float32Array(H);
    this.drh = new Float32Array(H);
  }

  forward(x, s, prev, next, gates, g) {
    const { H, Wz, Uz, bz, Wr, Ur, br, Wh, Uh, bh } = this;
    const z = g, r = g + H, c = g + 2 * H, rh = g + 3 * H;
    for (let i = 0; i < H; i++) {
      const row = i * H;
      let sz = Wz[i * V + x] + bz[i];
      let sr = Wr[i * V + x] + br[i];
      for (let j = 0; j < H; j++) {
        const h = s[prev + j];
        sz += Uz[row + j] * h;
        sr += Ur[row + j] * h;
      }
      gates[z + i] = sigmoid(sz);
      gates[r + i] = sigmoid(sr);
      gates[rh + i] = gates[r + i] * s[prev + i];
    }
    for (let i = 0; i < H; i++) {
      const row = i * H;
      let sc = Wh[i * V + x] + bh[i];
      for (let j = 0; j < H; j++) {
        sc += Uh[row + j] * gates[rh + j];
      }
      const cand = Math.tanh(sc);
      const zi = gates[z + i];
      gates[c + i] = cand;
      s[next + i] = zi * s[prev + i] + (1 - zi) * cand;
    }
  }

  backward(x, s, prev, next, gates, g, dh, dPrev) {
    const { H, Uz, Ur, Uh, dWz, dUz, dbz, dWr, dUr, dbr, dWh, dUh, dbh, dz, dr, dc, drh } = this;
    const z = g, r = g + H, c = g + 2 * H, rh = g + 3 * H;
    for (let i = 0; i < H; i++) {
      const zi = gates[z + i];
      const ci = gates[c + i];
      dz[i] = dh[i] * (s[prev + i] - ci) * zi * (1 - zi);
      dc[i] = dh[i] * (1 - zi) * (1 - ci * ci);
      dPrev[i] = dh[i] * zi;
    }
    drh.fill(0);
    for (let i = 0; i < H; i++) {
      const d = dc[i];
      const row = i * H;
      dWh[i * V + x] += d;
      dbh[i] += d;
      for (let j = 0; j < H; j++) {
        dUh[row + j] += d * gates[rh + j];
        drh[j] += Uh[row + j] * d;
      }
    }
    for (let i = 0; i < H; i++) {
      const ri = gates[r + i];
      dr[i] = drh[i] * s[prev + i] * ri * (1 - ri);
      dPrev[i] += drh[i] * ri;
    }
    for (let i = 0; i < H; i++) {
      const a = dz[i];
      const b = dr[i];
      const row = i * H;
      dWz[i * V + x] += a;
      dbz[i] += a;
      dWr[i * V + x] += b;
      dbr[i] += b;
      for (let j = 0; j < H; j++) {
        const h = s[prev + j];
        dUz[row + j] += a * h;
        dUr[row + j] += b * h;
        dPrev[j] += Uz[row + j] * a + Ur[row + j] * b;
      }
    }
  }
}

/**
 * i, f, o = σ(W x + U h + b), g = tanh(W_g x + U_g h + b_g), c_t = f ⊙ c + i ⊙ g, h_t = o ⊙ tanh(c_t).
 * The state is h then c. Params: W_i, U_i, b_i, W_f, U_f, b_f, W_o, U_o, b_o, W_g, U_g, b_g.
 * Gates: i, f, o, g, tanh(c_t).
 */
class LstmCell {
  constructor(H, p, d) {
    [this.Wi, this.Ui, this.bi, this.Wf, this.Uf, this.bf, this.Wo, this.Uo, this.bo, this.Wg, this.Ug, this.bg] = p;
    [this.dWi, this.dUi, this.dbi, this.dWf, this.dUf, this.dbf, this.dWo, this.dUo, this.dbo, this.dWg, this.dUg,
      this.dbg] = d;
    this.H = H;
    this.stateSize = 2 * H;
    this.gateSize = 5 * H;
    this.di = new Float32Array(H);
    this.df = new Float32Array(H);
    this.do = new Float32Array(H);
    this.dg = new Float32Array(H);
  }

  forward(x, s, prev, next, gates, g) {
    const { H, Wi, Ui, bi, Wf, Uf, bf, Wo, Uo, bo, Wg, Ug, bg } = this;
    const gi = g, gf = g + H, go = g + 2 * H, gg = g + 3 * H, tc = g + 4 * H;
    for (let k = 0; k < H; k++) {
      const row = k * H;
      const col = k * V + x;
      let si = Wi[col] + bi[k];
      let sf = Wf[col] + bf[k];
      let so = Wo[col] + bo[k];
      let sg = Wg[col] + bg[k];
      for (let j = 0; j < H; j++) {
        const h = s[prev + j];
        si += Ui[row + j] * h;
        sf += Uf[row + j] * h;
        so += Uo[row + j] * h;
        sg += Ug[row + j] * h;
      }
      const i = sigmoid(si);
      const f = sigmoid(sf);
      const o = sigmoid(so);
      const cand = Math.tanh(sg);
      const c = f * s[prev + H + k] + i * cand;
      const t = Math.tanh(c);
      gates[gi + k] = i;
      gates[gf + k] = f;
      gates[go + k] = o;
      gates[gg + k] = cand;
      gates[tc + k] = t;
      s[next + H + k] = c;
      s[next + k] = o * t;
    }
  }

  backward(x, s, prev, next, gates, g, dState, dPrev) {
    const { H, Ui, Uf, Uo, Ug, dWi, dUi, dbi, dWf, dUf, dbf, dWo, dUo, dbo, dWg, dUg, dbg, di, df, dg } = this;
    const dO = this.do;
    const gi = g, gf = g + H, go = g + 2 * H, gg = g + 3 * H, tc = g + 4 * H;
    for (let k = 0; k < H; k++) {
      const dh = dState[k];
      const i = gates[gi + k], f = gates[gf + k], o = gates[go + k], cand = gates[gg + k], t = gates[tc + k];
      const dc = dState[H + k] + dh * o * (1 - t * t);
      di[k] = dc * cand * i * (1 - i);
      df[k] = dc * s[prev + H + k] * f * (1 - f);
      dO[k] = dh * t * o * (1 - o);
      dg[k] = dc * i * (1 - cand * cand);
      dPrev[H + k] = dc * f;
    }
    dPrev.fill(0, 0, H);
    for (let k = 0; k < H; k++) {
      const a = di[k], b = df[k], c = dO[k], e = dg[k];
      const row = k * H;
      const col = k * V + x;
      dWi[col] += a;
      dbi[k] += a;
      dWf[col] += b;
      dbf[k] += b;
      dWo[col] += c;
      dbo[k] += c;
      dWg[col] += e;
      dbg[k] += e;
      for (let j = 0; j < H; j++) {
        const h = s[prev + j];
        dUi[row + j] += a * h;
        dUf[row + j] += b * h;
        dUo[row + j] += c * h;
        dUg[row + j] += e * h;
        dPrev[j] += Ui[row + j] * a + Uf[row + j] * b + Uo[row + j] * c + Ug[row + j] * e;
      }
    }
  }
}

/** a = σ(W_a x + b_a), u = W_x x + b_x, h_t = a ⊙ h + (1 - a) ⊙ u. Params: W_a, b_a, W_x, b_x. Gates: a, u. */
class LinearCell {
  constructor(H, [Wa, ba, Wx, bx], [dWa, dba, dWx, dbx]) {
    Object.assign(this, { H, Wa, ba, Wx, bx, dWa, dba, dWx, dbx });
    this.stateSize = H;
    this.gateSize = 2 * H;
  }

  forward(x, s, prev, next, gates, g) {
    const { H, Wa, ba, Wx, bx } = this;
    for (let i = 0; i < H; i++) {
      const a = sigmoid(Wa[i * V + x] + ba[i]);
      const u = Wx[i * V + x] + bx[i];
      gates[g + i] = a;
      gates[g + H + i] = u;
      s[next + i] = a * s[prev + i] + (1 - a) * u;
    }
  }

  backward(x, s, prev, next, gates, g, dh, dPrev) {
    const { H, dWa, dba, dWx, dbx } = this;
    for (let i = 0; i < H; i++) {
      const a = gates[g + i];
      const u = gates[g + H + i];
      const da = dh[i] * (s[prev + i] - u) * a * (1 - a);
      const du = dh[i] * (1 - a);
      dWa[i * V + x] += da;
      dba[i] += da;
      dWx[i * V + x] += du;
      dbx[i] += du;
      dPrev[i] = dh[i] * a;
    }
  }
}

const CELLS = { rnn: PlainCell, gru: GruCell, lstm: LstmCell, linear: LinearCell };

/** Whether the cell has a hand-written rival here (a cell added later is measured without one). */
export function hasReference(cell) {
  return Object.prototype.hasOwnProperty.call(CELLS, cell);
}

/**
 * The forward pass alone of the same hand-written cell: `params` the cell's values as Float32Arrays in
 * the core's order, `symbols` an Int32Array. `run(passes)` reads the symbols `passes` times from a zero
 * state and returns the steps computed.
 */
export function referenceForward(cell, hiddenSize, params, symbols) {
  const forward = new CELLS[cell](hiddenSize, params, params.map(p => new Float32Array(p.length)));
  const T = symbols.length;
  const S = forward.stateSize, G = forward.gateSize;
  const states = new Float32Array((T + 1) * S);
  const gates = new Float32Array(T * G);
  return {
    run(passes) {
      for (let p = 0; p < passes; p++) {
        for (let t = 0; t < T; t++) {
          forward.forward(symbols[t], states, t * S, (t + 1) * S, gates, t * G);
        }
      }
      return passes * T;
    },
  };
}

export class ReferenceTrainer {
  /**
   * params: the network's values as Float32Arrays in the core's order (the cell's, then W_hy and b_y);
   * text: the symbols (0 … 5) as an Int32Array.
   */
  constructor(cell, hiddenSize, params, text) {
    const H = hiddenSize;
    this.H = H;
    this.params = params;
    this.grads = params.map(p => new Float32Array(p.length));
    this.m = params.map(p => new Float32Array(p.length));
    this.v = params.map(p => new Float32Array(p.length));
    const n = params.length;
    this.cell = new CELLS[cell](H, params.slice(0, n - 2), this.grads.slice(0, n - 2));
    [this.Why, this.by] = params.slice(n - 2);
    [this.dWhy, this.dby] = this.grads.slice(n - 2);
    this.text = text;
    const S = this.cell.stateSize;
    this.states = new Float32Array((WINDOW + 1) * S);
    this.gates = new Float32Array(WINDOW * this.cell.gateSize);
    this.probs = new Float32Array(WINDOW * V);
    this.dState = new Float32Array(S);
    this.dPrev = new Float32Array(S);
    this.position = 0;
    this.beta1Power = 1;
    this.beta2Power = 1;
    this.loss = NaN;
  }

  /** `windows` optimizer steps; returns the symbols read. */
  train(windows) {
    for (let w = 0; w < windows; w++) {
      this.trainWindow();
    }
    return windows * WINDOW;
  }

  trainWindow() {
    const { H, cell, text, states, gates, probs, Why, by, dWhy, dby } = this;
    const S = cell.stateSize, G = cell.gateSize;
    if (this.position + WINDOW + 1 > text.length) {
      this.position = 0;
      states.fill(0, WINDOW * S, (WINDOW + 1) * S);
    }
    const from = this.position;
    states.copyWithin(0, WINDOW * S, (WINDOW + 1) * S); // the last window's final state
    let loss = 0;
    for (let t = 0; t < WINDOW; t++) {
      const next = (t + 1) * S;
      cell.forward(text[from + t], states, t * S, next, gates, t * G);
      // y = W_hy h + b_y, p = softmax(y)
      let max = -Infinity;
      for (let k = 0; k < V; k++) {
        let y = by[k];
        for (let j = 0; j < H; j++) {
          y += Why[k * H + j] * states[next + j];
        }
        probs[t * V + k] = y;
        max = Math.max(max, y);
      }
      let sum = 0;
      for (let k = 0; k < V; k++) {
        const e = Math.exp(probs[t * V + k] - max);
        probs[t * V + k] = e;
        sum += e;
      }
      for (let k = 0; k < V; k++) {
        probs[t * V + k] /= sum;
      }
      loss -= Math.log(probs[t * V + text[from + t + 1]]);
    }
    this.loss = loss / WINDOW;

    for (const d of this.grads) {
      d.fill(0);
    }
    let dState = this.dState, dPrev = this.dPrev;
    dState.fill(0);
    for (let t = WINDOW - 1; t >= 0; t--) {
      const now = (t + 1) * S;
      const target = text[from + t + 1];
      // dy = (p - onehot(target)) / WINDOW: the gradient of the mean loss
      for (let k = 0; k < V; k++) {
        const dy = (probs[t * V + k] - (k === target ? 1 : 0)) / WINDOW;
        dby[k] += dy;
        for (let j = 0; j < H; j++) {
          dWhy[k * H + j] += dy * states[now + j];
          dState[j] += Why[k * H + j] * dy;
        }
      }
      cell.backward(text[from + t], states, t * S, now, gates, t * G, dState, dPrev);
      [dState, dPrev] = [dPrev, dState];
    }
    this.clip();
    this.adam();
    this.position += WINDOW;
  }

  clip() {
    let sum = 0;
    for (const d of this.grads) {
      for (let k = 0; k < d.length; k++) {
        sum += d[k] * d[k];
      }
    }
    const norm = Math.sqrt(sum);
    if (norm > CLIP) {
      const scale = CLIP / norm;
      for (const d of this.grads) {
        for (let k = 0; k < d.length; k++) {
          d[k] *= scale;
        }
      }
    }
  }

  adam() {
    this.beta1Power *= BETA1;
    this.beta2Power *= BETA2;
    const stepSize = LEARNING_RATE / (1 - this.beta1Power);
    const varianceScale = 1 / (1 - this.beta2Power);
    for (let p = 0; p < this.params.length; p++) {
      const w = this.params[p], g = this.grads[p], m = this.m[p], v = this.v[p];
      for (let k = 0; k < w.length; k++) {
        const gk = g[k];
        const mk = BETA1 * m[k] + (1 - BETA1) * gk;
        const vk = BETA2 * v[k] + (1 - BETA2) * gk * gk;
        m[k] = mk;
        v[k] = vk;
        w[k] -= mk * stepSize / (Math.sqrt(vk * varianceScale) + EPSILON);
      }
    }
  }
}
