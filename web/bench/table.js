// The benchmark's results as a plain-text table, and its targets, each met or missed (the benchmark
// command prints the same table).
import { CELL_KEYS, CELL_NAMES, ENGINE_NAMES, TEXT_LENGTH, ALPHABET } from './common.js';
import { CHECK_WINDOWS, EARLY_TOLERANCE, EARLY_WINDOWS, TOLERANCE } from './training.js';
import { INFLUENCE_HIDDEN, INFLUENCE_STEPS } from './influence.js';
import { REPLAY_FRAMES, REPLAY_HIDDEN, REPLAY_STEPS_PER_SECOND } from './replay.js';
import { PAGE_TRAINING_HIDDEN, PAGE_TRAINING_MS, PAGE_TRAINING_PATHS, PAGE_TRAINING_STEPS } from './page-training.js';
import { FIGURE_HIDDEN, FIGURE_STEPS } from './figures.js';
import { SPACE_HIDDEN, SPACE_STEPS } from './space.js';
import { EXPERIMENT_SECONDS } from './experiment.js';

const KB = 1024;
/** Ratios to the hand-written JavaScript at H = 64, by engine: the forward pass (the plain RNN), and training. */
const FORWARD_RATIO = { js: 1, wasm: 1.5 };
const TRAINING_RATIO = { rnn: { js: 1.2, wasm: 2 }, gated: { js: 1.3, wasm: 2 } };
const TARGET_HIDDEN = 64;
const FRAME_MS = 16;
const AFTER_LOAD_MS = 50;
/** A step change's figures (the step marked, the cell diagram written) within this many ms. */
const FIGURE_STEP_MS = 2;
/** The state space: the principal components of 64 states at H = 64, all six symbols' fixed points, training slowed at most by. */
const SPACE_PCA_MS = 2;
const SPACE_SEARCH_MS = 50;
const SPACE_TRAINING_SLOWDOWN = 0.05;
const FIRST_VISIT_GZIP = { js: 48 * KB, wasm: 90 * KB };

const number = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const spread = (s, digits, unit = '') => `${number(s.median, digits)}${unit} [${number(s.min, digits)} … ${number(s.max, digits)}]`;
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);
const engineName = key => ENGINE_NAMES[key] + ' engine';

/** No main-thread task over a frame: judged on the tasks' durations, their most thread time told beside. */
function taskTarget(what, longestMs, busiestCpuMs) {
  return { what: `${what}: no main-thread task over ${FRAME_MS} ms`, met: longestMs <= FRAME_MS,
    value: `longest ${number(longestMs, 1)} ms (thread time at most ${number(busiestCpuMs, 1)} ms)` };
}

export function targets(results) {
  const list = [];
  const ratioTarget = (row, key, least, what) => {
    if (row && row[key] && row[key].ratio) {
      list.push({ what: `${what}, H=${TARGET_HIDDEN}, ≥ ${least}× the reference`, met: row[key].ratio.median >= least,
        value: number(row[key].ratio.median, 2) + '×' });
    }
  };
  const forward64 = results.forward.find(row => row.hidden === TARGET_HIDDEN && row.cell === 'rnn');
  for (const key of results.engines) {
    ratioTarget(forward64, key, FORWARD_RATIO[key], `${engineName(key)}, forward, plain RNN`);
  }
  for (const row of results.training.filter(row => row.hidden === TARGET_HIDDEN)) {
    for (const key of results.engines) {
      const least = (row.cell === 'rnn' ? TRAINING_RATIO.rnn : TRAINING_RATIO.gated)[key];
      ratioTarget(row, key, least, `${engineName(key)}, training, ${CELL_NAMES[row.cell]}`);
    }
  }
  for (const [key, paths] of Object.entries(results.pageTraining)) {
    for (const [path, run] of Object.entries(paths)) {
      const what = `${engineName(key)}, training in the page (${run.name || PAGE_TRAINING_PATHS[path].name})`;
      if (run.trace) {
        list.push(taskTarget(what, run.trace.longestTaskMs.max, run.trace.longestTaskCpuMs.max));
      }
      list.push({ what: `${what}: the page answers a message within ${FRAME_MS} ms`, met: run.longestPingMs.max <= FRAME_MS,
        value: `${number(run.longestPingMs.max, 1)} ms` });
      if (run.ofCore) {
        list.push({ what: `${what}: at least 90 % of the core's rate`, met: run.ofCore >= 0.9,
          value: `${number(run.ofCore * 100, 0)} %` });
      }
    }
  }
  for (const row of results.influence) {
    for (const key of results.engines) {
      const slowest = row[key + 'Page'].max;
      list.push({ what: `${engineName(key)}, a choice's influence rows drawn, ${CELL_NAMES[row.cell]}: within ${FRAME_MS} ms`,
        met: slowest <= FRAME_MS, value: `${number(slowest, 2)} ms` });
    }
  }
  for (const [key, replay] of Object.entries(results.replay)) {
    if (replay.trace) {
      list.push(taskTarget(`${engineName(key)}, replay`, Math.max(replay.trace.longestTaskMs.max, replay.trace.startTaskMs.max),
          replay.trace.longestTaskCpuMs.max));
    } else {
      const longest = Math.max(replay.longestFrameScriptMs.max, replay.startTaskMs.max);
      list.push({ what: `${engineName(key)}, replay: no main-thread task over ${FRAME_MS} ms`, met: longest <= FRAME_MS,
        value: `longest ${number(longest, 1)} ms (script only)` });
    }
  }
  for (const [key, load] of Object.entries(results.load)) {
    const after = load.afterLoadMs.median;
    list.push({ what: `${engineName(key)}, first heatmap ≤ ${AFTER_LOAD_MS} ms after the load event`,
      met: after <= AFTER_LOAD_MS, value: `${number(after, 1)} ms` });
  }
  for (const row of results.figures || []) {
    for (const key of results.engines) {
      const step = row[key].step.median;
      list.push({ what: `${engineName(key)}, a step change in the figures, ${CELL_NAMES[row.cell]}: ≤ ${FIGURE_STEP_MS} ms`,
        met: step <= FIGURE_STEP_MS, value: `${number(step, 2)} ms` });
    }
  }
  for (const row of results.space || []) {
    for (const key of results.engines) {
      const pca = row[key].pca.median;
      list.push({ what: `${engineName(key)}, state space: PCA of ${SPACE_STEPS} states, ${CELL_NAMES[row.cell]}: ≤ ${SPACE_PCA_MS} ms`,
        met: pca <= SPACE_PCA_MS, value: `${number(pca, 2)} ms` });
      const search = row[key].search.median;
      list.push({ what: `${engineName(key)}, state space: fixed points of 6 symbols, ${CELL_NAMES[row.cell]}: ≤ ${SPACE_SEARCH_MS} ms`,
        met: search <= SPACE_SEARCH_MS, value: `${number(search, 1)} ms` });
    }
  }
  for (const [key, run] of Object.entries(results.spaceTraining || {})) {
    const slower = 1 - run.ratio.median;
    list.push({ what: `${engineName(key)}, training from a link with the state space shown: ≤ ${SPACE_TRAINING_SLOWDOWN * 100}% slower`,
      met: slower <= SPACE_TRAINING_SLOWDOWN, value: `${number(slower * 100, 1)}% slower` });
  }
  for (const [key, run] of Object.entries((results.experiment || {}).page || {})) {
    list.push({ what: `${engineName(key)}, the recall experiment at its defaults in the page: ≤ ${EXPERIMENT_SECONDS} s`,
      met: run.seconds <= EXPERIMENT_SECONDS, value: `${number(run.seconds, 1)} s` });
  }
  for (const [key, bytes] of Object.entries(results.bytes)) {
    const limit = FIRST_VISIT_GZIP[key];
    list.push({ what: `${engineName(key)}, first visit ≤ ${limit / KB} KB gzip`, met: bytes.gzip <= limit,
      value: `${number(bytes.gzip / KB, 1)} KB` });
  }
  return list;
}

function forwardLines(results, lines) {
  const keys = results.engines;
  lines.push(`1. Forward pass of every cell, steps per second (a ${TEXT_LENGTH}-symbol text, one-hot over ${ALPHABET.length} symbols)`);
  lines.push('     × reference: over the steps/s of the plain RNN hand-written in JavaScript (Float32Array, Math.tanh) in the same round');
  lines.push('  ' + pad('H', 5) + pad('cell', 18) + pad('implementation', 34) + pad('steps/s', 36) + pad('× reference', 24)
      + '× reference, 4 rows');
  const names = { reference: 'reference JS, plain loop', fourRows: 'reference JS, 4 rows at a time' };
  keys.forEach(k => { names[k] = engineName(k) + ' (the core)'; });
  for (const row of results.forward) {
    const impls = (row.reference ? ['reference', 'fourRows'] : []).concat(keys);
    impls.forEach((k, index) => {
      const cell = row[k];
      lines.push('  ' + pad(index === 0 && row.cell === results.forward[0].cell ? row.hidden : '', 5)
          + pad(index === 0 ? CELL_NAMES[row.cell] : '', 18) + pad(names[k], 34) + pad(spread(cell, 0), 36)
          + pad(cell.ratio ? spread(cell.ratio, 2, '×') : k === 'reference' ? '1×' : '', 24)
          + (cell.ratioFourRows ? spread(cell.ratioFourRows, 2, '×') : ''));
    });
  }
  const checked = results.forward.filter(row => row.reference);
  if (checked.length) {
    lines.push('     the plain RNN\'s states of the last 100 steps against the reference: ' + checked.map(row => `H=${row.hidden} `
        + keys.map(k => `${k} ≤ ${row[k].versusReference.difference.toExponential(1)}`).join(', ')).join('; '));
  }
  const agree = results.forward.filter(row => row.enginesAgree !== undefined);
  if (agree.length) {
    lines.push('     both engines\' states bit for bit equal: ' + (agree.every(row => row.enginesAgree) ? 'every cell and size'
        : 'NOT for ' + agree.filter(row => !row.enginesAgree).map(row => `${row.cell} H=${row.hidden}`).join(', ')));
  }
}

function trainingLines(results, lines) {
  const keys = results.engines;
  lines.push(`2. Training, symbols per second: min-char-rnn's protocol on the ${TEXT_LENGTH}-symbol text (windows of 25, the state carried,`);
  lines.push('     softmax and mean cross-entropy, backpropagation through the window, clipping to a global norm of 5, one Adam step per window)');
  lines.push('     × reference: over the symbols/s of the same algorithm hand-written in JavaScript (Float32Array) for each cell, in the same round');
  lines.push(`     loss check: every window's loss of the first ${CHECK_WINDOWS} from the untrained network, the engine's against the reference's`);
  lines.push('  ' + pad('H', 5) + pad('cell', 18) + pad('implementation', 34) + pad('symbols/s', 36) + pad('× reference', 24)
      + `loss after ${CHECK_WINDOWS} windows; largest difference, windows 1-${EARLY_WINDOWS} and 1-${CHECK_WINDOWS}`);
  const names = { reference: 'reference JS' };
  keys.forEach(k => { names[k] = engineName(k) + ' (the core)'; });
  for (const row of results.training) {
    (row.reference ? ['reference'] : []).concat(keys).forEach((k, index) => {
      const figures = row[k];
      const check = k === 'reference' ? number(row.referenceLoss, 6) : !figures.check ? 'no hand-written rival'
          : `${number(figures.check.loss, 6)}; ${figures.check.early.toExponential(1)}, ${figures.check.all.toExponential(1)}`
            + (figures.check.agree ? '' : ' DIFFERS');
      lines.push('  ' + pad(index === 0 && row.cell === results.training[0].cell ? row.hidden : '', 5)
          + pad(index === 0 ? CELL_NAMES[row.cell] : '', 18) + pad(names[k], 34) + pad(spread(figures, 0), 36)
          + pad(figures.ratio ? spread(figures.ratio, 2, '×') : k === 'reference' ? '1×' : '–', 24) + check);
    });
  }
  if (results.training.length) {
    lines.push(`     the reference agrees when its losses are within ${EARLY_TOLERANCE.toExponential(0)} of the engine's (relative) in windows`
        + ` 1-${EARLY_WINDOWS}, before training amplifies rounding, and within ${TOLERANCE.toExponential(0)} in all: `
        + (results.training.every(row => keys.every(k => !row[k].check || row[k].check.agree))
          ? 'it does, for every cell and size that has one' : 'it DIFFERS where marked'));
  }
  const agree = results.training.filter(row => row.enginesAgree !== undefined);
  if (agree.length) {
    lines.push('     both engines\' losses bit for bit equal: ' + (agree.every(row => row.enginesAgree) ? 'every cell and size'
        : 'NOT for ' + agree.filter(row => !row.enginesAgree).map(row => `${row.cell} H=${row.hidden}`).join(', ')));
  }
}

/** Rates in thousands: 47.1k. */
const thousands = x => number(x / 1000, 1) + 'k';

/**
 * A row per cell and hidden size: training and the forward pass, the hand-written JavaScript's rate of
 * the same cell, then each engine's rate and its ratio to it, median [min … max] over the rounds.
 */
function perCellLines(results, lines) {
  const keys = results.engines;
  const rows = results.training.filter(t => t.reference
      && results.forward.some(f => f.hidden === t.hidden && f.cell === t.cell && f.cellReference));
  const engineColumn = key => pad(ENGINE_NAMES[key], 34);
  lines.push('Per cell and engine: rates, and × the same cell hand-written in JavaScript (reference-training.js) in the same rounds');
  lines.push('  ' + pad('', 23) + pad('training, symbols/s', 12 + 34 * keys.length) + 'forward pass, steps/s');
  lines.push(('  ' + pad('H', 5) + pad('cell', 18) + [0, 1].map(() => pad('hand JS', 12) + keys.map(engineColumn).join('')).join('')).trimEnd());
  const figure = f => pad(`${thousands(f.median)} ${spread(f.ratioCell || f.ratio, 2, '×')}`, 34);
  for (const t of rows) {
    const f = results.forward.find(row => row.hidden === t.hidden && row.cell === t.cell);
    lines.push(('  ' + pad(t.hidden, 5) + pad(CELL_NAMES[t.cell], 18) + pad(thousands(t.reference.median), 12)
        + keys.map(k => figure(t[k])).join('') + pad(thousands(f.cellReference.median), 12) + keys.map(k => figure(f[k])).join('')).trimEnd());
  }
}

/** The page's share of the core's rate in per cent, with its spread where each run has one. */
function share(run) {
  const s = run.shareOfCore;
  return s ? `${number(s.median * 100, 0)} % [${number(s.min * 100, 0)} … ${number(s.max * 100, 0)}]` : `${number(run.ofCore * 100, 0)} %`;
}

function pageTrainingLines(results, lines) {
  lines.push(`3. Training in index.html: H=${PAGE_TRAINING_HIDDEN}, a ${PAGE_TRAINING_STEPS}-symbol sequence, ${PAGE_TRAINING_MS / 1000} s a run,`
      + ' the page\'s own code in a frame of this page');
  lines.push('     Train pressed: 2 steps a frame, to be watched; fast: as fast as it goes; a link\'s steps: as fast as they go;');
  lines.push('     core: the same steps in the engine\'s core alone, steps/s, measured after each run (median), and the page\'s');
  lines.push('     rate as a share of it (each run over the core\'s rate right after it: median [min … max]);');
  lines.push('     ping: the longest a message sent through a MessageChannel every 4 ms waited for the page\'s thread;');
  lines.push('     longest task: of the main thread, from a Chromium trace (script, style, layout, paint); its thread time: the most');
  lines.push('     CPU time a task of the run took (on a shared machine a task also waits for a core)');
  lines.push('  ' + pad('engine', 16) + pad('how', 36) + pad('steps/s', 22) + pad('core, share', 30) + pad('longest ping', 24)
      + pad('longest task', 26) + pad('most thread time', 24) + pad('longest frame', 26) + 'late frames (> 25 ms apart)');
  for (const [key, paths] of Object.entries(results.pageTraining)) {
    Object.entries(paths).forEach(([path, run], index) => {
      lines.push('  ' + pad(index === 0 ? ENGINE_NAMES[key] : '', 16) + pad(run.name || PAGE_TRAINING_PATHS[path].name, 36)
          + pad(spread(run.stepsPerSecond, 0), 22)
          + pad(run.coreStepsPerSecond ? `${number(run.coreStepsPerSecond, 0)}, ${share(run)}` : '', 30)
          + pad(spread(run.longestPingMs, 1), 24) + pad(run.trace ? spread(run.trace.longestTaskMs, 1) : '(no trace)', 26)
          + pad(run.trace ? spread(run.trace.longestTaskCpuMs, 1) : '', 24)
          + pad(spread(run.longestFrameMs, 1), 26) + spread(run.lateFrames, 0));
    });
  }
  lines.push('  seconds per thousand steps, each cell in the core alone (a link\'s steps in the worker take as long):');
  lines.push('  ' + pad('engine', 16) + CELL_KEYS.map(cell => pad(CELL_NAMES[cell], 18)).join(''));
  for (const [key, cells] of Object.entries(results.pageTrainingCells || {})) {
    lines.push('  ' + pad(ENGINE_NAMES[key], 16) + CELL_KEYS.map(cell => pad(number(1000 / cells[cell], 2), 18)).join(''));
  }
}

function influenceLines(results, lines) {
  lines.push(`4. Choosing a value: the influence of every earlier step on an entry of the last state, H=${INFLUENCE_HIDDEN},`
      + ` ${INFLUENCE_STEPS} steps, ms per choice`);
  lines.push('     core: the influence computed; page: a click on a cell of index.html, its arithmetic opened and every');
  lines.push('     lane\'s influence rows computed and drawn, the click\'s whole task');
  lines.push('  ' + pad('cell', 18) + results.engines.map(k => pad(engineName(k) + ', core', 30)
      + pad(engineName(k) + ', page', 30)).join(''));
  for (const row of results.influence) {
    lines.push('  ' + pad(CELL_NAMES[row.cell], 18) + results.engines.map(k => pad(spread(row[k], 3), 30)
        + pad(spread(row[k + 'Page'], 2), 30)).join(''));
  }
}

function loadLines(results, lines) {
  lines.push('5. index.html: navigation start to the first heatmap drawn (performance mark "first-heatmap"), ms');
  lines.push('  ' + pad('engine', 16) + pad('first heatmap', 26) + pad('load event', 26) + pad('heatmap − load event', 26)
      + 'heatmap − compiled code received');
  for (const [key, load] of Object.entries(results.load)) {
    lines.push('  ' + pad(ENGINE_NAMES[key], 16) + pad(spread(load.firstHeatmapMs, 1), 26) + pad(spread(load.loadEventMs, 1), 26)
        + pad(spread(load.afterLoadMs, 1), 26) + spread(load.codeToHeatmapMs, 1));
  }
  lines.push('     index.html?engine=… loaded in a frame of this page; the development server answers each request in full (no-cache)');
}

function replayLines(results, lines) {
  lines.push(`6. Replay of the ${TEXT_LENGTH}-symbol text at H=${REPLAY_HIDDEN}, ${REPLAY_STEPS_PER_SECOND} steps/s (one new column per frame),`
      + ` ${REPLAY_FRAMES} frames per run, ms`);
  lines.push('     load: the sequence arrives (trajectory of all steps, heatmap and letters laid out), a task before the replay;');
  lines.push('     replay: the task that starts it (Replay pressed), then each frame: the drawing calls of HeatmapView and SequenceStrip');
  lines.push('  ' + pad('engine', 16) + pad('load task', 22) + pad('of which trajectory', 22) + pad('replay start', 20)
      + pad('script per frame', 22) + pad('longest frame script', 24) + 'late frames (> 25 ms apart)');
  for (const [key, replay] of Object.entries(results.replay)) {
    lines.push('  ' + pad(ENGINE_NAMES[key], 16) + pad(spread(replay.loadTaskMs, 1), 22) + pad(spread(replay.trajectoryMs, 1), 22)
        + pad(spread(replay.startTaskMs, 2), 20) + pad(spread(replay.scriptMsPerFrame, 2), 22)
        + pad(spread(replay.longestFrameScriptMs, 1), 24) + spread(replay.lateFrames, 0));
  }
  if (Object.values(results.replay).some(r => r.trace)) {
    lines.push('  main thread, from a Chromium trace (every task: script, style, layout, paint):');
    lines.push('  ' + pad('engine', 16) + pad('load task', 22) + pad('replay start task', 22) + pad('per frame after it', 22)
        + pad('longest task after it', 24) + 'most thread time of a task after it');
    for (const [key, replay] of Object.entries(results.replay)) {
      const trace = replay.trace;
      if (trace) {
        lines.push('  ' + pad(ENGINE_NAMES[key], 16) + pad(spread(trace.loadTaskMs, 1), 22) + pad(spread(trace.startTaskMs, 1), 22)
            + pad(spread(trace.mainThreadMsPerFrame, 2), 22) + pad(spread(trace.longestTaskMs, 1), 24)
            + spread(trace.longestTaskCpuMs, 1));
      }
    }
  }
}

function bytesLines(results, lines) {
  lines.push('7. First visit to index.html: the files fetched, bytes as served and gzip-compressed');
  for (const [key, bytes] of Object.entries(results.bytes)) {
    lines.push(`  ${engineName(key)}`);
    for (const f of bytes.files) {
      lines.push('    ' + pad(f.file + (f.topLevelOnly ? ' *' : ''), 28) + padLeft(number(f.raw, 0), 10) + padLeft(number(f.gzip, 0), 10));
    }
    lines.push('    ' + pad('total', 28) + padLeft(number(bytes.raw, 0), 10) + padLeft(number(bytes.gzip, 0), 10)
        + `   (${number(bytes.raw / KB, 1)} KB, ${number(bytes.gzip / KB, 1)} KB gzip)`);
  }
  if (Object.values(results.bytes).some(b => b.files.some(f => f.topLevelOnly))) {
    lines.push('    * the icon: fetched by a top-level visit (not by the frame the bench loads the page in)');
  }
}

function figuresLines(results, lines) {
  lines.push(`8. The figures through the page's own classes, ${FIGURE_STEPS} steps, H = ${FIGURE_HIDDEN}, ms`);
  lines.push('     written: the unrolled network drawn anew (a new sequence, new values); a step change: the step marked in it and');
  lines.push('     the cell diagram drawn for that step, the slowest of 32 changes a run');
  lines.push('  ' + pad('cell', 18) + results.engines.map(k => pad(engineName(k) + ', written', 34)
      + pad('a step change', 26)).join(''));
  for (const row of results.figures) {
    lines.push('  ' + pad(CELL_NAMES[row.cell], 18) + results.engines.map(k => pad(spread(row[k].write, 2), 34)
        + pad(spread(row[k].step, 2), 26)).join(''));
  }
}

function spaceLines(results, lines) {
  lines.push(`9. The state space through the page's own classes, ${SPACE_STEPS} steps, H = ${SPACE_HIDDEN}, untrained, ms`);
  lines.push('     PCA: the principal components of the states (median of 8 a run); plot: the plot written anew (a training frame');
  lines.push('     that follows); fixed points: all six symbols searched to the end, one unit at a time; longest unit: the most one');
  lines.push('     unit took (the page runs units for 4 ms an animation frame, at least one)');
  lines.push('  ' + pad('cell', 18) + pad('engine', 16) + pad('PCA', 24) + pad('plot', 24) + pad('fixed points', 26)
      + pad('longest unit', 24) + 'points');
  for (const row of results.space) {
    results.engines.forEach((k, index) => {
      const r = row[k];
      lines.push('  ' + pad(index === 0 ? CELL_NAMES[row.cell] : '', 18) + pad(ENGINE_NAMES[k], 16) + pad(spread(r.pca, 3), 24)
          + pad(spread(r.plot, 2), 24) + pad(spread(r.search, 1), 26) + pad(spread(r.unit, 2), 24) + r.points);
    });
  }
  const training = Object.entries(results.spaceTraining || {});
  if (training.length) {
    lines.push(`     training in index.html from a link (H=${PAGE_TRAINING_HIDDEN}, ${PAGE_TRAINING_STEPS} symbols, ${PAGE_TRAINING_MS / 1000} s a run),`
        + ' the plot folded and shown in turns, steps/s');
    lines.push('  ' + pad('engine', 16) + pad('folded', 22) + pad('shown', 22) + 'shown / folded, within each round');
    for (const [key, run] of training) {
      lines.push('  ' + pad(ENGINE_NAMES[key], 16) + pad(spread(run.folded, 0), 22) + pad(spread(run.shown, 0), 22)
          + spread(run.ratio, 3, '×'));
    }
  }
}

function experimentLines(results, lines) {
  const experiment = results.experiment;
  lines.push(`10. The recall experiment at its defaults (${experiment.settings}: gaps:steps:hidden size:seed:networks), seconds, one run`);
  lines.push('     in the core: each cell\'s part in one go; in the page: the whole, opened from a link, in slices of its frames,');
  lines.push('     until the chart is complete (the longest frame meanwhile beside it)');
  const keys = Object.keys(experiment.page).length ? Object.keys(experiment.page) : results.engines;
  lines.push('  ' + pad('', 18) + keys.map(k => pad(engineName(k), 34)).join(''));
  for (const row of experiment.core) {
    lines.push('  ' + pad(CELL_NAMES[row.cell], 18) + keys.map(k => pad(row[k] ? number(row[k].seconds, 1) : '', 34)).join('')
        + (row.agree ? '' : 'checksums DIFFER'));
  }
  const total = k => experiment.core.reduce((sum, row) => sum + (row[k] ? row[k].seconds : 0), 0);
  lines.push('  ' + pad('core, all cells', 18) + keys.map(k => pad(number(total(k), 1), 34)).join(''));
  if (Object.keys(experiment.page).length) {
    lines.push('  ' + pad('in the page', 18) + keys.map(k => pad(`${number(experiment.page[k].seconds, 1)} (frame ≤ `
        + `${number(experiment.page[k].longestFrameMs, 0)} ms)`, 34)).join(''));
    const sums = keys.map(k => experiment.page[k].checksum);
    lines.push('  ' + pad('checksum', 18) + sums.map(c => pad(c, 34)).join('')
        + (sums.every(c => c === sums[0]) ? '' : 'DIFFER'));
  }
}

/** The results as a plain-text table: the parts measured, then the targets. */
export function formatResults(results) {
  const lines = [`rnn-playground benchmark: ${results.browser}`, `Each figure: median [min … max] of ${results.runs} runs after a warm-up.`];
  const parts = [
    [results.forward.length, forwardLines],
    [results.training.length, trainingLines],
    [Object.keys(results.pageTraining).length, pageTrainingLines],
    [results.influence.length, influenceLines],
    [Object.keys(results.load).length, loadLines],
    [Object.keys(results.replay).length, replayLines],
    [Object.keys(results.bytes).length, bytesLines],
    [(results.figures || []).length, figuresLines],
    [(results.space || []).length, spaceLines],
    [results.experiment ? 1 : 0, experimentLines],
  ];
  for (const [measured, write] of parts) {
    if (measured) {
      lines.push('');
      write(results, lines);
    }
  }
  if (results.training.some(t => results.forward.some(f => f.hidden === t.hidden && f.cell === t.cell && f.cellReference))) {
    lines.push('');
    perCellLines(results, lines);
  }
  lines.push('');
  lines.push('Targets');
  for (const t of targets(results)) {
    lines.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${pad(t.what, 84)} ${t.value}`);
  }
  return lines.join('\n');
}
