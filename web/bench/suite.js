// The benchmark of web/bench.html: the core's forward pass and training in both compiled engines
// beside hand-written JavaScript, training in the page, the influence of a chosen value, the time to
// the first heatmap of index.html, the replay's cost per frame, and the bytes of a first visit. It
// reports figures and marks targets met or missed; it fails only if a page cannot run.
//
// ?runs=N (at least 5, default 7) sets the timed runs per figure, each after a warm-up;
// ?engines=js or ?engines=wasm measures one engine only, ?cells=rnn,gru some cells, ?sizes=64 some hidden sizes;
// ?suites=forward,training,influence,page,replay,page-training,figures,space,experiment picks the parts.
import * as jsBuild from '../bench.js';
import { ENGINE_KEYS, ENGINE_NAMES, RUNS, nextFrame, status, useCells } from './common.js';
import { experimentSuite } from './experiment.js';
import { figuresSuite } from './figures.js';
import { forwardSuite } from './forward.js';
import { influenceSuite } from './influence.js';
import { pageSuite } from './page.js';
import { pageTrainingSuite } from './page-training.js';
import { replaySuite } from './replay.js';
import { spaceSuite } from './space.js';
import { formatResults, targets } from './table.js';
import { trainingSuite } from './training.js';

const SUITES = {
  forward: forwardSuite,
  training: trainingSuite,
  influence: influenceSuite,
  page: pageSuite,
  replay: replaySuite,
  'page-training': pageTrainingSuite,
  figures: figuresSuite,
  space: spaceSuite,
  experiment: experimentSuite,
};
const CHOSEN = (new URLSearchParams(location.search).get('suites') ?? Object.keys(SUITES).join(',')).split(',');

async function loadEngines() {
  const engines = [];
  for (const key of ENGINE_KEYS) {
    const api = key === 'js' ? jsBuild : (await TeaVM.wasmGC.load('bench.wasm')).exports;
    api.main([]);
    engines.push({ key, name: ENGINE_NAMES[key], api });
  }
  return engines;
}

function show(results) {
  document.getElementById('table').textContent = formatResults(results);
}

async function main() {
  const results = {
    browser: navigator.userAgent.match(/(Headless)?Chrom(e|ium)\/[0-9.]+/)?.[0] || navigator.userAgent,
    runs: RUNS,
    engines: ENGINE_KEYS,
    forward: [],
    training: [],
    influence: [],
    pageTraining: {},
    pageTrainingCells: {},
    replay: {},
    load: {},
    bytes: {},
  };
  window.benchResults = results;
  window.benchFormat = formatResults;
  window.benchTargets = targets;
  try {
    const engines = await loadEngines();
    useCells(engines[0].api);
    await nextFrame();
    for (const [name, suite] of Object.entries(SUITES)) {
      if (CHOSEN.includes(name)) {
        await suite(engines, results, () => show(results));
      }
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
