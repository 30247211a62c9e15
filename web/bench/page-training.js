// 3. Training in the page: index.html at hidden size 64 on a 64-symbol sequence, trained for 5 s
// through its own code (its training worker, or its slices where there is none; the loss chart, the
// heatmap and predictions redrawn), in a frame of this page: training steps per second from one second
// in (the worker started and warmed up), the same
// steps' rate in the core alone (the engine's own build, no page, no worker) and their ratio, the
// longest frame, and the longest wait of a message sent through a MessageChannel every few
// milliseconds (how long the page's thread could not answer). The benchmark command runs it under a
// Chromium trace and adds the longest main-thread task of every run.
import { CELL_KEYS, RUNS, SEED, fixedText, nextFrame, sleep, stats, status } from './common.js';
import { openPage } from './page.js';

export const PAGE_TRAINING_HIDDEN = 64;
export const PAGE_TRAINING_STEPS = 64;
export const PAGE_TRAINING_MS = 5000;
/** A long link (the page holds up to a million steps): far more than 5 s of them. */
const LINK_STEPS = 200000;
const params = new URLSearchParams(location.search);
/** ?paths=fast,link measures some ways of training only. */
const CHOSEN_PATHS = params.get('paths') ? params.get('paths').split(',') : null;
/** ?before=DIR/ also measures the site served under DIR/ (older code), its runs in turns with this one's. */
const BEFORE = params.get('before') || '';

/**
 * How training starts, and on which cells: Train pressed at the pace to be watched (2 steps a frame)
 * or as fast as it goes, one cell or two compared, or a link's steps (caught up with as fast as they go).
 * Pressed, the learning rate is low enough that the loss still falls after 5 s: at the default rate the
 * LSTM learns the sequence and training pauses by itself within a second.
 */
export const PAGE_TRAINING_PATHS = {
  train: { name: 'LSTM, Train pressed', cells: ['lstm'], hash: '&cell=lstm&lr=0.0003', press: true },
  fast: { name: 'LSTM, as fast as it goes', cells: ['lstm'], hash: '&cell=lstm&lr=0.0003', press: true, fast: true },
  compare: { name: 'LSTM + GRU, fast', cells: ['lstm', 'gru'], hash: '&cell=lstm&compare=gru&lr=0.0003', press: true, fast: true },
  link: { name: 'LSTM, train=' + LINK_STEPS, cells: ['lstm'], hash: '&cell=lstm&train=' + LINK_STEPS, press: false },
};

/** Sends a message through a MessageChannel every few ms; stop() gives the longest it waited to be received. */
function ping() {
  const channel = new MessageChannel();
  let sentAt = 0;
  let longest = 0;
  let running = true;
  const send = () => {
    sentAt = performance.now();
    channel.port2.postMessage(0);
  };
  channel.port1.onmessage = () => {
    longest = Math.max(longest, performance.now() - sentAt);
    if (running) {
      setTimeout(send, 4);
    }
  };
  send();
  return { stop() { running = false; channel.port1.close(); return longest; } };
}

/** The engine's core alone: full-sequence steps a second on the same network and sequence, the cells one after the other. */
function coreStepsPerSecond(api, cells, sequence) {
  let secondsPerStep = 0;
  for (const cell of cells) {
    api.fullTrain(SEED, PAGE_TRAINING_HIDDEN, cell, sequence, 0.01, 20); // warm-up
    let steps = 20;
    for (;;) {
      const start = performance.now();
      api.fullTrain(SEED, PAGE_TRAINING_HIDDEN, cell, sequence, 0.01, steps);
      const ms = performance.now() - start;
      if (ms > 500) {
        secondsPerStep += ms / 1000 / steps;
        break;
      }
      steps *= 2;
    }
  }
  return 1 / secondsPerStep;
}

/** The steps taken so far, as the page's status line tells them ("Step 1,234 · …" or "… 1,234 done."). */
function stepsTaken(page) {
  const text = page.document.getElementById('training-status').textContent;
  const match = /([\d,]+) done/.exec(text) || /^Step ([\d,]+)/.exec(text);
  if (!match) {
    throw new Error('the page does not say how many steps it took: "' + text + '"');
  }
  return parseInt(match[1].replace(/,/g, ''), 10);
}

/** One run of `path` on `engine`, its start and end marked `label:start` and `label:end` for the trace. */
export async function trainingRun(engine, path, label, site = '') {
  const sequence = `seq=${encodeURIComponent(fixedText(PAGE_TRAINING_STEPS))}`;
  const { frame, page } = await openPage(engine, `#${sequence}&seed=${SEED}&h=${PAGE_TRAINING_HIDDEN}${path.hash}`, site);
  if (!page.location.hash.includes(sequence)) {
    throw new Error('index.html did not take the sequence of its link: ' + page.location.hash);
  }
  frame.scrollIntoView();
  await nextFrame();
  const train = page.document.getElementById('train');
  const pace = page.document.getElementById('pace'); // none before the training worker
  if (pace) {
    pace.value = path.fast ? 'fast' : 'watch';
    pace.dispatchEvent(new page.Event('change'));
  }
  const pinging = ping();
  performance.mark(label + ':start');
  const start = performance.now();
  if (path.press) {
    train.click();
  }
  let last = start;
  let steady = null; // the time and steps one second in: the rate is the steady one, after the worker's start
  let longestFrame = 0;
  let frames = 0;
  let late = 0;
  while (performance.now() - start < PAGE_TRAINING_MS) {
    const now = await nextFrame();
    if (!steady && now - start >= 1000) {
      steady = { at: now, steps: stepsTaken(page) };
    }
    longestFrame = Math.max(longestFrame, now - last);
    late += now - last > 1.5 * 1000 / 60 ? 1 : 0;
    last = now;
    frames++;
  }
  const steps = stepsTaken(page) - steady.steps;
  const seconds = (performance.now() - steady.at) / 1000;
  const longestPing = pinging.stop();
  performance.mark(label + ':end');
  await sleep(0); // Pause pressed in a task of its own, after the run
  if (path.press) {
    train.click();
  }
  frame.remove();
  if (steps <= 0) {
    throw new Error(`index.html?engine=${engine} took no training step in ${seconds} s (${path.name})`);
  }
  return { stepsPerSecond: steps / seconds, longestFrameMs: longestFrame, longestPingMs: longestPing, frames, lateFrames: late };
}

export async function pageTrainingSuite(engines, results, update) {
  const sites = BEFORE ? ['', BEFORE] : [''];
  for (const engine of engines) {
    results.pageTraining[engine.key] = {};
    for (const [key, path] of Object.entries(PAGE_TRAINING_PATHS)) {
      if (CHOSEN_PATHS && !CHOSEN_PATHS.includes(key)) {
        continue;
      }
      const runs = sites.map(() => []);
      const labels = sites.map(() => []);
      const measuresCore = !path.press || path.fast;
      const cores = [];
      for (let r = 0; r <= RUNS; r++) {
        for (let s = 0; s < sites.length; s++) { // the sites in turns, so that the machine's load falls on both alike
          const which = s === 0 ? '' : ' (before)';
          status(`Training in index.html${which}, ${engine.name}, ${path.name}, ${r === 0 ? 'warm-up' : 'run ' + r}…`);
          const label = `page-training:${engine.key}:${key}${s === 0 ? '' : '@before'}:${r}`;
          const run = await trainingRun(engine.key, path, label, sites[s]);
          if (r > 0) {
            runs[s].push(run);
            labels[s].push(label);
          }
          await sleep(100);
        }
        if (r > 0 && measuresCore) { // the core's rate after each turn, at the load the turn had
          status(`Training in ${engine.name}'s core alone, ${path.cells.join(' + ')}, run ${r}…`);
          cores.push(coreStepsPerSecond(engine.api, path.cells, fixedText(PAGE_TRAINING_STEPS)));
        }
      }
      sites.forEach((site, s) => {
        const summary = { labels: labels[s], name: path.name + (s === 0 ? '' : ' (before)') };
        for (const name of ['stepsPerSecond', 'longestFrameMs', 'longestPingMs', 'frames', 'lateFrames']) {
          summary[name] = stats(runs[s].map(run => run[name]));
        }
        if (measuresCore) {
          summary.coreStepsPerSecond = stats(cores).median;
          // each run's rate over the core's measured right after it: the machine's load moves both alike
          summary.shareOfCore = stats(runs[s].map((run, r) => run.stepsPerSecond / cores[r]));
          summary.ofCore = summary.shareOfCore.median;
        }
        results.pageTraining[engine.key][key + (s === 0 ? '' : '@before')] = summary;
      });
      update();
    }
    results.pageTrainingCells[engine.key] = {};
    for (const cell of CELL_KEYS) {
      status(`Training in ${engine.name}'s core alone, ${cell}…`);
      results.pageTrainingCells[engine.key][cell] = coreStepsPerSecond(engine.api, [cell], fixedText(PAGE_TRAINING_STEPS));
    }
    update();
  }
}
