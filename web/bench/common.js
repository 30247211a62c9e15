// What the parts of the benchmark share: its options, the fixed text, the cells, statistics, and
// implementations timed in turns.

const params = new URLSearchParams(location.search);
/** Timed runs per figure, each after a warm-up: ?runs=N, at least 5. */
export const RUNS = Math.max(5, parseInt(params.get('runs') || '7', 10) || 7);
/** ?engines=js or ?engines=wasm measures one engine only. */
export const ENGINE_KEYS = (params.get('engines') || 'js,wasm').split(',').filter(k => k === 'js' || k === 'wasm');
export const ENGINE_NAMES = { js: 'JavaScript', wasm: 'WebAssembly GC' };
/** The cells measured, by key, and their names: every registered cell, or ?cells=rnn,lstm (see useCells). */
export let CELL_KEYS = [];
export const CELL_NAMES = {};

/** The registry's cells, from an engine: every one, or those ?cells= names. */
export function useCells(api) {
  const registered = api.cellKeys().split(',');
  const chosen = params.get('cells');
  CELL_KEYS = chosen ? chosen.split(',').filter(key => registered.includes(key)) : registered;
  for (const key of registered) {
    CELL_NAMES[key] = api.cellName(key);
  }
}
export const ALPHABET = 'abrcd ';
export const SEED = 12345;
/** ?sizes=64 measures some hidden sizes only. */
export const HIDDEN_SIZES = (params.get('sizes') || '16,64,256').split(',').map(Number);
export const TEXT_LENGTH = 2000;
const RUN_MS = 100;            // a timed run lasts about this long
const WARM_UP_MS = 400;        // per implementation and size

/** A fixed text of `length` symbols: words over the alphabet, picked by a small LCG. */
export function fixedText(length) {
  const words = ['abracadabra', 'cab', 'dab', 'bad', 'radar', 'card', 'bard', 'abba', 'dada', 'arc'];
  let state = 7;
  let text = '';
  while (text.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += words[(state >>> 16) % words.length] + ' ';
  }
  return text.slice(0, length);
}

export const TEXT = fixedText(TEXT_LENGTH);

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
export const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve));

/** The median, min and max of `values`, which are kept too: no run is dropped. */
export function stats(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

export function status(text) {
  document.getElementById('status').textContent = text;
}

/**
 * Times implementations, each `{ key, run(count) }` returning the units it did (steps, symbols), in
 * turns. Each first warms up (its `warmUp()` if it has one, then runs of 1 until WARM_UP_MS have
 * passed) and has its runs sized to about RUN_MS (runs of 1, 2, 4, … until one takes a quarter of
 * it); then RUNS rounds, a different one first each round. Returns the units per second of every run
 * by key, and `ratio(a, b)`: the stats of a's rate over b's, taken within each round, so that a slow
 * moment of the machine weighs on both sides.
 */
export async function inTurns(impls) {
  for (const impl of impls) {
    const start = performance.now();
    if (impl.warmUp) {
      impl.warmUp();
    }
    for (let calls = 0; performance.now() - start < WARM_UP_MS || calls < 3; calls++) {
      impl.run(1);
    }
    for (let count = 1; ; count *= 2) {
      const before = performance.now();
      impl.run(count);
      const ms = performance.now() - before;
      if (ms >= RUN_MS / 4) {
        impl.count = Math.max(1, Math.round(count * RUN_MS / ms));
        break;
      }
    }
    await sleep(0);
  }
  const rates = {};
  impls.forEach(impl => { rates[impl.key] = []; });
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < impls.length; k++) {
      const impl = impls[(k + r) % impls.length];
      const start = performance.now();
      const units = impl.run(impl.count);
      rates[impl.key].push(units / ((performance.now() - start) / 1000));
      await sleep(0);
    }
  }
  return {
    rates,
    ratio: (a, b) => stats(rates[a].map((rate, r) => rate / rates[b][r])),
  };
}
