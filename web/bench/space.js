// 9. The state space through the page's own classes, at 64 steps and H = 64, every cell: the principal
// components of the states, the plot written (what a training frame costs when it follows), and the
// fixed points of all six symbols searched one unit at a time (the total, and the longest unit, which
// decides how finely the page can slice it). Then training in index.html from a link, with the plot
// shown and folded in turns: the steps per second it costs.
import { CELL_KEYS, RUNS, SEED, TEXT, nextFrame, sleep, stats, status } from './common.js';
import { PAGE_TRAINING_PATHS, trainingRun } from './page-training.js';

export const SPACE_HIDDEN = 64;
export const SPACE_STEPS = 64;
const PROJECTIONS = 8;   // PCAs timed per run, the median kept

export async function spaceSuite(engines, results, update) {
  results.space = [];
  const sequence = TEXT.slice(0, SPACE_STEPS);
  for (const cell of CELL_KEYS) {
    const row = { cell };
    for (const engine of engines) {
      status(`State space, ${cell}, ${engine.name}…`);
      const api = engine.api;
      api.spaceSetup(SEED, SPACE_HIDDEN, cell, sequence);
      const pca = [];
      const plot = [];
      const search = [];
      const unit = [];
      let points = 0;
      for (let run = 0; run <= RUNS; run++) {
        const times = [];
        for (let k = 0; k < PROJECTIONS; k++) {
          const before = performance.now();
          api.spaceProject();
          times.push(performance.now() - before);
        }
        let before = performance.now();
        api.spacePlot();
        const plotted = performance.now() - before;
        api.spaceSearchStart();
        let total = 0;
        let longest = 0;
        let done = false;
        while (!done) {
          before = performance.now();
          done = api.spaceSearchUnit();
          const ms = performance.now() - before;
          total += ms;
          longest = Math.max(longest, ms);
        }
        points = api.spaceFixedPoints();
        if (run > 0) { // the first run warms up
          pca.push(stats(times).median);
          plot.push(plotted);
          search.push(total);
          unit.push(longest);
        }
        await nextFrame();
      }
      row[engine.key] = { pca: stats(pca), plot: stats(plot), search: stats(search), unit: stats(unit), points };
    }
    results.space.push(row);
    update();
  }
  results.spaceTraining = {};
  const link = PAGE_TRAINING_PATHS.link;
  for (const engine of engines) {
    const folded = [];
    const shown = [];
    for (let r = 0; r <= RUNS; r++) {
      for (const [list, hash, what] of [[folded, '', 'folded'], [shown, '&space=on', 'shown']]) {
        status(`State space while training, ${engine.name}, the plot ${what}, ${r === 0 ? 'warm-up' : 'run ' + r}…`);
        const run = await trainingRun(engine.key, { ...link, hash: link.hash + hash }, `space-training:${engine.key}:${what}:${r}`);
        if (r > 0) {
          list.push(run.stepsPerSecond);
        }
        await sleep(100);
      }
    }
    const ratios = folded.map((f, k) => shown[k] / f);
    results.spaceTraining[engine.key] = { folded: stats(folded), shown: stats(shown), ratio: stats(ratios) };
    update();
  }
}
