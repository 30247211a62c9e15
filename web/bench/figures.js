// 8. The figures through the page's own classes: the unrolled network written anew, and a step change
// (the step marked, the cell diagram written for it), at 64 steps and H = 64, every cell.
import { CELL_KEYS, RUNS, SEED, TEXT, nextFrame, stats, status } from './common.js';

export const FIGURE_HIDDEN = 64;
export const FIGURE_STEPS = 64;
const CHANGES = 32;   // step changes timed per run

export async function figuresSuite(engines, results, update) {
  results.figures = [];
  const sequence = TEXT.slice(0, FIGURE_STEPS);
  for (const cell of CELL_KEYS) {
    const row = { cell };
    for (const engine of engines) {
      status(`Figures, ${cell}, ${engine.name}…`);
      const api = engine.api;
      api.figureSetup(SEED, FIGURE_HIDDEN, cell, sequence);
      const write = [];
      const step = [];
      for (let run = 0; run <= RUNS; run++) {
        let before = performance.now();
        api.figureWrite();
        const written = performance.now() - before;
        const changes = [];
        for (let k = 0; k < CHANGES; k++) {
          before = performance.now();
          api.figureStep((k * 7) % FIGURE_STEPS);
          changes.push(performance.now() - before);
        }
        if (run > 0) { // the first run warms up
          write.push(written);
          step.push(Math.max(...changes));
        }
        await nextFrame();
      }
      row[engine.key] = { write: stats(write), step: stats(step) };
    }
    results.figures.push(row);
    update();
  }
}
