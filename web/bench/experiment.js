// 9. The recall experiment at its defaults: each cell's part of it in the core, in one go (it takes
// seconds, so one run each), and the whole of it in index.html through the page's own code (a slice of
// each animation frame, the progress, the chart and the sentences drawn as points come), opened from a
// link that holds it: the seconds until its chart is complete, the longest frame while it runs, and its
// checksum, which both engines must share.
import { CELL_KEYS, nextFrame, sleep, status } from './common.js';
import { openPage } from './page.js';

export const EXPERIMENT_SETTINGS = '1,2,4,8,16,32,61:3000:16:7:4';
/** The bound on the whole experiment at its defaults, on a laptop. */
export const EXPERIMENT_SECONDS = 120;
const PAGE_LIMIT_MS = 15 * 60 * 1000;

async function inThePage(engine) {
  const { frame, page } = await openPage(engine.key, '#seq=abracadabra&experiment=' + EXPERIMENT_SETTINGS);
  frame.scrollIntoView(); // animation frames come to a frame in view
  const group = page.document.getElementById('group-memory');
  const start = performance.now();
  let last = null; // frames are timed once the experiment runs, not while the page finishes starting
  let longest = 0;
  while (group.getAttribute('data-experiment') !== 'done') {
    const now = await nextFrame();
    if (last !== null) {
      longest = Math.max(longest, now - last);
    }
    last = group.getAttribute('data-experiment') === 'running' ? now : null;
    if (now - start > PAGE_LIMIT_MS) {
      throw new Error(`index.html?engine=${engine.key} had not finished the experiment after 15 minutes`);
    }
  }
  const run = {
    seconds: (performance.now() - start) / 1000,
    longestFrameMs: longest,
    checksum: page.document.getElementById('experiment-chart').getAttribute('data-checksum'),
    status: page.document.getElementById('experiment-status').textContent,
  };
  frame.remove();
  return run;
}

export async function experimentSuite(engines, results, update) {
  results.experiment = { settings: EXPERIMENT_SETTINGS, core: [], page: {} };
  for (const cell of CELL_KEYS) {
    const row = { cell };
    for (const engine of engines) {
      status(`The recall experiment in the core, ${cell}, ${engine.name}…`);
      await nextFrame();
      const before = performance.now();
      const checksum = engine.api.recallExperimentOf(EXPERIMENT_SETTINGS, cell);
      row[engine.key] = { seconds: (performance.now() - before) / 1000, checksum };
      await sleep(100);
    }
    row.agree = engines.every(e => row[e.key].checksum === row[engines[0].key].checksum);
    results.experiment.core.push(row);
    update();
  }
  for (const engine of engines) {
    status(`The recall experiment in index.html, ${engine.name} (a minute or more)…`);
    results.experiment.page[engine.key] = await inThePage(engine);
    update();
    await sleep(100);
  }
}
