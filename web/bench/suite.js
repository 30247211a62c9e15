// The benchmark of web/bench.html: the core's forward pass in both compiled engines beside a
// hand-written JavaScript reference, the replay's cost per frame, the time to the first heatmap of
// index.html, and the bytes of a first visit. It reports figures; it has no pass or fail.
//
// ?runs=N (at least 5, default 7) sets the timed runs per figure, each after a warm-up;
// ?engines=js or ?engines=wasm measures one engine only; ?suites=kernels,replay,page picks the parts.
import * as jsBuild from '../bench.js';
import { ReferenceRnn } from './reference.js';

const params = new URLSearchParams(location.search);
const RUNS = Math.max(5, parseInt(params.get('runs') || '7', 10) || 7);
const ENGINE_KEYS = (params.get('engines') || 'js,wasm').split(',').filter(k => k === 'js' || k === 'wasm');
const SUITES = (params.get('suites') || 'kernels,replay,page').split(',');
const ENGINE_NAMES = { js: 'JavaScript', wasm: 'WebAssembly GC' };
const ALPHABET = 'abrcd ';
const SEED = 12345;
const HIDDEN_SIZES = [16, 64, 256];
const SEQUENCE_LENGTH = 2000;
const RUN_MS = 100;            // a timed kernel run lasts about this long
const WARM_UP_MS = 400;        // per implementation and hidden size
const REPLAY_HIDDEN = 64;
const REPLAY_STEPS_PER_SECOND = 60;  // a new column every frame at 60 Hz (the page's pace is 6)
const REPLAY_FRAMES = 180;           // frames measured per run (the warm-up run has a third)
const TARGETS = { jsRatio: 1, wasmRatio: 1.5, longestTaskMs: 16, afterLoadMs: 50, jsGzip: 40 * 1024, wasmGzip: 80 * 1024 };

/** A fixed sequence of SEQUENCE_LENGTH symbols: words over the alphabet, picked by a small LCG. */
function fixedSequence() {
  const words = ['abracadabra', 'cab', 'dab', 'bad', 'radar', 'card', 'bard', 'abba', 'dada', 'arc'];
  let state = 7;
  let text = '';
  while (text.length < SEQUENCE_LENGTH) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += words[(state >>> 16) % words.length] + ' ';
  }
  return text.slice(0, SEQUENCE_LENGTH);
}

const SEQUENCE = fixedSequence();
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve));

function stats(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

function status(text) {
  document.getElementById('status').textContent = text;
}

async function loadEngines() {
  const engines = [];
  for (const key of ENGINE_KEYS) {
    let api;
    if (key === 'js') {
      api = jsBuild;
    } else {
      api = (await TeaVM.wasmGC.load('bench.wasm')).exports;
    }
    api.main([]);
    engines.push({ key, name: ENGINE_NAMES[key], api });
  }
  return engines;
}

// ---------- 1-2. The forward pass: steps per second ----------

function reference(api, hidden) {
  const V = ALPHABET.length;
  const Wxh = Float32Array.from({ length: hidden * V }, (_, k) => api.wxhAt(k));
  const Whh = Float32Array.from({ length: hidden * hidden }, (_, k) => api.whhAt(k));
  const bh = Float32Array.from({ length: hidden }, (_, k) => api.bAt(k));
  const symbols = Int32Array.from({ length: SEQUENCE_LENGTH }, (_, t) => api.symbolAt(t));
  const hs = new Float32Array((SEQUENCE_LENGTH + 1) * hidden);
  const rnn = new ReferenceRnn(hidden, V, Wxh, Whh, bh);
  return {
    plain(passes) {
      for (let p = 0; p < passes; p++) {
        rnn.forward(symbols, hs);
      }
      return passes * SEQUENCE_LENGTH;
    },
    fourRows(passes) {
      for (let p = 0; p < passes; p++) {
        rnn.forwardFourRows(symbols, hs);
      }
      return passes * SEQUENCE_LENGTH;
    },
    /** h_t[i] of the plain loop, read after one more pass of it. */
    states() {
      rnn.forward(symbols, hs);
      return (t, i) => hs[(t + 1) * hidden + i];
    },
  };
}

/** The largest |a - b| over the last 100 steps, and whether every value there is bit for bit equal. */
function compare(a, b, hidden) {
  let difference = 0;
  let identical = true;
  for (let t = SEQUENCE_LENGTH - 100; t < SEQUENCE_LENGTH; t++) {
    for (let i = 0; i < hidden; i++) {
      const x = a(t, i);
      const y = b(t, i);
      difference = Math.max(difference, Math.abs(x - y));
      identical = identical && Object.is(x, y);
    }
  }
  return { difference, identical };
}

async function kernelSuite(engines, results) {
  for (const hidden of HIDDEN_SIZES) {
    status(`Forward pass, H = ${hidden}…`);
    for (const engine of engines) {
      engine.api.forwardSetup(SEED, hidden, 'rnn', SEQUENCE);
    }
    const ref = reference(engines[0].api, hidden);
    const impls = [{ key: 'reference', run: ref.plain }, { key: 'fourRows', run: ref.fourRows }].concat(
        engines.map(e => ({ key: e.key, run: passes => e.api.forward(passes) })));
    for (const impl of impls) {
      let spent = 0;
      let calls = 0;
      let perPass = 0;
      while (spent < WARM_UP_MS || calls < 3) {
        const start = performance.now();
        impl.run(1);
        perPass = performance.now() - start;
        spent += perPass;
        calls++;
      }
      impl.passes = Math.max(1, Math.round(RUN_MS / Math.max(perPass, 0.01)));
      await sleep(0);
    }
    // Runs take turns (a different one first each round), and each engine's ratio is taken within a
    // round: a slow moment of the machine then weighs on both sides of it.
    const rates = {};
    impls.forEach(impl => { rates[impl.key] = []; });
    for (let r = 0; r < RUNS; r++) {
      for (let k = 0; k < impls.length; k++) {
        const impl = impls[(k + r) % impls.length];
        const start = performance.now();
        const steps = impl.run(impl.passes);
        const seconds = (performance.now() - start) / 1000;
        rates[impl.key].push(steps / seconds);
        await sleep(0);
      }
    }
    const ratios = (a, b) => stats(rates[a].map((rate, r) => rate / rates[b][r]));
    const row = { hidden, sequenceLength: SEQUENCE_LENGTH, reference: stats(rates.reference), fourRows: stats(rates.fourRows) };
    row.fourRows.ratio = ratios('fourRows', 'reference');
    const referenceStates = ref.states();
    for (const engine of engines) {
      engine.api.settle();
      row[engine.key] = stats(rates[engine.key]);
      row[engine.key].ratio = ratios(engine.key, 'reference');
      row[engine.key].ratioFourRows = ratios(engine.key, 'fourRows');
      row[engine.key].versusReference = compare((t, i) => engine.api.stateAt(t, i), referenceStates, hidden);
    }
    if (engines.length === 2) {
      row.enginesAgree = compare((t, i) => engines[0].api.stateAt(t, i),
          (t, i) => engines[1].api.stateAt(t, i), hidden).identical;
    }
    results.kernels.push(row);
    show(results);
  }
}

// ---------- 4. Replaying a long sequence: the cost of a frame ----------

/**
 * One replay. First the sequence arrives, as an edit brings it to the playground: the trajectory of
 * all steps, the heatmap and the letters laid out, every column shown. A frame later, in a task of its
 * own, Replay is pressed: the replay starts, then {@code frames} animation frames each draw the columns
 * due by then and mark the current one.
 */
async function replayRun(api, label, frames) {
  performance.mark(label + ':load');
  let before = performance.now();
  const trajectoryMs = api.replayLoad(SEED, REPLAY_HIDDEN, SEQUENCE);
  const loadTaskMs = performance.now() - before;
  await nextFrame();
  await sleep(0);
  performance.mark(label + ':start');
  before = performance.now();
  api.replayStart(REPLAY_STEPS_PER_SECOND);
  const replayStart = performance.now();
  const startTaskMs = replayStart - before;
  return new Promise(resolve => {
    const script = [];
    let late = 0;
    let last = -1;
    let shown = 0;
    function frame(now) {
      const a = performance.now();
      shown = api.replayFrame(a - replayStart);
      script.push(performance.now() - a);
      if (last >= 0 && now - last > 1.5 * 1000 / 60) {
        late++;
      }
      last = now;
      if (script.length < frames && shown < SEQUENCE_LENGTH) {
        requestAnimationFrame(frame);
        return;
      }
      performance.mark(label + ':end');
      resolve({
        loadTaskMs,
        trajectoryMs,
        startTaskMs,
        frames: script.length,
        columns: shown,
        scriptMsPerFrame: script.reduce((sum, x) => sum + x, 0) / script.length,
        longestFrameScriptMs: Math.max(...script),
        lateFrames: late,
      });
    }
    requestAnimationFrame(frame);
  });
}

async function replaySuite(engines, results) {
  const runs = {};
  engines.forEach(engine => { runs[engine.key] = []; });
  for (let r = 0; r <= RUNS; r++) {
    for (const engine of engines) {
      status(`Replay, ${engine.name}, ${r === 0 ? 'warm-up' : 'run ' + r}…`);
      const run = await replayRun(engine.api, `replay:${engine.key}:${r}`, r === 0 ? REPLAY_FRAMES / 3 : REPLAY_FRAMES);
      if (r > 0) {
        runs[engine.key].push(run);
      }
      await sleep(50);
    }
  }
  for (const engine of engines) {
    const summary = { stepsPerSecond: REPLAY_STEPS_PER_SECOND, hidden: REPLAY_HIDDEN, steps: SEQUENCE_LENGTH };
    for (const name of ['loadTaskMs', 'trajectoryMs', 'startTaskMs', 'frames', 'columns', 'scriptMsPerFrame', 'longestFrameScriptMs', 'lateFrames']) {
      summary[name] = stats(runs[engine.key].map(run => run[name]));
    }
    results.replay[engine.key] = summary;
  }
  show(results);
}

// ---------- 3 and 5. index.html: first heatmap and the bytes of a first visit ----------

async function loadPage(engine) {
  const frame = document.createElement('iframe');
  frame.className = 'page';
  frame.title = 'index.html on the ' + ENGINE_NAMES[engine] + ' engine';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = 'index.html?engine=' + engine;
  document.getElementById('pages').appendChild(frame);
  await loaded;
  const page = frame.contentWindow;
  const deadline = performance.now() + 20000;
  let mark;
  while (!(mark = page.performance.getEntriesByName('first-heatmap')[0])
      || !page.document.documentElement.getAttribute('data-engine')) {
    if (performance.now() > deadline) {
      throw new Error('index.html?engine=' + engine + ' painted no heatmap in 20 s');
    }
    await sleep(5);
  }
  const navigation = page.performance.getEntriesByType('navigation')[0];
  const entries = [navigation].concat(page.performance.getEntriesByType('resource'));
  const compiled = entries.find(e => new URL(e.name).pathname.split('/').pop() === (engine === 'js' ? 'classes.js' : 'classes.wasm'));
  const load = {
    engine: page.document.documentElement.getAttribute('data-engine'),
    firstHeatmapMs: mark.startTime,
    loadEventMs: navigation.loadEventStart,
    afterLoadMs: mark.startTime - navigation.loadEventStart,
    codeToHeatmapMs: mark.startTime - compiled.responseEnd,
    urls: entries.map(e => e.name),
    icons: Array.from(page.document.querySelectorAll('link[rel~="icon"]'), link => link.href),
  };
  frame.remove();
  return load;
}

async function gzipSize(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function firstVisitBytes(load) {
  const files = [];
  const seen = new Set();
  const urls = load.urls.map(url => ({ url, topLevelOnly: false }))
      .concat(load.icons.map(url => ({ url, topLevelOnly: true })));
  for (const { url, topLevelOnly } of urls) {
    const path = new URL(url).pathname;
    if (seen.has(path)) {
      continue;
    }
    seen.add(path);
    const bytes = await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
    files.push({ file: path.replace(/^\//, ''), raw: bytes.byteLength, gzip: await gzipSize(bytes), topLevelOnly });
  }
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

async function pageSuite(engines, results) {
  const loads = {};
  engines.forEach(engine => { loads[engine.key] = []; });
  for (let r = 0; r <= RUNS; r++) {
    for (const engine of engines) {
      status(`index.html, ${engine.name}, ${r === 0 ? 'warm-up' : 'load ' + r}…`);
      const load = await loadPage(engine.key);
      if (load.engine !== engine.key) {
        throw new Error('index.html?engine=' + engine.key + ' ran on ' + load.engine);
      }
      if (r > 0) {
        loads[engine.key].push(load);
      }
      await sleep(100);
    }
  }
  for (const engine of engines) {
    const list = loads[engine.key];
    results.load[engine.key] = {
      firstHeatmapMs: stats(list.map(l => l.firstHeatmapMs)),
      loadEventMs: stats(list.map(l => l.loadEventMs)),
      afterLoadMs: stats(list.map(l => l.afterLoadMs)),
      codeToHeatmapMs: stats(list.map(l => l.codeToHeatmapMs)),
    };
    results.bytes[engine.key] = await firstVisitBytes(list[0]);
  }
  show(results);
}

// ---------- The table ----------

const number = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const spread = (s, digits, unit = '') => `${number(s.median, digits)}${unit} [${number(s.min, digits)} … ${number(s.max, digits)}]`;
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

function targets(results) {
  const list = [];
  const row64 = results.kernels.find(k => k.hidden === 64);
  if (row64 && row64.js) {
    list.push({ what: 'JavaScript engine, H=64, ≥ 1× the reference', met: row64.js.ratio.median >= TARGETS.jsRatio,
      value: number(row64.js.ratio.median, 2) + '×' });
  }
  if (row64 && row64.wasm) {
    list.push({ what: 'WebAssembly GC engine, H=64, ≥ 1.5× the reference', met: row64.wasm.ratio.median >= TARGETS.wasmRatio,
      value: number(row64.wasm.ratio.median, 2) + '×' });
  }
  for (const key of Object.keys(results.replay)) {
    const replay = results.replay[key];
    const longest = replay.trace ? Math.max(replay.trace.longestTaskMs.max, replay.trace.startTaskMs.max)
        : Math.max(replay.longestFrameScriptMs.max, replay.startTaskMs.max);
    list.push({ what: `${ENGINE_NAMES[key]} engine, replay: no main-thread task over 16 ms`, met: longest <= TARGETS.longestTaskMs,
      value: `longest ${number(longest, 1)} ms${replay.trace ? '' : ' (script only)'}` });
  }
  for (const key of Object.keys(results.load)) {
    const after = results.load[key].afterLoadMs.median;
    list.push({ what: `${ENGINE_NAMES[key]} engine, first heatmap ≤ 50 ms after the load event`, met: after <= TARGETS.afterLoadMs,
      value: `${number(after, 1)} ms` });
  }
  for (const key of Object.keys(results.bytes)) {
    const limit = key === 'js' ? TARGETS.jsGzip : TARGETS.wasmGzip;
    list.push({ what: `${ENGINE_NAMES[key]} engine, first visit under ${limit / 1024} KB gzip`, met: results.bytes[key].gzip < limit,
      value: `${number(results.bytes[key].gzip / 1024, 1)} KB` });
  }
  return list;
}

/** The results as a plain-text table (also printed by the benchmark command). */
export function formatResults(results) {
  const lines = [];
  const keys = results.engines;
  lines.push(`rnn-playground benchmark: ${results.browser}`);
  lines.push(`Each figure: median [min … max] of ${results.runs} runs after a warm-up.`);
  lines.push('');
  lines.push(`1-2. Forward pass of the vanilla cell, steps per second (a ${SEQUENCE_LENGTH}-symbol sequence, one-hot over ${ALPHABET.length} symbols)`);
  lines.push('     × reference: steps/s over those of the hand-written JavaScript reference (Float32Array, Math.tanh) run in the same round');
  lines.push('  ' + pad('H', 5) + pad('implementation', 40) + pad('steps/s', 36) + pad('× reference', 24) + '× reference, 4 rows');
  const kernelNames = { reference: 'reference JS, plain loop', fourRows: 'reference JS, 4 rows at a time' };
  keys.forEach(k => { kernelNames[k] = ENGINE_NAMES[k] + ' engine (the core)'; });
  for (const row of results.kernels) {
    ['reference', 'fourRows'].concat(keys).forEach((k, index) => {
      const cell = row[k];
      lines.push('  ' + pad(index === 0 ? row.hidden : '', 5) + pad(kernelNames[k], 40) + pad(spread(cell, 0), 36)
          + pad(cell.ratio ? spread(cell.ratio, 2, '×') : '1×', 24) + (cell.ratioFourRows ? spread(cell.ratioFourRows, 2, '×') : ''));
    });
  }
  if (results.kernels.length) {
    lines.push('     states of the last 100 steps checked against the plain reference: '
        + results.kernels.map(row => `H=${row.hidden} ` + keys.map(k => `${k} ≤ ${row[k].versusReference.difference.toExponential(1)}`).join(', ')
            + (row.enginesAgree === undefined ? '' : (row.enginesAgree ? ', js = wasm bit for bit' : ', js and wasm DIFFER'))).join('; '));
  }
  lines.push('');
  lines.push('3. index.html: navigation start to the first heatmap drawn (performance mark "first-heatmap"), ms');
  lines.push('  ' + pad('engine', 16) + pad('first heatmap', 26) + pad('load event', 26) + pad('heatmap − load event', 26)
      + 'heatmap − compiled code received');
  for (const k of Object.keys(results.load)) {
    const load = results.load[k];
    lines.push('  ' + pad(ENGINE_NAMES[k], 16) + pad(spread(load.firstHeatmapMs, 1), 26) + pad(spread(load.loadEventMs, 1), 26)
        + pad(spread(load.afterLoadMs, 1), 26) + spread(load.codeToHeatmapMs, 1));
  }
  lines.push('     index.html?engine=… loaded in a frame of this page; the development server answers each request in full (no-cache)');
  lines.push('');
  lines.push(`4. Replay of the ${SEQUENCE_LENGTH}-symbol sequence at H=${REPLAY_HIDDEN}, ${REPLAY_STEPS_PER_SECOND} steps/s (one new column per frame),`
      + ` ${REPLAY_FRAMES} frames per run, ms`);
  lines.push('     load: the sequence arrives (trajectory of all steps, heatmap and letters laid out), a task before the replay;');
  lines.push('     replay: the task that starts it (Replay pressed), then each frame: the drawing calls of HeatmapView and SequenceStrip');
  lines.push('  ' + pad('engine', 16) + pad('load task', 22) + pad('of which trajectory', 22) + pad('replay start', 20)
      + pad('script per frame', 22) + pad('longest frame script', 24) + 'late frames (> 25 ms apart)');
  for (const k of Object.keys(results.replay)) {
    const replay = results.replay[k];
    lines.push('  ' + pad(ENGINE_NAMES[k], 16) + pad(spread(replay.loadTaskMs, 1), 22) + pad(spread(replay.trajectoryMs, 1), 22)
        + pad(spread(replay.startTaskMs, 2), 20) + pad(spread(replay.scriptMsPerFrame, 2), 22)
        + pad(spread(replay.longestFrameScriptMs, 1), 24) + spread(replay.lateFrames, 0));
  }
  if (Object.values(results.replay).some(r => r.trace)) {
    lines.push('  main thread, from a Chromium trace (every task: script, style, layout, paint):');
    lines.push('  ' + pad('engine', 16) + pad('load task', 22) + pad('replay start task', 22) + pad('per frame after it', 22)
        + 'longest task after it');
    for (const k of Object.keys(results.replay)) {
      const trace = results.replay[k].trace;
      if (trace) {
        lines.push('  ' + pad(ENGINE_NAMES[k], 16) + pad(spread(trace.loadTaskMs, 1), 22) + pad(spread(trace.startTaskMs, 1), 22)
            + pad(spread(trace.mainThreadMsPerFrame, 2), 22) + spread(trace.longestTaskMs, 1));
      }
    }
  }
  lines.push('');
  lines.push('5. First visit to index.html: the files fetched, bytes as served and gzip-compressed');
  for (const k of Object.keys(results.bytes)) {
    const bytes = results.bytes[k];
    lines.push(`  ${ENGINE_NAMES[k]} engine`);
    for (const f of bytes.files) {
      lines.push('    ' + pad(f.file + (f.topLevelOnly ? ' *' : ''), 28) + padLeft(number(f.raw, 0), 10) + padLeft(number(f.gzip, 0), 10));
    }
    lines.push('    ' + pad('total', 28) + padLeft(number(bytes.raw, 0), 10) + padLeft(number(bytes.gzip, 0), 10)
        + `   (${number(bytes.raw / 1024, 1)} KB, ${number(bytes.gzip / 1024, 1)} KB gzip)`);
  }
  if (Object.values(results.bytes).some(b => b.files.some(f => f.topLevelOnly))) {
    lines.push('    * the icon: fetched by a top-level visit (not by the frame the bench loads the page in)');
  }
  lines.push('');
  lines.push('Targets');
  for (const t of targets(results)) {
    lines.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${pad(t.what, 64)} ${t.value}`);
  }
  return lines.join('\n');
}

function show(results) {
  document.getElementById('table').textContent = formatResults(results);
}

async function main() {
  const results = {
    browser: navigator.userAgent.match(/(Headless)?Chrom(e|ium)\/[0-9.]+/)?.[0] || navigator.userAgent,
    runs: RUNS,
    engines: ENGINE_KEYS,
    kernels: [],
    replay: {},
    load: {},
    bytes: {},
  };
  window.benchResults = results;
  window.benchFormat = formatResults;
  try {
    const engines = await loadEngines();
    await nextFrame();
    if (SUITES.includes('kernels')) {
      await kernelSuite(engines, results);
    }
    if (SUITES.includes('replay')) {
      await replaySuite(engines, results);
    }
    if (SUITES.includes('page')) {
      await pageSuite(engines, results);
    }
    results.targets = targets(results);
    show(results);
    status('Done.');
    document.documentElement.setAttribute('data-bench', 'done');
  } catch (error) {
    status('The benchmark stopped: ' + error.message);
    results.error = String(error && error.stack || error);
    document.documentElement.setAttribute('data-bench', 'failed');
  }
}

main();
