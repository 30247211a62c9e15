// 3. Training in the page: index.html at hidden size 64 on a 64-symbol sequence, trained for 5 s
// through its own code (its slices of training steps, the loss chart, the heatmap and predictions
// redrawn), in a frame of this page: training steps per second and the longest frame. The benchmark
// command runs it under a Chromium trace and adds the longest main-thread task of every run.
import { RUNS, SEED, fixedText, nextFrame, sleep, stats, status } from './common.js';
import { openPage } from './page.js';

export const PAGE_TRAINING_HIDDEN = 64;
export const PAGE_TRAINING_STEPS = 64;
export const PAGE_TRAINING_MS = 5000;
/** The page's most steps a link can hold: more than 5 s of them. */
const LINK_STEPS = 10000;

/** How training starts: Train pressed (a few steps a frame, to be watched), or a link's steps (as fast as the page's slices allow). */
export const PAGE_TRAINING_PATHS = {
  train: { name: 'Train pressed', hash: '', press: true },
  link: { name: 'a link with train=' + LINK_STEPS, hash: '&train=' + LINK_STEPS, press: false },
};

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
export async function trainingRun(engine, path, label) {
  const sequence = `seq=${encodeURIComponent(fixedText(PAGE_TRAINING_STEPS))}`;
  const { frame, page } = await openPage(engine, `#${sequence}&seed=${SEED}&h=${PAGE_TRAINING_HIDDEN}${path.hash}`);
  if (!page.location.hash.includes(sequence)) {
    throw new Error('index.html did not take the sequence of its link: ' + page.location.hash);
  }
  frame.scrollIntoView();
  await nextFrame();
  const train = page.document.getElementById('train');
  performance.mark(label + ':start');
  const start = performance.now();
  const before = stepsTaken(page);
  if (path.press) {
    train.click();
  }
  let last = start;
  let longestFrame = 0;
  let frames = 0;
  let late = 0;
  while (performance.now() - start < PAGE_TRAINING_MS) {
    const now = await nextFrame();
    longestFrame = Math.max(longestFrame, now - last);
    late += now - last > 1.5 * 1000 / 60 ? 1 : 0;
    last = now;
    frames++;
  }
  const steps = stepsTaken(page) - before;
  const seconds = (performance.now() - start) / 1000;
  performance.mark(label + ':end');
  await sleep(0); // Pause pressed in a task of its own, after the run
  if (path.press) {
    train.click();
  }
  frame.remove();
  if (steps <= 0) {
    throw new Error(`index.html?engine=${engine} took no training step in ${seconds} s (${path.name})`);
  }
  return { stepsPerSecond: steps / seconds, longestFrameMs: longestFrame, frames, lateFrames: late };
}

export async function pageTrainingSuite(engines, results, update) {
  for (const engine of engines) {
    results.pageTraining[engine.key] = {};
    for (const [key, path] of Object.entries(PAGE_TRAINING_PATHS)) {
      const runs = [];
      const labels = [];
      for (let r = 0; r <= RUNS; r++) {
        status(`Training in index.html, ${engine.name}, ${path.name}, ${r === 0 ? 'warm-up' : 'run ' + r}…`);
        const label = `page-training:${engine.key}:${key}:${r}`;
        const run = await trainingRun(engine.key, path, label);
        if (r > 0) {
          runs.push(run);
          labels.push(label);
        }
        await sleep(100);
      }
      const summary = { labels };
      for (const name of ['stepsPerSecond', 'longestFrameMs', 'frames', 'lateFrames']) {
        summary[name] = stats(runs.map(run => run[name]));
      }
      results.pageTraining[engine.key][key] = summary;
      update();
    }
  }
}
