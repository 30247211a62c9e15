// 6. Replaying a long sequence through the playground's own heatmap, letters and playback: the cost
// of a frame. Run under a Chromium trace by the benchmark command, which adds the main thread's tasks.
import { RUNS, SEED, TEXT, TEXT_LENGTH, nextFrame, sleep, stats, status } from './common.js';

export const REPLAY_HIDDEN = 64;
export const REPLAY_STEPS_PER_SECOND = 60;  // a new column every frame at 60 Hz (the page's pace is 6)
export const REPLAY_FRAMES = 180;           // frames measured per run (the warm-up run has a third)

/**
 * One replay. First the sequence arrives, as an edit brings it to the playground: the trajectory of
 * all steps, the heatmap and the letters laid out, every column shown. A frame later, in a task of its
 * own, Replay is pressed: the replay starts, then {@code frames} animation frames each draw the columns
 * due by then and mark the current one.
 */
async function replayRun(api, label, frames) {
  performance.mark(label + ':load');
  let before = performance.now();
  const trajectoryMs = api.replayLoad(SEED, REPLAY_HIDDEN, TEXT);
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
      if (script.length < frames && shown < TEXT_LENGTH) {
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

export async function replaySuite(engines, results, update) {
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
    const summary = { stepsPerSecond: REPLAY_STEPS_PER_SECOND, hidden: REPLAY_HIDDEN, steps: TEXT_LENGTH };
    for (const name of ['loadTaskMs', 'trajectoryMs', 'startTaskMs', 'frames', 'columns', 'scriptMsPerFrame', 'longestFrameScriptMs', 'lateFrames']) {
      summary[name] = stats(runs[engine.key].map(run => run[name]));
    }
    results.replay[engine.key] = summary;
  }
  update();
}
