// 2. Training by min-char-rnn's protocol, every cell in both engines, in symbols per second, each
// beside the hand-written JavaScript version of the same algorithm (reference-training.js).
import { ReferenceTrainer, hasReference } from './reference-training.js';
import { ALPHABET, CELL_KEYS, HIDDEN_SIZES, SEED, TEXT, inTurns, stats, status } from './common.js';

/** Windows trained one by one from the start, each's loss kept: a pass over the text and the start of the next. */
export const CHECK_WINDOWS = 80;
/**
 * The reference agrees with an engine when each of the first EARLY_WINDOWS losses is within
 * EARLY_TOLERANCE of the engine's, and each of all CHECK_WINDOWS within TOLERANCE (relative). Both
 * round to float in different places: the first windows differ by rounding alone (1e-8 here), and
 * training then amplifies it (at H = 256 the plain RNN's loss differs by 1e-3 after 80 windows),
 * where a different algorithm would differ by far more from the second window on.
 */
export const EARLY_WINDOWS = 10;
export const EARLY_TOLERANCE = 1e-6;
export const TOLERANCE = 1e-2;

/** The reference, from the engine's network as trainSetup made it (before any training). */
function reference(api, hidden, cell) {
  const params = [];
  for (let p = 0; p < api.paramCount(); p++) {
    params.push(Float32Array.from({ length: api.paramSize(p) }, (_, k) => api.paramAt(p, k)));
  }
  const text = Int32Array.from(TEXT, symbol => ALPHABET.indexOf(symbol));
  return new ReferenceTrainer(cell, hidden, params, text);
}

/** Trains CHECK_WINDOWS windows one at a time; the loss of each. */
function windowLosses(trainOne) {
  const losses = [];
  for (let w = 0; w < CHECK_WINDOWS; w++) {
    losses.push(trainOne());
  }
  return losses;
}

/** The largest relative difference of b from a over the first `count` windows. */
function largestDifference(a, b, count) {
  let difference = 0;
  for (let w = 0; w < count; w++) {
    difference = Math.max(difference, Math.abs(a[w] - b[w]) / Math.abs(b[w]));
  }
  return difference;
}

/** How the reference's losses `a` compare with an engine's `b`, and the engine's last loss. */
function compareLosses(a, b) {
  const early = largestDifference(a, b, EARLY_WINDOWS);
  const all = largestDifference(a, b, CHECK_WINDOWS);
  return { early, all, agree: early <= EARLY_TOLERANCE && all <= TOLERANCE, loss: b[CHECK_WINDOWS - 1] };
}

export async function trainingSuite(engines, results, update) {
  for (const hidden of HIDDEN_SIZES) {
    for (const cell of CELL_KEYS) {
      status(`Training, ${cell}, H = ${hidden}…`);
      for (const engine of engines) {
        engine.api.trainSetup(SEED, hidden, cell, TEXT);
      }
      const ref = hasReference(cell) ? reference(engines[0].api, hidden, cell) : null;
      const losses = {};
      // the warm-up starts with the windows whose losses are compared, from the untrained network
      const impls = (ref ? [{
        key: 'reference',
        warmUp: () => { losses.reference = windowLosses(() => { ref.trainWindow(); return ref.loss; }); },
        run: windows => ref.train(windows),
      }] : []).concat(engines.map(e => ({
        key: e.key,
        warmUp: () => { losses[e.key] = windowLosses(() => { e.api.train(1); return e.api.lastLoss(); }); },
        run: windows => e.api.train(windows),
      })));
      const timed = await inTurns(impls);
      const row = { hidden, cell };
      if (ref) { // a cell with no hand-written rival is measured alone
        row.reference = stats(timed.rates.reference);
        row.referenceLoss = losses.reference[CHECK_WINDOWS - 1];
      }
      for (const engine of engines) {
        row[engine.key] = stats(timed.rates[engine.key]);
        if (ref) {
          row[engine.key].ratio = timed.ratio(engine.key, 'reference');
          row[engine.key].check = compareLosses(losses.reference, losses[engine.key]);
        }
      }
      if (engines.length === 2) {
        row.enginesAgree = losses.js.every((loss, w) => Object.is(loss, losses.wasm[w]));
      }
      results.training.push(row);
      update();
    }
  }
}
