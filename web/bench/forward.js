// 1. The forward pass of every cell in both engines, in steps per second, beside the same cell
// hand-written in JavaScript (reference-training.js); the plain RNN's also beside reference.js.
import { ReferenceRnn } from './reference.js';
import { hasReference, referenceForward } from './reference-training.js';
import { ALPHABET, CELL_KEYS, HIDDEN_SIZES, SEED, TEXT, TEXT_LENGTH, inTurns, stats, status } from './common.js';

function reference(api, hidden) {
  const V = ALPHABET.length;
  const Wxh = Float32Array.from({ length: hidden * V }, (_, k) => api.paramAt(0, k));
  const Whh = Float32Array.from({ length: hidden * hidden }, (_, k) => api.paramAt(1, k));
  const bh = Float32Array.from({ length: hidden }, (_, k) => api.paramAt(2, k));
  const symbols = Int32Array.from({ length: TEXT_LENGTH }, (_, t) => api.symbolAt(t));
  const hs = new Float32Array((TEXT_LENGTH + 1) * hidden);
  const rnn = new ReferenceRnn(hidden, V, Wxh, Whh, bh);
  return {
    plain(passes) {
      for (let p = 0; p < passes; p++) {
        rnn.forward(symbols, hs);
      }
      return passes * TEXT_LENGTH;
    },
    fourRows(passes) {
      for (let p = 0; p < passes; p++) {
        rnn.forwardFourRows(symbols, hs);
      }
      return passes * TEXT_LENGTH;
    },
    /** h_t[i] of the plain loop, read after one more pass of it. */
    states() {
      rnn.forward(symbols, hs);
      return (t, i) => hs[(t + 1) * hidden + i];
    },
  };
}

/** The hand-written forward pass of `cell` (reference-training.js) on the engine's weights and text. */
function cellReference(api, hidden, cell) {
  const params = [];
  for (let p = 0; p < api.paramCount() - 2; p++) {
    params.push(Float32Array.from({ length: api.paramSize(p) }, (_, k) => api.paramAt(p, k)));
  }
  const symbols = Int32Array.from({ length: TEXT_LENGTH }, (_, t) => api.symbolAt(t));
  return referenceForward(cell, hidden, params, symbols);
}

/** The largest |a - b| over the last 100 steps, and whether every value there is bit for bit equal. */
function compare(a, b, hidden) {
  let difference = 0;
  let identical = true;
  for (let t = TEXT_LENGTH - 100; t < TEXT_LENGTH; t++) {
    for (let i = 0; i < hidden; i++) {
      const x = a(t, i);
      const y = b(t, i);
      difference = Math.max(difference, Math.abs(x - y));
      identical = identical && Object.is(x, y);
    }
  }
  return { difference, identical };
}

export async function forwardSuite(engines, results, update) {
  for (const hidden of HIDDEN_SIZES) {
    for (const cell of CELL_KEYS) {
      status(`Forward pass, ${cell}, H = ${hidden}…`);
      for (const engine of engines) {
        engine.api.forwardSetup(SEED, hidden, cell, TEXT);
      }
      const ref = cell === 'rnn' ? reference(engines[0].api, hidden) : null;
      const cellRef = hasReference(cell) ? cellReference(engines[0].api, hidden, cell) : null;
      const impls = (ref ? [{ key: 'reference', run: ref.plain }, { key: 'fourRows', run: ref.fourRows }] : []).concat(
          cellRef ? [{ key: 'cellReference', run: cellRef.run }] : [],
          engines.map(e => ({ key: e.key, run: passes => e.api.forward(passes) })));
      const timed = await inTurns(impls);
      const row = { hidden, cell, steps: TEXT_LENGTH };
      if (cellRef) {
        row.cellReference = stats(timed.rates.cellReference);
      }
      if (ref) {
        row.reference = stats(timed.rates.reference);
        row.fourRows = stats(timed.rates.fourRows);
        row.fourRows.ratio = timed.ratio('fourRows', 'reference');
      }
      const referenceStates = ref && ref.states();
      const stateOf = api => (t, i) => api.stateAt(t, i);
      for (const engine of engines) {
        engine.api.settle();
        row[engine.key] = stats(timed.rates[engine.key]);
        if (cellRef) {
          row[engine.key].ratioCell = timed.ratio(engine.key, 'cellReference');
        }
        if (ref) {
          row[engine.key].ratio = timed.ratio(engine.key, 'reference');
          row[engine.key].ratioFourRows = timed.ratio(engine.key, 'fourRows');
          row[engine.key].versusReference = compare(stateOf(engine.api), referenceStates, hidden);
        }
      }
      if (engines.length === 2) {
        row.enginesAgree = compare(stateOf(engines[0].api), stateOf(engines[1].api), hidden).identical;
      }
      results.forward.push(row);
      update();
    }
  }
}
